/**
 * The page's mentions: scanning (collect text in slices, detect in the background, mark) and the
 * bookkeeping that maps text nodes back to mentions for hit-testing. Rescans only what changed.
 */
import { quoteAt } from '@/lib/page/collect';
import type { NativeChunk } from '@/lib/page/chunks';
import { crossesBlock } from '@/lib/page/ranges';
import { Marker } from '@/lib/page/marker';
import type { Mention } from '@/lib/catalog/schema';
import { mentionBaseId, uniqueMentionId } from './mention-id';
import { nextTurn, readAndDetect, SLICE_MS, type DetectedSection } from './page-reader';

export interface MarkedMention {
  /** Stable across rescans (mention-id.ts): how the card, popup and background name this mark. */
  id: string;
  mention: Mention;
  range: Range;
  /** The text the mention was found in (its section's, shared), for its quote on demand. */
  source: () => string;
}

/** The W3C-style quote of a mention (exact words, prefix, suffix), made only when asked for. */
export function quoteOf(m: MarkedMention) {
  return quoteAt(m.source(), m.mention.start, m.mention.end);
}

export class PageMentions {
  readonly marker: Marker;
  private marked: MarkedMention[] = [];
  private byId = new Map<string, MarkedMention>();
  /** Text node -> the mentions over it, for hit-testing without walking the page. */
  private byNode = new Map<Node, MarkedMention[]>();
  /** The nodes each mention was indexed under (its live Range may since have collapsed). */
  private indexedNodes = new WeakMap<MarkedMention, Node[]>();
  private listeners = new Set<() => void>();
  /** Outermost subtrees left unread because they were hidden: read when a script reveals them. */
  readonly hidden = new Set<Element>();
  /** Elements read natively (a long page's chunks): a change in or above one may reveal text in it. */
  readonly native = new Map<Element, NativeChunk>();
  /** Marks of a long page's first look, until the section that holds them is marked. */
  private provisional = new Set<MarkedMention>();

  constructor(private readonly win: Window) {
    this.marker = new Marker(win);
  }

  get all(): readonly MarkedMention[] {
    return this.marked;
  }

  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /**
   * Reads `root`, detects in the background and marks (page-reader.ts: a page read within one
   * slice goes in one message; a long one in sections while it is read; with `loaded`, one slice
   * before the page's load event and the rest after it). Returns the new mentions.
   */
  async scan(root: Node, signal: AbortSignal, loaded?: Promise<void>): Promise<MarkedMention[]> {
    const added: MarkedMention[] = [];
    const read = await readAndDetect(root, this.win.location.href, signal, async (detected) => {
      // The first look's marks give way to the fuller detection of the section that holds them.
      if (!detected.provisional && this.provisional.size > 0) {
        const first = this.provisional;
        this.provisional = new Set();
        this.drop((m) => first.has(m));
      }
      const marked = await this.add(detected, signal);
      if (detected.provisional) for (const m of marked) this.provisional.add(m);
      else added.push(...marked);
    }, loaded);
    for (const el of read.hidden) this.hidden.add(el);
    for (const chunk of read.native) this.native.set(chunk.el, chunk);
    return added;
  }

