/**
 * The background's persisted detector index: compiled once for a catalog, adopted from the store
 * afterwards (by a new store object, as after a service-worker restart), compiled again when the
 * lexicon changes, and never adopted across builds or from a damaged row.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import type { Site } from '../../../lib/catalog/schema';
import { lexiconFromCatalog, serializeIndex } from '../../../lib/detect';
import { parseExportFile } from '../../../lib/sync/format';
import { detectorIndexFor, storedIndex } from '../../../entrypoints/background/detector-index';
import { CacheStore } from '../../../entrypoints/background/cache-store';
import { lexiconRevision } from '../../../entrypoints/background/lexicon-revision';
import { expectSameStructure } from '../support/same-structure';

let sites: Site[];
let snapshot: CatalogSnapshot;

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  sites = [...parsed.file.sites];
  snapshot = buildCatalogSnapshot(sites, parsed.file.operators);
});

const idb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
/** The persist step runs after the answer (setTimeout 0) and then writes to IndexedDB. */
const persisted = () => new Promise((r) => setTimeout(r, 200));

describe('persisted detector index', () => {
  it('is compiled once, then adopted after a restart with the same structure', async () => {
    const options = idb();
    const placeTable = vi.fn(async () => undefined);
    const first = await detectorIndexFor(snapshot, new CacheStore('cache', options), placeTable);
    expect(first.from).toBe('compiled');
    expect(placeTable).toHaveBeenCalledTimes(1);
    await persisted();
    const woken = await detectorIndexFor(snapshot, new CacheStore('cache', options), placeTable);
    expect(woken.from).toBe('stored');
    expect(placeTable).toHaveBeenCalledTimes(1);
    expectSameStructure(woken.index, first.index);
  });

  it('is the build\'s index of the shipped catalog when the lexicon is that one, and compiled otherwise', async () => {
    const placeTable = vi.fn(async () => undefined);
    const compiled = await detectorIndexFor(snapshot, new CacheStore('cache', idb()), placeTable);
    const bytes = serializeIndex(compiled.index).bytes;
    const fetchShipped = vi.fn(async () => bytes);
    const lexicon = lexiconRevision(lexiconFromCatalog(snapshot.sites, snapshot.operators));
    const options = idb();
    const shipped = await detectorIndexFor(snapshot, new CacheStore('cache', options), placeTable, undefined, { lexicon, bytes: fetchShipped });
    expect(shipped.from).toBe('shipped');
    expect(placeTable).toHaveBeenCalledTimes(1);
    expectSameStructure(shipped.index, compiled.index);
    // Kept in the store like a compiled one.
    await persisted();
    expect((await detectorIndexFor(snapshot, new CacheStore('cache', options), placeTable)).from).toBe('stored');
    // Another catalog's lexicon: the asset is not even fetched.
    const other = await detectorIndexFor(snapshot, new CacheStore('cache', idb()), placeTable, undefined, { lexicon: 'not-this-one', bytes: fetchShipped });
    expect(other.from).toBe('compiled');
    expect(fetchShipped).toHaveBeenCalledTimes(1);
  });

  it('is compiled again when an alias changes, and not for a change the index does not read', async () => {
    const options = idb();
    const noop = async () => undefined;
    await detectorIndexFor(snapshot, new CacheStore('cache', options), noop);
    await persisted();
    const renamed = sites.map((s, i) => (i === 0 ? { ...s, aliases: [...s.aliases, 'Quillfeather Hall'] } : s));
    const changed = await detectorIndexFor(buildCatalogSnapshot(renamed, snapshot.operators), new CacheStore('cache', options), noop);
    expect(changed.from).toBe('compiled');
    expect(changed.index.main.patterns).toContain('quillfeather hall');
    await persisted();
    const notes = renamed.map((s, i) => (i === 0 ? { ...s, notes: 'a note the detector never reads' } : s));
    const same = await detectorIndexFor(buildCatalogSnapshot(notes, snapshot.operators), new CacheStore('cache', options), noop);
    expect(same.from).toBe('stored');
  });

  it('finds its lexicon by the records revision when given one, without hashing the lexicon again', async () => {
    const options = idb();
    const noop = async () => undefined;
    expect((await detectorIndexFor(snapshot, new CacheStore('cache', options), noop, 'rev-1')).from).toBe('compiled');
    await persisted();
    // The records revision stands for the records: a wake trusts it (every write renews it), so
    // even a snapshot it was not built from adopts the index stored for that revision.
    const renamed = buildCatalogSnapshot(
      sites.map((s, i) => (i === 0 ? { ...s, aliases: [...s.aliases, 'Quillfeather Hall'] } : s)),
      snapshot.operators,
    );
    const woken = await detectorIndexFor(renamed, new CacheStore('cache', options), noop, 'rev-1');
    expect(woken.from).toBe('stored');
    expect(woken.index.main.patterns).not.toContain('quillfeather hall');
    // A wake finds it by the revision alone, before any record is read; another revision finds none.
    expect((await storedIndex(new CacheStore('cache', options), 'rev-1'))?.main.patterns).toEqual(woken.index.main.patterns);
    expect(await storedIndex(new CacheStore('cache', options), 'rev-9')).toBeNull();
    // A new revision hashes the lexicon: the changed alias is compiled in.
    const next = await detectorIndexFor(renamed, new CacheStore('cache', options), noop, 'rev-2');
    expect(next.from).toBe('compiled');
    expect(next.index.main.patterns).toContain('quillfeather hall');
  });

  it('recompiles from a damaged stored row instead of failing', async () => {
    const options = idb();
    const noop = async () => undefined;
    await detectorIndexFor(snapshot, new CacheStore('cache', options), noop);
    await persisted();
    const store = new CacheStore('cache', options);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const original = store.getBytes.bind(store);
    store.getBytes = async (key, revision) => (await original(key, revision))?.slice(0, 100);
    const r = await detectorIndexFor(snapshot, store, noop);
    expect(r.from).toBe('compiled');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('lexicon revision', () => {
  const lex = () => lexiconFromCatalog(sites, snapshot.operators);
  it('is stable for the same input and changes with any field the index is compiled from', () => {
    const base = lexiconRevision(lex());
    expect(lexiconRevision(lex())).toBe(base);
    const variants = [
      (l: ReturnType<typeof lex>) => (l.sites[3].name += 'x'),
      (l: ReturnType<typeof lex>) => l.sites[3].aliases.push('y'),
      (l: ReturnType<typeof lex>) => (l.sites[3].kind = l.sites[3].kind === 'campus' ? 'facility' : 'campus'),
      (l: ReturnType<typeof lex>) => (l.sites[3].city = 'Elsewhere'),
      (l: ReturnType<typeof lex>) => l.operators[0].aliases.push('z'),
      (l: ReturnType<typeof lex>) => l.sites.pop(),
      // A field added to the lexicon tomorrow counts too.
      (l: ReturnType<typeof lex>) => ((l.sites[3] as unknown as Record<string, unknown>).added = 1),
    ];
    for (const change of variants) {
      const l = lex();
      change(l);
      expect(lexiconRevision(l)).not.toBe(base);
    }
  });
  it('tells apart strings split differently', () => {
    const at = (aliases: string[]) => lexiconRevision({ sites: [{ id: 'a', name: 'n', aliases, kind: 'campus', operatorIds: [] }], operators: [] });
    expect(at(['ab', 'c'])).not.toBe(at(['a', 'bc']));
  });
});
