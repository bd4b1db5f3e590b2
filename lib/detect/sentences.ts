/**
 * Sentence and line boundaries around a position, found by looking outwards from it (so only
 * the neighbourhood of a trigger is ever read). Abbreviations such as "Co." or "Inc." do not end
 * a sentence when a lower-case word follows.
 */
import { forText, startsUpper, UnicodeRegExp, firstUse, matches } from './cheap-regexp';

const ABBREV = new Set(
  'co inc corp ltd llc plc jr sr mr mrs ms dr st mt no vs etc approx est dept gov sen rep gen col lt sgt jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m n.v s.a ag bhd sdn pte pvt pty tbk sta sto ste ft pt mio mrd mld'.split(' '),
);
/**
 * AP style's state abbreviations ("Kuna, Ida. — 200 MW", "Richland Parish, La. (phase one)"): a
 * dash, a bracket or a figure after one continues the sentence; a capital or a quote starts the next.
 */
const STATE_ABBREV = new Set('ala ariz ark calif colo conn del fla ga ida ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo n.c s.c n.d s.d n.h n.j n.m n.y r.i w.va'.split(' '));
/** "CLOQUET, " before "Minn. --": a dateline's city, whose state ends the dateline. */
const DATELINE_CITY = /^\s*[A-Z][A-Z .'-]*,\s*$/;
const MAX_SENTENCE = 1200;

function isSpace(c: number): boolean {
  return c === 32 || c === 160 || c === 0x2009 || c === 0x202f;
}
function isAsciiNonSpace(c: number): boolean {
  return c > 32 && c < 127;
}
/** A line break, or a tab: the border between a text table's cells (the page reader writes one there too). */
function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 9;
}

/** Closing quotes and brackets that may follow a sentence's final mark: " ' ” ’ ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}
const letter = firstUse(() => /\p{L}/u);
/** A letter or a period (the word before a period: "Inc", "U.S"). ASCII without a regex: this runs per char. */
function isLetterOrDot(c: number, text: string, k: number): boolean {
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letter().test(text[k]);
}

const NEXT_UPPER = new UnicodeRegExp(String.raw`[\p{Lu}\d"“‘(]`, 'u');
const ONE_LETTER = new UnicodeRegExp(String.raw`^\p{L}$`, 'u');
const LETTERS_FIRST = new UnicodeRegExp(String.raw`^\p{L}+`, 'u');

/** A capital letter or an opening quote at j: what starts a sentence. */
function startsNext(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return (c >= 65 && c <= 90) || c === 34;
  return c === 0x201c || c === 0x2018 || text[j] !== text[j].toLowerCase();
}

/** True when the period (or ! ?) at i ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  // Next non-space char (after closing quotes/brackets).
  let j = i + 1;
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  if (j < text.length && !isSpace(text.charCodeAt(j)) && !isNewline(text.charCodeAt(j))) return false; // 1.2, U.S.A, example.com
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j >= text.length || isNewline(text.charCodeAt(j))) return true;
  if (c !== 46) return true;
  const nextUpper = matches(NEXT_UPPER, text[j]);
  // Word before the period.
  let k = i - 1;
  while (k >= 0 && isLetterOrDot(text.charCodeAt(k), text, k)) k--;
  const word = text.slice(k + 1, i).toLowerCase();
  if (STATE_ABBREV.has(word)) return startsNext(text, j) || DATELINE_CITY.test(text.slice(text.lastIndexOf('\n', k) + 1, k + 1));
  if (ABBREV.has(word) || matches(ONE_LETTER, word)) {
    // "Inc. announced" continues; "Inc. The deal" probably ends, but initials ("J. Smith") do not.
    if (!nextUpper || matches(ONE_LETTER, word)) return false;
    const after = text.slice(j, j + 20);
    const nextWord = forText(LETTERS_FIRST, after).exec(after)?.[0] ?? '';
    return /^(The|It|In|A|An|This|That|They|He|She|We|But|And|On|At|As|Its|Their|Last|Earlier|Meanwhile|However)$/.test(nextWord);
  }
  return nextUpper || true;
}

/**
 * Sentences already found in the last text read, for any position inside them: detect() asks
 * for the sentence around every candidate and for the next sentences after each mention, so the
 * same boundaries were searched again and again. Only a sentence whose both ends were found by
 * a boundary (not by the MAX_SENTENCE window) and that is shorter than the window is kept:
 * every position inside such a sentence finds the same boundaries, so the answer is unchanged.
 * The last text is held until another is read.
 */
let knownText = '';
/** Per 1,024-char bucket of the text: [start, end, start, end, ...] of the sentences over it. */
let known: Array<number[] | undefined> = [];
const BUCKET = 10;

function knownSpan(text: string, pos: number): [number, number] | null {
  if (text !== knownText) {
    knownText = text;
    known = [];
    return null;
  }
  const list = known[pos >> BUCKET];
  if (list) for (let i = 0; i < list.length; i += 2) if (list[i] <= pos && pos < list[i + 1]) return [list[i], list[i + 1]];
  return null;
}

