/** DC Lens's six world regions, in words. Apart from countries.ts so the card can use it without the country table. */
import type { WorldRegion } from '../catalog/schema';

export const WORLD_REGION_LABELS: Readonly<Record<WorldRegion, string>> = {
  'north-america': 'North America',
  'latin-america': 'Latin America',
  europe: 'Europe',
  'middle-east': 'Middle East',
  africa: 'Africa',
  'asia-pacific': 'Asia-Pacific',
};

const NAMES: ReadonlyArray<[RegExp, WorldRegion]> = [
  [/^(the )?(asia[- ]?pacific|apac|asia)( region)?$/i, 'asia-pacific'],
  [/^(the )?(europe|emea)( region)?$/i, 'europe'],
  [/^(the )?middle east( region)?$/i, 'middle-east'],
  [/^(the )?africa( region)?$/i, 'africa'],
  [/^(the )?(latin america|latam|south america)( region)?$/i, 'latin-america'],
  [/^(the )?north america( region)?$/i, 'north-america'],
];

/** "the Asia-Pacific region" → 'asia-pacific'; undefined for anything that is not a world region. */
export function worldRegionByName(name: string): WorldRegion | undefined {
  const n = name.trim();
  return NAMES.find(([re]) => re.test(n))?.[1];
}
