/**
 * The background's copy of the parsed records (records-cache.ts): used on wake only while the
 * database's records revision is the one it was kept for, and a service started from it sees the
 * same catalog as one that read the tables.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCatalogDb } from '../../../lib/catalog/db';
import { CatalogService } from '../../../lib/catalog/service';
import { CacheStore } from '../../../entrypoints/background/cache-store';
import { cachedRecords, keepRecords } from '../../../entrypoints/background/records-cache';
import { OPERATORS, SITES } from '../catalog/fixture';

const kept = () => new Promise((r) => setTimeout(r, 100));

describe('records cache', () => {
  it('gives back the records kept at the current revision, and nothing once a write changed it', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const db = await openCatalogDb('c', { ...options, recordStamp: 'schema-t' });
    const store = new CacheStore('cache', options);
    const service = new CatalogService(db);
    await service.bulkPut({ operators: OPERATORS, sites: SITES });
    await service.deleteSite(SITES[2].id);
    expect(await cachedRecords(db, store)).toBeNull();
    const records = await service.loadedRecords();
    keepRecords(store, records, undefined);
    await kept();

    const woken = await cachedRecords(db, store);
    expect(woken?.revision).toBe(records.revision);
    const fromCache = new CatalogService(db, { initialRecords: woken! });
    const fromTables = new CatalogService(db);
    expect(await fromCache.getSite(SITES[2].id, { includeDeleted: true })).toEqual(await fromTables.getSite(SITES[2].id, { includeDeleted: true }));
    expect((await fromCache.getSnapshot()).sites).toEqual((await fromTables.getSnapshot()).sites);
    expect(await fromCache.listOperators()).toEqual(await fromTables.listOperators());

    await service.putSite({ ...SITES[0], name: `${SITES[0].name} II` });
    expect(await cachedRecords(db, store)).toBeNull();
    for (const s of [service, fromCache, fromTables]) s.dispose();
    db.close();
  });
});
