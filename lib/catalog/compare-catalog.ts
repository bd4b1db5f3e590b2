/**
 * What the competitor comparison (compare.ts) reads of the catalog, and nothing more: per site the
 * fields it ranks and groups by (a projection of the full record), the groups it looks in, and the
 * operators. A warm worker's snapshot is one (catalog-snapshot.ts, full records); a woken worker
 * adopts the stored columns instead (compare-catalog-plain.ts), so a card after a wake needs its
 * one site record, read by id, not every parsed record of a 100,000-site catalog.
 */
import type { Operator, Place, Site, SiteKind } from './schema';

export interface CompareSite {
  readonly id: string;
  readonly name: string;
  readonly kind: SiteKind;
  readonly parentId?: string;
  readonly operatorIds: readonly string[];
  readonly zones?: number;
  readonly place: Pick<Place, 'city' | 'country' | 'worldRegion'>;
  readonly capacity: Pick<Site['capacity'], 'operationalMW' | 'plannedMW'>;
  readonly gpus: Pick<Site['gpus'], 'count' | 'plannedCount'>;
}

/** Keyed as the snapshot's maps of the same names (catalog-snapshot.ts); live sites only. */
export interface CompareCatalog {
  readonly operators: readonly Operator[];
  readonly operatorById: ReadonlyMap<string, Operator>;
  readonly siteById: ReadonlyMap<string, CompareSite>;
  readonly sitesByCity: ReadonlyMap<string, readonly CompareSite[]>;
  readonly sitesByCityName: ReadonlyMap<string, readonly CompareSite[]>;
  readonly sitesByCountry: ReadonlyMap<string, readonly CompareSite[]>;
  readonly sitesByWorldRegion: ReadonlyMap<string, readonly CompareSite[]>;
}

/** The groups a compare catalog holds, in the order the plain form stores them. */
export const COMPARE_GROUPS = ['sitesByCity', 'sitesByCityName', 'sitesByCountry', 'sitesByWorldRegion'] as const;
