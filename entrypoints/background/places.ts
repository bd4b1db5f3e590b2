/**
 * The city gazetteer for compiling the detector index: adopted from the build's places.bin
 * (scripts/places-asset.ts) the first time a compile needs it, instead of being rebuilt from the
 * city rows in the worker. Only a cache miss of the persisted index gets here.
 */
import { decodeStructure } from '@/lib/codec/structure';
import { adoptPlaceTable, type PlaceTable } from '@/lib/detect/gazetteer';
import { assetUrl } from './asset-url';

let loading: Promise<void> | null = null;

/** Resolves once the place table is in place; on any failure the gazetteer builds it itself. */
export function ensurePlaceTable(): Promise<void> {
  loading ??= fetch(assetUrl('/places.bin'))
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((bytes) => adoptPlaceTable(decodeStructure(bytes) as PlaceTable))
    .catch((error: unknown) => console.warn('DC Lens: places.bin not used, the gazetteer is built instead', error));
  return loading;
}
