/** Human labels for the catalog's enums and codes. */
import type { SiteKind, SiteStatus, WorldRegion } from '../catalog/schema';
import { countryLabel } from '../geo/country-label';
import { WORLD_REGION_LABELS } from '../geo/world-regions';

export const STATUS_LABELS: Readonly<Record<SiteStatus, string>> = {
  announced: 'Announced',
  under_construction: 'Under construction',
  operational: 'Operational',
  cancelled: 'Cancelled',
  unknown: 'Status unknown',
};

export const KIND_LABELS: Readonly<Record<SiteKind, string>> = {
  facility: 'Facility',
  campus: 'Campus',
  region: 'Cloud region',
  project: 'Project',
};

export function statusLabel(status: SiteStatus): string {
  return STATUS_LABELS[status] ?? STATUS_LABELS.unknown;
}

export function kindLabel(kind: SiteKind): string {
  return KIND_LABELS[kind] ?? kind;
}

export function worldRegionLabel(region: WorldRegion): string {
  return WORLD_REGION_LABELS[region] ?? region;
}

/** "JP" → "Japan"; an unknown code is shown as the code itself rather than hidden. */
export function countryName(code: string): string {
  return countryLabel(code);
}
