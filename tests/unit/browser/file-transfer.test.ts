import { afterEach, describe, expect, it, vi } from 'vitest';
import { canTransfer, storeTransfer, takeTransfer } from '../../../lib/browser/file-transfer';
import { TransferKeySchema, transferTime } from '../../../lib/sync/transfer-key';

/** Cache Storage as the browser keeps it: named caches of request URL → response. */
function memoryCaches() {
  const caches = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = caches.get(name) ?? new Map<string, Response>();
    caches.set(name, entries);
    return {
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
      put: async (url: string, response: Response) => void entries.set(new URL(url).href, response),
      match: async (url: string) => entries.get(new URL(url).href)?.clone(),
      delete: async (what: string | Request) => entries.delete(typeof what === 'string' ? new URL(what).href : what.url),
    };
  };
  return { storage: { open } as unknown as CacheStorage, entries: () => [...caches.values()].flatMap((c) => [...c.keys()]) };
}

afterEach(() => vi.unstubAllGlobals());

describe('file transfer through Cache Storage', () => {
  it('hands a file over once: the key names it, taking it deletes it', async () => {
    const fake = memoryCaches();
    vi.stubGlobal('caches', fake.storage);
    expect(canTransfer()).toBe(true);
    const key = await storeTransfer(new Blob(['{"sites":[]}']), Date.parse('2026-11-22T10:00:00Z'));
    expect(TransferKeySchema.safeParse(key).success).toBe(true);
    expect(transferTime(key!)).toBe(Date.parse('2026-11-22T10:00:00Z'));
    expect(await (await takeTransfer(key!))?.text()).toBe('{"sites":[]}');
    expect(await takeTransfer(key!)).toBeNull();
    expect(fake.entries()).toEqual([]);
  });

  it('sweeps files left behind more than ten minutes ago, keeps recent ones', async () => {
    const fake = memoryCaches();
    vi.stubGlobal('caches', fake.storage);
    const t = Date.parse('2026-11-22T10:00:00Z');
    const old = await storeTransfer(new Blob(['old']), t);
    const recent = await storeTransfer(new Blob(['recent']), t + 9 * 60_000);
    await storeTransfer(new Blob(['new']), t + 11 * 60_000);
    expect(await takeTransfer(old!)).toBeNull();
    expect(await (await takeTransfer(recent!))?.text()).toBe('recent');
  });

  it('refuses keys that are not transfer keys, and says when Cache Storage is missing or refuses', async () => {
    const fake = memoryCaches();
    vi.stubGlobal('caches', fake.storage);
    expect(await takeTransfer('../seed-catalog.json')).toBeNull();
    vi.stubGlobal('caches', { open: async () => Promise.reject(new Error('SecurityError')) });
    expect(await storeTransfer(new Blob(['x']))).toBeNull();
    vi.stubGlobal('caches', undefined);
    expect(canTransfer()).toBe(false);
    expect(await storeTransfer(new Blob(['x']))).toBeNull();
  });
});
