/**
 * Late content and single-page apps: rescan only the subtrees that changed, batched and in idle
 * time, so a page that keeps rendering (infinite scroll, live blogs) never pays for a full rescan.
 */
import { OWN_UI_ATTRIBUTE } from '@/lib/page/collect';
import type { PageMentions } from './mentions';

const BATCH_MS = 250;

function isOwnUi(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.closest(`[${OWN_UI_ATTRIBUTE}]`);
}

/** Keeps only the outermost roots: a subtree inside another changed subtree is read once. */
function outermost(nodes: Set<Node>): Node[] {
  return [...nodes].filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (nodes.has(p)) return false;
    return n.isConnected;
  });
}

export function watchMutations(root: Node, mentions: PageMentions, signal: AbortSignal): void {
  if (signal.aborted) return;
  let dirty = new Set<Node>();
  let removed = false;
  let timer = 0;

  const flush = async () => {
    timer = 0;
    const roots = outermost(dirty);
    dirty = new Set();
    if (removed || roots.length) mentions.forget();
    removed = false;
    for (const r of roots) {
      if (signal.aborted) return;
      mentions.forget(r);
      await mentions.scan(r, signal).catch(() => undefined);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const rec of records) {
      if (isOwnUi(rec.target)) continue;
      if (rec.type === 'characterData') {
        const parent = rec.target.parentElement;
        if (parent) dirty.add(parent);
        continue;
      }
      if (rec.removedNodes.length) removed = true;
      for (const n of Array.from(rec.addedNodes)) {
        if (isOwnUi(n)) continue;
        // A text node added into an existing paragraph: rescan the paragraph, not just the node.
        dirty.add(n.nodeType === Node.TEXT_NODE && n.parentElement ? n.parentElement : n);
      }
    }
    if ((dirty.size || removed) && !timer) timer = window.setTimeout(() => void flush(), BATCH_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
