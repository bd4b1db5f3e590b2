/**
 * Partial exports: which records a filter keeps. The filter is also written into the file so the
 * person importing it can see it holds only part of a catalog (a missing site is then not a
 * deletion, and the import never treats it as one).
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { Id, Origin, SiteKind, SiteStatus, text, WorldRegion } from '../catalog/schema';
import type { Operator, Sighting, Site } from '../catalog/schema';
import type { Catalog } from './types';

export const ExportFilterSchema = lazySchema(() =>
  z.object({
    /** Human words for the selection, e.g. "Japan, AI campuses". */
    label: text(200).optional(),
    /** Sites run by any of these operators. */
    operatorIds: z.array(Id).max(1000).optional(),
    kinds: z.array(SiteKind).max(10).optional(),
    statuses: z.array(SiteStatus).max(10).optional(),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')).max(300).optional(),
    worldRegions: z.array(WorldRegion).max(10).optional(),
    origins: z.array(Origin).max(3).optional(),
    /** Soft-deleted sites travel by default, so a deletion reaches the other machine. */
    includeDeleted: z.boolean().optional(),
    includeSightings: z.boolean().optional(),
  }),
);
export type ExportFilter = z.infer<typeof ExportFilterSchema>;

const SITE_CRITERIA = ['operatorIds', 'kinds', 'statuses', 'countries', 'worldRegions', 'origins'] as const;

function siteMatches(site: Site, f: ExportFilter): boolean {
  if (f.includeDeleted === false && site.deletedAt !== undefined) return false;
  if (f.operatorIds && !site.operatorIds.some((id) => f.operatorIds!.includes(id))) return false;
  if (f.kinds && !f.kinds.includes(site.kind)) return false;
  if (f.statuses && !f.statuses.includes(site.status)) return false;
  if (f.countries && !(site.place.country !== undefined && f.countries.includes(site.place.country))) return false;
  if (f.worldRegions && !(site.place.worldRegion !== undefined && f.worldRegions.includes(site.place.worldRegion)))
    return false;
  if (f.origins && !f.origins.includes(site.origin)) return false;
  return true;
}

/**
 * The records a filtered export holds: the matching sites, the operators they name (so the file
 * imports on its own), and the sightings of those sites. Without site criteria every operator and
 * every sighting is kept.
 */
export function selectForExport(catalog: Catalog, filter: ExportFilter): Catalog {
  const sites = catalog.sites.filter((s) => siteMatches(s, filter));
  const narrowed = SITE_CRITERIA.some((k) => filter[k] !== undefined);
  let operators: readonly Operator[] = catalog.operators;
  let sightings: readonly Sighting[] = catalog.sightings;
  if (narrowed) {
    const named = new Set<string>(filter.operatorIds ?? []);
    for (const s of sites) for (const id of s.operatorIds) named.add(id);
    operators = catalog.operators.filter((o) => named.has(o.id));
    const siteIds = new Set(sites.map((s) => s.id));
    sightings = catalog.sightings.filter((s) => s.siteId !== undefined && siteIds.has(s.siteId));
  }
  if (filter.includeSightings === false) sightings = [];
  return { operators, sites, sightings };
}
