/**
 * Reads a page's visible article text in one walk, with a map back to the text nodes, so the
 * detector (which only sees strings) can be run once and its offsets turned into DOM ranges.
 *
 * Reads only: never writes to the page. Works on any DOM (the browser, jsdom, linkedom in the CLI);
 * layout (visibility, block-level display) is consulted only where the DOM has computed styles.
 * The walk uses firstChild/nextSibling rather than a TreeWalker: it is about twice as fast on large
 * pages (measured in ARCHITECTURE.md) and can stop and resume, so a huge page is read in slices
 * that never make a long task.
 *
 * What a browser shows apart is apart in the text: every block boundary becomes BLOCK_SEPARATOR,
 * and newlines inside text nodes (source formatting, rendered as spaces) become spaces, so a
 * newline in the collected text always means a block boundary the detector must never cross.
 */

/** Elements whose text is not article prose, or that belong to the user (form fields, editors). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'svg', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/** Elements that are blocks by default: the detector must not join text across them. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
  'MENU', 'LEGEND', 'SEARCH', 'CENTER',
]);

/**
 * Inline formatting inside prose: their computed display is never looked up, because a class on
 * <b> or <em> styles the words, not the layout, and prose is full of them.
 */
const FORMATTING_TAGS = new Set([
  'B', 'I', 'EM', 'STRONG', 'SMALL', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME', 'U', 'S', 'DFN', 'BDI', 'BDO', 'DATA', 'WBR',
]);

const SKIPPED = 1;
const BLOCK = 2;
const FORMATTING = 4;
/** What an element's tag says, in one lookup per element (a tag can be in several sets above). */
const TAG_BITS = new Map<string, number>();
for (const [tags, bit] of [[SKIPPED_TAGS, SKIPPED], [BLOCK_TAGS, BLOCK], [FORMATTING_TAGS, FORMATTING]] as const) {
  for (const tag of tags) TAG_BITS.set(tag, (TAG_BITS.get(tag) ?? 0) | bit);
}

/** Whether an element of this tag is never read (scripts, form fields, code, media…). */
export const isSkippedTag = (tag: string): boolean => ((TAG_BITS.get(tag) ?? 0) & SKIPPED) !== 0;

/** DC Lens's own UI carries this attribute; it is never read. */
export const OWN_UI_ATTRIBUTE = 'data-dc-lens';


/** Hidden by markup: a script may reveal it later (a consent or paywall layer lifting). */
const HIDDEN_BY_MARKUP = '[hidden],[aria-hidden="true"]';
/**
 * The few elements whose attributes change how they are read (an editor, DC Lens's UI, hidden
 * markup, an inline style): found by one selector query per walk instead of four attribute reads
 * on every element.
 */
const FLAGGED = ['[contenteditable]', `[${OWN_UI_ATTRIBUTE}]`, '[hidden]', '[aria-hidden="true"]', '[style]']
  // An <svg> is never read, whatever its attributes: icons marked aria-hidden were most of the
  // query's answer on a long comment page (a wrapper and a set entry each, for nothing).
  .map((s) => `${s}:not(svg)`)
  .join(',');

/**
 * Between blocks. Two newlines read as a paragraph break to the detector; since newlines inside
 * text nodes are folded to spaces, any newline in the collected text is a block boundary.
 */
export const BLOCK_SEPARATOR = '\n\n';

const NEWLINE = /[\n\r\u2028\u2029]/;
const NEWLINES = /[\n\r\u2028\u2029]/g;
const NON_SPACE = /\S/;

/** Text nodes in document order, and where each starts in the collected text: offsets back to the DOM. */
export interface TextMap {
  nodes: Text[];
  starts: number[];
}

export interface CollectedText extends TextMap {
  text: string;
}

/**
 * A stretch of collected text that ends at a block boundary (or where the text ends): what one
 * detect request carries. `start` is where it begins in the whole collected text.
 */
