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

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
const UPPER = /^\p{Lu}/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number, ch: string): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && SPACE.test(ch));
}

/**
 * Words ("Alibaba", "H100s", "21st"), numbers ("60,000", "1.2", "1.5bn") and single punctuation
 * marks; a glued 's becomes the possessive flag of the word before. Hand-written scanner: this
 * runs on every sentence near a trigger, so it avoids regular expressions per char.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const ch = text[i];
    if (isSpace(c, ch)) {
      i++;
      continue;
    }
    const start = i;
    const prev = out[out.length - 1];
    const glued = !!prev && prev.end === start;
    if (isWordChar(c, ch)) {
      i++;
      while (i < to && isWordChar(text.charCodeAt(i), text[i])) i++;
      // "60,000", "1.2": separators between digits stay inside a number.
      while (i + 1 < to && (text[i] === ',' || text[i] === '.') && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
        while (i < to && isWordChar(text.charCodeAt(i), text[i]) && !isDigit(text.charCodeAt(i))) i++;
      }
      const t = text.slice(start, i);
      out.push({ start, end: i, text: t, low: t.toLowerCase(), cap: UPPER.test(t), num: NUMERIC.test(t), word: true, poss: false, glued });
      continue;
    }
    // Possessive: ’s / 's glued to a word becomes a flag on that word.
    if ((ch === "'" || ch === '’') && prev && prev.word && glued) {
      const n = text.charCodeAt(i + 1);
      if ((n === 115 || n === 83) && !(i + 2 < to && isWordChar(text.charCodeAt(i + 2), text[i + 2]))) {
        prev.poss = true;
        prev.end = i + 2;
        i += 2;
        continue;
      }
      if (prev.low.endsWith('s')) {
        prev.poss = true;
        i++;
        continue;
      }
    }
    i++;
    out.push({ start, end: i, text: ch, low: ch, cap: false, num: false, word: false, poss: false, glued });
  }
  return out;
}

const NUMERIC = /^\d+(?:[.,]\d+)*$/;
