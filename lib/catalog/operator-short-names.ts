/**
 * The short names news gives companies whose catalog name ends in their trade: "STACK" for "STACK
 * Infrastructure", "Leading Edge" for "Leading Edge Data Centres", "3S" for "3S Data Center S.A.".
 * Derived from the name's shape, never from a list of companies.
 */
import { firstUse } from '../detect/cheap-regexp';

/** Legal forms after the trade word ("3S Data Center S.A."). */
const LEGAL = new Set(['inc', 'ltd', 'llc', 'gmbh', 'sa', 'spa', 'srl', 'ag', 'plc', 'corp', 'co', 'pty', 'limited', 'bv', 'nv', 'kk', 'ab', 'asa', 'as', 'aps', 'oy', 'oyj', 'se', 'lp', 'llp', 'corporation', 'incorporated', 'company', 'group', 'holdings', 'holding']);

/** The trade a name ends with: what news leaves off ("STACK's OSL01", "Leading Edge's CFS1"). */
const TRADE = /\s+(?:data\s+cent(?:er|re)s?|datacent(?:er|re)s?|infrastructure|technologies|telekommunikation|data\s+services)$/i;

const hasLower = firstUse(() => /\p{Ll}/u);
const letter = firstUse(() => /\p{L}/u);

/**
 * A short name is kept only when it is distinctive on its own: one word written as a brand ("STACK",
 * "TelemaxX", "3S"), never one plain word ("Bulk", "Bridge", "Compass": everyday words, which a
 * sentence may open with), nor words that are places ("Fort Rock"), nor a name a dataset wrote in
 * capitals throughout ("HAYDEN TECHNOLOGIES LLC": its capitals say nothing).
 */
export function shortOperatorNames(name: string, isPlace: (norm: string) => boolean): string[] {
  if (!hasLower().test(name) || /[()]/.test(name)) return [];
  const withoutLegal = dropLegal(name);
  const rest = dropLegal(withoutLegal.replace(TRADE, ''));
  if (rest === withoutLegal || !letter().test(rest)) return [];
  const restWords = rest.split(' ');
  const distinctive = restWords.length === 1 ? brandWord(rest) : !LAND.test(rest) && !isPlace(rest.toLowerCase()) && !restWords.some((w) => isPlace(w.toLowerCase()));
  if (!distinctive) return [];
  // "3S Data Center's DC1": the name without its legal form is written too.
  return withoutLegal === name.trim() ? [rest] : [withoutLegal, rest];
}

/** "Kestrel Data Center S.A." → "Kestrel Data Center". */
function dropLegal(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && LEGAL.has(words[words.length - 1].toLowerCase().replace(/[^a-z]/g, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

/** "Enon Road", "Fort Rock": a road or a piece of land, which a short name would mark as a company. */
const LAND = /\s(?:road|street|avenue|drive|lane|way|rock|hill|hills|ridge|park|mountain|creek|river|valley|lake|farms?|crossing|corners?)$/i;

/** "STACK", "TelemaxX", "OpenAccess", "3S", "H5": a word whose capitals or digits mark a brand. */
function brandWord(w: string): boolean {
  if (/\d/.test(w)) return /\p{L}/u.test(w);
  if (w.length >= 2 && w === w.toUpperCase()) return true;
  return /\p{Ll}\p{Lu}/u.test(w);
}
