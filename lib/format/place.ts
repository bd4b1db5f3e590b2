/** Where a site is, in words. */
import type { Place, SiteKind, WorldRegion } from '../catalog/schema';
import { countryName, worldRegionLabel } from './labels';

/** "Abilene, Texas, United States"; the admin area is dropped when it repeats the city (Tokyo, Tokyo). */
export function placeLine(place: Place): string | null {
  const parts: string[] = [];
  if (place.city) parts.push(place.city);
  if (place.admin && place.admin.toLowerCase() !== place.city?.toLowerCase()) parts.push(place.admin);
  if (place.country) parts.push(countryName(place.country));
  return parts.length ? parts.join(', ') : null;
}

/** The place's world region (the background fills it from the country before a card sees it). */
export function placeWorldRegion(place: Place): WorldRegion | null {
  return place.worldRegion ?? null;
}

export function placeWorldRegionLabel(place: Place): string | null {
  const region = placeWorldRegion(place);
  return region ? worldRegionLabel(region) : null;
}

/**
 * Why the place is vague, when it is: a cloud region is stored as its metro area (providers do
 * not publish their buildings), so the card must not suggest a street address.
 */
export function placePrecisionNote(place: Place, kind: SiteKind): string | null {
  if (kind === 'region') {
    return place.city ? `Cloud region: located by its metro area (${place.city}), not a building.` : 'Cloud region: located by its metro area, not a building.';
  }
  if (place.precision === 'country') return 'Location known to the country only.';
  if (place.precision === 'region') return 'Location known to the state or province only.';
  if (place.precision === 'city') return 'Location known to the city only.';
  return null;
}
