/**
 * "Is this string a place name?" for the lexicon compiler (lexicon.ts), asked about 125,000 times
 * per compile of 10,000 aliases (every alias, each run of its leading words, its derived names),
 * nearly always of a string that is none.
 */
import { sliceOf } from '../codec/string-column';
import type { PlaceTable } from './index-format';

/**
 * A set look-up of a fresh string probes a table of tens of thousands; a bit per hash of the
 * places' names answers "no" first for nearly every other string, and a place always has its bit.
 * The hash is taken over a range of a string, so a run of an alias's words ("hillsboro oregon" of
 * "hillsboro oregon campus") is asked about without being made: a string is cut out only for the
 * few runs whose bit is set (a slice and join per run was most of what the place checks allocated).
 */
export interface PlaceNames {
  has(s: string): boolean;
  /** has(s.slice(from, to)), without making the slice unless the bit says it may be a place. */
  hasRange(s: string, from: number, to: number): boolean;
}

const SHAPE_BITS = 1 << 20;

function shapeBit(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h, 0x2c1b3c6d) >>> 12;
}

// Made once per place table: building the set cost as much as the rest of a compile.
const cache = new WeakMap<PlaceTable, PlaceNames>();

export function placeNamesOf(places: PlaceTable): PlaceNames {
  const known = cache.get(places);
  if (known) return known;
  const names = new Set(sliceOf(places.automaton.patterns, 0, places.automaton.patterns.length));
  const shapes = new Int32Array(SHAPE_BITS >>> 5);
  for (const name of names) {
    const b = shapeBit(name, 0, name.length);
    shapes[b >>> 5] |= 1 << (b & 31);
  }
  const hasRange = (s: string, from: number, to: number): boolean => {
    const b = shapeBit(s, from, to);
    return (shapes[b >>> 5] & (1 << (b & 31))) !== 0 && names.has(from === 0 && to === s.length ? s : s.slice(from, to));
  };
  const made: PlaceNames = { has: (s) => hasRange(s, 0, s.length), hasRange };
  cache.set(places, made);
  return made;
}
