import Dexie from 'dexie';
import type { Table } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operator, Sighting, Site } from '../../../lib/catalog/schema';
import { applyChangeSet, importReplacesData, StaleChangeSetError } from '../../../lib/sync/apply';
import type { CatalogStore, ImportRecord } from '../../../lib/sync/apply';
import { applyChangeSetToCatalog, applyChoices } from '../../../lib/sync/choices';
import { planMerge } from '../../../lib/sync/merge';
import { createMemoryStore } from '../../../lib/sync/memory-store';
import type { Catalog } from '../../../lib/sync/types';
import { abilene, awsTokyo, catalog, colossus, normalized, seedCatalog, sighting1, site, T2, T3, T4, xai } from './fixtures';

/** An import that adds, updates and unites in all three collections. */
function sampleImport(current: Catalog) {
  const meta = { id: 'meta', name: 'Meta', kind: 'hyperscale_cloud' as const, aliases: [], footprint: {}, sources: [], origin: 'seed' as const, createdAt: T2, updatedAt: T2 };
  const hyperion = site({ id: 'meta-hyperion', name: 'Hyperion', kind: 'campus', operatorIds: ['meta'], place: { city: 'Richland Parish', admin: 'Louisiana', country: 'US' } });
  const incoming = catalog({
    operators: [meta],
    sites: [hyperion, { ...colossus, capacity: { ...colossus.capacity, operationalMW: 250 }, updatedAt: T3 }],
    sightings: [{ ...sighting1, id: 's-0002', seenAt: T3 }],
  });
  const plan = planMerge(current, incoming);
  return { plan, changes: applyChoices(plan, {}) };
}

interface StoreUnderTest {
  name: string;
  make(
    initial: Catalog,
    failOn?: 'operators' | 'sites' | 'sightings',
  ): Promise<{ store: CatalogStore; read(): Promise<Catalog>; edit(site: Site): Promise<void>; importRecord(id: string): Promise<ImportRecord | undefined> }>;
}

const memory: StoreUnderTest = {
  name: 'in-memory store',
  async make(initial, failOn) {
    const store = createMemoryStore(initial, {
      beforePut: (collection) => {
        if (collection === failOn) throw new Error(`disk full while writing ${collection}`);
      },
    });
    return { store, read: async () => store.snapshot(), edit: (s) => store.transaction(() => store.putSites([s])), importRecord: async (id) => store.importRecord(id) };
  },
};

class TestDb extends Dexie {
  operators!: Table<Operator, string>;
  sites!: Table<Site, string>;
  sightings!: Table<Sighting, string>;
  imports!: Table<ImportRecord, string>;
  constructor(name: string) {
    super(name, { indexedDB, IDBKeyRange });
    this.version(1).stores({ operators: 'id', sites: 'id, *operatorIds', sightings: 'id, siteId', imports: 'id' });
  }
}

const opened: TestDb[] = [];
let dbCount = 0;

