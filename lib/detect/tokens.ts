/**
 * Tokens of a local window (a sentence or a line), with the offsets, case and shape the
 * noun-phrase grammar needs. Only windows around trigger words are tokenised, never a whole page.
 *
 * A token is no object: a sentence's tokens are a view (Tokens) over columns in typed arrays
 * (start, end with the token's own flags, spelling number), shared by many sentences. A long page
 * holds every token of its mention sentences for the whole detect() call, and as objects the
 * garbage collector copied each one that survived: that copying cost more than the tokenising.
 * Typed arrays' contents live outside the collected heap.
 */
import { plainNonAscii, startsUpper, firstUse } from './cheap-regexp';

const CAP = 1;
const NUM = 2;
const WORD = 4;
// A token's own flags, in the two low bits of its packed end.
const POSS = 1;
const GLUED = 2;

/**
 * Spellings seen lately, so a word met again costs a hash of its chars instead of a slice, a
 * lower-casing, two tests and strings that would live as long as its sentence. An open-addressed
 * table keyed by the chars themselves (no string is cut to look one up). A table that holds
 * SLOTS / 2 spellings is replaced by a new one (a page of many languages), so it never holds more
 * than a few thousand short strings; tokens made before keep the table they were spelled in.
 *
 * A slot is four ints side by side (hash, spelling number plus one, where its chars start, how
 * many), and the table starts small and doubles when half full: a look-up reads one cache line,
 * and a page's few thousand spellings stay in the cache between sentences. Four arrays of SLOTS
 * slots each were four cache misses per token inside detect(), where other work evicts them.
 */
const SLOTS = 1 << 15;
const FIRST_SLOTS = 1 << 12;
/** A slot's ints: the word's hash, its spelling number plus one (0: empty), where its chars start in `chars`, how many. */
const S_HASH = 0;
const S_ID = 1;
const S_AT = 2;
const S_LENGTH = 3;

class Spellings {
  readonly text: string[] = [];
  readonly low: string[] = [];
  /** CAP, NUM and WORD, per spelling. */
  flags = new Uint8Array(1024);
  /** Answers of the spelling tests (spellingTest): per test, a bit "asked" and a bit "yes". */
  memo = new Int32Array(1024);
  count = 0;
  /** Slots of four ints (S_HASH, S_ID, S_AT, S_LENGTH); the slot count is a power of two. */
  slots = new Int32Array(FIRST_SLOTS * 4);
  mask = FIRST_SLOTS - 1;
  /**
   * Each spelling's chars, copied into one typed array: a word is compared there, so a look-up
   * touches no string.
   */
  chars = new Uint16Array(FIRST_SLOTS * 8);
  charsUsed = 0;
}

/**
 * Tokens are written into chunks of columns; a sentence's tokens are a run of one chunk. A full
 * chunk is left to the views that read it and a new one is started (nothing is copied).
 */
const CHUNK = 1 << 16;
class Chunk {
  readonly start: Int32Array;
  /** The end offset times four, plus POSS and GLUED (a string holds under 2^29 chars). */
  readonly endFlags: Int32Array;
  readonly spelling: Int32Array;
  used = 0;
  constructor(size: number) {
    this.start = new Int32Array(size);
    this.endFlags = new Int32Array(size);
    this.spelling = new Int32Array(size);
  }
}

let memoSlots = 0;

/** A slot of its own in every token list's memo (Tokens.memo) and every sentence's (Sentence.memo). */
export function memoSlot(): number {
  return memoSlots++;
}

let spellings = new Spellings();
let chunk = new Chunk(CHUNK);

/**
 * A sentence's tokens, read by index. Reads of words past either end give '' or false, as the
 * rules' "the next token, if any, is ..." tests want; offsets past the ends are an error.
 */
export class Tokens {
  /** What other modules work out once per token list, by the slot memoSlot() gave them. */
  private memos: unknown[] | null = null;

  constructor(
    private readonly cols: Chunk,
    private readonly sp: Spellings,
    private readonly base: number,
    readonly length: number,
  ) {}

  /**
   * The value kept in a slot (undefined until set). A field, not a WeakMap keyed by the list:
   * thousands of lists per page made the maps' inserts and their collection a few % of detect().
   */
  memo(slot: number): unknown {
    return this.memos === null ? undefined : this.memos[slot];
  }

  setMemo(slot: number, value: unknown): void {
    (this.memos ??= [])[slot] = value;
  }

  /** Token i exists. */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  private at(i: number): number {
    if (i < 0 || i >= this.length) throw new RangeError(`token ${i} of ${this.length}`);
    return this.base + i;
  }
  private spellingAt(i: number): number {
    return i >= 0 && i < this.length ? this.cols.spelling[this.base + i] : -1;
  }

