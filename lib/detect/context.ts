/**
 * What the detector knows about one text: the matches of the main pass, and lazily, per sentence,
 * its tokens, places and operator names. Everything beyond the main pass is computed only for
 * sentences that contain a trigger (or that coreference looks at).
 */
import { scanAutomaton } from './automaton';
import { ENTRY_FAMILY, ENTRY_HEAD, ENTRY_OPERATOR, ENTRY_SITE, FLAG_ACRONYM, FLAG_NEEDS_CONTEXT, FLAG_NEEDS_OPERATOR, type DetectorIndex } from './index-format';
import type { PlaceKind } from './index-format';
import { isTitleLine, lineAt, lineBetween, lineBreaks, sentenceAt } from './sentences';
import { tokenize, type Tokens } from './tokens';
import { foldsTo } from './normalize';
import { orderSharedSpans } from './shared-alias';
import { capitalisedInRunningText } from './casing';
import { firstUse, UnicodeRegExp, matches } from './cheap-regexp';

const TITLE_CASE_WORD = new UnicodeRegExp(String.raw`^\p{Lu}\p{Ll}+$`, 'u');

/**
 * "Tract of land near Lockhart sold", "Aligned with the county plan, …": a one-word company name
 * that is an everyday word, capitalised only because it opens a sentence and followed by a
 * preposition. It is the company only if the article also writes it capitalised mid-sentence.
 */
function wordOpeningSentence(text: string, h: Hit): boolean {
  if (h.end - h.start < 3 || !matches(TITLE_CASE_WORD, text.slice(h.start, h.end))) return false;
  if (!/^\s+(?:of|with|out|by|for|from|into|over|up|down|about|upon)\b/.test(text.slice(h.end, h.end + 8))) return false;
  const before = text.slice(Math.max(0, h.start - 3), h.start).trimEnd();
  return before === '' || /[\n.!?:]["”’]?$/.test(before);
}

export interface Hit {
  start: number;
  end: number;
  type: number;
  ref: number;
  needsContext: boolean;
  /** A bare code: its own operator must be named nearby. */
  needsOperator?: boolean;
}

export interface PlaceSpan {
  start: number;
  end: number;
  /** Token range. */
  first: number;
  last: number;
  text: string;
  canonical: string;
  kind: PlaceKind;
  country: string;
  admin: string;
  /** The state or province written after a town ("Papillion, Nebraska"), as the gazetteer names it. */
  state?: string;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Its tokens, read by index. */
  readonly toks: Tokens;
  /** A headline-like line: capitals carry no meaning. */
  readonly title: boolean;
  /** Places in the sentence. */
  readonly places: PlaceSpan[];
  readonly operators: Hit[];
  readonly sites: Hit[];
  readonly heads: Hit[];
  /** What a rule works out once per sentence, in the slot memoSlot() gave it (undefined until set). */
  memo(slot: number): unknown;
  setMemo(slot: number, value: unknown): void;
}

const ORG_AFTER_PLACE = /^\s+(?:Data\s+Cent(?:er|re)s|Tech\b|Instruments|Tower|Holdings|Inc\b|Corp|Group|Airlines|Airways|Energy|Power|Electric|Telecom|Bank|University|Institute|Company|Co\b|Ltd|LLC|Capital|Partners|Ventures|Digital|Cloud\b|Networks?\b|Communications|Technologies|Systems)/;

/**
 * A line break is a block boundary (a paragraph, a list item, a menu link): no name spans it, nor
 * a bar or a tab between a text table's cells ("Microsoft | San Antonio, TX"). Nor does a name span half a
 * bracket: the matcher reads punctuation as a space, so "(IBX) data center" would otherwise hold a
 * match of "IBX data center" that starts inside the brackets.
 */
function breaksMatch(text: string, start: number, end: number): boolean {
  let open = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 124 || c === 9) return true;
    if (c === 40) open++;
    else if (c === 41 && --open < 0) return true;
  }
  return open > 0;
}

