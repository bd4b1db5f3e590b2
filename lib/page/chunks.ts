/**
 * Reads a long page as the browser lays it out: cut into chunks at most MAX_CHUNK_PX tall, each
 * read by one native `innerText` call (hidden parts left out, whitespace collapsed, block and cell
 * boundaries as line breaks), and mapped back to text nodes only where a mention was found. A walk
 * over every node (collect.ts) from a content script's isolated world costs several times a walk
 * in the page's own world; the native reads cost about the same as that walk (docs/BENCH.md).
 *
 * The text follows collect.ts's rules where it can: every line break becomes BLOCK_SEPARATOR, and
 * a mark is kept only where the walk would also have read it (not in code, form fields, editors,
 * aria-hidden or DC Lens's UI). The walk reads what innerText cannot give as it would: a menu of
 * inline links (run together), a tall element with text of its own (not cut into its children).
 *
 * Browsers only (innerText, checkVisibility, layout). Reads, never writes.
 */
import { BLOCK_SEPARATOR, OWN_UI_ATTRIBUTE, SectionedText, TextCollector, isSkippedTag, nodeIndexAt, type TextMap } from './collect';
import { foldShown, foldedLength } from './fold';
import { rangeFor } from './ranges';

/**
 * Taller elements are cut into their children, so one innerText call takes a few ms at most. Each
 * element visited and each chunk read has a cost of its own (visibility, height, a native call, the
 * fold): on the long realistic page 6000 px makes 1,019 chunks from 1,102 elements visited, where
 * 3000 px made 1,929 from 2,413, and the read took 73-283 ms against 134-444 ms in probes
 * alternated at load 7-10 (docs/BENCH.md, session 14).
 */
const MAX_CHUNK_PX = 6000;

/** Where collect.ts reads no text (its skipped tags that innerText reads, editors, hidden markup, DC Lens's UI). */
const UNREAD = `code,pre,kbd,samp,textarea,select,button,svg,math,[contenteditable]:not([contenteditable="false"]),[${OWN_UI_ATTRIBUTE}],[aria-hidden="true"]`;

/** Rendered elements whose own text nodes innerText leaves out: a field's value, fallback content. */
const NO_TEXT = new Set(['TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT']);

const NON_SPACE = /\S/;

/** An element read natively: its innerText then and its height, to tell later whether a change revealed something. */
export interface NativeChunk {
  el: Element;
  raw: string;
  height: number;
  /** `raw` folded (shownText), once asked for. */
  text?: string;
}

/** A chunk's text as the detector read it: folded once, when first asked for (most chunks hold no mention). */
export const textOf = (chunk: NativeChunk): string => (chunk.text ??= foldShown(chunk.raw));

interface Chunk {
  /** What is sent: innerText as read (the background folds it), or the walk's text. */
  raw: string;
  /** Read natively: mapped back by counting its characters (see range). */
  native?: NativeChunk;
  /** Read by the walk: its map (and `raw` is its text). */
  map?: TextMap;
}

/**
 * A section of a long page as sent: its chunks as read, `walked` those read by the walk (indices
 * into `chunks`), `first` the reader's index of its first chunk.
 */
export interface ChunkSection {
  first: number;
  chunks: string[];
  walked: number[];
}

/** Where a mention lies: the text of its chunk as the detector read it, its offsets there and its page range. */
export interface PlacedMention {
  text: string;
  start: number;
  end: number;
  /** The chunk's index: which text `start` and `end` are offsets into. */
  key: number;
  range: () => Range | null;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Characters of `text[from, to)` other than the whitespace innerText collapses. */
function countNonSpace(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** An element's text as the browser shows it, blocks apart as collect.ts puts them. */
export const shownText = (el: Element): string => foldShown((el as HTMLElement).innerText);

/** Whether innerText reads the text nodes directly inside `el`. */
function showsOwnText(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'OPTION') return !!el.closest('select')?.checkVisibility({ visibilityProperty: true });
  if (tag === 'DETAILS') return el.hasAttribute('open');
  return !NO_TEXT.has(tag) && el.checkVisibility({ visibilityProperty: true });
}

/** The text nodes innerText reads in `el`, each with the non-space characters before it (as `starts`). */
function renderedNodes(el: Element): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shown = new Map<Element, boolean>();
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement!;
    let reads = shown.get(parent);
    if (reads === undefined) shown.set(parent, (reads = showsOwnText(parent)));
    if (!reads) continue;
    nodes.push(node);
    starts.push(count);
    count += countNonSpace(node.data, 0, node.data.length);
  }
  return { nodes, starts };
}