/** The adapter the lead writes for lib/catalog/db.ts, here over a throwaway Dexie database. */
const dexie: StoreUnderTest = {
  name: 'Dexie over fake-indexeddb',
  async make(initial, failOn) {
    const db = new TestDb(`sync-test-${++dbCount}`);
    opened.push(db);
    await db.operators.bulkPut([...initial.operators]);
    await db.sites.bulkPut([...initial.sites]);
    await db.sightings.bulkPut([...initial.sightings]);
    const put = async <T>(collection: 'operators' | 'sites' | 'sightings', table: Table<T, string>, records: readonly T[]) => {
      await table.bulkPut([...records]);
      // Fail after a real write, so the rollback has something to undo.
      if (collection === failOn) throw new Error(`disk full while writing ${collection}`);
    };
    const store: CatalogStore = {
      transaction: (fn) => db.transaction('rw', [db.operators, db.sites, db.sightings, db.imports], fn),
      getOperators: (ids) => db.operators.bulkGet([...ids]),
      getSites: (ids) => db.sites.bulkGet([...ids]),
      getSightings: (ids) => db.sightings.bulkGet([...ids]),
      putOperators: (r) => put('operators', db.operators, r),
      putSites: (r) => put('sites', db.sites, r),
      putSightings: (r) => put('sightings', db.sightings, r),
      putImportRecord: async (r) => void (await db.imports.put(r)),
      readAll: async () => ({ operators: await db.operators.toArray(), sites: await db.sites.toArray(), sightings: await db.sightings.toArray() }),
    };
    return { store, read: () => store.readAll(), edit: async (s) => void (await db.sites.put(s)), importRecord: (id) => db.imports.get(id) };
  },
};

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe.each([memory, dexie])('applyChangeSet with the $name', (impl) => {
  it('writes every record of the ChangeSet', async () => {
    const { store, read } = await impl.make(seedCatalog);
    const { plan, changes } = sampleImport(seedCatalog);
    expect(plan.counts).toMatchObject({ added: 3, updated: 1, conflicts: 0, invalid: 0 });
    expect(await applyChangeSet(store, changes)).toEqual({ operators: 1, sites: 2, sightings: 1 });
    expect(normalized(await read())).toEqual(normalized(applyChangeSetToCatalog(seedCatalog, changes)));
  });

  it.each(['operators', 'sites', 'sightings'] as const)('leaves the store as before when writing %s fails', async (failOn) => {
    const { store, read } = await impl.make(seedCatalog, failOn);
    const before = normalized(await read());
    const { changes } = sampleImport(seedCatalog);
    await expect(applyChangeSet(store, changes)).rejects.toThrow(`disk full while writing ${failOn}`);
    expect(normalized(await read())).toEqual(before);
  });

  it('refuses, writing nothing, when a record changed between preview and apply', async () => {
    const { store, read, edit } = await impl.make(seedCatalog);
    const { changes } = sampleImport(seedCatalog);
    await edit({ ...colossus, notes: 'edited meanwhile', updatedAt: T4, userEditedAt: T4 });
    const before = normalized(await read());
    const error = await applyChangeSet(store, changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleChangeSetError);
    expect((error as StaleChangeSetError).changed).toEqual([{ collection: 'sites', id: 'xai-colossus-1' }]);
    expect(normalized(await read())).toEqual(before);
  });

  it('refuses when a record the plan would add appeared meanwhile', async () => {
    const { store, edit } = await impl.make(seedCatalog);
    const { changes } = sampleImport(seedCatalog);
    await edit(site({ id: 'meta-hyperion', name: 'Hyperion (mine)', kind: 'campus', operatorIds: ['xai'] }));
    await expect(applyChangeSet(store, changes)).rejects.toBeInstanceOf(StaleChangeSetError);
  });

  it('writes in batches with progress, and records the import with its writes', async () => {
    const { store, importRecord } = await impl.make(seedCatalog);
    const { changes } = sampleImport(seedCatalog);
    const seen: Array<[number, number]> = [];
    const record = { id: 'imp-1', at: T4, label: 'file.json' };
    await applyChangeSet(store, changes, { batchSize: 1, onProgress: (done, total) => seen.push([done, total]), record });
    expect(seen).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(await importRecord('imp-1')).toEqual({ ...record, applied: 4 });
  });

  it('leaves no import record when the writes roll back', async () => {
    const { store, importRecord } = await impl.make(seedCatalog, 'sightings');
    const { changes } = sampleImport(seedCatalog);
    await expect(applyChangeSet(store, changes, { record: { id: 'imp-2', at: T4, label: 'file.json' } })).rejects.toThrow('disk full');
    expect(await importRecord('imp-2')).toBeUndefined();
  });
});

describe('importReplacesData', () => {
  it('is true only when stored records would change', () => {
    expect(importReplacesData(planMerge(catalog({ operators: [xai] }), catalog({ sites: [colossus] })))).toBe(false);
    expect(importReplacesData(planMerge(seedCatalog, seedCatalog))).toBe(false);
    expect(importReplacesData(planMerge(seedCatalog, catalog({ sites: [{ ...abilene, status: 'operational', updatedAt: T3 }] })))).toBe(true);
    expect(importReplacesData(planMerge(seedCatalog, catalog({ sites: [{ ...awsTokyo, updatedAt: T3 }] })))).toBe(true);
  });
});
