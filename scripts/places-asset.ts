/**
 * The city gazetteer as a build-time binary asset (`places.bin` in the extension): the compiled
 * place table (lib/detect/gazetteer.ts) encoded with lib/codec/structure.ts, so a background that
 * must compile the detector index adopts it in a few milliseconds instead of rebuilding it from
 * 32,000 city rows. Written by the WXT module in modules/dc-lens-assets.ts on every build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeStructure } from '../lib/codec/structure';
import { getPlaceTable } from '../lib/detect/gazetteer';

export const PLACES_ASSET = 'places.bin';

/** Writes the asset into `dir` and returns its path. */
export function writePlacesAsset(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, PLACES_ASSET);
  writeFileSync(file, new Uint8Array(encodeStructure(getPlaceTable())));
  return file;
}