/** The text node and offset of the `k`-th non-space character of `map` (as renderedNodes counts). */
function pointAt(map: TextMap, k: number): [Text, number] | null {
  const i = nodeIndexAt(map, k);
  const node = map.nodes[i];
  if (!node) return null;
  for (let j = 0, n = map.starts[i]; j < node.data.length; j++) if (!isSpace(node.data.charCodeAt(j)) && n++ === k) return [node, j];
  return null;
}

/**
 * Where text[s] is in `el` when it begins a word found natively: the word's occurrences before `s`
 * in the text say which one, and a walk over the chunk's text nodes finds it, checking whether the
 * browser shows a node's text only where the word is (a check per node was most of a walk's
 * time). The walk stops there: on the long realistic page, 200 words took 11-85 ms (median 18) this
 * way against 30-123 ms (median 36) with an XPath `contains()` query per word, which always visits
 * the whole chunk. Null when not found so (a word split by tags, a text-transform).
 */
function findWord(el: Element, text: string, s: number): [Text, number] | null {
  // Up to an apostrophe: a possessive may be a text node of its own.
  const word = /^[^\s']+/.exec(text.slice(s, s + 64))?.[0];
  if (!word) return null;
  let k = 0;
  for (let i = text.indexOf(word); i >= 0 && i < s; i = text.indexOf(word, i + 1)) k++;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    let j = data.indexOf(word);
    if (j < 0 || !showsOwnText(node.parentElement!)) continue;
    for (; j >= 0; j = data.indexOf(word, j + 1)) if (k-- === 0) return [node, j];
  }
  return null;
}

/** Just after the `count`-th non-space character from `from` on, in the text nodes innerText reads. */
function pointAfter(el: Element, [node, offset]: [Text, number], count: number): [Text, number] | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  for (let t: Text | null = node, j = offset; t; t = walker.nextNode() as Text | null, j = 0) {
    if (t !== node && !showsOwnText(t.parentElement!)) continue;
    for (; j < t.data.length; j++) if (!isSpace(t.data.charCodeAt(j)) && --count === 0) return [t, j + 1];
  }
  return null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether a range found by counting characters holds what innerText showed (case aside: a
 * text-transform changes it) and lies where the walk reads.
 */
function trusted(range: Range, shown: string): boolean {
  if (squash(range.toString()) !== squash(shown)) return false;
  const start = range.startContainer.parentElement;
  const end = range.endContainer.parentElement;
  // Most mentions lie in one element's text: its ancestors are matched once.
  return !start?.closest(UNREAD) && (end === start || !end?.closest(UNREAD));
}

/**
 * The elements of `root` (itself included) that hold a menu: links side by side with nothing but
 * whitespace between them. innerText runs a menu's links together ("Oracle Cloud Tokyo Region
 * Rail Pass"), the walk keeps them apart, so the walk reads an element that holds one. One query
 * over the root, not one per element visited: 2-3 ms in all on the long realistic page, against
 * 13-35 ms for a query per chunk (1,929 of them).
 */
function menuHolders(root: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const a of root.querySelectorAll('a + a')) {
    const between = a.previousSibling!;
    if (between.nodeType !== 1 && (NON_SPACE.test((between as Text).data) || between.previousSibling?.nodeType !== 1)) continue;
    for (let el = a.parentElement; el && !holders.has(el); el = el === root ? null : el.parentElement) holders.add(el);
  }
  return holders;
}

/**
 * A resumable read (the interface of TextCollector): `step(budgetMs)` reads chunks until the budget
 * is spent; `range()` maps offsets of the text back to the page.
 */
export class ChunkReader extends SectionedText<ChunkSection> {
  /** Elements left to read, last first; a walk under way for a tall element with text of its own. */
  private readonly stack: Array<Element | TextCollector>;
  private readonly chunks: Chunk[] = [];
  /** Outermost elements not read because hidden (hidden markup included): read when revealed. */
  readonly hidden: Element[] = [];
  /** Every element read natively, with text or not: a change inside may reveal some. */
  readonly native: NativeChunk[] = [];
  /** Elements holding a menu of inline links (see menuHolders): read by the walk. */
  private readonly menus: Set<Element>;

  constructor(
    root: Element,
    private readonly now: () => number,
  ) {
    super();
    this.stack = [root];
    this.menus = menuHolders(root);
  }

