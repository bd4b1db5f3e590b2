/**
 * The page's mentions: scanning (collect text in slices, detect in the background, mark) and the
 * bookkeeping that maps text nodes back to mentions for hit-testing. Rescans only what changed.
 */
import { ask } from '@/lib/browser/content-messaging';
import { TextCollector, quoteAt, type CollectedText } from '@/lib/page/collect';
import { crossesBlock, rangeFor } from '@/lib/page/ranges';
import { Marker } from '@/lib/page/marker';
import type { z } from 'zod';
import type { MentionSchema } from '@/lib/messages';
import { mentionBaseId, uniqueMentionId } from './mention-id';

export type Mention = z.infer<typeof MentionSchema>;

export interface MarkedMention {
  /** Stable across rescans (mention-id.ts): how the card, popup and background name this mark. */
  id: string;
  mention: Mention;
  range: Range;
  /** The text the mention was found in (shared by all its mentions), for its quote on demand. */
  source: string;
}

/** A slice of reading never takes longer than this, so DC Lens never makes a long task. */
const SLICE_MS = 5;

/** The W3C-style quote of a mention (exact words, prefix, suffix), made only when asked for. */
export function quoteOf(m: MarkedMention) {
  return quoteAt(m.source, m.mention.start, m.mention.end);
}

function idle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
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
   * Reads `root`, detects in the background (one message), marks. A page read within one slice
   * goes straight through; a long one is read in idle slices with a turn for the page between steps.
   * Returns the new mentions.
   */
  async scan(root: Node, signal: AbortSignal): Promise<MarkedMention[]> {
    const collector = new TextCollector(root, () => performance.now());
    let long = false;
    while (!collector.step(SLICE_MS)) {
      long = true;
      await idle(signal);
    }
    for (const el of collector.hidden) this.hidden.add(el);
    // Joining a long page's text and serializing it for the message each take a few ms per MB:
    // a turn for the page before each, so they never add up with a reading slice into a long task.
    if (long) await idle(signal);
    const collected = collector.result();
    if (collected.text.trim().length === 0) return [];
    if (long) await idle(signal);
    const { mentions } = await ask('detect', { text: collected.text, url: this.win.location.href });
    if (signal.aborted || mentions.length === 0) return [];
    // A long reply was just deserialized and checked: give the page a turn before marking.
    if (long) await idle(signal);
    return this.add(collected, mentions, signal);
  }

  /** Marks in slices of SLICE_MS; the detector returns mentions in text order. */
  private async add(collected: CollectedText, mentions: Mention[], signal: AbortSignal): Promise<MarkedMention[]> {
    const added: MarkedMention[] = [];
    const blockHashes = new Map<number, string>();
    let sliceStart = performance.now();
    for (const mention of mentions) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await idle(signal);
        sliceStart = performance.now();
      }
      // The page's own guard of the rule the detector also keeps: no mark across blocks.
      if (crossesBlock(collected.text, mention.start, mention.end)) continue;
      const range = rangeFor(collected, mention.start, mention.end);
      if (!range) continue;
      const id = uniqueMentionId(mentionBaseId(collected.text, mention.start, mention.end, blockHashes), (x) => this.byId.has(x));
      const item = { id, mention, range, source: collected.text };
      this.byId.set(id, item);
      added.push(item);
      this.index(item);
      this.marker.add(mention.status, range);
    }
    this.marked = mergeInDocumentOrder(this.marked, added);
    this.emit();
    return added;
  }

  /** Drops the marks inside `root` (before it is rescanned) and any whose text left the page. */
  forget(root?: Node): void {
    const keep: MarkedMention[] = [];
    for (const m of this.marked) {
      const node = m.range.startContainer;
      const gone = !node.isConnected || (root !== undefined && root.contains(node));
      if (gone) {
        this.marker.remove(m.mention.status, m.range);
        this.unindex(m);
        this.byId.delete(m.id);
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
    this.byNode.clear();
    this.hidden.clear();
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

/** Both lists are in document order; one merge keeps the whole list so without re-sorting. */
function mergeInDocumentOrder(a: MarkedMention[], b: MarkedMention[]): MarkedMention[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: MarkedMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    out.push(a[i].range.compareBoundaryPoints(Range.START_TO_START, b[j].range) <= 0 ? a[i++] : b[j++]);
  }
  return out.concat(a.slice(i), b.slice(j));
}
