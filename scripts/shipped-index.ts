/**
 * The detector index of the catalog DC Lens ships (the seed and its layers), compiled at build
 * time into `shipped-index.bin`, with the lexicon revision it was compiled from: a fresh install
 * adopts it instead of compiling about 5,700 sites in the worker (5 s of the install at load 17 in
 * Node). The worker adopts it only when the lexicon of the records it installed hashes to the same
 * revision (entrypoints/background/detector-index.ts), so a catalog that differs in any name,
 * alias, code, place or operator compiles as before. Written by modules/dc-lens-assets.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogSnapshot } from '../lib/catalog/catalog-snapshot';
import { loadShippedCatalog } from '../lib/catalog/shipped';
import { byName } from '../lib/catalog/text-key';
import { compileIndex, lexiconFromCatalog, serializeIndex } from '../lib/detect';
import { lexiconRevision } from '../entrypoints/background/lexicon-revision';

export const SHIPPED_INDEX_ASSET = 'shipped-index.bin';

/** Writes the asset into `dir`; its path and the lexicon revision it was compiled from. */
export async function writeShippedIndex(dir: string, publicDir: string): Promise<{ file: string; lexicon: string }> {
  const shipped = await loadShippedCatalog((p) => readFileSync(join(publicDir, p), 'utf8'));
  // In the order a worker's snapshot has them: sites as IndexedDB returns them (by id), operators by name.
  const sites = [...shipped.sites].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const snapshot = buildCatalogSnapshot(sites, [...shipped.operators].sort(byName));
  const lexicon = lexiconFromCatalog(snapshot.sites, snapshot.operators);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, SHIPPED_INDEX_ASSET);
  writeFileSync(file, new Uint8Array(serializeIndex(compileIndex(lexicon)).bytes));
  return { file, lexicon: lexiconRevision(lexicon) };
}
