/**
 * Late content and single-page apps: rescan only the subtrees that changed, batched and in idle
 * time, so a page that keeps rendering (infinite scroll, live blogs) never pays for a full rescan.
 *
 * Text that was hidden when read (a body shown by a script, a class taken off <html>, a consent or
 * paywall layer lifting) is read when it is revealed: changes to the attributes and stylesheets
 * that can reveal it only trigger a re-check of the few subtrees that were left unread.
 */
import { OWN_UI_ATTRIBUTE, isShown } from '@/lib/page/collect';
import { shownText, textOf, type NativeChunk } from '@/lib/page/chunks';
import type { PageMentions } from './mentions';
import { nextTurn, SLICE_MS } from './page-reader';

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

/**
 * The natively read chunks whose shown text changed since they were read (they are then read again
 * like any changed subtree). A chunk holding a changed element is read again at once; a change
 * above chunks (a class on <body>, a stylesheet) first asks each chunk's height, so only those whose
 * layout changed are read. `aria-hidden` changes no shown text, so a chunk with it changed is
 * always read again (collect.ts skips what it hides).
 */
async function changedChunks(native: Map<Element, NativeChunk>, targets: Map<Node, boolean>, signal: AbortSignal): Promise<Element[]> {
  const inside = new Map<NativeChunk, boolean>();
  let above = false;
  for (const [target, force] of targets) {
    let n: Node | null = target;
    while (n && !native.has(n as Element)) n = n.parentNode;
    if (n) inside.set(native.get(n as Element)!, force || !!inside.get(native.get(n as Element)!));
    else above = true;
  }
  const changed: Element[] = [];
  let slice = performance.now();
  for (const chunk of above ? [...native.values()] : inside.keys()) {
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn(signal);
      slice = performance.now();
    }
    const { el } = chunk;
    const height = el.isConnected ? el.getBoundingClientRect().height : -1;
    if (height < 0 || (!inside.has(chunk) && height === chunk.height)) continue;
    chunk.height = height;
    if (inside.get(chunk) || shownText(el) !== textOf(chunk)) {
      native.delete(el);
      changed.push(el);
    }
  }
  return changed;
}

export function watchMutations(root: Node, mentions: PageMentions, signal: AbortSignal): void {
  if (signal.aborted) return;
  let dirty = new Set<Node>();
  let removed = false;
  /** A change that may have revealed hidden text since the last batch. */
  let mayReveal = false;
  /** Elements whose revealing attributes changed (true: aria-hidden), or <head>, while chunks read natively are live. */
  let inChunks = new Map<Node, boolean>();
  let timer = 0;

  const flush = async () => {
    timer = 0;
    if (mayReveal) for (const el of revealed(mentions.hidden)) dirty.add(el);
    mayReveal = false;
    const targets = inChunks;
    inChunks = new Map();
    if (targets.size) for (const el of await changedChunks(mentions.native, targets, signal)) dirty.add(el);
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
    if ((dirty.size || removed || mayReveal || inChunks.size) && !timer) timer = window.setTimeout(() => void flush(), BATCH_MS);
  };

  const observer = new MutationObserver((records) => {
    for (const rec of records) {
      if (rec.type === 'attributes' || rec.target.nodeName === 'HEAD') {
        // A class, style or stylesheet change may show what was hidden; when nothing is waiting
        // to be revealed (most short pages) it costs this one test.
        if ((!mentions.hidden.size && !mentions.native.size) || isOwnUi(rec.target)) continue;
        if (mentions.hidden.size) mayReveal = true;
        if (mentions.native.size) inChunks.set(rec.target, inChunks.get(rec.target) || rec.attributeName === 'aria-hidden');
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
