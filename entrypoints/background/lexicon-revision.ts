/**
 * A content revision of the detector's input: two 32-bit FNV-1a hashes (different offsets) over
 * every field of the lexicon, walked generically so a field added to LexiconSite is covered too.
 * Equal revisions mean the compiled index would be the same (for the same build), so it is the key
 * of the persisted index. Hashes only what the index is compiled from, not the whole records.
 */
import type { LexiconOperator, LexiconSite } from '../../lib/detect';

const PRIME = 0x01000193;

export function lexiconRevision(lexicon: { sites: readonly LexiconSite[]; operators: readonly LexiconOperator[] }): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x2f3a9d17 | 0;
  const mix = (c: number) => {
    a = Math.imul(a ^ c, PRIME);
    b = Math.imul(b ^ c, 0x01000197);
  };
  // Type marks and the end of a string are codes above 0xffff, so no string can imitate them:
  // ["ab", "c"] and ["a", "bc"] differ, and so do "1" and 1.
  const STRING = 0x10001;
  const END = 0x10002;
  const ARRAY = 0x10003;
  const OBJECT = 0x10004;
  const OTHER = 0x10005;
  const text = (s: string) => {
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
    mix(END);
  };
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      mix(STRING);
      text(x);
    } else if (Array.isArray(x)) {
      mix(ARRAY);
      mix(x.length);
      for (const v of x) walk(v);
    } else if (x !== null && typeof x === 'object') {
      mix(OBJECT);
      for (const [k, v] of Object.entries(x)) {
        if (v === undefined) continue;
        text(k);
        walk(v);
      }
      mix(END);
    } else {
      mix(OTHER);
      text(String(x));
    }
  };
  walk(lexicon.operators);
  walk(lexicon.sites);
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
