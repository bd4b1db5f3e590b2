/**
 * Big files from the background to the manager without messages (an export, the backup before an
 * import). Extension messages are serialized and copied on both sides, which costs seconds for a
 * 90 MB catalog (100,000 sites): instead the background streams the file into the extension
 * origin's Cache Storage as it is made (the worker never holds it whole) and sends only its key;
 * the manager takes it out and deletes it. Only pages of this extension and its worker share that
 * origin: a content script runs in the page's origin and cannot reach it. (A file the user chose
 * goes the other way by reference, file-offer.ts: copying it into the cache was slow.)
 *
 * Where Cache Storage is missing or refuses (a browser or context without it), `store` answers
 * null and the caller falls back to chunks over the port.
 */
import { newTransferKey, TransferKeySchema, transferTime } from '../sync/transfer-key';

const CACHE_NAME = 'dc-lens-transfer';
/** Older entries are leftovers of a transfer that never finished: nobody will take them. */
const STALE_MS = 10 * 60_000;

/** Cache Storage wants http(s) request URLs; nothing is ever fetched from this one. */
const requestUrl = (key: string) => `https://transfer.dc-lens.invalid/${key}`;

function storage(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches;
}

/** Whether this context can take a file handed over in Cache Storage (else ask for chunks). */
export const canTransfer = (): boolean => storage() !== null;

/**
 * Stores `body` for the other side; its key, or null when Cache Storage is not usable here. A
 * stream is written as it is read (an export is made while it is stored: never held whole).
 */
export async function storeTransfer(body: Blob | ReadableStream<Uint8Array>, now = Date.now()): Promise<string | null> {
  const cacheStorage = storage();
  if (!cacheStorage) return null;
  const key = newTransferKey(now, crypto.randomUUID());
  try {
    const cache = await cacheStorage.open(CACHE_NAME);
    for (const request of await cache.keys()) if (transferTime(request.url) < now - STALE_MS) await cache.delete(request);
    await cache.put(requestUrl(key), new Response(body));
    return key;
  } catch {
    return null;
  }
}

/** Takes the file stored under `key` (it is deleted); null when there is none. */
export async function takeTransfer(key: string): Promise<Blob | null> {
  const cacheStorage = storage();
  if (!cacheStorage || !TransferKeySchema.safeParse(key).success) return null;
  const cache = await cacheStorage.open(CACHE_NAME);
  const response = await cache.match(requestUrl(key));
  if (!response) return null;
  const blob = await response.blob();
  await cache.delete(requestUrl(key));
  return blob;
}
