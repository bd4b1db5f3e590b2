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
