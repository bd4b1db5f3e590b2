/**
 * The background's persisted resolver tables (resolver-store.ts): built once for a records
 * revision, adopted after a restart for that revision only, never kept without one, and rebuilt
 * from a damaged row instead of failing.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { parseExportFile } from '../../../lib/sync/format';
import { CacheStore } from '../../../entrypoints/background/cache-store';
import { resolverWithTables } from '../../../entrypoints/background/resolver-store';

let snapshot: CatalogSnapshot;

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  snapshot = buildCatalogSnapshot(parsed.file.sites, parsed.file.operators);
});

const idb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
/** The persist step runs after the answer (setTimeout 0) and then writes to IndexedDB. */
const persisted = () => new Promise((r) => setTimeout(r, 300));
const QUERY = { text: 'ap-northeast-2' };

describe('persisted resolver tables', () => {
  it('are built once per records revision, then adopted after a restart', async () => {
    const options = idb();
    const first = await resolverWithTables(snapshot, new CacheStore('cache', options), 'rev-1');
    expect(first.from).toBe('built');
    await persisted();
    const woken = await resolverWithTables(snapshot, new CacheStore('cache', options), 'rev-1');
    expect(woken.from).toBe('stored');
    expect(woken.resolver.resolve(QUERY)).toEqual(first.resolver.resolve(QUERY));
    expect(first.resolver.resolve(QUERY).length).toBeGreaterThan(0);
    // Another revision (a write happened) is built again.
    expect((await resolverWithTables(snapshot, new CacheStore('cache', options), 'rev-2')).from).toBe('built');
  });

  it('are not kept without a records revision', async () => {
    const options = idb();
    const store = new CacheStore('cache', options);
    const put = vi.spyOn(store, 'put');
    expect((await resolverWithTables(snapshot, store, undefined)).from).toBe('built');
    await persisted();
    expect(put).not.toHaveBeenCalled();
  });

  it('are built again from a damaged row', async () => {
    const options = idb();
    await resolverWithTables(snapshot, new CacheStore('cache', options), 'rev-1');
    await persisted();
    const store = new CacheStore('cache', options);
    const original = store.getBytes.bind(store);
    store.getBytes = async (key, revision) => (await original(key, revision))?.slice(0, 200);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const r = await resolverWithTables(snapshot, store, 'rev-1');
    expect(r.from).toBe('built');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
