/**
 * Cities that English news names otherwise than their own language (and than open data, which
 * often files a site under the local name): "Warsaw" for Warszawa, "Munich" for München. Each row
 * holds one city's names; a site filed under any of them is found by all (catalog-snapshot.ts).
 * Accents need no row: keys are folded (text-key.ts), so "Zürich" is "Zurich" already.
 */
import { textKey } from './text-key';

const ROWS = `warsaw warszawa | munich munchen muenchen | nuremberg nurnberg nuernberg | cologne koln koeln | vienna wien
  | prague praha | rome roma | milan milano | turin torino | florence firenze | naples napoli | genoa genova | venice venezia
  | lisbon lisboa | seville sevilla | copenhagen kobenhavn | gothenburg goteborg | brussels bruxelles brussel | antwerp antwerpen
  | ghent gent | bruges brugge | the hague den haag | hanover hannover | frankfurt frankfurt am main | geneva geneve genf
  | athens athina | bucharest bucuresti | belgrade beograd | kyiv kiev | moscow moskva | saint petersburg st petersburg
  | krakow cracow | mexico city ciudad de mexico | ho chi minh city saigon | mumbai bombay | chennai madras
  | bengaluru bangalore | kolkata calcutta | gurugram gurgaon | beijing peking | guangzhou canton | hanoi ha noi`;

/** Folded name → the folded names of the same city (itself included). */
const PARTNERS = new Map<string, string[]>();
for (const row of ROWS.split('|')) {
  const names = splitNames(row);
  for (const n of names) PARTNERS.set(n, names);
}

/**
 * A row's names: single words unless a known multi-word name is written ("frankfurt am main",
 * "the hague"). Rows list names one space apart; multi-word names are matched first.
 */
function splitNames(row: string): string[] {
  const multi = ['frankfurt am main', 'the hague', 'den haag', 'saint petersburg', 'st petersburg', 'mexico city', 'ciudad de mexico', 'ho chi minh city', 'ha noi'];
  let rest = ` ${row.trim()} `;
  const out: string[] = [];
  for (const m of multi) {
    if (rest.includes(` ${m} `)) {
      out.push(m);
      rest = rest.replace(` ${m} `, ' ');
    }
  }
  for (const w of rest.trim().split(/\s+/)) if (w) out.push(w);
  return out.map(textKey);
}

/** The keys a city is found by: its own folded name and its other names'. */
export function cityKeys(name: string): string[] {
  const key = textKey(name);
  return PARTNERS.get(key) ?? [key];
}
