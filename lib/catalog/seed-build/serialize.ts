/**
 * The catalog file format shared with export/import: one JSON document, one record per line so
 * diffs stay readable, keys in schema order (zod's parse output), no whitespace inside records.
 */
import type { SeedCatalog } from './assemble';

export const CATALOG_FORMAT = 'dc-lens-catalog';
export const CATALOG_VERSION = 1;

/** Extra envelope keys of a layer file (read by seed-update.ts, ignored by the import). */
export interface LayerHeader {
  layer: string;
  licence: string;
  attribution: string;
}

export function serializeCatalog(cat: Pick<SeedCatalog, 'exportedAt' | 'operators' | 'sites'>, header?: LayerHeader): string {
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`);
  const layer = header ? `"layer":${JSON.stringify(header.layer)},"licence":${JSON.stringify(header.licence)},"attribution":${JSON.stringify(header.attribution)},` : '';
  return (
    `{"format":${JSON.stringify(CATALOG_FORMAT)},"version":${CATALOG_VERSION},"exportedAt":${JSON.stringify(cat.exportedAt)},${layer}` +
    `"operators":${list(cat.operators)},"sites":${list(cat.sites)},"sightings":[]}\n`
  );
}
