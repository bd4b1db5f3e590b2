/**
 * Tokens of a local window (a sentence or a line), with the offsets, case and shape the
 * noun-phrase grammar needs. Only windows around trigger words are tokenised, never a whole page.
 */
const CAP = 1;
const NUM = 2;
const WORD = 4;
// A token's own flags, in the two low bits of its packed end (see Token).
const POSS = 1;
const GLUED = 2;

/** What a token's text alone decides, shared by every token with that text. */
class Spelling {
  /** Answers of the spelling tests (spellingTest): per test, a bit "asked" and a bit "yes". */
  memo = 0;
  constructor(
    readonly text: string,
    readonly low: string,
    /** CAP, NUM and WORD. */
    readonly flags: number,
  ) {}
}

/**
 * One token: where it is, its spelling (shared) and its own flags. A long page holds every token
 * of its mention sentences for the whole detect() call, so a token is kept small: the garbage
 * collector copies every one that survives, and that copying cost more than the tokenising.
 */
export class Token {
  /** The end offset times four, plus POSS and GLUED: one field less per token (a string holds under 2^29 chars, so this stays a small integer). */
  private endAndFlags: number;

  constructor(
    readonly start: number,
    end: number,
    private readonly spelling: Spelling,
    flags: number,
  ) {
    this.endAndFlags = (end << 2) | flags;
  }

  get end(): number {
    return this.endAndFlags >>> 2;
  }
  get text(): string {
    return this.spelling.text;
  }
  get low(): string {
    return this.spelling.low;
  }
  /** Starts with an upper-case letter. */
  get cap(): boolean {
    return (this.spelling.flags & CAP) !== 0;
  }
  /** Whole token is a number ("60,000", "1.2", "2025"). */
  get num(): boolean {
    return (this.spelling.flags & NUM) !== 0;
  }
  /** Letters or digits (not punctuation). */
  get word(): boolean {
    return (this.spelling.flags & WORD) !== 0;
  }
  /** Followed by a possessive 's or ’s (or a bare ’ after a plural). */
  get poss(): boolean {
    return (this.endAndFlags & POSS) !== 0;
  }
  /** No whitespace between this token and the previous one. */
  get glued(): boolean {
    return (this.endAndFlags & GLUED) !== 0;
  }
  /** The possessive ’s (or a bare ’) joins the word: it ends at `end`. */
  markPossessive(end: number): void {
    this.endAndFlags = (end << 2) | (this.endAndFlags & GLUED) | POSS;
  }
  /** The answer of a spelling test, worked out once per spelling (see spellingTest). */
  answer(asked: number, yes: number, test: (t: Token) => boolean): boolean {
    const sp = this.spelling;
    if ((sp.memo & asked) === 0) sp.memo |= asked | (test(this) ? yes : 0);
    return (sp.memo & yes) !== 0;
  }
}

let spellingTests = 0;

/**
 * A test of a token that reads only its spelling (text, low, cap, num, word; never poss or
 * glued), answered once per spelling and shared by every token written the same way. The facts'
 * tables are plain objects read with every token ("SMALL[t.low] !== undefined"), and a key a
 * table lacks is its slowest read: V8 looks along the prototype chain each time.
 */
export function spellingTest(test: (t: Token) => boolean): (t: Token) => boolean {
  if (spellingTests >= 15) throw new Error('spellingTest: at most 15 tests fit in a spelling memo');
  const asked = 1 << (2 * spellingTests);
  const yes = asked << 1;
  spellingTests++;
  return (t) => t.answer(asked, yes, test);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
const UPPER = /^\p{Lu}/u;
const NUMERIC = /^\d+(?:[.,]\d+)*$/;

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[i]);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number, text: string, i: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && SPACE.test(text[i]));
}

/**
 * Spellings seen lately, so a word met again costs a hash of its chars instead of a slice, a
 * lower-casing, two tests and objects that would live as long as its sentence. An open-addressed
 * table keyed by the chars themselves (no string is cut to look one up), emptied when half full
 * (a page of many languages), so it never holds more than a few thousand short strings.
 */
