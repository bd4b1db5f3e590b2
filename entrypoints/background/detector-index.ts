/**
 * The detector index for a catalog snapshot, from the persisted copy when the catalog's lexicon
 * and the build are the ones it was compiled for, else compiled (and then persisted, after the
 * answer, so the page waiting for marks does not pay for encoding).
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import type { CatalogSnapshot } from '../../lib/catalog/catalog-snapshot';
import { compileIndex, lexiconFromCatalog, loadIndex, serializeIndex, type DetectorIndex, type SerializedIndex } from '../../lib/detect';
import { BUILD } from './build-info';
import type { CacheStore } from './cache-store';
import { lexiconRevision } from './lexicon-revision';

const KEY = 'detector-index';

export interface IndexSource {
  index: DetectorIndex;
  /** 'stored' when adopted from the store, 'compiled' otherwise (for diagnostics and the bench). */
  from: 'stored' | 'compiled';
}

/** `placeTable` puts the gazetteer in place before a compile (places.ts in the extension). */
export async function detectorIndexFor(snapshot: CatalogSnapshot, store: CacheStore, placeTable: () => Promise<void>): Promise<IndexSource> {
  const lexicon = lexiconFromCatalog(snapshot.sites, snapshot.operators);
  const revision = `${BUILD?.buildId ?? 'unbuilt'}:${lexiconRevision(lexicon)}`;
  const stored = (await store.get(KEY, revision)) as SerializedIndex | undefined;
  if (stored) {
    try {
      return { index: loadIndex(stored), from: 'stored' };
    } catch (error) {
      console.warn('DC Lens: stored detector index refused, compiling', error);
    }
  }
  await placeTable();
  const index = compileIndex(lexicon);
  setTimeout(() => {
    store.put(KEY, revision, serializeIndex(index)).catch((error: unknown) => console.warn('DC Lens: detector index not persisted', error));
  }, 0);
  return { index, from: 'compiled' };
}
