/**
 * A numbered name news writes without the rest of the catalog's longer name: "NEXTDC's S6" for
 * "NEXTDC - S6 Sydney", "Centersquare's IAD2" for "Centersquare IAD2-A", "VIRTUS's London 9" for
 * "VIRTUS LONDON9", "its C1 data center" for "C1 NORTHERN VA - STERLING I-III". Looked for only
 * among the sites of the company the article names: a short code alone ("S6", "C1") is any
 * company's, and a scan of one company's names is cheap where a scan of the catalog is not.
 */
import { textKey } from './text-key';

/** Letters that number a part of any plant or any company's building, not one site: "Phase 2", "DC 2", "Building 7". */
const GENERIC_LETTERS = new Set([
  'dc', 'idc', 'data', 'center', 'centre', 'datacenter', 'datacentre', 'campus', 'site', 'facility', 'building', 'bldg',
  'phase', 'hall', 'data hall', 'unit', 'block', 'tower', 'lot', 'plot', 'stage', 'pod', 'module', 'suite', 'floor',
  'wing', 'zone', 'room', 'number', 'no', 'project', 'the', 'us', 'route', 'tier', 'region', 'cloud',
]);

/** "london 9" → letters "london", number "9"; "iad2" → "iad", "2"; null when not one run of letters then a number. */
const LETTERS_NUMBER = /^([a-z]+(?: [a-z]+)*) ?(\d{1,3}[a-z]?)$/;

/**
 * The ways a name's key may write the numbered name ("london 9" / "london9"), or none when the
 * words are not a numbered name that can tell one site from another. A code written run together
 * is not looked for set apart: "VA2" is not the "VA 2" of "Vantage VA 3 (Ashburn, VA) #2".
 */
export function numberedNameForms(text: string): string[] {
  const key = textKey(text);
  const m = LETTERS_NUMBER.exec(key);
  if (!m) return [];
  const letters = m[1];
  if (GENERIC_LETTERS.has(letters)) return [];
  // One letter and a number ("S6", "C1") is a code only a company's own list tells apart.
  return [...new Set([key, `${letters}${m[2]}`])];
}

/**
 * The sites whose names (" key | key ", resolve.ts's names table) hold one of the forms as whole
 * words: "nextdc s6 sydney" holds "s6", "virtus london9" holds "london9"; "virtus london 10" does
 * not hold "london 1".
 */
export function sitesNamedWithin<S extends { id: string }>(sites: readonly S[], forms: readonly string[], names: ReadonlyMap<string, string>): S[] {
  if (forms.length === 0) return [];
  const words = forms.map((f) => ` ${f} `);
  return sites.filter((s) => {
    const n = names.get(s.id);
    return !!n && words.some((w) => n.includes(w));
  });
}