  start(i: number): number {
    return this.cols.start[this.at(i)];
  }
  end(i: number): number {
    return this.cols.endFlags[this.at(i)] >>> 2;
  }
  text(i: number): string {
    const s = this.spellingAt(i);
    return s < 0 ? '' : this.sp.text[s];
  }
  low(i: number): string {
    const s = this.spellingAt(i);
    return s < 0 ? '' : this.sp.low[s];
  }
  /** Starts with an upper-case letter. */
  cap(i: number): boolean {
    const s = this.spellingAt(i);
    return s >= 0 && (this.sp.flags[s] & CAP) !== 0;
  }
  /** Whole token is a number ("60,000", "1.2", "2025"). */
  num(i: number): boolean {
    const s = this.spellingAt(i);
    return s >= 0 && (this.sp.flags[s] & NUM) !== 0;
  }
  /** Letters or digits (not punctuation). */
  word(i: number): boolean {
    const s = this.spellingAt(i);
    return s >= 0 && (this.sp.flags[s] & WORD) !== 0;
  }
  /** Followed by a possessive 's or ’s (or a bare ’ after a plural). */
  poss(i: number): boolean {
    return i >= 0 && i < this.length && (this.cols.endFlags[this.base + i] & POSS) !== 0;
  }
  /** No whitespace between this token and the previous one. */
  glued(i: number): boolean {
    return i >= 0 && i < this.length && (this.cols.endFlags[this.base + i] & GLUED) !== 0;
  }
  /** The answer of a spelling test for token i, worked out once per spelling (see spellingTest). */
  answer(i: number, asked: number, yes: number, test: (tk: Tokens, i: number) => boolean): boolean {
    const s = this.spellingAt(i);
    if (s < 0) return test(this, i);
    const { memo } = this.sp;
    if ((memo[s] & asked) === 0) {
      // Run the test first: a test may ask others of this spelling, whose bits a read of memo[s] before it would lose.
      const answer = test(this, i);
      memo[s] |= asked | (answer ? yes : 0);
    }
    return (memo[s] & yes) !== 0;
  }

}

let spellingTests = 0;

/**
 * A test of a token that reads only its spelling (text, low, cap, num, word; never poss or
 * glued), answered once per spelling and shared by every token written the same way. The facts'
 * tables are plain objects read with every token ("SMALL[t.low] !== undefined"), and a key a
 * table lacks is its slowest read: V8 looks along the prototype chain each time.
 */
export function spellingTest(test: (tk: Tokens, i: number) => boolean): (tk: Tokens, i: number) => boolean {
  if (spellingTests >= 15) throw new Error('spellingTest: at most 15 tests fit in a spelling memo');
  const asked = 1 << (2 * spellingTests);
  const yes = asked << 1;
  spellingTests++;
  return (tk, i) => tk.answer(i, asked, yes, test);
}

const letterOrDigit = firstUse(() => /[\p{L}\p{N}\p{M}]/u);
const SPACE = /\s/;
const NUMERIC = /^\d+(?:[.,]\d+)*$/;

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Quotes, dashes and the like without compiling the Unicode classes (cheap-regexp.ts).
  return !plainNonAscii(c) && letterOrDigit().test(text[i]);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number, text: string, i: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && SPACE.test(text[i]));
}

/**
 * The same string as `s`, internalised: the facts' tables (SMALL[t.low], SYMBOLS[t.text]) are
 * read with every token, and V8 looks a fresh string up in its string table on every such read.
 */
