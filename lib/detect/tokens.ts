/**
 * Tokens of a local window (a sentence or a line), with the offsets, case and shape the
 * noun-phrase grammar needs. Only windows around trigger words are tokenised, never a whole page.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  low: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Whole token is a number ("60,000", "1.2", "2025"). */
  num: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Followed by a possessive 's or ’s (or a bare ’ after a plural). */
  poss: boolean;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*(?:[\p{L}]+)?|[^\s\p{L}\p{N}]/gu;
const NUMERIC = /^\d+(?:[.,]\d+)*$/;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    const t = m[0];
    const start = from + m.index;
    const prev = out[out.length - 1];
    const glued = !!prev && prev.end === start;
    // Possessive: ’s / 's glued to a word becomes a flag on that word.
    if ((t === "'" || t === '’') && prev && prev.word && glued) {
      const next = slice.slice(m.index + 1, m.index + 3);
      if (/^s(?![\p{L}\p{N}])/u.test(next)) {
        prev.poss = true;
        prev.end = start + 2;
        TOKEN.lastIndex = m.index + 2;
        continue;
      }
      if (prev.low.endsWith('s')) {
        prev.poss = true;
        continue;
      }
    }
    const isWord = /[\p{L}\p{N}]/u.test(t);
    out.push({
      start,
      end: start + t.length,
      text: t,
      low: t.toLowerCase(),
      cap: UPPER.test(t),
      num: NUMERIC.test(t),
      word: isWord,
      poss: false,
      glued,
    });
  }
  return out;
}
