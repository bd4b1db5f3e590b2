/**
 * Export and import in Firefox ESR as the manager runs them: the background streams the export
 * into Cache Storage (a ReadableStream response body), the page reads it from there, and the same
 * file goes back through the import port, handed over by reference as the manager offers a chosen
 * file (the background asks for it on a BroadcastChannel, lib/browser/file-offer.ts), whose
 * preview must find every record unchanged. Its own browser, so its console is checked on its own.
 */
import { expect, test } from '@playwright/test';
import { launchFirefox, openExtensionPage, waitForCatalog, type Firefox } from './firefox';

let ff: Firefox;

test.beforeAll(async () => {
  ff = await launchFirefox();
});

test.afterAll(async () => {
  await ff?.close();
});

interface RoundTrip {
  stored: string | null;
  count: number;
  progress: number;
  sites: number;
  operators: number;
  sightings: number;
  bytes: number;
  preview: { new: number; updated: number; unchanged: number; conflicts: number; invalid: number } | null;
  error: string | null;
  asked: number;
}

test('the whole catalog exported through Cache Storage reads back and imports unchanged', async () => {
  const manager = await openExtensionPage(ff, 'manager.html');
  await waitForCatalog(manager);
  const trip = (await manager.evaluate(async () => {
    type Message = { type: string; stored?: string; count?: number; message?: string; counts?: RoundTrip['preview'] };
    type Port = { postMessage(m: unknown): void; disconnect(): void; onMessage: { addListener(f: (m: Message) => void): void } };
    const runtime = (globalThis as unknown as { browser: { runtime: { connect(o: { name: string }): Port } } }).browser.runtime;
    const talk = (name: string, first: unknown, until: (m: Message) => boolean, seen?: (m: Message) => void) =>
      new Promise<Message>((resolve) => {
        const port = runtime.connect({ name });
        port.onMessage.addListener((m) => {
          seen?.(m);
          if (until(m) || m.type === 'error') {
            port.disconnect();
            resolve(m);
          }
        });
        port.postMessage(first);
      });
    let progress = 0;
    const exported = await talk(
      'dc-lens-export',
      { type: 'start', format: 'json', purpose: 'export', transfer: 'cache' },
      (m) => m.type === 'done',
      (m) => void (m.type === 'progress' && progress++),
    );
    const empty = { stored: null, count: 0, progress, sites: 0, operators: 0, sightings: 0, bytes: 0, preview: null, asked: 0 };
    if (exported.type !== 'done' || !exported.stored) return { ...empty, error: exported.message ?? 'the export came in chunks, not in Cache Storage' };
    const url = `https://transfer.dc-lens.invalid/${exported.stored}`;
    const cache = await caches.open('dc-lens-transfer');
    const blob = await (await cache.match(url))!.blob();
    await cache.delete(url);
    const bytes = await blob.arrayBuffer();
    const file = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as { sites: unknown[]; operators: unknown[]; sightings: unknown[] };
    // The same file goes back in, offered as the manager offers a chosen file: given when asked for.
    const key = `transfer-${Date.now()}-${crypto.randomUUID()}`;
    const channel = new BroadcastChannel('dc-lens-file-offer');
    let asked = 0;
    channel.onmessage = (e: MessageEvent<{ type?: string; key?: string }>) => {
      if (e.data.type !== 'want' || e.data.key !== key) return;
      asked++;
      channel.postMessage({ type: 'give', key, file: blob });
    };
    const previewed = await talk('dc-lens-import', { type: 'file', key, name: 'round-trip.json' }, (m) => m.type === 'preview');
    channel.close();
    return {
      stored: exported.stored,
      count: exported.count ?? 0,
      progress,
      sites: file.sites.length,
      operators: file.operators.length,
      sightings: file.sightings.length,
      bytes: bytes.byteLength,
      preview: previewed.counts ?? null,
      error: previewed.type === 'error' ? (previewed.message ?? 'error') : null,
      asked,
    };
  })) as RoundTrip;
  await manager.close();

  expect(trip.error).toBeNull();
  expect(trip.stored).toMatch(/^transfer-/);
  // The shipped seed and OpenStreetMap layer: thousands of sites, megabytes of file, progress told.
  expect(trip.sites).toBeGreaterThan(5000);
  expect(trip.count).toBe(trip.sites);
  expect(trip.bytes).toBeGreaterThan(2 * 1024 * 1024);
  expect(trip.progress).toBeGreaterThan(0);
  expect(trip.preview).toEqual({ new: 0, updated: 0, unchanged: trip.sites + trip.operators + trip.sightings, conflicts: 0, invalid: 0 });
  expect(trip.asked).toBe(1);
  // Give late reports a moment, then: nothing went to the console as an error.
  await new Promise((r) => setTimeout(r, 1000));
  expect(ff.errors).toEqual([]);
});
