/**
 * The seed on background start (seed-start.ts): installed and fetched once; with the build's
 * catalog hash stored, a later start neither fetches nor parses it; a new hash installs again.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMeta, openCatalogDb } from '../../../lib/catalog/db';
import { SHIPPED_LAYERS, type InstalledRecords } from '../../../lib/catalog/seed-update';
import { CatalogService } from '../../../lib/catalog/service';
import { byName } from '../../../lib/catalog/text-key';

vi.mock('../../../entrypoints/background/asset-url', () => ({ assetUrl: (path: string) => `https://extension.invalid${path}` }));
const { ensureSeed } = await import('../../../entrypoints/background/seed-start');

/** The shipped files, by extension path: the seed and any catalog layer. */
const served = (url: string | URL | Request) => new Response(readFileSync(`public${new URL(String(url)).pathname}`, 'utf8'));
/** Files fetched by one install: the seed and each shipped layer. */
const PER_INSTALL = 1 + SHIPPED_LAYERS.length;

afterEach(() => vi.unstubAllGlobals());

describe('seed on start', () => {
  it('fetches and installs once, then skips while the build hash is the stored one', async () => {
    const fetch = vi.fn(async (url: string | URL | Request) => served(url));
    vi.stubGlobal('fetch', fetch);
    const db = await openCatalogDb('s', { indexedDB: new IDBFactory(), IDBKeyRange, recordStamp: 'schema-t' });
    expect(await ensureSeed(db, 'hash-1')).toBe('installed');
    expect(fetch).toHaveBeenCalledTimes(PER_INSTALL);
    expect(await db.sites.count()).toBeGreaterThan(1000);
    // Every record went through the middleware: nothing left for the one-time re-stamp.
    expect(await getMeta(db, 'recordsStampedWith')).toBe('schema-t');
    expect(await ensureSeed(db, 'hash-1')).toBe('unchanged');
    expect(fetch).toHaveBeenCalledTimes(PER_INSTALL);
    expect(await ensureSeed(db, 'hash-2')).toBe('installed');
    expect(fetch).toHaveBeenCalledTimes(2 * PER_INSTALL);
    expect(await getMeta(db, 'seedFileHash')).toBe('hash-2');
    db.close();
  });

  it('a first install hands over exactly the records it stored, with their revision; a later one hands over nothing', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string | URL | Request) => served(url)));
    const db = await openCatalogDb('s3', { indexedDB: new IDBFactory(), IDBKeyRange, recordStamp: 'schema-t' });
    const handed: InstalledRecords[] = [];
    const planned: InstalledRecords[] = [];
    await ensureSeed(db, 'hash-1', {}, (r) => handed.push(r), (r) => planned.push(r));
    expect(handed).toHaveLength(1);
    // The same records, handed over before they were written (a fresh install's cards read them meanwhile).
    expect(planned).toHaveLength(1);
    expect(planned[0].sites).toEqual(handed[0].sites);
    expect(planned[0].operators).toEqual(handed[0].operators);
    // What a load reads back, in the same order (the lexicon's revision depends on it): seed and layer together.
    const read = new CatalogService(db);
    const stored = await read.loadedRecords();
    expect(handed[0].sites).toEqual(stored.sites);
    expect([...handed[0].operators].sort(byName)).toEqual(stored.operators);
    expect(handed[0].sites.some((s) => s.id.startsWith('osm-'))).toBe(true);
    expect(handed[0].revision).toBe(await getMeta(db, 'recordsRevision'));
    read.dispose();
    await ensureSeed(db, 'hash-2', {}, (r) => handed.push(r), (r) => planned.push(r));
    expect(handed).toHaveLength(1);
    expect(planned).toHaveLength(1);
    db.close();
  });

  it('without a build hash (no build), checks the seed on every start as before', async () => {
    const fetch = vi.fn(async (url: string | URL | Request) => served(url));
    vi.stubGlobal('fetch', fetch);
    const db = await openCatalogDb('s2', { indexedDB: new IDBFactory(), IDBKeyRange });
    await ensureSeed(db, undefined);
    await ensureSeed(db, undefined);
    expect(fetch).toHaveBeenCalledTimes(2 * PER_INSTALL);
    expect(await getMeta(db, 'seedFileHash')).toBeUndefined();
    db.close();
  });
});