  step(budgetMs = Infinity, untilChars = Infinity): boolean {
    const deadline = this.now() + budgetMs;
    for (let top = this.stack.at(-1); top; top = this.stack.at(-1)) {
      if (top instanceof TextCollector) {
        if (!top.step(deadline - this.now())) break;
        this.stack.pop();
        this.hidden.push(...top.hidden);
        const { text, nodes, starts } = top.result();
        this.add({ raw: text, map: { nodes, starts } });
      } else {
        this.stack.pop();
        this.visit(top);
      }
      if (this.length >= untilChars || this.now() >= deadline) break;
    }
    return this.stack.length === 0;
  }

  private visit(el: Element): void {
    if (isSkippedTag(el.tagName) || el.hasAttribute(OWN_UI_ATTRIBUTE)) return;
    if (el.getAttribute('aria-hidden') === 'true' || !el.checkVisibility({ visibilityProperty: true })) {
      this.hidden.push(el);
      return;
    }
    const height = el.getBoundingClientRect().height;
    const tall = height > MAX_CHUNK_PX && !!el.firstElementChild;
    let walk = !tall && this.menus.has(el);
    for (let c = el.firstChild; tall && c && !walk; c = c.nextSibling) walk = c.nodeType === 3 && NON_SPACE.test((c as Text).data);
    if (walk) return void this.stack.push(new TextCollector(el, this.now));
    if (tall) {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) this.stack.push(c);
      return;
    }
    // Sent as read: the background folds it (lib/page/fold.ts), and the page only where it maps a mention.
    const native: NativeChunk = { el, raw: (el as HTMLElement).innerText, height };
    this.native.push(native);
    this.add({ raw: native.raw, native });
  }

  /** Chunk k is part 2k: every chunk but the first follows a block separator. */
  private add(chunk: Chunk): void {
    if (!NON_SPACE.test(chunk.raw)) return;
    this.pushBreak();
    this.chunks.push(chunk);
    // Counted as folded, so sections end where they would if the page folded every chunk.
    this.push(chunk.raw, chunk.native ? foldedLength(chunk.raw) : chunk.raw.length);
  }

  protected override section(from: number, to: number): ChunkSection {
    const first = from >> 1;
    const chunks: string[] = [];
    const walked: number[] = [];
    for (let k = first; k < (to + 1) >> 1; k++) {
      if (this.chunks[k].map) walked.push(k - first);
      chunks.push(this.chunks[k].raw);
    }
    return { first, chunks, walked };
  }

  /**
   * Where each mention of a detected section lies, from the length of each of its chunks in the
   * text the background detected in (`lengths`, one per chunk). Null for a mention over a chunk's
   * end (across a block boundary, never marked) or in a chunk whose text here is not that long.
   */
  placer({ first, chunks }: ChunkSection, lengths: readonly number[]): (start: number, end: number) => PlacedMention | null {
    const starts: number[] = [];
    for (let i = 0, at = 0; i < chunks.length; at += lengths[i++] + BLOCK_SEPARATOR.length) starts.push(at);
    return (start, end) => {
      const i = nodeIndexAt({ nodes: [], starts }, start);
      const s = start - starts[i];
      const e = end - starts[i];
      const chunk = this.chunks[first + i];
      if (!chunk || s < 0 || e > lengths[i]) return null;
      const text = chunk.native ? textOf(chunk.native) : chunk.raw;
      if (text.length !== lengths[i]) return null;
      return { text, start: s, end: e, key: i, range: () => this.range(chunk, text, s, e) };
    };
  }

  /** The page's range of [s, e) of a chunk's `text`, or null where it cannot be found or trusted. */
  private range(chunk: Chunk, text: string, s: number, e: number): Range | null {
    if (chunk.map) return rangeFor(chunk.map, s, e);
    const { el } = chunk.native!;
    const inside = countNonSpace(text, s, e);
    const at = (a: [Text, number] | null) => {
      const b = a && pointAfter(el, a, inside);
      if (!b) return null;
      const range = el.ownerDocument.createRange();
      range.setStart(...a!);
      range.setEnd(...b);
      return trusted(range, text.slice(s, e)) ? range : null;
    };
    // Counting through every rendered text node of the chunk is the fallback: a word split by tags,
    // a case no ASCII translate undoes.
    return inside ? (at(findWord(el, text, s)) ?? at(pointAt(renderedNodes(el), countNonSpace(text, 0, s)))) : null;
  }
}