function internal(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

function sameChars(sp: Spellings, at: number, text: string, start: number, end: number): boolean {
  const { slots, chars } = sp;
  if (slots[at + S_LENGTH] !== end - start) return false;
  const from = slots[at + S_AT] - start;
  for (let i = start; i < end; i++) if (chars[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Doubles the slots and puts every spelling back by its hash (its number stays). */
function grow(sp: Spellings): void {
  const old = sp.slots;
  const size = (sp.mask + 1) * 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 4);
  for (let k = 0; k < old.length; k += 4) {
    if (old[k + S_ID] === 0) continue;
    let slot = old[k + S_HASH] & mask;
    while (slots[slot * 4 + S_ID] !== 0) slot = (slot + 1) & mask;
    slots.set(old.subarray(k, k + 4), slot * 4);
  }
  sp.slots = slots;
  sp.mask = mask;
}

/** Writes spelling `id` (chars text[start, end), hash h) into the empty slot `slot`. */
function remember(sp: Spellings, slot: number, h: number, text: string, start: number, end: number, id: number): void {
  const n = end - start;
  if (sp.charsUsed + n > sp.chars.length) {
    const grown = new Uint16Array(Math.max(sp.chars.length * 2, sp.charsUsed + n));
    grown.set(sp.chars.subarray(0, sp.charsUsed));
    sp.chars = grown;
  }
  for (let i = start; i < end; i++) sp.chars[sp.charsUsed + i - start] = text.charCodeAt(i);
  const at = slot * 4;
  sp.slots[at + S_HASH] = h;
  sp.slots[at + S_ID] = id + 1;
  sp.slots[at + S_AT] = sp.charsUsed;
  sp.slots[at + S_LENGTH] = n;
  sp.charsUsed += n;
}

function addSpelling(sp: Spellings, text: string, low: string, flags: number): number {
  const id = sp.count++;
  if (id >= sp.flags.length) {
    const flagsGrown = new Uint8Array(sp.flags.length * 2);
    flagsGrown.set(sp.flags);
    sp.flags = flagsGrown;
    const memoGrown = new Int32Array(sp.memo.length * 2);
    memoGrown.set(sp.memo);
    sp.memo = memoGrown;
  }
  sp.text.push(text);
  sp.low.push(low);
  sp.flags[id] = flags;
  return id;
}

function spellingOf(sp: Spellings, text: string, start: number, end: number, word: boolean): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const { slots, mask } = sp;
  let slot = h & mask;
  for (let id = slots[slot * 4 + S_ID]; id !== 0; id = slots[slot * 4 + S_ID]) {
    if (slots[slot * 4 + S_HASH] === h && sameChars(sp, slot * 4, text, start, end)) return id - 1;
    slot = (slot + 1) & mask;
  }
  const t = internal(text.slice(start, end));
  let id: number;
  if (word) {
    const first = t.charCodeAt(0);
    const cap = startsUpper(t);
    const num = isDigit(first) && NUMERIC.test(t);
    id = addSpelling(sp, t, internal(t.toLowerCase()), WORD | (cap ? CAP : 0) | (num ? NUM : 0));
  } else id = addSpelling(sp, t, t, 0);
  // Half full: double, and find this word's empty slot in the new table.
  if (sp.count * 2 > sp.mask + 1) {
    grow(sp);
    slot = h & sp.mask;
    while (sp.slots[slot * 4 + S_ID] !== 0) slot = (slot + 1) & sp.mask;
  }
  remember(sp, slot, h, text, start, end, id);
  return id;
}

/**
 * Words ("Alibaba", "H100s", "21st"), numbers ("60,000", "1.2", "1.5bn") and single punctuation
 * marks; a glued 's becomes the possessive flag of the word before. Hand-written scanner: this
 * runs on every sentence near a trigger, so it avoids regular expressions per char (and reads a
 * char as a string only outside ASCII).
 */
export function tokenize(text: string, from: number, to: number): Tokens {
  // A window of n chars holds at most n tokens, all spelled in one table.
  const room = Math.max(0, to - from);
  if (spellings.count + room > SLOTS >> 1) spellings = new Spellings();
  if (chunk.used + room > chunk.start.length) chunk = new Chunk(Math.max(CHUNK, room));
  const sp = spellings;
  const cols = chunk;
  const { start: starts, endFlags, spelling } = cols;
  const base = cols.used;
  let n = 0;
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    const glued = n > 0 && prevEnd === start ? GLUED : 0;
    if (isWordChar(c, text, i)) {
      i++;
      while (i < to && isWordChar(text.charCodeAt(i), text, i)) i++;
      // "60,000", "1.2": separators between digits stay inside a number.
      for (let d = text.charCodeAt(i); i + 1 < to && (d === 44 || d === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)); d = text.charCodeAt(i)) {
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
        while (i < to && !isDigit(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i), text, i)) i++;
      }
      starts[base + n] = start;
      endFlags[base + n] = (i << 2) | glued;
      spelling[base + n] = spellingOf(sp, text, start, i, true);
      prevEnd = i;
      n++;
      continue;
    }
    // Possessive: ’s / 's glued to a word becomes a flag on that word.
    if ((c === 39 || c === 0x2019) && n > 0 && glued && (sp.flags[spelling[base + n - 1]] & WORD) !== 0) {
      const p = base + n - 1;
      const next = text.charCodeAt(i + 1);
      if ((next === 115 || next === 83) && !(i + 2 < to && isWordChar(text.charCodeAt(i + 2), text, i + 2))) {
        endFlags[p] = ((i + 2) << 2) | (endFlags[p] & GLUED) | POSS;
        prevEnd = i + 2;
        i += 2;
        continue;
      }
      if (sp.low[spelling[p]].endsWith('s')) {
        endFlags[p] |= POSS;
        i++;
        continue;
      }
    }
    i++;
    starts[base + n] = start;
    endFlags[base + n] = (i << 2) | glued;
    spelling[base + n] = spellingOf(sp, text, start, i, false);
    prevEnd = i;
    n++;
  }
  cols.used += n;
  return new Tokens(cols, sp, base, n);
}
