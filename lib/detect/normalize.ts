/**
 * Character folding shared by the pattern compiler and the scanner, so an alias and the page text
 * are normalised by the very same rules: case, accents, hyphens, quotes and runs of whitespace or
 * punctuation do not matter; letters and digits do.
 */
import { firstUse } from './cheap-regexp';

/** Folded code meaning "word separator" (spaces, hyphens, quotes, punctuation). */
export const SEP_CODE = 32;
/** Folded code meaning "ignore this char entirely" (soft hyphen, zero-width chars, combining marks). */
export const SKIP_CODE = 0;

let foldTable: Uint16Array | null = null;

const wordish = firstUse(() => /[\p{L}\p{N}]/u);
const mark = firstUse(() => /\p{M}/u);

function computeFold(c: number): number {
  if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) return SKIP_CODE;
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogate halves: opaque word chars
  if (mark().test(ch)) return SKIP_CODE;
  if (!wordish().test(ch)) return SEP_CODE;
  // Strip accents (é -> e, ß stays ß), then lower-case.
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  const code = base.charCodeAt(0);
  return code === SEP_CODE || code === SKIP_CODE ? c : code;
}

/**
 * Table from UTF-16 code unit to folded code. Built once per process (about 10 ms); only the
 * compiler needs it: the scanner uses the symbol map stored in each compiled automaton.
 */
export function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = computeFold(c);
  foldTable = t;
  return t;
}

/**
 * The matcher's view of a string: folded chars, one space between words, no leading or trailing
 * space. "AWS’s  Tokyo-Region" -> "aws s tokyo region".
 */
export function normalizeForMatch(s: string): string {
  return plainWords(s) ? s.toLowerCase() : normalizeWith(getFoldTable(), s);
}

/**
 * ASCII letters and digits in words set apart by single spaces ("Exoscale Ellenwood Campus VIII",
 * most catalog names): their normal form is their lower case, made without the fold table's copy
 * (a compile of 10,000 aliases normalises about 25,000 names).
 */
function plainWords(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** normalizeForMatch with a given fold table (the one shipped inside a compiled automaton). */
export function normalizeWith(t: Uint16Array, s: string): string {
  if (buf.length < s.length) buf = new Uint16Array(s.length * 2);
  let n = 0;
  let pendingSep = false;
  for (let i = 0; i < s.length; i++) {
    const f = t[s.charCodeAt(i)];
    if (f === SKIP_CODE) continue;
    if (f === SEP_CODE) {
      pendingSep = n > 0;
      continue;
    }
    if (pendingSep) buf[n++] = SEP_CODE;
    pendingSep = false;
    buf[n++] = f;
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

let buf = new Uint16Array(256);

/**
 * normalizeWith(t, text.slice(start, end)) === expected, without making either string: the
 * matcher's hits are confirmed this way, thousands per page.
 */
export function foldsTo(t: Uint16Array, text: string, start: number, end: number, expected: string): boolean {
  let n = 0;
  let pendingSep = false;
  for (let i = start; i < end; i++) {
    const f = t[text.charCodeAt(i)];
    if (f === SKIP_CODE) continue;
    if (f === SEP_CODE) {
      pendingSep = n > 0;
      continue;
    }
    if (pendingSep) {
      if (expected.charCodeAt(n++) !== SEP_CODE) return false;
    }
    pendingSep = false;
    if (expected.charCodeAt(n++) !== f) return false;
  }
  return n === expected.length;
}
