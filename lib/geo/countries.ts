/**
 * Every ISO 3166-1 country with the names news uses for it, and DC Lens's six world regions.
 * The table itself is generated (see scripts/gen-countries.ts); this module only indexes it.
 */
import type { WorldRegion } from '../catalog/schema';
import type { CountryRecord } from './country-types';
import { COUNTRY_ROWS } from './countries.generated';

export type { CountryRecord as Country } from './country-types';

export const COUNTRIES: readonly CountryRecord[] = COUNTRY_ROWS;

export { WORLD_REGION_LABELS } from './world-regions';

const byCode = new Map<string, CountryRecord>(COUNTRIES.map((c) => [c.code, c]));

/** Lower-case, trim, unify curly apostrophes, drop a leading "the " ("the UAE" = "UAE"). */
function normaliseName(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /, '');
}

const byName = new Map<string, CountryRecord>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) {
    const key = normaliseName(n);
    if (!byName.has(key)) byName.set(key, c);
  }
}

export function countryByCode(code: string): CountryRecord | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** Case-insensitive lookup by name or alias: "korea", "U.S.", "the Emirates". */
export function countryByName(nameOrAlias: string): CountryRecord | undefined {
  return byName.get(normaliseName(nameOrAlias));
}

export function worldRegionOf(code: string): WorldRegion | undefined {
  return countryByCode(code)?.worldRegion;
}
