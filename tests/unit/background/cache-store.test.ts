/**
 * The cache store's bytes (the detector index, the resolver): in a file per key and revision where
 * there is an origin-private file system, the old revision's file removed, a missing file read as
 * nothing stored; in the IndexedDB row where there is none.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CacheStore } from '../../../entrypoints/background/cache-store';
import { fakeFileSystem } from './fake-file-system';

const idb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
const persisted = () => new Promise((r) => setTimeout(r, 200));
const bytes = (...xs: number[]) => Uint8Array.from(xs).buffer;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cache store bytes', () => {
  it('go to a file per revision when there is a file system, and the old file goes', async () => {
    const files = fakeFileSystem();
    const options = idb();
    const store = new CacheStore('cache', options);
    store.putBytesLater('index', 'rev-1', () => bytes(1, 2, 3));
    await persisted();
    expect(files.size).toBe(1);
    expect([...new Uint8Array((await new CacheStore('cache', options).getBytes('index', 'rev-1'))!)]).toEqual([1, 2, 3]);
    expect(await store.get('index', 'rev-1')).not.toBeInstanceOf(ArrayBuffer);

    store.putBytesLater('index', 'rev-2', () => bytes(4, 5));
    store.putBytesLater('other', 'rev-1', () => bytes(6));
    await persisted();
    expect(files.size).toBe(2);
    expect(await store.getBytes('index', 'rev-1')).toBeUndefined();
    expect([...new Uint8Array((await store.getBytes('index', 'rev-2'))!)]).toEqual([4, 5]);
    expect([...new Uint8Array((await store.getBytes('other', 'rev-1'))!)]).toEqual([6]);

    expect(await store.fileOf('index', 'rev-2')).toMatch(/^cache-index-rev-2/);
    expect(await store.fileOf('index', 'rev-1')).toBeUndefined();

    // A row whose file is gone (cleared by the browser) is nothing stored, not an error.
    files.clear();
    expect(await store.getBytes('index', 'rev-2')).toBeUndefined();
  });

  it('stay in the row when the file system refuses the write', async () => {
    const refusing = { getFileHandle: async () => ({ createWritable: async () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) }), keys: async function* () {} };
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => refusing } });
    const store = new CacheStore('cache', idb());
    store.putBytesLater('index', 'rev-1', () => bytes(9));
    await persisted();
    expect([...new Uint8Array((await store.getBytes('index', 'rev-1'))!)]).toEqual([9]);
  });

  it('tell when every write asked for has ended', async () => {
    const files = fakeFileSystem();
    const store = new CacheStore('cache', idb());
    store.putBytesLater('index', 'rev-1', () => bytes(1));
    store.putLater('plain', 'rev-1', () => 'x');
    expect(files.size).toBe(0);
    await store.written();
    expect(files.size).toBe(1);
    expect(await store.get('plain', 'rev-1')).toBe('x');
  });

  it('stay in the row without a file system', async () => {
    const store = new CacheStore('cache', idb());
    store.putBytesLater('index', 'rev-1', () => bytes(7, 8));
    await persisted();
    expect(await store.get('index', 'rev-1')).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array((await store.getBytes('index', 'rev-1'))!)]).toEqual([7, 8]);
  });
});