  /** Marks in slices of SLICE_MS; the detector returns mentions in text order. */
  private async add({ mentions, place, text }: DetectedSection, signal: AbortSignal): Promise<MarkedMention[]> {
    const added: MarkedMention[] = [];
    // Per text a mention is placed in (a long page's chunk, or the whole section): block start -> hash.
    const blockHashes = new Map<number, Map<number, string>>();
    // Made once, when a quote first asks for it: folding and joining a long page's section is the background's work.
    let source: string | undefined;
    const sourceOf = () => (source ??= text());
    let sliceStart = performance.now();
    for (const mention of mentions) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTurn(signal);
        sliceStart = performance.now();
      }
      const at = place(mention);
      // The page's own guard of the rule the detector also keeps: no mark across blocks (nor chunks, which are blocks).
      if (!at || crossesBlock(at.text, at.start, at.end)) continue;
      const range = at.range();
      if (!range) continue;
      let hashes = blockHashes.get(at.key);
      if (!hashes) blockHashes.set(at.key, (hashes = new Map()));
      // A block never crosses a chunk's end: its id is the same as from the section's whole text.
      const id = uniqueMentionId(mentionBaseId(at.text, at.start, at.end, hashes), (x) => this.byId.has(x));
      const item = { id, mention, range, source: sourceOf };
      this.byId.set(id, item);
      added.push(item);
      this.index(item);
      this.marker.add(mention.status, range);
    }
    if (added.length === 0) return added;
    this.marked = mergeInDocumentOrder(this.marked, added);
    this.emit();
    return added;
  }

  /** Drops the marks inside `root` (before it is rescanned) and any whose text left the page. */
  forget(root?: Node): void {
    this.drop((m) => {
      const node = m.range.startContainer;
      return !node.isConnected || (root !== undefined && root.contains(node));
    });
  }

  private drop(gone: (m: MarkedMention) => boolean): void {
    const keep: MarkedMention[] = [];
    for (const m of this.marked) {
      if (gone(m)) {
        this.marker.remove(m.mention.status, m.range);
        this.unindex(m);
        this.byId.delete(m.id);
        this.provisional.delete(m);
      } else keep.push(m);
    }
    if (keep.length === this.marked.length) return;
    this.marked = keep;
    this.emit();
  }

  clear(): void {
    this.marker.clear();
    this.marked = [];
    this.byId.clear();
    this.provisional.clear();
    this.byNode.clear();
    this.hidden.clear();
    this.native.clear();
    this.emit();
  }

  /** The mention whose range holds (node, offset), if any. */
  at(node: Node, offset: number): MarkedMention | null {
    for (const m of this.byNode.get(node) ?? []) {
      try {
        if (m.range.isPointInRange(node, offset)) return m;
      } catch {
        /* node moved to another document */
      }
    }
    return null;
  }

  /** The live mention with this id, if it is still marked. */
  get(id: string): MarkedMention | undefined {
    return this.byId.get(id);
  }

  /** A mention may span several text nodes ("<b>Fifth</b> Tokyo data center"): index each. */
  private textNodesOf(m: MarkedMention): Node[] {
    const { startContainer, endContainer, commonAncestorContainer } = m.range;
    if (startContainer === endContainer) return [startContainer];
    const doc = startContainer.ownerDocument!;
    const walker = doc.createTreeWalker(commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const nodes: Node[] = [];
    walker.currentNode = startContainer;
    for (let n: Node | null = startContainer; n; n = walker.nextNode()) {
      if (m.range.intersectsNode(n)) nodes.push(n);
      if (n === endContainer) break;
    }
    return nodes;
  }

  private index(m: MarkedMention): void {
    const nodes = this.textNodesOf(m);
    this.indexedNodes.set(m, nodes);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(m);
      else this.byNode.set(node, [m]);
    }
  }

  private unindex(m: MarkedMention): void {
    for (const node of this.indexedNodes.get(m) ?? []) {
      const list = this.byNode.get(node)?.filter((x) => x !== m);
      if (list?.length) this.byNode.set(node, list);
      else this.byNode.delete(node);
    }
  }

  private emit(): void {
    for (const cb of this.listeners) cb();
  }
}

/**
 * Both lists are in document order; the result is too, without re-sorting. Comparing two ranges
 * costs a walk over siblings on a long page, so the place where `b` (one section's marks, which
 * usually land together) goes is found by binary search; only interleaved lists are merged pairwise.
 */
function mergeInDocumentOrder(a: MarkedMention[], b: MarkedMention[]): MarkedMention[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const inOrder = (x: MarkedMention, y: MarkedMention) => x.range.compareBoundaryPoints(Range.START_TO_START, y.range) <= 0;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inOrder(a[mid], b[0])) lo = mid + 1;
    else hi = mid;
  }
  if (lo === a.length || inOrder(b[b.length - 1], a[lo])) return [...a.slice(0, lo), ...b, ...a.slice(lo)];
  const out: MarkedMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(inOrder(a[i], b[j]) ? a[i++] : b[j++]);
  return out.concat(a.slice(i), b.slice(j));
}
