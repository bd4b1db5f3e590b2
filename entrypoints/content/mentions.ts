/**
 * The page's mentions: scanning (collect text in slices, detect in the background, mark) and the
 * bookkeeping that maps text nodes back to mentions for hit-testing. Rescans only what changed.
 */
import { ask } from '@/lib/browser/content-messaging';
import { TextCollector, quoteAt, type CollectedText } from '@/lib/page/collect';
import { rangeFor } from '@/lib/page/ranges';
import { Marker } from '@/lib/page/marker';
import type { z } from 'zod';
import type { MentionSchema } from '@/lib/messages';

export type Mention = z.infer<typeof MentionSchema>;

export interface MarkedMention {
  mention: Mention;
  range: Range;
  quote: { exact: string; prefix: string; suffix: string };
}

/** A slice of reading never takes longer than this, so DC Lens never makes a long task. */
const SLICE_MS = 8;

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
  /** Text node -> indices into `marked`, for hit-testing without walking the page. */
  private byNode = new Map<Node, number[]>();
  private listeners = new Set<() => void>();

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

  /** Reads `root` in idle slices, detects in the background, marks. Returns the new mentions. */
  async scan(root: Node, signal: AbortSignal): Promise<MarkedMention[]> {
    const collector = new TextCollector(root, () => performance.now());
    while (!collector.step(SLICE_MS)) await idle(signal);
    const collected = collector.result();
    if (collected.text.trim().length === 0) return [];
    const { mentions } = await ask('detect', { text: collected.text, url: this.win.location.href });
    if (signal.aborted || mentions.length === 0) return [];
    return this.add(collected, mentions);
  }

  private add(collected: CollectedText, mentions: Mention[]): MarkedMention[] {
    const added: MarkedMention[] = [];
    for (const mention of mentions) {
      const range = rangeFor(collected, mention.start, mention.end);
      if (!range) continue;
      const item = { mention, range, quote: quoteAt(collected.text, mention.start, mention.end) };
      this.marked.push(item);
      added.push(item);
      this.marker.add(mention.status, range);
    }
    this.sortAndIndex();
    this.emit();
    return added;
  }

  /** Drops the marks inside `root` (before it is rescanned) and any whose text left the page. */
  forget(root?: Node): void {
    const keep: MarkedMention[] = [];
    for (const m of this.marked) {
      const node = m.range.startContainer;
      const gone = !node.isConnected || (root !== undefined && root.contains(node));
      if (gone) this.marker.remove(m.mention.status, m.range);
      else keep.push(m);
    }
    this.marked = keep;
    this.sortAndIndex();
    this.emit();
  }

  clear(): void {
    this.marker.clear();
    this.marked = [];
    this.byNode.clear();
    this.emit();
  }

  /** The mention whose range holds (node, offset), if any. */
  at(node: Node, offset: number): MarkedMention | null {
    for (const i of this.byNode.get(node) ?? []) {
      const m = this.marked[i];
      try {
        if (m.range.isPointInRange(node, offset)) return m;
      } catch {
        /* node moved to another document */
      }
    }
    return null;
  }

  indexOf(m: MarkedMention): number {
    return this.marked.indexOf(m);
  }

  private sortAndIndex(): void {
    this.marked.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    this.byNode.clear();
    this.marked.forEach((m, i) => {
      const doc = m.range.startContainer.ownerDocument;
      if (!doc) return;
      // A mention may span several text nodes (e.g. "<b>Fifth</b> Tokyo data center").
      const walker = doc.createTreeWalker(m.range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      let node: Node | null = m.range.startContainer.nodeType === Node.TEXT_NODE ? m.range.startContainer : walker.nextNode();
      if (m.range.startContainer.nodeType === Node.TEXT_NODE) walker.currentNode = m.range.startContainer;
      while (node) {
        if (m.range.intersectsNode(node)) {
          const list = this.byNode.get(node);
          if (list) list.push(i);
          else this.byNode.set(node, [i]);
        }
        if (node === m.range.endContainer) break;
        node = walker.nextNode();
      }
    });
  }

  private emit(): void {
    for (const cb of this.listeners) cb();
  }
}
