/**
 * What the resolver (resolve.ts) reads of the catalog's sites, and nothing more: per site the
 * fields its rules test (a projection of the full record) and the snapshot's groups over those
 * projections (operator names are in its tables).
 * A warm worker makes it from its snapshot; a woken one decodes it from the stored plain form
 * (resolver-catalog-plain.ts), so the first answer after a wake needs no parsed site record and
 * both answer the same, from the same type.
 */
import { cityNamesOf, type CatalogSnapshot } from './catalog-snapshot';
import { cityKeys } from './exonyms';
import type { Place, Site, SiteKind } from './schema';

export interface ResolverSite {
  readonly id: string;
  readonly name: string;
  readonly kind: SiteKind;
  readonly parentId?: string;
  readonly codes?: readonly string[];
  readonly operatorIds: readonly string[];
  readonly place: Pick<Place, 'country' | 'lat' | 'lon' | 'precision'>;
  /** The dates an ordinal orders by (opened, else expected, else announced). */
  readonly dates: Pick<Site['dates'], 'opened' | 'expected' | 'announced'>;
  /** Whether it stands yet: a facility an article says is being built is not an operational one. */
  readonly status: Site['status'];
  /** How much the record has to show (`siteRichness`): which of one campus's records answers for it. */
  readonly richness: number;
  /**
   * Sized in GPUs: a machine ("Kestrel Cloud NM1", a cluster), whose name's code is the building
   * that houses it (site-codes.ts), so "NM1" written alone is not the machine.
   */
  readonly machine?: boolean;
  /**
   * How many catalog records are filed under its town's name: a town with more than the asked
   * town's is a metro news may name a neighbour by ("London" for Slough), not the other way round.
   */
  readonly townRecords: number;
}

export interface ResolverCatalog {
  readonly siteById: ReadonlyMap<string, ResolverSite>;
  /** Keyed as the snapshot's maps of the same names (catalog-snapshot.ts). */
  readonly sitesByCityName: ReadonlyMap<string, readonly ResolverSite[]>;
  readonly sitesByAdminName: ReadonlyMap<string, readonly ResolverSite[]>;
  readonly sitesByCountry: ReadonlyMap<string, readonly ResolverSite[]>;
  readonly sitesByOperator: ReadonlyMap<string, readonly ResolverSite[]>;
}

/** The groups a resolver catalog holds, in the order the plain form stores them. */
export const RESOLVER_GROUPS = ['sitesByCityName', 'sitesByAdminName', 'sitesByCountry', 'sitesByOperator'] as const;

/**
 * What a record has to show: sources, a size, a campus, a status, dates, money; on a tie a
 * curated record beats a mapped footprint (map layers file buildings, not campuses).
 */
export function siteRichness(s: Site): number {
  return (
    s.sources.length +
    (s.capacity.operationalMW ?? s.capacity.plannedMW ? 2 : 0) +
    (s.kind === 'campus' ? 1 : 0) +
    (s.status !== 'unknown' ? 1 : 0) +
    Object.keys(s.dates).length +
    (s.investment.amount || s.investment.text ? 1 : 0) +
    (s.credits.some((c) => /openstreetmap/i.test(c)) ? -0.5 : 0)
  );
}

export function resolverSiteOf(s: Site, townRecords = 0): ResolverSite {
  const { country, lat, lon, precision } = s.place;
  const { opened, expected, announced } = s.dates;
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    ...(s.parentId !== undefined ? { parentId: s.parentId } : {}),
    ...(s.codes?.length ? { codes: s.codes } : {}),
    operatorIds: s.operatorIds,
    place: { country, lat, lon, precision },
    dates: { opened, expected, announced },
    status: s.status,
    richness: siteRichness(s),
    ...(s.gpus.count ? { machine: true } : {}),
    townRecords,
  };
}

/** The resolver's view of a snapshot: one projection per live site, grouped as the snapshot groups them. */
export function resolverCatalogOf(snapshot: CatalogSnapshot): ResolverCatalog {
  const bySite = new Map<Site, ResolverSite>();
  const records = (s: Site) => Math.max(0, ...cityNamesOf(s).flatMap(cityKeys).map((k) => snapshot.sitesByCityName.get(k)?.length ?? 0));
  for (const s of snapshot.sites) bySite.set(s, resolverSiteOf(s, records(s)));
  const regroup = (map: ReadonlyMap<string, readonly Site[]>) => {
    const out = new Map<string, ResolverSite[]>();
    for (const [key, sites] of map) out.set(key, sites.map((s) => bySite.get(s)!));
    return out;
  };
  return {
    siteById: new Map([...bySite.values()].map((s) => [s.id, s])),
    sitesByCityName: regroup(snapshot.sitesByCityName),
    sitesByAdminName: regroup(snapshot.sitesByAdminName),
    sitesByCountry: regroup(snapshot.sitesByCountry),
    sitesByOperator: regroup(snapshot.sitesByOperator),
  };
}