const SLOTS = 1 << 15;
const MASK = SLOTS - 1;
const slotHash = new Int32Array(SLOTS);
let slotSpelling: Array<Spelling | undefined> = new Array<Spelling | undefined>(SLOTS);
let used = 0;
/**
 * Each slot's chars, copied into one typed array (offset and length per slot): a word is
 * compared there, so a look-up touches neither the spelling object nor its string (two loads
 * that missed the cache on every token of a long page).
 */
const slotAt = new Int32Array(SLOTS);
const slotLength = new Int32Array(SLOTS);
let chars = new Uint16Array(SLOTS * 8);
let charsUsed = 0;

/**
 * The same string as `s`, internalised: the facts' tables (SMALL[t.low], SYMBOLS[t.text]) are
 * read with every token, and V8 looks a fresh string up in its string table on every such read.
 */
function internal(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

function sameChars(slot: number, text: string, start: number, end: number): boolean {
  if (slotLength[slot] !== end - start) return false;
  const at = slotAt[slot] - start;
  for (let i = start; i < end; i++) if (chars[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function remember(slot: number, h: number, sp: Spelling, text: string, start: number, end: number): void {
  const n = end - start;
  if (charsUsed + n > chars.length) {
    const grown = new Uint16Array(Math.max(chars.length * 2, charsUsed + n));
    grown.set(chars.subarray(0, charsUsed));
    chars = grown;
  }
  for (let i = start; i < end; i++) chars[charsUsed + i - start] = text.charCodeAt(i);
  slotAt[slot] = charsUsed;
  slotLength[slot] = n;
  charsUsed += n;
  slotHash[slot] = h;
  slotSpelling[slot] = sp;
  used++;
}

function spellingOf(text: string, start: number, end: number, word: boolean): Spelling {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let slot = h & MASK;
  for (let sp = slotSpelling[slot]; sp !== undefined; sp = slotSpelling[slot]) {
    if (slotHash[slot] === h && sameChars(slot, text, start, end)) return sp;
    slot = (slot + 1) & MASK;
  }
  if (used >= SLOTS >> 1) {
    slotSpelling = new Array<Spelling | undefined>(SLOTS);
    used = 0;
    charsUsed = 0;
    slot = h & MASK;
  }
  const t = internal(text.slice(start, end));
  let sp: Spelling;
  if (word) {
    const first = t.charCodeAt(0);
    const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(t);
    const num = isDigit(first) && NUMERIC.test(t);
    sp = new Spelling(t, internal(t.toLowerCase()), WORD | (cap ? CAP : 0) | (num ? NUM : 0));
  } else sp = new Spelling(t, t, 0);
  remember(slot, h, sp, text, start, end);
  return sp;
}

/**
 * Words ("Alibaba", "H100s", "21st"), numbers ("60,000", "1.2", "1.5bn") and single punctuation
 * marks; a glued 's becomes the possessive flag of the word before. Hand-written scanner: this
 * runs on every sentence near a trigger, so it avoids regular expressions per char (and reads a
 * char as a string only outside ASCII).
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let prev: Token | undefined;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    const glued = prev !== undefined && prev.end === start ? GLUED : 0;
    if (isWordChar(c, text, i)) {
      i++;
      while (i < to && isWordChar(text.charCodeAt(i), text, i)) i++;
      // "60,000", "1.2": separators between digits stay inside a number.
      for (let d = text.charCodeAt(i); i + 1 < to && (d === 44 || d === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)); d = text.charCodeAt(i)) {
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
        while (i < to && !isDigit(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i), text, i)) i++;
      }
      prev = new Token(start, i, spellingOf(text, start, i, true), glued);
      out.push(prev);
      continue;
    }
    // Possessive: ’s / 's glued to a word becomes a flag on that word.
    if ((c === 39 || c === 0x2019) && prev && prev.word && glued) {
      const n = text.charCodeAt(i + 1);
      if ((n === 115 || n === 83) && !(i + 2 < to && isWordChar(text.charCodeAt(i + 2), text, i + 2))) {
        prev.markPossessive(i + 2);
        i += 2;
        continue;
      }
      if (prev.low.endsWith('s')) {
        prev.markPossessive(prev.end);
        i++;
        continue;
      }
    }
    i++;
    prev = new Token(start, i, spellingOf(text, start, i, false), glued);
    out.push(prev);
  }
  return out;
}
