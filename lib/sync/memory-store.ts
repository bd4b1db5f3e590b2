/**
 * A CatalogStore kept in Maps, with real all-or-nothing transactions (a snapshot restored on
 * failure). For tests and Node scripts; the extension adapts its Dexie database instead.
 */
import type { Operator, Sighting, Site } from '../catalog/schema';
import type { CatalogStore, ImportRecord } from './apply';
import type { Catalog, CollectionName } from './types';

export interface MemoryStoreHooks {
  /** Called before each put; throwing here simulates a failing write. */
  beforePut?: (collection: CollectionName, records: readonly unknown[]) => void;
}

export interface MemoryStore extends CatalogStore {
  /** A copy of what is stored now. */
  snapshot(): Catalog;
  importRecord(id: string): ImportRecord | undefined;
}

type Tables = { operators: Map<string, Operator>; sites: Map<string, Site>; sightings: Map<string, Sighting>; imports: Map<string, ImportRecord> };

const toMap = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, structuredClone(r)]));

export function createMemoryStore(initial: Catalog, hooks: MemoryStoreHooks = {}): MemoryStore {
  let tables: Tables = { operators: toMap(initial.operators), sites: toMap(initial.sites), sightings: toMap(initial.sightings), imports: new Map() };
  // Transactions run one at a time, as IndexedDB runs overlapping read-write transactions.
  let queue: Promise<unknown> = Promise.resolve();

  const get = <T>(table: Map<string, T>, ids: readonly string[]) =>
    Promise.resolve(ids.map((id) => (table.has(id) ? structuredClone(table.get(id)) : undefined)));
  const put = async <T extends { id: string }>(collection: CollectionName, table: Map<string, T>, records: readonly T[]) => {
    hooks.beforePut?.(collection, records);
    for (const r of records) table.set(r.id, structuredClone(r));
  };
  const copyTables = (t: Tables): Tables => ({ operators: new Map(t.operators), sites: new Map(t.sites), sightings: new Map(t.sightings), imports: new Map(t.imports) });

  return {
    transaction<T>(fn: () => Promise<T>): Promise<T> {
      const run = queue.then(async () => {
        const before = copyTables(tables);
        try {
          return await fn();
        } catch (e) {
          tables = before;
          throw e;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    getOperators: (ids) => get(tables.operators, ids),
    getSites: (ids) => get(tables.sites, ids),
    getSightings: (ids) => get(tables.sightings, ids),
    putOperators: (records) => put('operators', tables.operators, records),
    putSites: (records) => put('sites', tables.sites, records),
    putSightings: (records) => put('sightings', tables.sightings, records),
    putImportRecord: async (record) => void tables.imports.set(record.id, { ...record }),
    importRecord: (id) => tables.imports.get(id),
    readAll: () => Promise.resolve(structuredClone({ operators: [...tables.operators.values()], sites: [...tables.sites.values()], sightings: [...tables.sightings.values()] })),
    snapshot: () => structuredClone({ operators: [...tables.operators.values()], sites: [...tables.sites.values()], sightings: [...tables.sightings.values()] }),
  };
}