export interface TextSection {
  start: number;
  text: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What the walk does with an element, decided once when it is entered. */
const Kind = {
  Inline: 0,
  Block: 1,
  /** A flex or grid container: each child is laid out as a block of its own. */
  Container: 2,
  Link: 3,
  /** From here on the element's subtree is not read: inline-level (an icon, a code span)... */
  Skip: 4,
  /** ... or a block. */
  SkipBlock: 5,
  /** Not read because hidden now: remembered, since a script may reveal it. */
  Hidden: 6,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

type CheckVisibility = (this: Element, o?: object) => boolean;

/** The DOM's computed styles, where it has them: browsers and jsdom, not linkedom (the CLI). */
interface Layout {
  styles: (el: Element) => CSSStyleDeclaration;
  /** Element.checkVisibility (browsers): rendered, ancestors included, from layout already done. */
  visibility: CheckVisibility | null;
}

function layoutOf(node: Node): Layout | null {
  const view = node.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (typeof view?.getComputedStyle !== 'function') return null;
  const check = (view.Element?.prototype as { checkVisibility?: CheckVisibility } | undefined)?.checkVisibility;
  return { styles: view.getComputedStyle.bind(view), visibility: typeof check === 'function' ? check : null };
}

/**
 * Rendered and not visibility:hidden. Without checkVisibility (jsdom) only an element's own style
 * can say, and only a class or style attribute can have changed it.
 */
function isVisible(layout: Layout, el: Element): boolean {
  if (layout.visibility) return layout.visibility.call(el, { visibilityProperty: true });
  if (!el.hasAttributes()) return true;
  const style = layout.styles(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/** Whether `el` is shown now: not inside hidden markup and, where the DOM can tell, rendered. */
export function isShown(el: Element, layout: Layout | null = layoutOf(el)): boolean {
  if (el.closest(HIDDEN_BY_MARKUP)) return false;
  return !layout || isVisible(layout, el);
}

/**
 * Text read so far, cut into sections at block boundaries as it grows: what the page reader sends
 * to the detector, whichever reader (this walk or lib/page/chunks.ts) read it.
 */
export class SectionedText<Section = TextSection> {
  protected readonly parts: string[] = [];
  protected length = 0;
  /** Each block separator pushed: its index in `parts` and its offset in the text. */
  private readonly breakParts: number[] = [];
  private readonly breakAt: number[] = [];
  /** Text before this part (and offset) was handed out as sections already. */
  private takenParts = 0;
  private takenChars = 0;

  /** How many characters of text were read so far. */
  get read(): number {
    return this.length;
  }

  /** Ends the block read so far (when any text was read). */
  protected pushBreak(): void {
    if (this.length === 0) return;
    this.breakParts.push(this.parts.length);
    this.breakAt.push(this.length);
    this.parts.push(BLOCK_SEPARATOR);
    this.length += BLOCK_SEPARATOR.length;
  }

  /** `length`: the part's length in the text the detector reads (a long page's chunks are sent unfolded). */
  protected push(text: string, length = text.length): void {
    this.parts.push(text);
    this.length += length;
  }

  /**
   * The next section of the text read so far, ending at the last block boundary within `maxChars`
   * of it, once more than `maxChars` are waiting; with `rest` (the walk is done), also what is left
   * when it is shorter. A single block longer than `maxChars` is not cut: it ends its section.
   * Null when nothing is ready. Each section is handed out once, in order.
   */
  take(maxChars: number, rest = false): Section | null {
    const waiting = this.length - this.takenChars;
    if (waiting === 0 || (waiting <= maxChars && !rest)) return null;
    if (waiting <= maxChars) return this.cut(-1);
    const b = this.breakBefore(this.takenChars + maxChars);
    if (b >= 0) return this.cut(b);
    return rest ? this.cut(-1) : null;
  }

  /**
   * The text read so far and not yet taken, up to its last block boundary within `maxChars` (or the
   * first one after, as `take` cuts), without taking it: a first look at a long page while the
   * rest is read. Null when no block has ended yet.
   */
  peek(maxChars = Infinity): Section | null {
    const b = this.breakBefore(this.takenChars + maxChars);
    return b < 0 ? null : this.section(this.takenParts, this.breakParts[b], this.takenChars);
  }

  /** What is sent for parts [from, to) (block separators between them), the first at offset `start`: here their text. */
  protected section(from: number, to: number, start: number): Section {
    return { start, text: this.parts.slice(from, to).join('') } as Section;
  }

  /**
   * The last separator at or before offset `limit` after what was taken; failing that, the first
   * one after it (a block longer than a section ends its section). -1: none.
   */
  private breakBefore(limit: number): number {
    const at = this.breakAt;
    let lo = 0;
    let hi = at.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= limit) lo = mid + 1;
      else hi = mid - 1;
    }
    // `hi` is the last separator at or before the limit; one that begins the untaken text ends nothing.
    if (hi >= 0 && at[hi] > this.takenChars) return hi;
    return hi + 1 < at.length ? hi + 1 : -1;
  }

  /** Hands out the untaken text up to separator `b` (which is skipped), or all of it (b = -1). */
  private cut(b: number): Section {
    const partEnd = b < 0 ? this.parts.length : this.breakParts[b];
    const section = this.section(this.takenParts, partEnd, this.takenChars);
    this.takenParts = b < 0 ? partEnd : partEnd + 1;
    this.takenChars = b < 0 ? this.length : this.breakAt[b] + BLOCK_SEPARATOR.length;
    return section;
  }
}

/**
 * A resumable walk: `step(budgetMs)` reads until the budget is spent and says whether it is done,
 * so the caller can yield to the page between slices.
 */
export class TextCollector extends SectionedText {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  /** Kinds of the open elements from the root down: read when the walk leaves each one. */
  private readonly open: Kind[] = [];
  private readonly hiddenRoots: Element[] = [];
  private current: Node | null;
  /** A block boundary was passed and no text followed yet (the root's start is one). */
  private pendingBreak = true;
  /** A link was left and no words followed yet: the next link is a separate menu item. */
  private afterLink = false;
  private readonly layout: Layout | null;
  /** Layout answers per tag, then per class list (see laidOut). */
  private readonly seen = new Map<string, Map<string, Kind>>();
  /** Null: each element with attributes is matched against FLAGGED instead (see the constructor). */
  private readonly flagged: Set<Element> | null;

  /**
   * `partly`: only the start of `root` will be read (a long page's first look, before it is read
   * natively), so its flagged elements are not all looked up first: that query cost 27 ms on a page
   * of 97,000 elements, several slices' worth.
   */
  constructor(
    private readonly root: Node,
    private readonly now: () => number = () => Date.now(),
    partly = false,
  ) {
    super();
    this.layout = layoutOf(root);
    const query = (root as Partial<ParentNode>).querySelectorAll;
    this.flagged = partly ? null : new Set(typeof query === 'function' ? query.call(root, FLAGGED) : []);
    this.current = root.firstChild;
    // The page's body may be hidden until a script reveals it, and a subtree read on its own (a
    // mutation) may sit inside something hidden.
    if (root.nodeType === ELEMENT_NODE && !isShown(root as Element, this.layout)) {
      this.hiddenRoots.push(root as Element);
      this.current = null;
    }
  }

  /**
   * Outermost elements that were not read because they were hidden (by style or by the hidden /
   * aria-hidden attributes): a script may reveal them later, and then they are worth a read.
   */
  get hidden(): readonly Element[] {
    return this.hiddenRoots;
  }

  /**
   * Reads for at most `budgetMs` (Infinity: to the end), or until about `untilChars` characters
   * were read in all. Returns true once the whole root is read.
   */
  step(budgetMs = Infinity, untilChars = Infinity): boolean {
    const deadline = budgetMs === Infinity ? Infinity : this.now() + budgetMs;
    let node = this.current;
    let visited = 0;
    while (node) {
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text);
      } else if (node.nodeType === ELEMENT_NODE) {
        const kind = this.enter(node as Element);
        if (kind < Kind.Skip && node.firstChild) {
          this.open.push(kind);
          node = node.firstChild;
          continue;
        }
        this.leave(kind);
      }
      node = this.next(node);
      // Checking the clock every node would cost more than the walk itself; every 64 is cheap.
      if ((++visited & 63) === 0 && (this.length >= untilChars || this.now() >= deadline)) break;
    }
    this.current = node;
    return node === null;
  }

