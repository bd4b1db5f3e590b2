/** Naming and place rules shared by the cloud-region sources. */
import type { Place } from '../schema';

/** Region "cities" that are really states or areas: kept as admin, the pin is only regional. */
const NOT_A_CITY = new Set([
  'virginia', 'iowa', 'texas', 'illinois', 'california', 'washington', 'arizona', 'wyoming', 'new jersey',
  'eastern us', 'pacific northwest', 'hebei', 'ningxia', 'fujian', 'aragón', 'aragon', 'san francisco bay area',
  'silicon valley', 'neimenggu', 'inner mongolia',
]);

export function cityOrAdmin(raw: string): { city?: string; admin?: string; precision: Place['precision'] } {
  const v = raw.trim();
  if (!v) return { precision: 'country' };
  if (NOT_A_CITY.has(v.toLowerCase())) return { admin: v, precision: 'region' };
  return { city: v, precision: 'city' };
}

/**
 * Aliases news uses for a region: the provider's code ("ap-northeast-1") and
 * "<Brand> <City> region". The code may be shared with another provider's region; those pairs are
 * listed in ambiguous-aliases.ts and resolved by operator.
 */
export function regionAliases(brand: string, code: string, city?: string): string[] {
  const out = [code];
  if (city) out.push(`${brand} ${city} region`);
  return out;
}

/**
 * "<Brand> <City> region" is only useful when the provider has one region in that city
 * (Huawei has Beijing1 and Beijing4): drop it from every region that shares it.
 */
export function dropSharedCityAliases<T extends { aliases?: string[] }>(sites: T[]): void {
  const count = new Map<string, number>();
  for (const s of sites) for (const a of s.aliases ?? []) if (a.endsWith(' region')) count.set(a, (count.get(a) ?? 0) + 1);
  for (const s of sites) s.aliases = (s.aliases ?? []).filter((a) => !a.endsWith(' region') || count.get(a) === 1);
}
