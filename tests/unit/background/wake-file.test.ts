/**
 * The wake file (entrypoints/background/wake-file.ts) never outlives a write: every read-write
 * transaction over sites, operators or sightings removes it before it starts (write-lease.ts), a
 * write without the lease is refused, and a `keep` that overlaps a write writes nothing.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCatalogDb, type CatalogDb } from '../../../lib/catalog/db';
import { CatalogService } from '../../../lib/catalog/service';
import { WakeFile, type Wake } from '../../../entrypoints/background/wake-file';
import { readAhead, takeReadAhead } from '../../../entrypoints/background/file-bytes';
import { WAKE_FILE_NAME } from '../../../entrypoints/background/wake-name';
import { LEASED_TABLES, leaseWrites } from '../../../entrypoints/background/write-lease';
import { OPERATORS, SITES, siteById } from '../catalog/fixture';
import { fakeFileSystem } from './fake-file-system';

const wake = (revision: string): Wake => ({ format: 'dc-lens-wake', version: 1, build: 'b1', revision, index: 'i.bin', resolver: 'r.bin', linkedUrls: ['https://news.example/a'] });

let db: CatalogDb | undefined;

afterEach(() => {
  db?.close();
  db = undefined;
  vi.unstubAllGlobals();
});

/**
 * A catalog database whose writes take `file`'s lease, as the background opens it; `fileAtWrite`
 * gets, for every read-write transaction over a leased table, whether the wake file existed as it started.
 */
async function leasedCatalog(file: WakeFile, files: Map<string, ArrayBuffer>, fileAtWrite: boolean[]): Promise<CatalogDb> {
  db = await openCatalogDb('dc-lens', {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    writeGuard: (tables) => {
      if (!tables.some((t) => LEASED_TABLES.has(t))) return;
      if (!file.writing) throw new Error('write outside the lease');
      fileAtWrite.push(files.has('wake.json'));
    },
  });
  leaseWrites(db, (write) => file.lease(write));
  return db;
}

describe('wake file', () => {
  it('is read back for its build only, and not when damaged', async () => {
    const files = fakeFileSystem();
    const file = new WakeFile();
    await file.keep(async () => wake('rev-1'));
    expect(await file.read('b1')).toEqual(wake('rev-1'));
    expect(await file.read('b2')).toBeNull();
    files.set('wake.json', new TextEncoder().encode('{"format":"dc-lens-wake"').buffer);
    expect(await file.read('b1')).toBeNull();
    files.set('wake.json', new TextEncoder().encode(JSON.stringify({ ...wake('rev-1'), index: 42 })).buffer);
    expect(await file.read('b1')).toBeNull();
  });

  it('is read from the read the worker script began, by the first read only, and not after a lease', async () => {
    const files = fakeFileSystem();
    files.set(WAKE_FILE_NAME, new TextEncoder().encode(JSON.stringify(wake('rev-1'))).buffer);
    // Begun at start (wake-start.ts); the file changes after: the first read sees what the read began with.
    readAhead(WAKE_FILE_NAME);
    await new Promise((resolve) => setTimeout(resolve, 0));
    files.set(WAKE_FILE_NAME, new TextEncoder().encode(JSON.stringify(wake('rev-2'))).buffer);
    const file = new WakeFile();
    expect((await file.read('b1'))?.revision).toBe('rev-1');
    // Taken once: later reads (and other wake files) read the file.
    expect(takeReadAhead(WAKE_FILE_NAME)).toBeUndefined();
    expect((await file.read('b1'))?.revision).toBe('rev-2');
    readAhead(WAKE_FILE_NAME);
    expect((await new WakeFile().read('b1'))?.revision).toBe('rev-2');
    // A lease before the first read: the file may have changed since the read began, so it is not used.
    readAhead(WAKE_FILE_NAME);
    const leased = new WakeFile();
    await leased.lease(async () => undefined);
    expect(await leased.read('b1')).toBeNull();
    expect(files.has(WAKE_FILE_NAME)).toBe(false);
    takeReadAhead(WAKE_FILE_NAME);
  });

  it('is gone before a write starts, and a keep begun before the write writes nothing', async () => {
    const files = fakeFileSystem();
    const file = new WakeFile();
    await file.keep(async () => wake('rev-1'));
    expect(files.has('wake.json')).toBe(true);

    let release!: () => void;
    const slow = file.keep(async () => {
      await new Promise<void>((r) => (release = r));
      return wake('rev-1');
    });
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    const seenByWrite: boolean[] = [];
    const write = file.lease(async () => {
      seenByWrite.push(files.has('wake.json'));
      return 'written';
    });
    release();
    await slow;
    expect(await write).toBe('written');
    // The write ran after the keep's turn and found no file; the keep saw the lease and wrote none.
    expect(seenByWrite).toEqual([false]);
    expect(files.has('wake.json')).toBe(false);
    expect(await file.read('b1')).toBeNull();
  });

  it('is not written while a write runs', async () => {
    const files = fakeFileSystem();
    const file = new WakeFile();
    let kept: Promise<void> | undefined;
    await file.lease(async () => {
      kept = file.keep(async () => wake('rev-1'));
      await kept;
    });
    expect(files.has('wake.json')).toBe(false);
    await file.keep(async () => wake('rev-2'));
    expect((await file.read('b1'))?.revision).toBe('rev-2');
  });

  it('is removed before every catalog write, whoever makes it, and a write without the lease is refused', async () => {
    const files = fakeFileSystem();
    const file = new WakeFile();
    const fileAtWrite: boolean[] = [];
    const catalog = await leasedCatalog(file, files, fileAtWrite);
    const service = new CatalogService(catalog);
    try {
      await service.bulkPut({ operators: OPERATORS, sites: SITES });
      await file.keep(async () => wake('rev-1'));
      expect(files.has('wake.json')).toBe(true);

      // A person's delete (a transaction over sites) takes the lease: no file when it starts.
      fileAtWrite.length = 0;
      expect(await service.deleteSite('alibaba-tokyo-dc-5')).not.toBeNull();
      expect(fileAtWrite).toEqual([false]);
      expect(files.has('wake.json')).toBe(false);

      // A sighting is a write too: the addresses with sightings are in the file.
      await file.keep(async () => wake('rev-2'));
      fileAtWrite.length = 0;
      await service.addSighting({ siteId: siteById('alibaba-tokyo-dc-4').id, url: 'https://news.example/b', title: 'B', quote: { exact: 'Tokyo' }, facts: { operator: null, location: null, capacityMW: null, gpus: null, investment: null, ordinal: null, name: null, date: null } });
      expect(fileAtWrite).toEqual([false]);
      expect(await service.sightingUrls()).toEqual(['https://news.example/b']);

      // Outside any transaction Dexie writes without passing the lease: the guard refuses it.
      await file.keep(async () => wake('rev-3'));
      await expect(catalog.operators.put({ ...OPERATORS[0], name: 'Renamed' })).rejects.toThrow(/outside the lease/);
      expect(files.has('wake.json')).toBe(true);
      // Reads and the catalog's own values pass.
      expect(await catalog.sites.count()).toBe(SITES.length);
      await service.storeValue('source:x', { ok: true });
    } finally {
      service.dispose();
    }
  });
});
