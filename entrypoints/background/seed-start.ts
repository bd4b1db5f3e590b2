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

/** `phases` gets the ms at which each step ended (the bench reads them: catalog-state.ts). */
export async function ensureSeed(db: CatalogDb, seedHash: string | undefined = BUILD?.seedHash, phases: Record<string, number> = {}): Promise<'unchanged' | 'installed'> {
  if (seedHash && (await getMeta(db, 'seedFileHash')) === seedHash) return 'unchanged';
  // Every file at once: the layers are read while the seed installs.
  const text = (path: string) => fetch(assetUrl(path)).then((r) => r.text());
  const [seed, ...layers] = [text('/seed-catalog.json'), ...SHIPPED_LAYERS.map((l) => text(l.path))];
  // A layer that fails is reported where it is awaited, not as unhandled while the seed installs.
  for (const layer of layers) layer.catch(() => undefined);
  // Files the build validated record by record are not checked again (seed-update.ts parseSeedFile).
  const validated = new Set(BUILD?.validatedCatalogs ?? []);
  const result = await installSeed(db, await seed, { validated });
  phases.seedInstalled = performance.now();
  // Layers shipped apart from the seed for their licence (the ODbL OpenStreetMap layer), after it.
  for (const [i, layer] of SHIPPED_LAYERS.entries()) await installLayer(db, layer, await layers[i], { validated });
  phases.layersInstalled = performance.now();
  if (seedHash) await setMeta(db, 'seedFileHash', seedHash);
  // A first install wrote every record through the validate-on-write middleware, so all are
  // stamped already and the one-time re-stamp (restamp.ts) need not read them all again.
  if (result.applied && result.previousVersion === null && db.recordStamp) await setMeta(db, 'recordsStampedWith', db.recordStamp);
  return 'installed';
}
