/**
 * Normalised keys for matching names as news writes them against the catalog. One definition, so
 * search, resolve and compare agree on what "the same name" means.
 */
import { spaceNonWords } from '../detect/cheap-regexp';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHE_S = /['\u2018\u2019`´]s\b/g;

/**
 * Lower case, no diacritics, punctuation as spaces: "São Paulo" = "sao paulo", "ap-northeast-2" =
 * "ap northeast 2", "TY11" = "ty11". Keeps letters and digits of every script (Chinese names stay).
 */
export function textKey(s: string): string {
  // Most names are ASCII: skip Unicode normalisation for them (a third of the cost).
  if (ASCII.test(s)) {
    return s
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  const folded = s.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/&/g, ' and ');
  // "Alibaba Cloud’s": punctuation outside ASCII needs no Unicode classes compiled.
  return spaceNonWords(folded).trim();
}

/** Legal-form and group words news appends to company names; they never tell operators apart. */
const CORPORATE_SUFFIXES = new Set([
  'inc', 'incorporated', 'co', 'corp', 'corporation', 'company', 'ltd', 'limited', 'llc', 'plc', 'gmbh',
  'ag', 'sa', 'nv', 'bv', 'kk', 'holding', 'holdings', 'group',
]);

/**
 * Key for an operator name: "Microsoft Corp." = "microsoft", "Alibaba's" = "alibaba", "SK Telecom Co."
 * = "sk telecom", "Alibaba Group Holding Ltd." = "alibaba". Only trailing suffixes go, so a name that
 * is nothing but a suffix word ("Group") keeps it.
 */
export function operatorKey(name: string): string {
  const words = textKey(name.replace(APOSTROPHE_S, '')).split(' ').filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/**
 * A key whose plain string order is natural order ("dc 2" < "dc 10"): computed once per item, it
 * makes sorting 10k names ten times cheaper than a collator.
 */
export function sortKey(s: string): string {
  return textKey(s).replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}

const sortKeys = new WeakMap<object, string>();

/** sortKey of an object's name, memoised per object (records are immutable once parsed). */
export function nameSortKey(o: { name: string }): string {
  let k = sortKeys.get(o);
  if (k === undefined) sortKeys.set(o, (k = sortKey(o.name)));
  return k;
}

export function byName(a: { name: string }, b: { name: string }): number {
  const ka = nameSortKey(a);
  const kb = nameSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
