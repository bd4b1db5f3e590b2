/**
 * Tokens of a local window (a sentence or a line), with the offsets, case and shape the
 * noun-phrase grammar needs. Only windows around trigger words are tokenised, never a whole page.
 */
const CAP = 1;
const NUM = 2;
const WORD = 4;
const POSS = 8;
const GLUED = 16;

/** What a token's text alone decides, shared by every token with that text. */
class Spelling {
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
  constructor(
    readonly start: number,
    private endAt: number,
    private readonly spelling: Spelling,
    private flags: number,
  ) {}

  get end(): number {
    return this.endAt;
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
    return (this.flags & POSS) !== 0;
  }
  /** No whitespace between this token and the previous one. */
  get glued(): boolean {
    return (this.flags & GLUED) !== 0;
  }
  /** The possessive ’s (or a bare ’) joins the word: it ends at `end`. */
  markPossessive(end: number): void {
    this.flags |= POSS;
    this.endAt = end;
  }
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
 * Spellings seen lately, so a word met again costs a look-up instead of a lower-casing, two tests
 * and three more objects that would live as long as its sentence. Emptied when it grows large
 * (a page of many languages), so it never holds more than a few thousand short strings.
 */
const spellings = new Map<string, Spelling>();
const MAX_SPELLINGS = 20_000;

function wordSpelling(t: string, first: number): Spelling {
  let sp = spellings.get(t);
  if (sp === undefined) {
    if (spellings.size >= MAX_SPELLINGS) spellings.clear();
    const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(t);
    const num = isDigit(first) && NUMERIC.test(t);
    sp = new Spelling(t, t.toLowerCase(), WORD | (cap ? CAP : 0) | (num ? NUM : 0));
    spellings.set(t, sp);
  }
  return sp;
}

function markSpelling(ch: string): Spelling {
  let sp = spellings.get(ch);
  if (sp === undefined) {
    sp = new Spelling(ch, ch, 0);
    spellings.set(ch, sp);
  }
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
      prev = new Token(start, i, wordSpelling(text.slice(start, i), c), glued);
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
    prev = new Token(start, i, markSpelling(text[start]), glued);
    out.push(prev);
  }
  return out;
}
