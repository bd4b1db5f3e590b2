/** Ordinals: "fifth", "21st", "twenty-first", "2nd". Returns the rank and the text as written. */
import { spellingTest, type Tokens } from '../tokens';

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

export interface ParsedOrdinal {
  rank: number;
  text: string;
  first: number;
  last: number;
}

export function ordinalValue(low: string): number | null {
  if (ORDINALS[low] !== undefined) return ORDINALS[low];
  const m = /^(\d+)(st|nd|rd|th)$/.exec(low);
  return m ? Number(m[1]) : null;
}

/** An ordinal or the tens of one ("twenty" of "twenty-first"): asked of nearly every token, answered once per spelling. */
const MAY_BE_ORDINAL = spellingTest((tk, i) => ordinalValue(tk.low(i)) !== null || TENS[tk.low(i)] !== undefined);

/** Ordinal at token i, or ending at token i when `backwards` ("twenty - first" read from "first"). */
export function parseOrdinalAt(tokens: Tokens, i: number): ParsedOrdinal | null {
  if (i < 0 || i >= tokens.length || !MAY_BE_ORDINAL(tokens, i)) return null;
  const low = tokens.low(i);
  const v = ordinalValue(low);
  if (v === null) {
    // "twenty-first"
    if (TENS[low] !== undefined && tokens.text(i + 1) === '-' && i + 2 < tokens.length) {
      const u = ordinalValue(tokens.low(i + 2));
      if (u !== null && u < 10) return { rank: TENS[low] + u, text: `${tokens.text(i)}-${tokens.text(i + 2)}`, first: i, last: i + 2 };
    }
    return null;
  }
  if (v < 10 && tokens.text(i - 1) === '-' && i - 2 >= 0 && TENS[tokens.low(i - 2)] !== undefined) {
    return { rank: TENS[tokens.low(i - 2)] + v, text: `${tokens.text(i - 2)}-${tokens.text(i)}`, first: i - 2, last: i };
  }
  return { rank: v, text: tokens.text(i), first: i, last: i };
}

const WORDS = Object.entries(ORDINALS).reduce<Record<number, string>>((acc, [w, n]) => ((acc[n] ??= w), acc), {});

/** An ordinal as a word where news spells it ("6th" → "sixth"), as digits beyond twelve ("21st"). */
export function ordinalWord(rank: number): string {
  if (rank >= 1 && rank <= 12) return WORDS[rank];
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[rank % 10] ?? 'th';
  return `${rank}${suffix}`;
}

/**
 * An ordinal fact in news style: one to nine spelled out ("5th" → "fifth"), larger ones as
 * written ("12th", "twenty-first"), so every mark of a facility states it one way.
 */
export function newsOrdinal(written: string): string {
  const rank = ordinalValue(written.toLowerCase());
  return rank !== null && rank >= 1 && rank <= 9 ? WORDS[rank] : written;
}
