/**
 * The resolver for a catalog snapshot, its name tables adopted from the cache store when they were
 * built for the same records revision (renewed by every write: lib/catalog/validate-on-write.ts)
 * and the same build; else built, and persisted after the answer. Building them normalises every
 * name of the catalog, the largest part of a woken worker's start after reading the records.
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import type { CatalogSnapshot } from '../../lib/catalog/catalog-snapshot';
import { resolverFor, resolverTablesFor, type Resolver } from '../../lib/catalog/resolve';
import { plainResolverTables, resolverTablesFromPlain } from '../../lib/catalog/resolver-tables';
import { decodeStructure, encodeStructure } from '../../lib/codec/structure';
import { BUILD } from './build-info';
import type { CacheStore } from './cache-store';

const KEY = 'resolver-tables';

export interface ResolverSource {
  resolver: Resolver;
  /** 'stored' when the tables were adopted from the store (the bench reads it). */
  from: 'stored' | 'built';
}

/** Without a records revision (a database without stamps) the tables are built and not kept. */
export async function resolverWithTables(snapshot: CatalogSnapshot, store: CacheStore, recordsRevision: string | undefined): Promise<ResolverSource> {
  const revision = recordsRevision && `${BUILD?.buildId ?? 'unbuilt'}:${recordsRevision}`;
  const stored = revision ? await store.get(KEY, revision) : undefined;
  if (stored instanceof ArrayBuffer) {
    try {
      return { resolver: resolverFor(snapshot, resolverTablesFromPlain(decodeStructure(stored))), from: 'stored' };
    } catch (error) {
      console.warn('DC Lens: stored resolver tables refused, building them', error);
    }
  }
  const tables = resolverTablesFor(snapshot);
  if (revision) store.putLater(KEY, revision, () => encodeStructure(plainResolverTables(tables)));
  return { resolver: resolverFor(snapshot, tables), from: 'built' };
}
