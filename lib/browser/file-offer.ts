/**
 * A file the user chose, handed from the manager to the background by reference. The manager
 * offers it under a key; the background, told the key over the import port, asks for it on a
 * BroadcastChannel of the extension's origin and gets the Blob back by structured clone, which
 * passes a handle to the same bytes (for a chosen file, the file on disk): nothing is copied or
 * written, whatever the size. Cache Storage, used before (file-transfer.ts, still the way an export
 * comes back), copies the file into the cache's disk store: 0.6 s for a first 90 MB file, then
 * 26-40 s for the next one in the 100k end-to-end group, long enough to pass its limits.
 *
 * Asking (rather than the manager posting the file at once) means a worker that is still starting
 * cannot miss it. Only this extension's pages and worker share the origin: a content script runs in
 * the page's origin and can neither ask nor offer on this channel.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { newTransferKey, TransferKeySchema, transferTime } from '../sync/transfer-key';

const CHANNEL = 'dc-lens-file-offer';
/** An offer nobody took in this long is a leftover of an import that never asked for its file. */
const STALE_MS = 10 * 60_000;
/** How long the background waits for the file: a closed manager never answers. */
const TAKE_TIMEOUT_MS = 30_000;
/** The wait is counted in ticks of this length (see takeOffered). */
const TICK_MS = 500;

const OfferMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('want'), key: TransferKeySchema }),
    z.object({ type: z.literal('give'), key: TransferKeySchema, file: z.instanceof(Blob) }),
  ]),
);
type OfferMessage = z.infer<typeof OfferMessage>;

const offers = new Map<string, Blob>();
/** Open only while something is on offer. */
let channel: BroadcastChannel | null = null;

const hasChannel = (): boolean => typeof BroadcastChannel !== 'undefined';

function answerAsks(): BroadcastChannel {
  const opened = new BroadcastChannel(CHANNEL);
  opened.onmessage = (event: MessageEvent) => {
    const parsed = OfferMessage.safeParse(event.data);
    if (!parsed.success || parsed.data.type !== 'want') return;
    const file = offers.get(parsed.data.key);
    if (!file) return;
    offers.delete(parsed.data.key);
    opened.postMessage({ type: 'give', key: parsed.data.key, file } satisfies OfferMessage);
    if (offers.size === 0) {
      opened.close();
      if (channel === opened) channel = null;
    }
  };
  return opened;
}

/** Offers `file` to the background once; its key, or null where there is no BroadcastChannel (send chunks). */
export function offerFile(file: Blob, now = Date.now()): string | null {
  if (!hasChannel()) return null;
  for (const key of offers.keys()) if (transferTime(key) < now - STALE_MS) offers.delete(key);
  const key = newTransferKey(now, crypto.randomUUID());
  offers.set(key, file);
  channel ??= answerAsks();
  return key;
}

/**
 * Asks for the file offered under `key`; null when the key is not one or no answer comes in time.
 * The time is counted in ticks, not read off a single timer: a worker kept busy longer than the
 * timeout (a recompile at 100,000 sites under load) would otherwise find the timer and the answer
 * that came meanwhile due together and could run the timer first, as one run of the 100k group did.
 */
export function takeOffered(key: string, timeoutMs = TAKE_TIMEOUT_MS): Promise<Blob | null> {
  if (!hasChannel() || !TransferKeySchema.safeParse(key).success) return Promise.resolve(null);
  return new Promise((resolve) => {
    const asking = new BroadcastChannel(CHANNEL);
    const tick = Math.min(TICK_MS, timeoutMs);
    let ticksLeft = Math.ceil(timeoutMs / tick);
    const count = () => {
      if (--ticksLeft <= 0) settle(null);
      else timer = setTimeout(count, tick);
    };
    let timer = setTimeout(count, tick);
    const settle = (file: Blob | null) => {
      clearTimeout(timer);
      asking.close();
      resolve(file);
    };
    asking.onmessage = (event: MessageEvent) => {
      const parsed = OfferMessage.safeParse(event.data);
      if (parsed.success && parsed.data.type === 'give' && parsed.data.key === key) settle(parsed.data.file);
    };
    asking.postMessage({ type: 'want', key } satisfies OfferMessage);
  });
}
