/**
 * Which of one company's records in a place are one site: a campus and its buildings, one building
 * filed twice, the buildings of one code. Pure functions of the resolver's view of the sites
 * (resolver-catalog.ts), used by resolve.ts.
 */
import type { ResolverSite } from './resolver-catalog';
import { byName } from './text-key';

/** Sites this close together, of one operator, are one campus as news sees it (km). */
const CAMPUS_KM = 3;

export function km(a: ResolverSite, b: ResolverSite): number {
  const rad = Math.PI / 180;
  const dLat = (b.place.lat! - a.place.lat!) * rad;
  const dLon = (b.place.lon! - a.place.lon!) * rad * Math.cos(((a.place.lat! + b.place.lat!) / 2) * rad);
  return 6371 * Math.sqrt(dLat * dLat + dLon * dLon);
}

/**
 * Several records that all lie within a few kilometres (the same campus filed by two sources, or
 * its buildings) stand for one site: the record with the most to show answers for them. One of
 * them may be placed only at its town (a dataset that knew no more) when it lies that close to the
 * others: a second site of the company in the town would be a guess, the same site the likely one.
 */
export function oneCampus(sites: readonly ResolverSite[]): ResolverSite | null {
  if (sites.length < 2 || sites.length > 6 || sites.some((s) => (s.codes ?? []).length > 0)) return null;
  if (!sites.every((s) => s.place.lat !== undefined && s.place.lon !== undefined && s.place.precision !== 'region')) return null;
  const located = sites.filter((s) => s.place.precision !== 'city');
  if (located.length === 0 || sites.length - located.length > 1) return null;
  if (!sites.every((s) => km(located[0], s) <= CAMPUS_KM)) return null;
  // The record with the most to show (resolver-catalog.ts's siteRichness).
  return sites.slice().sort((a, b) => b.richness - a.richness || byName(a, b))[0];
}

/**
 * "a data center campus in <town>" where the catalog holds one campus and, within a few km of it,
 * single buildings mapped on their own (often from another dataset): the campus is the one meant.
 */
export function campusOfBuildings(sites: readonly ResolverSite[]): ResolverSite | null {
  const campuses = sites.filter((s) => s.kind === 'campus');
  if (campuses.length !== 1 || sites.length > 6) return null;
  const campus = campuses[0];
  const located = (s: ResolverSite) => s.place.lat !== undefined && s.place.lon !== undefined && s.place.precision !== 'city' && s.place.precision !== 'region';
  if (!located(campus) || (campus.codes ?? []).length) return null;
  return sites.every((s) => s === campus || (s.kind === 'facility' && located(s) && km(campus, s) <= CAMPUS_SPREAD_KM)) ? campus : null;
}

/**
 * "IAD2" where the company's records are "… IAD2-A" and "… IAD2-B" in one town: the buildings of
 * one site the catalog holds no record of as a whole; the first by name answers for them.
 */
export function buildingsOfOne(sites: readonly ResolverSite[]): ResolverSite | null {
  if (sites.length < 2 || sites.length > 6) return null;
  const located = (s: ResolverSite) => s.place.lat !== undefined && s.place.lon !== undefined;
  const together = sites.every((s) => located(s) && located(sites[0]) && km(sites[0], s) <= CAMPUS_SPREAD_KM);
  return together ? sites.slice().sort(byName)[0] : null;
}

/**
 * "its New Albany campus" where the catalog holds the company's one campus record in the town and,
 * beside it, single buildings (mapped from another dataset, perhaps with no point near the campus's
 * town-centre point): a campus phrase means the campus. Two campuses are a real tie.
 */
export function oneCampusRecord(sites: readonly ResolverSite[]): ResolverSite | null {
  const campuses = sites.filter((s) => s.kind === 'campus');
  if (campuses.length !== 1 || (campuses[0].codes ?? []).length) return null;
  return sites.every((s) => s === campuses[0] || s.kind === 'facility') ? campuses[0] : null;
}

/** Both located, and no farther apart than `limit` km. */
export function within(a: ResolverSite, b: ResolverSite, limit: number): boolean {
  if (a.place.lat === undefined || a.place.lon === undefined || b.place.lat === undefined || b.place.lon === undefined) return false;
  return km(a, b) <= limit;
}

/** How far a large campus's buildings may lie from the point a dataset gives for the campus. */
export const CAMPUS_SPREAD_KM = 5;