/**
 * ORG_AFTER_PLACE can match at `at`: spaces, then an upper-case letter (or a char outside ASCII,
 * left to the regex). Most places are followed by punctuation or a lower-case word, so the regex
 * and its slice are skipped for them.
 */
function mayStartOrgAfter(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i); c === 32 || (c >= 9 && c <= 13); c = text.charCodeAt(i)) i++;
  if (i === at) return text.charCodeAt(at) >= 128;
  const c = text.charCodeAt(i);
  return c >= 128 || (c >= 65 && c <= 90);
}

const NO_HIT: Hit = { start: 0, end: 0, type: 0, ref: 0, needsContext: false, needsOperator: false };

/**
 * An empty list made to hold objects. V8 makes `[]` a list of small integers, and the first hit
 * pushed converts it: the constructor's optimised code, made for lists already converted, was
 * thrown away at the first hit of each of the next few calls (four lists, one at a time) and its
 * loop over the page's hits ran unoptimised until compiled again.
 */
function hitList(): Hit[] {
  const list = [NO_HIT];
  list.pop();
  return list;
}

export class Doc {
  readonly heads: Hit[] = hitList();
  readonly sites: Hit[] = hitList();
  operators: Hit[] = hitList();
  readonly families: Hit[] = hitList();
  private readonly sentences = new Map<number, Sentence>();
  /** The headline test per line start: a paragraph's sentences share their line. */
  private readonly titleLines = new Map<number, boolean>();
  /** The last line found: a paragraph's sentences are asked one after another. */
  private lineStart = -1;
  private lineEnd = -1;
  /** The text's line breaks (lineBreaks), found on the first line question. */
  private breaks: number[] | null = null;
  private readonly line: [number, number] = [-1, -1];
  /** Per operator, where its first hit starts (firstOperatorAt), found on first use. */
  private firstOperators: Map<number, number> | null = null;

  constructor(
    readonly text: string,
    readonly index: DetectorIndex,
  ) {
    const raw: number[] = [];
    scanAutomaton(index.main, text, raw);
    const { entryStart, entryType, entryRef, patternFlags, main } = index;
    for (let i = 0; i < raw.length; i += 3) {
      const p = raw[i];
      const start = raw[i + 1];
      const end = raw[i + 2];
      if (!foldsTo(main.fold, text, start, end, main.patterns.at(p)!)) continue; // hash collision
      // "Asia Pacific (Tokyo)": the matcher ends at the last word; keep the closing bracket.
      const fullEnd = text.charCodeAt(end) === 41 && text.lastIndexOf('(', end) >= start ? end + 1 : end;
      if (breaksMatch(text, start, fullEnd)) continue;
      for (let e = entryStart[p]; e < entryStart[p + 1]; e++) {
        const hit: Hit = { start, end: fullEnd, type: entryType[e], ref: entryRef[e], needsContext: (patternFlags[p] & FLAG_NEEDS_CONTEXT) !== 0, needsOperator: (patternFlags[p] & FLAG_NEEDS_OPERATOR) !== 0 };
        if (hit.type === ENTRY_HEAD) this.heads.push(hit);
        // "$2B", "€3M": an amount, not the catalog site whose code is "2B".
        else if (hit.type === ENTRY_SITE) {
          if (!isCurrencySymbol(text.charCodeAt(start - 1))) this.sites.push(hit);
        }
        else if (hit.type === ENTRY_OPERATOR && hasUpperOrDigit(text, start, end) && (!(patternFlags[p] & FLAG_ACRONYM) || !hasLower(text, start, end))) this.operators.push(hit);
        else if (hit.type === ENTRY_FAMILY && startsUpper(text, start)) this.families.push(hit);
      }
    }
    const byPos = (a: Hit, b: Hit) => a.start - b.start || b.end - a.end;
    this.heads.sort(byPos);
    this.sites.sort(byPos);
    this.operators.sort(byPos);
    if (this.operators.some((h) => wordOpeningSentence(text, h))) this.operators = this.operators.filter((h) => !wordOpeningSentence(text, h) || capitalisedInRunningText(this, text.slice(h.start, h.end)));
    orderSharedSpans(this.sites, this.operators, (site) => index.sites.operators.at(site)!);
  }