  result(): CollectedText {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }

  /** The text nodes read so far and their offsets (the arrays grow as the walk goes on). */
  get map(): TextMap {
    return { nodes: this.nodes, starts: this.starts };
  }

  /** Decides what `el` is (once) and applies what entering it means for the text. */
  private enter(el: Element): Kind {
    const tag = el.tagName;
    const bits = TAG_BITS.get(tag) ?? 0;
    let kind = this.classify(el, tag, bits);
    if (kind === Kind.Hidden) this.hiddenRoots.push(el);
    if (kind >= Kind.Skip) kind = bits & BLOCK ? Kind.SkipBlock : Kind.Skip;
    if (kind === Kind.Link) {
      if (this.afterLink) this.pendingBreak = true;
    } else this.leave(kind);
    return kind;
  }

  private leave(kind: Kind | undefined): void {
    if (kind === Kind.Link) this.afterLink = true;
    else if (kind === Kind.Block || kind === Kind.Container || kind === Kind.SkipBlock) this.pendingBreak = true;
  }

  private classify(el: Element, tag: string, bits: number): Kind {
    if (bits & SKIPPED) return Kind.Skip;
    const flagged = this.flagged ? this.flagged.has(el) : el.hasAttributes() && el.matches(FLAGGED);
    if (flagged) {
      // DC Lens's UI and the user's own editors: never read.
      const editable = el.getAttribute('contenteditable');
      if ((editable !== null && editable !== 'false') || el.hasAttribute(OWN_UI_ATTRIBUTE)) return Kind.Skip;
      // Hidden by markup: a script may reveal it later (a consent or paywall layer lifting).
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return Kind.Hidden;
    }
    let kind: Kind = this.layout ? this.laidOut(el, tag, bits, flagged && el.hasAttribute('style')) : bits & BLOCK ? Kind.Block : Kind.Inline;
    if (kind === Kind.Inline) {
      // A child of a flex or grid container is laid out as a block whatever its tag.
      if (this.open.length > 0 && this.open[this.open.length - 1] === Kind.Container) kind = Kind.Block;
      else if (tag === 'A') kind = Kind.Link;
    }
    return kind;
  }

