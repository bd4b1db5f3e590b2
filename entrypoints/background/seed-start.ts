/**
 * The bundled seed on background start. The build stamps a hash of the catalog files
 * (build-info.ts); when the stored hash is the same, the seed is already installed and the 2 MB
 * file is neither fetched nor fingerprinted. Otherwise installSeed decides, as before, and the
 * hash is stored only after it succeeded, so a failed install is retried on the next start.
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import { getMeta, setMeta, type CatalogDb } from '../../lib/catalog/db';
import { installLayer, installSeed, SHIPPED_LAYERS } from '../../lib/catalog/seed-update';
import { assetUrl } from './asset-url';
import { BUILD } from './build-info';

export async function ensureSeed(db: CatalogDb, seedHash: string | undefined = BUILD?.seedHash): Promise<'unchanged' | 'installed'> {
  if (seedHash && (await getMeta(db, 'seedFileHash')) === seedHash) return 'unchanged';
  const seed = await fetch(assetUrl('/seed-catalog.json')).then((r) => r.text());
  const result = await installSeed(db, seed);
  // Layers shipped apart from the seed for their licence (the ODbL OpenStreetMap layer), after it.
  for (const layer of SHIPPED_LAYERS) await installLayer(db, layer, await fetch(assetUrl(layer.path)).then((r) => r.text()));
  if (seedHash) await setMeta(db, 'seedFileHash', seedHash);
  // A first install wrote every record through the validate-on-write middleware, so all are
  // stamped already and the one-time re-stamp (restamp.ts) need not read them all again.
  if (result.applied && result.previousVersion === null && db.recordStamp) await setMeta(db, 'recordsStampedWith', db.recordStamp);
  return 'installed';
}