  /** The line around pos is a headline-like line (isTitleLine), worked out once per line. */
  titleAt(pos: number): boolean {
    // Every position of [start, end] (its newline included) finds the same line.
    if (pos < this.lineStart || pos > this.lineEnd) [this.lineStart, this.lineEnd] = this.lineAround(pos);
    const ls = this.lineStart;
    const le = this.lineEnd;
    let title = this.titleLines.get(ls);
    if (title === undefined) this.titleLines.set(ls, (title = isTitleLine(this.text, ls, le)));
    return title;
  }

  /**
   * The last operator hit, in list order, that ends by pos. Hits are sorted by start and one that
   * ends by pos starts before it, so it is the last such hit among those starting before pos: a
   * binary search and a step back, not a scan of every operator hit of the page per question.
   */
  lastOperatorEndingBy(pos: number): Hit | undefined {
    const ops = this.operators;
    let k = firstNotBefore(ops.length, (i) => ops[i].start < pos) - 1;
    while (k >= 0 && ops[k].end > pos) k--;
    return k >= 0 ? ops[k] : undefined;
  }

  /** Where the first operator hit of operator `ref` starts; -1 when the text names it nowhere. */
  firstOperatorAt(ref: number): number {
    if (this.firstOperators === null) {
      this.firstOperators = new Map();
      for (const h of this.operators) if (!this.firstOperators.has(h.ref)) this.firstOperators.set(h.ref, h.start);
    }
    return this.firstOperators.get(ref) ?? -1;
  }

  /**
   * [start, end) of the line around pos, as lineAt gives it, by a binary search in the text's line
   * breaks: walking out to a paragraph's ends for each of its sentences was 2-3% of detect() on a
   * long page. The pair is reused: read it before the next call.
   */
  lineAround(pos: number): readonly [number, number] {
    if (pos > this.text.length) return lineAt(this.text, pos);
    lineBetween((this.breaks ??= lineBreaks(this.text)), this.text.length, pos, this.line);
    return this.line;
  }

  sentenceAt(pos: number): Sentence {
    const [start, end] = sentenceAt(this.text, pos);
    const cached = this.sentences.get(start);
    if (cached && cached.end >= end) return cached;
    const s = new LazySentence(this, start, end, pos);
    this.sentences.set(start, s);
    return s;
  }
}

/**
 * A sentence whose tokens, headline test and places are worked out on first use: many sentences
 * are only asked for their operators (the sentences before a mention, looking for its company),
 * and tokenising is the largest single cost of reading a long page.
 */
class LazySentence implements Sentence {
  private tokenList: Tokens | null = null;
  private placeList: PlaceSpan[] | null = null;
  private titleLine = -1;
  // The matcher's hits inside the sentence, each list found on first use: a sentence asked for
  // only its bounds or tokens never searches them.
  private operatorList: Hit[] | null = null;
  private siteList: Hit[] | null = null;
  private headList: Hit[] | null = null;
  private memos: unknown[] | null = null;

  constructor(
    private readonly doc: Doc,
    readonly start: number,
    readonly end: number,
    /** The position asked for: its line decides the headline test. */
    private readonly at: number,
  ) {}

  get operators(): Hit[] {
    return (this.operatorList ??= within(this.doc.operators, this.start, this.end));
  }

  get sites(): Hit[] {
    return (this.siteList ??= within(this.doc.sites, this.start, this.end));
  }

  get heads(): Hit[] {
    return (this.headList ??= within(this.doc.heads, this.start, this.end));
  }

  get toks(): Tokens {
    return (this.tokenList ??= tokenize(this.doc.text, this.start, this.end));
  }

  get title(): boolean {
    if (this.titleLine < 0) {
      this.titleLine = this.doc.titleAt(this.at) ? 1 : 0;
    }
    return this.titleLine === 1;
  }

