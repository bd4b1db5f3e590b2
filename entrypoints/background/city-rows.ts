/**
 * The city gazetteer's rows in the worker: the build points lib/detect/data/cities.json here
 * (modules/stand-ins.ts), so the rows (840 KB) are not part of the script every wake reads and
 * deserializes. They are needed only when places.bin could not be adopted (places.ts); then they
 * are fetched from the build's copy of the file before the gazetteer is built from them.
 */
import { z } from 'zod';
import { assetUrl } from './asset-url';

/** Where the build puts its copy of lib/detect/data/cities.json (modules/dc-lens-assets.ts). */
const CITY_ROWS_ASSET = 'cities.json';

let rows: string[] | null = null;

/** Fetches the rows once; rejects when the copy is missing or not a list of rows. */
export async function loadCityRows(): Promise<void> {
  if (rows) return;
  const response = await fetch(assetUrl(`/${CITY_ROWS_ASSET}`));
  if (!response.ok) throw new Error(`${CITY_ROWS_ASSET}: HTTP ${response.status}`);
  // The schema is built here, on this rare path, not when the worker starts.
  rows = z.object({ rows: z.array(z.string()) }).parse(await response.json()).rows;
}

/** What lib/detect/gazetteer.ts reads as the file's data. */
export default {
  get rows(): string[] {
    if (!rows) throw new Error('DC Lens: city rows read before loadCityRows()');
    return rows;
  },
};
