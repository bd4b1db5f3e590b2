/**
 * The catalog file format shared with export/import: one JSON document, one record per line so
 * diffs stay readable, keys in schema order (zod's parse output), no whitespace inside records.
 */
import type { SeedCatalog } from './assemble';

export const CATALOG_FORMAT = 'dc-lens-catalog';
export const CATALOG_VERSION = 1;

export function serializeCatalog(cat: SeedCatalog): string {
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`);
  return (
    `{"format":${JSON.stringify(CATALOG_FORMAT)},"version":${CATALOG_VERSION},"exportedAt":${JSON.stringify(cat.exportedAt)},` +
    `"operators":${list(cat.operators)},"sites":${list(cat.sites)},"sightings":[]}\n`
  );
}