  get places(): PlaceSpan[] {
    return (this.placeList ??= findPlaces(this.doc, this));
  }

  memo(slot: number): unknown {
    return this.memos === null ? undefined : this.memos[slot];
  }

  setMemo(slot: number, value: unknown): void {
    (this.memos ??= [])[slot] = value;
  }
}

/** The place automaton's raw hits, one list reused by every sentence (read before the next scan). */
const placeHits: number[] = [];

function findPlaces(doc: Doc, s: Sentence): PlaceSpan[] {
  const { places } = doc.index;
  {
    const raw = placeHits;
    raw.length = 0;
    scanAutomaton(places.automaton, doc.text, raw, s.start, s.end, true);
    const found: Array<{ start: number; end: number; p: number }> = [];
    for (let i = 0; i < raw.length; i += 3) {
      const start = raw[i + 1];
      const end = raw[i + 2];
      if (!startsUpper(doc.text, start)) continue; // "mobile", "reading": places are capitalised
      if (mayStartOrgAfter(doc.text, end) && ORG_AFTER_PLACE.test(doc.text.slice(end, end + 24))) continue;
      found.push({ start, end, p: raw[i] });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: PlaceSpan[] = [];
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      // An operator name wins over a place it contains or equals ("Amazon", "Alibaba Cloud").
      if (s.operators.some((o) => o.start <= f.start && o.end >= f.end)) continue;
      const first = tokenIndexAt(s.toks, f.start);
      const last = tokenIndexAt(s.toks, f.end - 1);
      if (first < 0 || last < 0) continue;
      lastEnd = f.end;
      out.push({
        start: f.start,
        end: f.end,
        first,
        last,
        text: doc.text.slice(f.start, f.end),
        canonical: places.names.at(f.p)!,
        kind: places.kinds.at(f.p)!,
        country: places.countries.at(f.p)!,
        admin: places.adminCodes.at(f.p)!,
      });
    }
    return out;
  }
}

/** $ € £ ¥ ₹ ₩ ₽ */
function isCurrencySymbol(c: number): boolean {
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20a9 || c === 0x20bd;
}
const upper = firstUse(() => /^\p{Lu}/u);
function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : upper().test(text.slice(at, at + 2));
}

// The main pass checks tens of thousands of matcher hits per long page: ASCII by char code, a
// regex over the span only when it holds another char.
const upperOrDigit = firstUse(() => /[\p{Lu}\d]/u);
const lower = firstUse(() => /\p{Ll}/u);
function hasUpperOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return upperOrDigit().test(text.slice(start, end));
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}
function hasLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return lower().test(text.slice(start, end));
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** The first index of a sorted list of `count` items whose item is not `before` (binary search). */
export function firstNotBefore(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Some hit of a list sorted by start begins within `radius` chars of `pos` and passes `test` (a binary search, not a scan of the page's hits). */
export function someWithin(hits: readonly Hit[], pos: number, radius: number, test: (h: Hit) => boolean): boolean {
  for (let i = firstNotBefore(hits.length, (k) => hits[k].start < pos - radius); i < hits.length && hits[i].start <= pos + radius; i++) if (test(hits[i])) return true;
  return false;
}

/** Hits inside [start, end) of a list sorted by start (binary search: pages can have thousands). */
export function within(hits: Hit[], start: number, end: number): Hit[] {
  const lo = firstNotBefore(hits.length, (i) => hits[i].start < start);
  const out: Hit[] = [];
  for (let i = lo; i < hits.length && hits[i].start < end; i++) if (hits[i].end <= end) out.push(hits[i]);
  return out;
}

/** Index of the token containing offset pos, or -1. */
export function tokenIndexAt(tokens: Tokens, pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < tokens.start(mid)) hi = mid - 1;
    else if (pos >= tokens.end(mid)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token starting at or after pos. */
export function tokenIndexFrom(tokens: Tokens, pos: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens.end(i) > pos) return i;
  return tokens.length;
}
