/**
 * Late content and single-page apps: rescan only the subtrees that changed, batched and in idle
 * time, so a page that keeps rendering (infinite scroll, live blogs) never pays for a full rescan.
 *
 * Text that was hidden when read (a body shown by a script, a class taken off <html>, a consent or
 * paywall layer lifting) is read when it is revealed: changes to the attributes and stylesheets
 * that can reveal it only trigger a re-check of the few subtrees that were left unread.
 */
import { OWN_UI_ATTRIBUTE, isShown } from '@/lib/page/collect';
import type { PageMentions } from './mentions';

const BATCH_MS = 250;

/** Attributes through which pages show and hide content. */
const REVEALING_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'open'];

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

/** The unread hidden subtrees that are shown now (dropping those that left the page). */
function revealed(hidden: Set<Element>): Element[] {
  const shown: Element[] = [];
  for (const el of hidden) {
    if (!el.isConnected) hidden.delete(el);
    else if (isShown(el)) {
      hidden.delete(el);
      shown.push(el);
    }
  }
  return shown;
}

export function watchMutations(root: Node, mentions: PageMentions, signal: AbortSignal): void {
  if (signal.aborted) return;
  let dirty = new Set<Node>();
  let removed = false;
  /** A change that may have revealed hidden text since the last batch. */
  let mayReveal = false;
  let timer = 0;

  const flush = async () => {
    timer = 0;
    if (mayReveal) for (const el of revealed(mentions.hidden)) dirty.add(el);
    mayReveal = false;
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
  const schedule = () => {
    if ((dirty.size || removed || mayReveal) && !timer) timer = window.setTimeout(() => void flush(), BATCH_MS);
  };

  const observer = new MutationObserver((records) => {
    for (const rec of records) {
      if (rec.type === 'attributes' || rec.target.nodeName === 'HEAD') {
        // A class, style or stylesheet change may show what was hidden; when nothing is waiting
        // to be revealed (most pages) it costs this one test.
        if (mentions.hidden.size && !isOwnUi(rec.target)) mayReveal = true;
        continue;
      }
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
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  // Reveals happen anywhere from <html> down (a class on the root element is common).
  const doc = root.ownerDocument ?? document;
  observer.observe(doc.documentElement, { attributes: true, subtree: true, attributeFilter: REVEALING_ATTRIBUTES });
  if (doc.head) observer.observe(doc.head, { childList: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
