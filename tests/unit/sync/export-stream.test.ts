import { describe, expect, it } from 'vitest';
import { exportChunks, exportStream } from '../../../lib/sync/export-stream';
import { buildExport } from '../../../lib/sync/format';
import type { Catalog } from '../../../lib/sync/types';
import { seedCatalog, site, T4 } from './fixtures';

/** Many sites, with ids whose order differs from insertion and number order ("s-10" < "s-9"). */
function manySites(n: number): Catalog {
  const ids = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `s-${n - i}` : i % 3 === 1 ? `s.${i}` : `s:${i}-x`));
  return { ...seedCatalog, sites: [...seedCatalog.sites, ...ids.map((id) => site({ id, name: `Site ${id}`, kind: 'facility', operatorIds: ['xai'] }))] };
}

describe('exportChunks', () => {
  it('writes exactly the bytes of buildExport, in chunks of the asked size, with progress before each', () => {
    const c = manySites(250);
    const progress: Array<[number, number]> = [];
    const chunks = [...exportChunks(c, { now: T4, chunkSize: 4096, onProgress: (done, total) => progress.push([done, total]) })];
    expect(chunks.join('')).toBe(buildExport(c, undefined, T4));
    expect(chunks.length).toBeGreaterThan(10);
    // Every chunk but the last reaches the size; none is much bigger (a chunk is handed on as soon as it is full).
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(4096);
    const total = c.operators.length + c.sites.length + c.sightings.length;
    expect(progress).toHaveLength(chunks.length);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1][0])).toBe(true);
  });

  it('makes a chunk only when asked for the next one', () => {
    let made = 0;
    const chunks = exportChunks(manySites(250), { now: T4, chunkSize: 4096, onProgress: () => made++ });
    expect(made).toBe(0);
    chunks.next();
    chunks.next();
    expect(made).toBe(2);
  });

  it('writes empty collections and an empty catalog like buildExport, and records a filter', () => {
    const empty: Catalog = { operators: [], sites: [], sightings: [] };
    expect([...exportChunks(empty, { now: T4 })].join('')).toBe(buildExport(empty, undefined, T4));
    const noSightings = { ...seedCatalog, sightings: [] };
    expect([...exportChunks(noSightings, { now: T4, chunkSize: 10 })].join('')).toBe(buildExport(noSightings, undefined, T4));
    const file = JSON.parse([...exportChunks(seedCatalog, { now: T4, filter: { label: 'one site' } })].join(''));
    expect(file.filter).toEqual({ label: 'one site' });
  });

  it('leaves the lists it was given in their order', () => {
    const c = manySites(20);
    const before = c.sites.map((s) => s.id);
    Array.from(exportChunks(c, { now: T4 }));
    expect(c.sites.map((s) => s.id)).toEqual(before);
  });
});

describe('exportStream', () => {
  const named = (n: number) => {
    const c = manySites(n);
    return { ...c, sites: c.sites.map((s, i) => (i === 3 ? { ...s, name: 'Rechenzentrum Zürich — 東京 🏢' } : s)) };
  };

  it('streams the file as UTF-8 that reads back to the same text, in chunks of about the asked bytes', async () => {
    const c = named(250);
    const progress: number[] = [];
    const stream = exportStream(c, { now: T4, chunkSize: 2048, onProgress: (done) => progress.push(done) });
    const sizes: number[] = [];
    const reader = stream.getReader();
    const parts: Uint8Array<ArrayBuffer>[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      sizes.push(r.value.length);
      parts.push(new Uint8Array(r.value));
    }
    expect(new TextDecoder().decode(await new Blob(parts).arrayBuffer())).toBe(buildExport(c, undefined, T4));
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThanOrEqual(2048);
    expect(progress).toHaveLength(sizes.length);
  });

  it('grows its buffer for a record larger than a chunk', async () => {
    const c = named(5);
    const big = { ...c, sites: c.sites.map((s, i) => (i === 1 ? { ...s, notes: 'ü'.repeat(5000) + '東'.repeat(5000) } : s)) };
    const text = await new Response(exportStream(big, { now: T4, chunkSize: 1024 })).text();
    expect(text).toBe(buildExport(big, undefined, T4));
  });

  it('makes a chunk only when its reader pulls', async () => {
    let made = 0;
    const reader = exportStream(manySites(250), { now: T4, chunkSize: 4096, onProgress: () => made++ }).getReader();
    await reader.read();
    await new Promise((r) => setTimeout(r, 10));
    // The chunk read, and one more to refill the stream's queue (its high-water mark is one chunk), of more than 10.
    expect(made).toBe(2);
    await reader.cancel();
  });
});