  /**
   * Block, flex/grid container, inline or hidden, from computed styles. Elements with the same tag
   * and class list are laid out alike (rules that depend on context aside), so one style read
   * serves them all; a "hidden" answer is always checked again, so a cached answer never hides text.
   * An inline style is the element's own and never cached.
   */
  private laidOut(el: Element, tag: string, bits: number, styled: boolean): Kind {
    const block = (bits & BLOCK) !== 0;
    const classes = bits & FORMATTING ? null : el.getAttribute('class');
    if (!block && classes === null && !styled) return Kind.Inline;
    let byClass = this.seen.get(tag);
    if (!byClass) this.seen.set(tag, (byClass = new Map()));
    const key = classes ?? '';
    if (!styled) {
      const known = byClass.get(key);
      if (known !== undefined && known !== Kind.Hidden) return known;
    }
    const kind = this.measure(el, block, classes !== null || styled);
    if (!styled) byClass.set(key, kind);
    return kind;
  }

  private measure(el: Element, block: boolean, styledByAttributes: boolean): Kind {
    const layout = this.layout!;
    if (!styledByAttributes) return isVisible(layout, el) ? Kind.Block : Kind.Hidden;
    // A class or style may make anything a block, a flex container or hidden: one style read says all.
    const style = layout.styles(el);
    const display = style.display;
    if (display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return Kind.Hidden;
    if (display === 'flex' || display === 'grid' || display === 'inline-flex' || display === 'inline-grid') return Kind.Container;
    if (block || !(display.startsWith('inline') || display === 'contents' || display === '')) return Kind.Block;
    return Kind.Inline;
  }

  private addText(node: Text): void {
    let data = node.data;
    if (data.length === 0) return;
    if (this.pendingBreak) {
      // Source indentation between blocks is not text: leave it out, the break still pending.
      if (!NON_SPACE.test(data)) return;
      this.pushBreak();
      this.pendingBreak = false;
    }
    if (this.afterLink && NON_SPACE.test(data)) this.afterLink = false;
    // Same length, so offsets into the node stay valid.
    if (NEWLINE.test(data)) data = data.replace(NEWLINES, ' ');
    this.nodes.push(node);
    this.starts.push(this.length);
    this.push(data);
  }

  /** The next node in document order after `node`'s subtree, staying inside the root. */
  private next(node: Node): Node | null {
    let n: Node = node;
    for (;;) {
      const sibling = n.nextSibling;
      if (sibling) return sibling;
      const parent = n.parentNode;
      if (!parent || parent === this.root) return null;
      this.leave(this.open.pop());
      n = parent;
    }
  }
}

/** Reads the whole root at once (the CLI, tests, small subtrees). */
export function collectText(root: Node): CollectedText {
  const collector = new TextCollector(root);
  collector.step();
  return collector.result();
}

/** Index of the text node that holds offset `pos` (binary search over starts). */
export function nodeIndexAt(collected: TextMap, pos: number): number {
  const { starts } = collected;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A W3C TextQuoteSelector-like quote around [start, end), for evidence and re-anchoring. */
export function quoteAt(text: string, start: number, end: number, context = 32) {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    exact: squash(text.slice(start, end)),
    prefix: squash(text.slice(Math.max(0, start - context), start)).trimStart(),
    suffix: squash(text.slice(end, end + context)).trimEnd(),
  };
}
