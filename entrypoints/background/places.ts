/**
 * The city gazetteer for compiling the detector index: adopted from the build's places.bin
 * (scripts/places-asset.ts) the first time a compile needs it, instead of being rebuilt from the
 * city rows in the worker. Only a cache miss of the persisted index gets here.
 */
import { decodeStructure } from '@/lib/codec/structure';
import type { DetectorIndex } from '@/lib/detect';
import { adoptPlaceTable, type PlaceTable } from '@/lib/detect/gazetteer';
import { assetUrl } from './asset-url';
import { loadCityRows } from './city-rows';

let loading: Promise<void> | null = null;

/**
 * Takes the place table an adopted index carries (a stored or shipped index holds the same table
 * as this build's places.bin): the first recompile after a wake or a fresh install (a save) then
 * neither fetches nor decodes places.bin.
 */
export function keepPlacesOf(index: DetectorIndex): void {
  if (loading) return;
  try {
    adoptPlaceTable(index.places);
    loading = Promise.resolve();
  } catch {
    // A table that does not fit: places.bin is read when a compile needs it.
  }
}

/**
 * Resolves once the place table is in place; on any failure the gazetteer builds it itself, from
 * the city rows fetched first (city-rows.ts: they are not in the worker's script).
 */
export function ensurePlaceTable(): Promise<void> {
  loading ??= fetch(assetUrl('/places.bin'))
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((bytes) => adoptPlaceTable(decodeStructure(bytes) as PlaceTable))
    .catch((error: unknown) => {
      console.warn('DC Lens: places.bin not used, the gazetteer is built instead', error);
      return loadCityRows();
    })
    .catch((error: unknown) => {
      // Neither file could be read: the next compile asks again instead of failing for the worker's life.
      loading = null;
      throw error;
    });
  return loading;
}
