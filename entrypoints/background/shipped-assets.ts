/**
 * The build's compiled index and resolver of the shipped catalog (scripts/shipped-index.ts). A
 * fresh install (an empty catalog given exactly the build's catalog files: seed-start.ts
 * `installsOnEmpty`) answers pages from them as soon as they are decoded, before its records are
 * written: what it is about to store is what the build compiled them from. Each file is adopted
 * only when its bytes hash to what the build stamped into the bundle (build-info.ts), so an asset
 * of another build is never used.
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import type { Resolver } from '../../lib/catalog/resolve';
import type { DetectorIndex } from '../../lib/detect';
import { assetUrl } from './asset-url';
import { BUILD } from './build-info';
import type { CacheStore } from './cache-store';
import { indexFromBytes, keepShippedIndex, type IndexSource, type ShippedIndex } from './detector-index';
import { keepResolverBytes, resolverFromBytes, type ResolverSource } from './resolver-store';

export interface ShippedAssets {
  index: DetectorIndex;
  resolver: Resolver;
  /** The lexicon revision the index was compiled from (build-info.ts). */
  lexicon: string;
  indexBytes: ArrayBuffer;
  resolverBytes: ArrayBuffer;
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The asset's bytes when they are the ones the build hashed (undefined: missing, unreadable or of another build: warned). */
async function assetBytes(path: string, sha256: string | undefined): Promise<ArrayBuffer | undefined> {
  try {
    const response = await fetch(assetUrl(path));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = await response.arrayBuffer();
    // Checked off the worker's thread (SubtleCrypto): about 9 MB in all.
    if (sha256 !== undefined && hex(await crypto.subtle.digest('SHA-256', bytes)) !== sha256) throw new Error('not the bytes this build wrote');
    return bytes;
  } catch (error) {
    console.warn(`DC Lens: ${path} not used`, error);
    return undefined;
  }
}

/** The build's index of the shipped catalog, for a catalog whose lexicon is that one (detector-index.ts). */
export const SHIPPED_INDEX: ShippedIndex | undefined = BUILD?.shippedLexicon
  ? { lexicon: BUILD.shippedLexicon, bytes: () => assetBytes('/shipped-index.bin', BUILD?.shippedAssets?.index) }
  : undefined;

/**
 * Both assets fetched, checked and decoded; null when either is missing or refused (the install
 * then compiles). `phases` gets the ms at which they were read (the bench reads it).
 */
export async function shippedAssets(phases: Record<string, number> = {}): Promise<ShippedAssets | null> {
  const lexicon = BUILD?.shippedLexicon;
  const hashes = BUILD?.shippedAssets;
  if (!lexicon || !hashes) return null;
  phases.shippedAsked = performance.now();
  const [indexBytes, resolverBytes] = await Promise.all([assetBytes('/shipped-index.bin', hashes.index), assetBytes('/shipped-resolver.bin', hashes.resolver)]);
  phases.shippedRead = performance.now();
  if (!indexBytes || !resolverBytes) return null;
  const index = indexFromBytes(indexBytes);
  const resolver = index && resolverFromBytes(resolverBytes);
  return index && resolver ? { index, resolver, lexicon, indexBytes, resolverBytes } : null;
}

/**
 * The index and resolver of the records a fresh install stored, from the assets it answered with:
 * kept for the records' revision, as a compile's would be, so the next wake adopts them.
 */
export function installedFromShipped(assets: ShippedAssets, store: CacheStore, recordsRevision: string | undefined): { index: IndexSource; resolver: ResolverSource } {
  if (recordsRevision) {
    keepShippedIndex(store, recordsRevision, { lexicon: assets.lexicon, bytes: assets.indexBytes });
    keepResolverBytes(store, recordsRevision, () => assets.resolverBytes);
  }
  return { index: { index: assets.index, from: 'shipped' }, resolver: { resolver: assets.resolver, from: 'shipped' } };
}
