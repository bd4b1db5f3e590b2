/**
 * The bundled seed on background start. The build stamps a hash of the catalog files
 * (build-info.ts); when the stored hash is the same, the seed is already installed and the 2 MB
 * file is neither fetched nor fingerprinted. Otherwise installSeed decides, as before, and the
 * hash is stored only after it succeeded, so a failed install is retried on the next start.
 */
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import { getMeta, setMeta, type CatalogDb } from '../../lib/catalog/db';
import { installShipped, SHIPPED_LAYERS, type InstalledRecords } from '../../lib/catalog/seed-update';
import { assetUrl } from './asset-url';
import { BUILD } from './build-info';

/**
 * Whether this start installs the build's catalog files into an empty catalog (no site, operator
 * or sighting: a first install). What it stores is then exactly what the build compiled the
 * shipped index and resolver from (scripts/shipped-index.ts), so they may answer before it is written.
 */
export async function installsOnEmpty(db: CatalogDb, seedHash: string | undefined = BUILD?.seedHash): Promise<boolean> {
  if (!seedHash || (await getMeta(db, 'seedFileHash')) === seedHash) return false;
  const counts = await Promise.all([db.sites.count(), db.operators.count(), db.sightings.count()]);
  return counts.every((n) => n === 0);
}

/**
 * `phases` gets the ms at which each step ended (the bench reads them: catalog-state.ts).
 * `installed` is called, on a first install, with the records it stored: what a load would read back;
 * `planned` with the same records before they are written.
 */
export async function ensureSeed(
  db: CatalogDb,
  seedHash: string | undefined = BUILD?.seedHash,
  phases: Record<string, number> = {},
  installed?: (records: InstalledRecords) => void,
  planned?: (records: InstalledRecords) => void,
): Promise<'unchanged' | 'installed'> {
  if (seedHash && (await getMeta(db, 'seedFileHash')) === seedHash) return 'unchanged';
  // Every file at once; then the seed and its layers (the ODbL OpenStreetMap layer, shipped apart
  // for its licence) in one transaction, which on a first install reads back nothing it wrote.
  const text = (path: string) => fetch(assetUrl(path)).then((r) => r.text());
  const [seed, ...layers] = await Promise.all([text('/seed-catalog.json'), ...SHIPPED_LAYERS.map((l) => text(l.path))]);
  phases.fetched = performance.now();
  // Files the build validated record by record are not checked again (seed-update.ts parseSeedFile).
  const validated = new Set(BUILD?.validatedCatalogs ?? []);
  const result = await installShipped(db, seed, layers, { validated, planned });
  phases.seedInstalled = performance.now();
  if (seedHash) await setMeta(db, 'seedFileHash', seedHash);
  // A first install wrote every record through the validate-on-write middleware, so all are
  // stamped already and the one-time re-stamp (restamp.ts) need not read them all again.
  if (result.seed.applied && result.seed.previousVersion === null && db.recordStamp) await setMeta(db, 'recordsStampedWith', db.recordStamp);
  if (result.installed) installed?.(result.installed);
  return 'installed';
}
