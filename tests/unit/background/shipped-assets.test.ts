/**
 * A fresh install answers from the build's index and resolver of the shipped catalog before its
 * records are written (shipped-assets.ts, scripts/shipped-index.ts). That is right only if the
 * build compiled them from exactly what the install stores: checked here against a real install
 * into an empty database. A start that is not a first install never uses them, and bytes that are
 * not the build's are refused.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCatalogDb } from '../../../lib/catalog/db';
import { resolverTablesFor } from '../../../lib/catalog/resolve';
import { resolverCatalogOf } from '../../../lib/catalog/resolver-catalog';
import { installedOnEmpty, SHIPPED_LAYERS, type InstalledRecords } from '../../../lib/catalog/seed-update';
import { snapshotOfRecords } from '../../../lib/catalog/service';
import { SEED_PATH } from '../../../lib/catalog/shipped';
import { lexiconFromCatalog } from '../../../lib/detect';
import { lexiconRevision } from '../../../entrypoints/background/lexicon-revision';
import { encodeResolver } from '../../../entrypoints/background/resolver-store';
import { writeShippedAssets } from '../../../scripts/shipped-index';

const build = vi.hoisted(() => ({ BUILD: null as null | Record<string, unknown> }));
vi.mock('../../../entrypoints/background/build-info', () => build);
vi.mock('../../../entrypoints/background/asset-url', () => ({ assetUrl: (path: string) => `https://extension.invalid${path}` }));
const { ensureSeed, installsOnEmpty } = await import('../../../entrypoints/background/seed-start');
const { shippedAssets } = await import('../../../entrypoints/background/shipped-assets');

const read = (p: string) => readFileSync(join('public', p), 'utf8');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'dc-lens-shipped-'));
let assets: ReturnType<typeof writeShippedAssets>;
/** What a first install stored, as it hands it over (seed-start.ts). */
let installed: InstalledRecords;
/** Serves the extension's files: public/ and the assets just built. */
const served = (url: string | URL | Request) => {
  const path = new URL(String(url)).pathname;
  const file = path === '/shipped-index.bin' ? assets.index : path === '/shipped-resolver.bin' ? assets.resolver : join('public', path);
  return new Response(readFileSync(file));
};

beforeAll(async () => {
  assets = writeShippedAssets(dir, 'public');
  vi.stubGlobal('fetch', vi.fn(async (url: string | URL | Request) => served(url)));
  const db = await openCatalogDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange, recordStamp: 'schema-t' });
  await ensureSeed(db, 'hash-1', {}, (records) => (installed = records));
  db.close();
}, 120_000);

afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(dir, { recursive: true, force: true });
});

describe("the build's assets of the shipped catalog", () => {
  it('are compiled from exactly the records a first install stores, in its order', () => {
    const planned = installedOnEmpty(read(SEED_PATH), SHIPPED_LAYERS.map((l) => read(l.path)));
    expect(planned.sites).toEqual(installed.sites);
    expect(planned.operators).toEqual(installed.operators);
    expect(installed.sites.length).toBeGreaterThan(5000);
  });

  it('hold the index and resolver a worker would build from those records', () => {
    const snapshot = snapshotOfRecords(installed.sites, [...installed.operators]);
    expect(assets.lexicon).toBe(lexiconRevision(lexiconFromCatalog(snapshot.sites, snapshot.operators)));
    const built = new Uint8Array(encodeResolver(resolverTablesFor(snapshot), resolverCatalogOf(snapshot)));
    expect(sha256(Buffer.from(built))).toBe(sha256(readFileSync(assets.resolver)));
  });

  it('are adopted when their bytes are the build\'s, and refused otherwise', async () => {
    const hashes = { index: sha256(readFileSync(assets.index)), resolver: sha256(readFileSync(assets.resolver)) };
    build.BUILD = { shippedLexicon: assets.lexicon, shippedAssets: hashes };
    const adopted = await shippedAssets();
    expect(adopted?.lexicon).toBe(assets.lexicon);
    // The resolver answers as one built from the catalog would: a cloud region code is a known site.
    expect(adopted?.resolver.resolve({ text: 'ap-northeast-2' }).length).toBeGreaterThan(0);
    build.BUILD = { shippedLexicon: assets.lexicon, shippedAssets: { ...hashes, resolver: hashes.index } };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await shippedAssets()).toBeNull();
    expect(warn).toHaveBeenCalledWith('DC Lens: /shipped-resolver.bin not used', expect.any(Error));
    warn.mockRestore();
    build.BUILD = null;
  });
});

describe('a first install', () => {
  it('is an empty catalog given a catalog hash it has not installed; nothing else is', async () => {
    const db = await openCatalogDb('first', { indexedDB: new IDBFactory(), IDBKeyRange, recordStamp: 'schema-t' });
    expect(await installsOnEmpty(db, 'hash-1')).toBe(true);
    // Without a build (no hash) nothing tells what the install stores.
    expect(await installsOnEmpty(db, undefined)).toBe(false);
    await ensureSeed(db, 'hash-1');
    expect(await installsOnEmpty(db, 'hash-1')).toBe(false);
    // A new build's catalog over records already there: an update, not a first install.
    expect(await installsOnEmpty(db, 'hash-2')).toBe(false);
    db.close();
  }, 60_000);
});
