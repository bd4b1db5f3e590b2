/**
 * Numbers as news writes them: "60,000", "1.2", "100k", "1.5bn", "two", "twenty-five",
 * "1.2 million", "tens of thousands" (not a number: null).
 */
import { memoSlot, spellingTest, type Tokens } from '../tokens';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, dozen: 12,
};
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  bln: 1e9, trillion: 1e12, tn: 1e12, t: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
  thousands: 1e3, millions: 1e6, billions: 1e9,
};
/** Scales written only onto a number ("RM500mil", "S$2bil": Malaysian and Singaporean papers). */
export const GLUED_SCALES: Record<string, number> = { mil: 1e6, bil: 1e9 };
const WORD_MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'crore', 'crores', 'lakh', 'lakhs', 'mn', 'bn', 'mln', 'bln', 'tn']);

/** Cheap test: can a number start at this token? (digit first, or a spelled-out number) */
export const mayStartNumber = spellingTest((tk, i) => {
  const c = tk.text(i).charCodeAt(0);
  const low = tk.low(i);
  return (c >= 48 && c <= 57) || (SMALL[low] !== undefined && low !== 'a' && low !== 'an');
});

/**
 * The indexes of a token list whose token passes `test`, worked out once per list: a sentence's
 * tokens are read by the capacity, GPU and money finders for each of its mentions and again for
 * the mentions before it that look ahead, and most of its tokens start nothing.
 */
export function indexesWhere(test: (tk: Tokens, i: number) => boolean): (tokens: Tokens) => number[] {
  const slot = memoSlot();
  return (tokens) => {
    let out = tokens.memo(slot) as number[] | undefined;
    if (!out) {
      out = [];
      for (let i = 0; i < tokens.length; i++) if (test(tokens, i)) out.push(i);
      tokens.setMemo(slot, out);
    }
    return out;
  };
}

export const numberStarts = indexesWhere(mayStartNumber);

/**
 * Left to right over the token indexes `at` (sorted) within [from, to]: what `parse` finds at one
 * and ends by `to` is kept, and the search goes on after it.
 */
export function findEach<T extends { last: number }>(at: readonly number[], from: number, to: number, parse: (i: number) => T | null): T[] {
  const out: T[] = [];
  let next = from;
  for (const i of at) {
    if (i < next) continue;
    if (i > to) break;
    const found = parse(i);
    if (found && found.last <= to) {
      out.push(found);
      next = found.last + 1;
    }
  }
  return out;
}

export interface ParsedNumber {
  value: number;
  /** Token index range [first, last]. */
  first: number;
  last: number;
}

/** "60,000" -> 60000, "1.2" -> 1.2, "1,2" (European decimal, rare in English news) -> 1.2 */
export function parseNumeral(s: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(s) || /^\d+$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return Number(s.replace(/,/g, ''));
}

/** A number with glued suffix: "100k", "1.5bn", "300MW" -> { value, rest: "mw" }. */
export function splitNumberWord(low: string): { value: number; rest: string } | null {
  const m = /^(\d+(?:[.,]\d+)*)([a-z]+)$/.exec(low);
  if (!m) return null;
  const v = parseNumeral(m[1]);
  return v === null ? null : { value: v, rest: m[2] };
}

/**
 * Parses a number starting at token i: numerals, spelled-out numbers, glued or separate
 * multipliers ("1.2 million", "100k", "two thousand"). Hyphenated forms ("103-megawatt") stop at
 * the hyphen; the caller reads the unit.
 */
export function parseNumberAt(tokens: Tokens, i: number): ParsedNumber | null {
  if (i < 0 || i >= tokens.length) return null;
  let value: number | null = null;
  let last = i;
  if (tokens.num(i)) value = parseNumeral(tokens.text(i));
  else {
    const g = splitNumberWord(tokens.low(i));
    if (g && GLUED_SCALES[g.rest] !== undefined) return { value: g.value * GLUED_SCALES[g.rest], first: i, last: i };
    if (g && MULTIPLIERS[g.rest] !== undefined && !['m', 'b', 't'].includes(g.rest)) return { value: g.value * MULTIPLIERS[g.rest], first: i, last: i };
    if (g && (g.rest === 'm' || g.rest === 'b')) return { value: g.value * MULTIPLIERS[g.rest], first: i, last: i };
    const w = spelled(tokens, i);
    if (w) {
      value = w.value;
      last = w.last;
    }
  }
  if (value === null) return null;
  // Separate multipliers: "1.2 million", "60 thousand", "5 billion".
  for (;;) {
    const n = last + 1;
    if (n >= tokens.length || !WORD_MULTIPLIERS.has(tokens.low(n)) || tokens.glued(n)) break;
    value *= MULTIPLIERS[tokens.low(n)];
    last++;
  }
  return { value, first: i, last };
}

function spelled(tokens: Tokens, i: number): { value: number; last: number } | null {
  const low = tokens.low(i);
  if (SMALL[low] === undefined || low === 'a' || low === 'an') return null;
  let value = SMALL[low];
  let last = i;
  // "twenty-five"
  if (value >= 20 && value < 100 && tokens.text(i + 1) === '-' && i + 2 < tokens.length && SMALL[tokens.low(i + 2)] !== undefined && SMALL[tokens.low(i + 2)] < 10) {
    value += SMALL[tokens.low(i + 2)];
    last = i + 2;
  }
  return { value, last };
}
