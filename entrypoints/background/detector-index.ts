/**
 * The detector index for a catalog snapshot, from the persisted copy when the catalog's lexicon
 * and the build are the ones it was compiled for, else from the build's index of the shipped
 * catalog when the lexicon is that one (a fresh install), else compiled (and then persisted, after
 * the answer, so the page waiting for marks does not pay for encoding).
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import type { CatalogSnapshot } from '../../lib/catalog/catalog-snapshot';
import { compileIndex, lexiconFromCatalog, loadIndex, serializeIndex, type DetectorIndex, type SerializedIndex } from '../../lib/detect';
import { BUILD } from './build-info';
import type { CacheStore } from './cache-store';
import { lexiconRevision } from './lexicon-revision';

const KEY = 'detector-index';
/** Records revision → the lexicon revision of those records, so a wake skips hashing the lexicon. */
const LEXICON_KEY = 'lexicon-of-records';

export interface IndexSource {
  index: DetectorIndex;
  /** 'stored' when adopted from the store, 'shipped' from the build's asset, 'compiled' otherwise (for diagnostics and the bench). */
  from: 'stored' | 'shipped' | 'compiled';
}

/** The index the build compiled for the shipped catalog (scripts/shipped-index.ts) and the lexicon revision it is of. */
export interface ShippedIndex {
  lexicon: string;
  bytes(): Promise<ArrayBuffer | undefined>;
}

/** The index stored under a lexicon revision (`build:lexicon`), or null (none, or a damaged row: warned). */
async function adopt(store: CacheStore, revision: string): Promise<DetectorIndex | null> {
  const bytes = await store.getBytes(KEY, revision);
  return bytes ? indexFromBytes(bytes) : null;
}

/** A stored index's bytes adopted, or null when they are damaged (warned). */
export function indexFromBytes(bytes: ArrayBuffer): DetectorIndex | null {
  try {
    return loadIndex({ format: 'dc-lens-detector-bin', version: 1, bytes } satisfies SerializedIndex);
  } catch (error) {
    console.warn('DC Lens: stored detector index refused, compiling', error);
    return null;
  }
}

/**
 * The index stored for the records of `recordsRevision` (through the lexicon revision noted for
 * them), without the records: what a woken worker answers its first page with. Null when either
 * row is missing.
 */
export async function storedIndex(store: CacheStore, recordsRevision: string): Promise<DetectorIndex | null> {
  const build = BUILD?.buildId ?? 'unbuilt';
  const lexiconRev = await store.get(LEXICON_KEY, `${build}:${recordsRevision}`);
  return typeof lexiconRev === 'string' ? adopt(store, `${build}:${lexiconRev}`) : null;
}

/** The file holding the index stored for the records of `recordsRevision` (wake-file.ts), or undefined. */
export async function storedIndexFile(store: CacheStore, recordsRevision: string): Promise<string | undefined> {
  const build = BUILD?.buildId ?? 'unbuilt';
  const lexiconRev = await store.get(LEXICON_KEY, `${build}:${recordsRevision}`);
  return typeof lexiconRev === 'string' ? store.fileOf(KEY, `${build}:${lexiconRev}`) : undefined;
}

/**
 * A fresh install answered from the build's index of the shipped catalog (catalog-state.ts): stored
 * for the records it installed, as a compile's would be. Their lexicon is the shipped one by
 * construction (an empty catalog given exactly the shipped files), so it is not hashed again.
 */
export function keepShippedIndex(store: CacheStore, recordsRevision: string, shipped: { lexicon: string; bytes: ArrayBuffer }): void {
  const build = BUILD?.buildId ?? 'unbuilt';
  store.putLater(LEXICON_KEY, `${build}:${recordsRevision}`, () => shipped.lexicon);
  store.putBytesLater(KEY, `${build}:${shipped.lexicon}`, () => shipped.bytes);
}

/**
 * `placeTable` puts the gazetteer in place before a compile (places.ts in the extension).
 * `recordsRevision` names the records the snapshot was built from (renewed by every write): when
 * given, the lexicon's revision is looked up by it instead of hashing every name.
 */
export async function detectorIndexFor(
  snapshot: CatalogSnapshot,
  store: CacheStore,
  placeTable: () => Promise<void>,
  recordsRevision?: string,
  shipped?: ShippedIndex,
): Promise<IndexSource> {
  const build = BUILD?.buildId ?? 'unbuilt';
  const byRecords = recordsRevision && `${build}:${recordsRevision}`;
  const known = byRecords ? await store.get(LEXICON_KEY, byRecords) : undefined;
  let lexicon = typeof known === 'string' ? null : lexiconFromCatalog(snapshot.sites, snapshot.operators);
  const lexiconRev = typeof known === 'string' ? known : lexiconRevision(lexicon!);
  if (byRecords && known !== lexiconRev) store.putLater(LEXICON_KEY, byRecords, () => lexiconRev);
  const revision = `${build}:${lexiconRev}`;
  const stored = await adopt(store, revision);
  if (stored) return { index: stored, from: 'stored' };
  // The records are the shipped catalog's (a fresh install): the build compiled their index.
  const bytes = shipped?.lexicon === lexiconRev ? await shipped.bytes() : undefined;
  const built = bytes && indexFromBytes(bytes);
  if (bytes && built) {
    store.putBytesLater(KEY, revision, () => bytes);
    return { index: built, from: 'shipped' };
  }
  await placeTable();
  lexicon ??= lexiconFromCatalog(snapshot.sites, snapshot.operators);
  const index = compileIndex(lexicon);
  store.putBytesLater(KEY, revision, () => serializeIndex(index).bytes);
  return { index, from: 'compiled' };
}
