/**
 * The parsed catalog records, kept as one JSON string keyed by the records' revision (a `meta` row
 * every write to sites or operators replaces: lib/catalog/validate-on-write.ts). Reading one string
 * and JSON.parse is far cheaper than reading thousands of IndexedDB rows, so a worker that wakes up
 * with an unchanged catalog loads it from this copy. The copy is written by this worker
 * from records it read in the same transaction as that revision, so it is as trusted as they are.
 */
import { getMeta, type CatalogDb } from '../../lib/catalog/db';
import type { LoadedRecords } from '../../lib/catalog/service';
import type { CacheStore } from './cache-store';

const KEY = 'records';

/** The records at the database's current revision, or null when there is no matching copy. */
export async function cachedRecords(db: CatalogDb, store: CacheStore): Promise<LoadedRecords | null> {
  const revision = await getMeta(db, 'recordsRevision');
  if (!revision) return null;
  const text = await store.get(KEY, revision);
  if (typeof text !== 'string') return null;
  try {
    const parsed = JSON.parse(text) as Partial<LoadedRecords>;
    if (!Array.isArray(parsed.sites) || !Array.isArray(parsed.operators)) return null;
    return { sites: parsed.sites, operators: parsed.operators, revision };
  } catch {
    return null;
  }
}

/** Keeps `records` for the next wake, unless that copy is already stored. After the answer: a macrotask. */
export function keepRecords(store: CacheStore, records: LoadedRecords, already: string | undefined): void {
  const { revision } = records;
  if (!revision || revision === already) return;
  store.putLater(KEY, revision, () => JSON.stringify({ sites: records.sites, operators: records.operators }));
}
