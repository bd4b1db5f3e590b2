import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openCatalogDb, type CatalogDb } from '../../../lib/catalog/db';
import { dexiePageSource, readTransaction } from '../../../lib/catalog/sync-store';
import { memoryPageSource, streamExport } from '../../../lib/sync/export-stream';
import { buildExport } from '../../../lib/sync/format';
import type { Catalog } from '../../../lib/sync/types';
import { colossus, seedCatalog, site, T4 } from './fixtures';

/** Many sites, with ids whose order differs from insertion and number order ("s-10" < "s-9"). */
function manySites(n: number): Catalog {
  const ids = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `s-${n - i}` : i % 3 === 1 ? `s.${i}` : `s:${i}-x`));
  return { ...seedCatalog, sites: [...seedCatalog.sites, ...ids.map((id) => site({ id, name: `Site ${id}`, kind: 'facility', operatorIds: ['xai'] }))] };
}

async function collect(c: Catalog, opts: Partial<Parameters<typeof streamExport>[1]> = {}) {
  const chunks: string[] = [];
  const result = await streamExport(memoryPageSource(c), { now: T4, ...opts }, (s) => chunks.push(s));
  return { chunks, result, text: chunks.join('') };
}

describe('streamExport', () => {
  it('writes exactly the bytes of buildExport, in chunks of the asked size', async () => {
    const c = manySites(250);
    const { chunks, text, result } = await collect(c, { chunkChars: 4096, pageSize: 16 });
    expect(text).toBe(buildExport(c, undefined, T4));
    expect(chunks.length).toBeGreaterThan(10);
    // Every chunk but the last reaches the size; none is much bigger (a chunk is flushed as soon as it is full).
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(4096);
    expect(result.counts).toEqual({ operators: c.operators.length, sites: c.sites.length, sightings: c.sightings.length });
    expect(result.chars).toBe(text.length);
  });

  it('writes empty collections and an empty catalog like buildExport', async () => {
    const empty: Catalog = { operators: [], sites: [], sightings: [] };
    expect((await collect(empty)).text).toBe(buildExport(empty, undefined, T4));
    const noSightings = { ...seedCatalog, sightings: [] };
    expect((await collect(noSightings, { pageSize: 1 })).text).toBe(buildExport(noSightings, undefined, T4));
  });

  it('keeps only the records asked for and records the filter', async () => {
    const { text } = await collect(seedCatalog, { filter: { label: 'one site' }, keep: (name, r) => name !== 'sites' || r.id === colossus.id });
    const file = JSON.parse(text);
    expect(file.filter).toEqual({ label: 'one site' });
    expect(file.sites.map((s: { id: string }) => s.id)).toEqual([colossus.id]);
    expect(file.operators).toHaveLength(seedCatalog.operators.length);
  });
});

describe('dexiePageSource', () => {
  let db: CatalogDb | undefined;
  afterEach(() => db?.close());

  it('pages through IndexedDB in the order buildExport sorts, inside one read transaction', async () => {
    db = await openCatalogDb(`export-stream-${Math.random()}`, { indexedDB, IDBKeyRange });
    const c = manySites(120);
    await db.operators.bulkPut([...c.operators]);
    await db.sites.bulkPut([...c.sites]);
    await db.sightings.bulkPut([...c.sightings]);
    const chunks: string[] = [];
    const source = dexiePageSource(db);
    await readTransaction(db, () => streamExport(source, { now: T4, pageSize: 7, chunkChars: 1000 }, (s) => chunks.push(s)));
    expect(chunks.join('')).toBe(buildExport(c, undefined, T4));
  });

  it('writes rows stamped as validated at write as they are (no zod pass), and parses the others', async () => {
    db = await openCatalogDb(`export-stream-${Math.random()}`, { indexedDB, IDBKeyRange, recordStamp: 'stamp-t' });
    const c = manySites(5);
    await db.operators.bulkPut([...c.operators]);
    await db.sites.bulkPut([...c.sites]);
    const [first, second] = c.sites;
    // A stamped row is trusted even where a parse would reject it; an unstamped one is parsed and skipped.
    await db.sites.put({ ...first, name: '', _validatedAs: 'stamp-t' } as typeof first);
    await db.sites.put({ ...second, name: '', _validatedAs: 'older-stamp' } as typeof second);
    const text = await readTransaction(db, async () => {
      const chunks: string[] = [];
      await streamExport(dexiePageSource(db!), { now: T4 }, (s) => chunks.push(s));
      return chunks.join('');
    });
    const sites = (JSON.parse(text) as Catalog).sites;
    expect(sites.find((s) => s.id === first.id)?.name).toBe('');
    expect(sites.some((s) => s.id === second.id)).toBe(false);
    expect(sites).toHaveLength(c.sites.length - 1);
  });
});
