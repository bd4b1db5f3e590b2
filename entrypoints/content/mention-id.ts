/**
 * A mention's id: what the card, the popup and the background use to name one mark on a page, and
 * which survives rescans (a catalog change, a re-render, a revealed block). It is made of the
 * mention's own block only: a hash of the block's text and the mention's offset and length in it.
 * A newline in collected text always ends a block (lib/page/collect.ts), so the same paragraph
 * gives the same id whether the whole page or only its changed part was read, and whatever came
 * before it. Repeats of the same block on one page get "~2", "~3" in the order they are marked.
 * Pure: text in, string out (the format is MentionIdSchema in lib/messaging/messages.ts).
 */

/** FNV-1a over UTF-16 code units, base 36: a short, stable name for a block's text. */
function hashText(text: string, from: number, to: number): string {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The id of the mention at [start, end) of `text`, before any repeat suffix. `hashes` (block start
 * -> hash) spares hashing a long block once per mention in it; pass one map per text.
 */
export function mentionBaseId(text: string, start: number, end: number, hashes = new Map<number, string>()): string {
  const blockStart = text.lastIndexOf('\n', start - 1) + 1;
  let hash = hashes.get(blockStart);
  if (hash === undefined) {
    const next = text.indexOf('\n', end);
    hash = hashText(text, blockStart, next < 0 ? text.length : next);
    hashes.set(blockStart, hash);
  }
  return `${hash}.${start - blockStart}.${end - start}`;
}

/** `base`, or `base~n` with the smallest n from 2 that no live mention holds. */
export function uniqueMentionId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}~${n}`)) n++;
  return `${base}~${n}`;
}
