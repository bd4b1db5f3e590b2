/**
 * What a card's competitor comparison reads of the catalog (lib/catalog/compare-catalog.ts),
 * persisted per build and records revision beside the resolver, as columns (its strings decoded
 * item by item when read). A woken worker adopts it on its first card, so a card needs the one
 * site record it shows (read by id) rather than every parsed record: at 100,000 sites, holding them
 * all was about 120 MB of the worker's heap.
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import type { CatalogSnapshot } from '../../lib/catalog/catalog-snapshot';
import type { CompareCatalog } from '../../lib/catalog/compare-catalog';
import { compareCatalogFromPlain, plainCompareCatalog } from '../../lib/catalog/compare-catalog-plain';
import { decodeStructure, encodeStructure } from '../../lib/codec/structure';
import type { CacheStore } from './cache-store';
import { storedRevision } from './resolver-store';

const KEY = 'compare-catalog';

/** The compare catalog stored for this records revision, or null (none, or a damaged row: warned). */
export async function storedCompareCatalog(store: CacheStore, recordsRevision: string): Promise<CompareCatalog | null> {
  const bytes = await store.getBytes(KEY, storedRevision(recordsRevision));
  if (!bytes) return null;
  try {
    return compareCatalogFromPlain(decodeStructure(bytes));
  } catch (error) {
    console.warn('DC Lens: stored compare catalog refused', error);
    return null;
  }
}

/** Keeps the snapshot's compare catalog for the next wake, after the current answer (a macrotask). */
export function keepCompareCatalog(store: CacheStore, snapshot: CatalogSnapshot, recordsRevision: string | undefined): void {
  if (!recordsRevision) return;
  store.putBytesLater(KEY, storedRevision(recordsRevision), () => encodeStructure(plainCompareCatalog(snapshot), { lazyStrings: true }));
}
