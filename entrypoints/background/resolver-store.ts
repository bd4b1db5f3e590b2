/**
 * The resolver, persisted per records revision (renewed by every write:
 * lib/catalog/validate-on-write.ts) and build: its name tables and what it reads of the catalog
 * (lib/catalog/resolver-catalog.ts), in one binary row, its strings as columns decoded item by item
 * when a question reads them (lib/codec/string-column.ts). A woken worker adopts them without the
 * snapshot, so its first answer needs no parsed record; else they are built from the snapshot and
 * persisted after the answer. Building the tables normalises every name of the catalog.
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import type { CatalogSnapshot } from '../../lib/catalog/catalog-snapshot';
import { resolverOver, resolverTablesFor, type Resolver, type ResolverTables } from '../../lib/catalog/resolve';
import { resolverCatalogOf, type ResolverCatalog } from '../../lib/catalog/resolver-catalog';
import { plainResolverCatalog, resolverCatalogFromPlain } from '../../lib/catalog/resolver-catalog-plain';
import { plainResolverTables, resolverTablesFromPlain } from '../../lib/catalog/resolver-tables';
import type { Strings } from '../../lib/codec/string-column';
import { decodeStructure, encodeStructure } from '../../lib/codec/structure';
import { BUILD } from './build-info';
import type { CacheStore } from './cache-store';

const KEY = 'resolver-tables';

export interface ResolverSource {
  resolver: Resolver;
  /** 'stored' when the tables were adopted from the store (the bench reads it); 'shipped' from the build's (shipped-assets.ts). */
  from: 'stored' | 'built' | 'shipped';
}

/** What a stored copy is keyed by: this build and the records' revision (a new build or any write renews it). */
export const storedRevision = (recordsRevision: string): string => `${BUILD?.buildId ?? 'unbuilt'}:${recordsRevision}`;

/** The resolver stored for this records revision, or null (none, or a damaged row: warned). */
export async function storedResolver(store: CacheStore, recordsRevision: string): Promise<Resolver | null> {
  const stored = await store.getBytes(KEY, storedRevision(recordsRevision));
  return stored ? resolverFromBytes(stored) : null;
}

/** The file holding the resolver stored for `recordsRevision` (wake-file.ts), or undefined. */
export function storedResolverFile(store: CacheStore, recordsRevision: string): Promise<string | undefined> {
  return store.fileOf(KEY, storedRevision(recordsRevision));
}

/** A stored resolver's bytes adopted, or null when they are damaged (warned). */
export function resolverFromBytes(stored: ArrayBuffer): Resolver | null {
  try {
    const { tables, catalog } = decodeStructure(stored) as { tables?: unknown; catalog?: { sites?: { ids?: Strings } } };
    const adopted = resolverCatalogFromPlain(catalog);
    // The tables' site numbers are positions in this id column (checked as strings just above).
    return resolverOver(adopted, resolverTablesFromPlain(tables, catalog!.sites!.ids!));
  } catch (error) {
    console.warn('DC Lens: stored resolver refused, building it', error);
    return null;
  }
}

/** Without a records revision (a database without stamps) the resolver is built and not kept. */
export async function resolverWithTables(snapshot: CatalogSnapshot, store: CacheStore, recordsRevision: string | undefined): Promise<ResolverSource> {
  const stored = recordsRevision ? await storedResolver(store, recordsRevision) : null;
  if (stored) return { resolver: stored, from: 'stored' };
  const tables = resolverTablesFor(snapshot);
  const catalog = resolverCatalogOf(snapshot);
  if (recordsRevision) keepResolverBytes(store, recordsRevision, () => encodeResolver(tables, catalog));
  return { resolver: resolverOver(catalog, tables), from: 'built' };
}

/** The binary a wake adopts (resolverFromBytes); the build writes the shipped catalog's the same way (scripts/shipped-index.ts). */
export function encodeResolver(tables: ResolverTables, catalog: ResolverCatalog): ArrayBuffer {
  const plainCatalog = plainResolverCatalog(catalog);
  return encodeStructure({ tables: plainResolverTables(tables, plainCatalog.sites.ids), catalog: plainCatalog }, { lazyStrings: true });
}

/** Stores a resolver's bytes for the records of `recordsRevision`, after the answer (a fresh install keeps the build's). */
export function keepResolverBytes(store: CacheStore, recordsRevision: string, bytes: () => ArrayBuffer): void {
  store.putBytesLater(KEY, storedRevision(recordsRevision), bytes);
}
