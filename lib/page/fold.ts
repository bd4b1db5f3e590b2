/**
 * From a long page's chunks, as innerText gave them, to the text the detector reads. Pure (no
 * DOM): the background folds and joins a section's chunks, so the page's main thread does not
 * (5-20 and 3-11 ms of it on the long realistic page, docs/BENCH.md session 15), and the page folds
 * the same way only the chunks it maps a mention back into.
 */
import { BLOCK_SEPARATOR } from './collect';

/**
 * A block boundary in innerText (a line break, a table cell's tab) and the whitespace after it;
 * innerText leaves none before a line break. (A leading `\s*` made every space a failed match.)
 */
const BREAK = /[\n\t]\s*/g;

/** A chunk's innerText with its blocks apart as lib/page/collect.ts puts them. */
export const foldShown = (raw: string): string => raw.replace(BREAK, BLOCK_SEPARATOR).trim();

/** Whitespace as `\s` and `trim()` read it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * `foldShown(raw).length` without making the string: the page cuts its sections by the text's
 * length as the detector reads it, so they end where they ended when the page folded every chunk
 * (what is detected together, and so what is marked, stays the same). The breaks are found by
 * native `indexOf`; only the whitespace after each is read here.
 */
export function foldedLength(raw: string): number {
  let from = 0;
  let to = raw.length;
  while (from < to && isSpace(raw.charCodeAt(from))) from++;
  while (to > from && isSpace(raw.charCodeAt(to - 1))) to--;
  let n = to - from;
  let newline = raw.indexOf('\n', from);
  let tab = raw.indexOf('\t', from);
  for (;;) {
    const at = newline < 0 ? tab : tab < 0 ? newline : Math.min(newline, tab);
    if (at < 0 || at >= to) return n;
    let end = at + 1;
    while (end < to && isSpace(raw.charCodeAt(end))) end++;
    // The break and the whitespace after it become BLOCK_SEPARATOR.
    n += BLOCK_SEPARATOR.length - (end - at);
    if (newline >= 0 && newline < end) newline = raw.indexOf('\n', end);
    if (tab >= 0 && tab < end) tab = raw.indexOf('\t', end);
  }
}

/** A section's text and the length of each of its chunks in it (chunks are BLOCK_SEPARATOR apart). */
export interface JoinedChunks {
  text: string;
  lengths: number[];
}

/**
 * Folds a section's chunks, except those in `walked` (read by the walk: already as the detector
 * reads them), and joins them. Null when the text would be longer than `maxChars`.
 */
export function joinChunks(chunks: readonly string[], walked: readonly number[], maxChars: number): JoinedChunks | null {
  const verbatim = new Set(walked);
  const texts = chunks.map((c, i) => (verbatim.has(i) ? c : foldShown(c)));
  const lengths = texts.map((t) => t.length);
  const total = lengths.reduce((n, l) => n + l, 0) + BLOCK_SEPARATOR.length * Math.max(0, texts.length - 1);
  return total > maxChars ? null : { text: texts.join(BLOCK_SEPARATOR), lengths };
}
