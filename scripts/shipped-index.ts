/**
 * What a fresh install answers from, compiled at build time from the catalog DC Lens ships (the
 * seed and its layers): the detector index (`shipped-index.bin`, with the lexicon revision it was
 * compiled from) and the resolver's tables and catalog (`shipped-resolver.bin`, in the binary a
 * woken worker adopts). A fresh install adopts both instead of compiling about 5,700 sites in the
 * worker (5 s of the install at load 17 in Node), and answers pages before the records are even
 * written (entrypoints/background/catalog-state.ts).
 *
 * They are built from the records a first install stores (lib/catalog/seed-update.ts
 * `installedOnEmpty`, the same plan the install runs) in the order a worker's snapshot has them
 * (lib/catalog/service.ts `snapshotOfRecords`), so an empty catalog given exactly these files has
 * exactly these tables; the build's catalog hash (seedHash) names the files. On any other install
 * the worker uses the index only when its lexicon hashes to the same revision
 * (entrypoints/background/detector-index.ts) and builds the resolver. Written by modules/dc-lens-assets.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolverTablesFor } from '../lib/catalog/resolve';
import { resolverCatalogOf } from '../lib/catalog/resolver-catalog';
import { installedOnEmpty, SHIPPED_LAYERS } from '../lib/catalog/seed-update';
import { snapshotOfRecords } from '../lib/catalog/service';
import { SEED_PATH } from '../lib/catalog/shipped';
import { compileIndex, lexiconFromCatalog, serializeIndex } from '../lib/detect';
import { lexiconRevision } from '../entrypoints/background/lexicon-revision';
import { encodeResolver } from '../entrypoints/background/resolver-store';

export const SHIPPED_INDEX_ASSET = 'shipped-index.bin';
export const SHIPPED_RESOLVER_ASSET = 'shipped-resolver.bin';

/**
 * Writes both assets into `dir` from the catalog files under `publicDir` (`validated`: the
 * fingerprints of the files the build checked, as the worker is given them); their paths and
 * the lexicon revision the index was compiled from.
 */
export function writeShippedAssets(dir: string, publicDir: string, validated?: ReadonlySet<string>): { index: string; resolver: string; lexicon: string } {
  const read = (p: string) => readFileSync(join(publicDir, p), 'utf8');
  const installed = installedOnEmpty(read(SEED_PATH), SHIPPED_LAYERS.map((l) => read(l.path)), validated);
  const snapshot = snapshotOfRecords(installed.sites, installed.operators);
  const lexicon = lexiconFromCatalog(snapshot.sites, snapshot.operators);
  mkdirSync(dir, { recursive: true });
  const index = join(dir, SHIPPED_INDEX_ASSET);
  writeFileSync(index, new Uint8Array(serializeIndex(compileIndex(lexicon)).bytes));
  const resolver = join(dir, SHIPPED_RESOLVER_ASSET);
  writeFileSync(resolver, new Uint8Array(encodeResolver(resolverTablesFor(snapshot), resolverCatalogOf(snapshot))));
  return { index, resolver, lexicon: lexiconRevision(lexicon) };
}