function remember(start: number, end: number): void {
  for (let b = start >> BUCKET; b <= (end - 1) >> BUCKET; b++) (known[b] ??= []).push(start, end);
}

/** [start, end) of the sentence containing pos (never crossing a line break). */
export function sentenceAt(text: string, pos: number): [number, number] {
  const span = knownSpan(text, pos);
  if (span) return span;
  let s = pos;
  let bounded = true;
  const minS = Math.max(0, pos - MAX_SENTENCE);
  while (s > minS) {
    const c = text.charCodeAt(s - 1);
    if (isNewline(c)) break;
    if ((c === 46 || c === 33 || c === 63) && s - 1 < pos && endsSentence(text, s - 1)) break;
    s--;
  }
  if (s === minS && s > 0) bounded = false;
  const raw = s;
  while (s < pos && isSpace(text.charCodeAt(s))) s++;
  let e = pos;
  const maxE = Math.min(text.length, pos + MAX_SENTENCE);
  let ended = false;
  while (e < maxE) {
    const c = text.charCodeAt(e);
    if (isNewline(c)) {
      ended = true;
      break;
    }
    if ((c === 46 || c === 33 || c === 63) && endsSentence(text, e)) {
      e++;
      ended = true;
      break;
    }
    e++;
  }
  if (!ended && e < text.length) bounded = false;
  if (bounded && e - raw < MAX_SENTENCE && s < e && !isSpace(text.charCodeAt(s))) remember(s, e);
  return [s, e];
}

/** The chars isNewline says yes to. */
const LINE_BREAK = /[\n\r\t\u2028\u2029]/g;

/**
 * The offsets of every line break of the text (the chars lineAt stops at), ascending: one pass, so
 * a page's many line questions are binary searches (lineBetween) instead of walks over a whole
 * paragraph for each of its sentences. Kept for the last text asked about (do not change the list).
 */
export function lineBreaks(text: string): number[] {
  if (text === breaksText) return breaksOfText;
  const out: number[] = [];
  // A regex finds these chars about twice as fast as a loop over every char code.
  const re = LINE_BREAK;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  breaksText = text;
  breaksOfText = out;
  return out;
}
/** The last text's breaks: the headline test and the running-text names (casing.ts) read the same page's. */
let breaksText = '';
let breaksOfText: number[] = [];

/**
 * lineAt by the text's line breaks (lineBreaks): the same [start, end) for every pos inside the
 * text; writes them to `into`.
 */
export function lineBetween(breaks: readonly number[], length: number, pos: number, into: [number, number]): void {
  // The first break at or after pos ends the line; the one before it starts it.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  into[0] = lo > 0 ? breaks[lo - 1] + 1 : 0;
  into[1] = lo < breaks.length ? breaks[lo] : length;
}

/** [start, end) of the line (block) containing pos. */
export function lineAt(text: string, pos: number): [number, number] {
  let s = pos;
  while (s > 0 && !isNewline(text.charCodeAt(s - 1))) s--;
  let e = pos;
  while (e < text.length && !isNewline(text.charCodeAt(e))) e++;
  return [s, e];
}

/** The sentence before the one starting at `start`, or null at the start of the text. */
export function previousSentence(text: string, start: number): [number, number] | null {
  let p = start - 1;
  while (p >= 0 && (isSpace(text.charCodeAt(p)) || isNewline(text.charCodeAt(p)))) p--;
  if (p < 0) return null;
  return sentenceAt(text, p);
}

/** The sentence after the one ending at `end`, or null at the end of the text. */
export function nextSentence(text: string, end: number): [number, number] | null {
  let p = end;
  while (p < text.length && (isSpace(text.charCodeAt(p)) || isNewline(text.charCodeAt(p)))) p++;
  if (p >= text.length) return null;
  return sentenceAt(text, p);
}

/**
 * A headline-like line: no sentence-final punctuation, short, mostly capitalised words. In such
 * lines capital letters say nothing about names.
 */
export const TITLE_WORD = new UnicodeRegExp(String.raw`\p{L}[\p{L}\p{N}'’-]*`, 'gu');

export function isTitleLine(text: string, start: number, end: number): boolean {
  // A paragraph: too long once trimmed, known without cutting it out (its first and last chars
  // are ASCII and no space, so trim() would leave it whole).
  if (end - start > 160 && isAsciiNonSpace(text.charCodeAt(start)) && isAsciiNonSpace(text.charCodeAt(end - 1))) return false;
  const line = text.slice(start, end).trim();
  if (!line || line.length > 160 || /[.!?]["”’]?$/.test(line)) return false;
  const words = line.match(forText(TITLE_WORD, line)) ?? [];
  if (words.length < 2) return false;
  const minor = /^(a|an|the|and|or|of|in|on|at|to|for|with|by|from|as|is|vs|via|into|its)$/i;
  const content = words.filter((w) => !minor.test(w));
  const caps = content.filter((w) => startsUpper(w)).length;
  return content.length > 0 && caps / content.length >= 0.75;
}
