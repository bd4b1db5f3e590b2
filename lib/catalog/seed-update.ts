/**
 * Installing a (newer) bundled seed catalog without ever losing a person's work:
 *   - seed sites nobody touched (origin 'seed', no userEditedAt, not deleted) take the new seed's
 *     version, verbatim;
 *   - sites a person edited, deleted, added or imported are never overwritten, even when the seed
 *     has a record with the same id;
 *   - seed sites missing from the new seed are removed only if untouched and nothing points at
 *     them (a sighting, or another site's parentId);
 *   - seed operators follow the same rules (a person's edit turns an operator into origin 'user',
 *     see service.ts), and a seed operator that still has sites is kept;
 *   - the seed's version goes into `meta`, so an unchanged seed costs one hash and one read.
 *
 * `planSeedUpdate` is pure; `applySeedUpdate` / `installSeed` run it in one transaction.
 *
 * Layers: a shipped catalog file kept apart from the seed for its licence (public/catalog/osm.json,
 * ODbL) is installed the same way by `installLayer`. Each file owns the seed records whose ids it
 * claims (the OSM layer: ids starting "osm-"), so updating one never removes the other's records.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { getMeta, readOperators, readSightings, readSites, setMeta, type CatalogDb } from './db';
import { OperatorSchema, SiteSchema, type Operator, type Site } from './schema';
import { markValidated } from './validate-on-write';

export interface SeedCatalog {
  /** Identifies the seed's content; a different version triggers an update. */
  version: string;
  operators: Operator[];
  sites: Site[];
  /** Ids of seed records that failed validation: their stored copies are kept, not removed. */
  skippedIds?: string[];
}

export interface CurrentCatalog {
  /** Every stored site, soft-deleted ones included. */
  sites: readonly Site[];
  operators: readonly Operator[];
  /** Sites that sightings point at. */
  sightedSiteIds?: ReadonlySet<string>;
}

export interface SeedUpdateCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Seed sites a person edited or deleted (whether or not the new seed still has them): theirs stays. */
  keptEdited: number;
  /** Ids the seed shares with a site a person added or imported: theirs stays. */
  keptNotSeed: number;
  /** Seed sites gone from the new seed but still referenced: kept. */
  keptReferenced: number;
  operatorsAdded: number;
  operatorsUpdated: number;
  operatorsRemoved: number;
}

export interface SeedUpdatePlan {
  putSites: Site[];
  deleteSiteIds: string[];
  putOperators: Operator[];
  deleteOperatorIds: string[];
  counts: SeedUpdateCounts;
}

const touched = (s: Site) => s.userEditedAt !== undefined || s.deletedAt !== undefined;

/** A seed record is seed data by definition, whatever the file claims. */
function asSeedSite(s: Site): Site {
  const { userEditedAt: _e, deletedAt: _d, ...rest } = s;
  return { ...rest, origin: 'seed' };
}

/** A catalog file shipped beside the seed: where it lives and which seed record ids it owns. */
export interface CatalogLayer {
  name: string;
  /** Path inside the extension (runtime.getURL) and under public/. */
  path: string;
  owns(id: string): boolean;
}

export const OSM_LAYER: CatalogLayer = { name: 'osm', path: '/catalog/osm.json', owns: (id) => id.startsWith('osm-') };
/** Layers installed after the seed, in order. */
export const SHIPPED_LAYERS: readonly CatalogLayer[] = [OSM_LAYER];
/** The seed owns every seed record no layer claims. */
export const ownedBySeed = (id: string) => !SHIPPED_LAYERS.some((l) => l.owns(id));

export function planSeedUpdate(current: CurrentCatalog, seed: SeedCatalog, owns: (id: string) => boolean = ownedBySeed): SeedUpdatePlan {
  const counts: SeedUpdateCounts = {
    added: 0, updated: 0, unchanged: 0, removed: 0, keptEdited: 0, keptNotSeed: 0, keptReferenced: 0,
    operatorsAdded: 0, operatorsUpdated: 0, operatorsRemoved: 0,
  };
  const stored = new Map(current.sites.map((s) => [s.id, s]));
  const seedIds = new Set([...seed.sites.map((s) => s.id), ...(seed.skippedIds ?? [])]);
  const putSites: Site[] = [];

  for (const incoming of seed.sites.map(asSeedSite)) {
    const old = stored.get(incoming.id);
    if (!old) {
      putSites.push(incoming);
      counts.added++;
    } else if (old.origin !== 'seed') counts.keptNotSeed++;
    else if (touched(old)) counts.keptEdited++;
    else if (deepEqual(old, incoming)) counts.unchanged++;
    else {
      putSites.push(incoming);
      counts.updated++;
    }
  }

  // Seed sites the new seed dropped: removable unless touched or referenced by what remains.
  const dropped = current.sites.filter((s) => s.origin === 'seed' && owns(s.id) && !seedIds.has(s.id));
  counts.keptEdited += dropped.filter(touched).length;
  const removable = new Set(dropped.filter((s) => !touched(s)).map((s) => s.id));
  const keptForReference = new Set<string>();
  const referenced = new Set(current.sightedSiteIds ?? []);
  const remainingParents = () => {
    const out = new Set<string>();
    for (const s of current.sites) if (!removable.has(s.id) && s.parentId) out.add(s.parentId);
    for (const s of putSites) if (s.parentId) out.add(s.parentId);
    return out;
  };
  // Fixpoint: keeping a site keeps its parent too.
  for (let changed = true; changed; ) {
    changed = false;
    const parents = remainingParents();
    for (const id of removable) {
      if (referenced.has(id) || parents.has(id)) {
        removable.delete(id);
        keptForReference.add(id);
        changed = true;
      }
    }
  }
  counts.removed = removable.size;
  counts.keptReferenced = keptForReference.size;

  // Operators.
  const storedOps = new Map(current.operators.map((o) => [o.id, o]));
  const seedOpIds = new Set([...seed.operators.map((o) => o.id), ...(seed.skippedIds ?? [])]);
  const putOperators: Operator[] = [];
  for (const op of seed.operators) {
    const incoming: Operator = { ...op, origin: 'seed' };
    const old = storedOps.get(op.id);
    if (!old) {
      putOperators.push(incoming);
      counts.operatorsAdded++;
    } else if (old.origin === 'seed' && !deepEqual(old, incoming)) {
      putOperators.push(incoming);
      counts.operatorsUpdated++;
    }
  }
  const usedOperators = new Set<string>();
  for (const s of current.sites) if (!removable.has(s.id)) s.operatorIds.forEach((id) => usedOperators.add(id));
  for (const s of putSites) s.operatorIds.forEach((id) => usedOperators.add(id));
  const deleteOperatorIds = current.operators
    .filter((o) => o.origin === 'seed' && !seedOpIds.has(o.id) && !usedOperators.has(o.id))
    .map((o) => o.id);
  counts.operatorsRemoved = deleteOperatorIds.length;

  return { putSites, deleteSiteIds: [...removable], putOperators, deleteOperatorIds, counts };
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** FNV-1a over UTF-16 code units: cheap content identity for a seed file (not security). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Built on first use: only an install or a seed update reads it, never a woken worker's first answer. */
const SeedEnvelope = lazySchema(() =>
  z.object({
    /** An explicit seed version when the builder writes one; else the export date. */
    seedVersion: z.string().max(100).optional(),
    exportedAt: z.string().max(40).optional(),
    operators: z.array(z.unknown()),
    sites: z.array(z.unknown()),
  }),
);

export interface ParsedSeed {
  seed: SeedCatalog;
  /** Records of the file that failed validation (left out, not fatal). */
  invalid: Array<{ collection: 'sites' | 'operators'; index: number; message: string }>;
}

/** Version of a seed file without parsing its records (cheap, for "is it already installed?"). */
export function seedVersionOf(text: string, declared?: string): string {
  return `${(declared ?? 'seed').slice(0, 80)}#${fingerprint(text)}`;
}

/** Whether every record of a file is one the schemas accept as it is (parsing changes nothing): checked at build time. */
export function parsesToItself(text: string): boolean {
  const envelope = SeedEnvelope.safeParse(JSON.parse(text));
  if (!envelope.success) return false;
  const same = (schema: z.ZodType, rows: unknown[]) =>
    rows.every((row) => {
      const r = schema.safeParse(row);
      return r.success && JSON.stringify(r.data) === JSON.stringify(row);
    });
  return same(OperatorSchema, envelope.data.operators) && same(SiteSchema, envelope.data.sites);
}

/**
 * Reads a seed file: the catalog file envelope of lib/sync/format.ts (operators, sites, optional
 * seedVersion / exportedAt). Each record is validated on its own, unless the file's fingerprint
 * is in `validated`: files the build checked with `parsesToItself` (the same schemas, the same
 * bytes), whose records a zod pass would return unchanged.
 */
export function parseSeedFile(input: string | unknown, validated?: ReadonlySet<string>): ParsedSeed {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  const envelope = SeedEnvelope.parse(typeof input === 'string' ? JSON.parse(input) : input);
  const invalid: ParsedSeed['invalid'] = [];
  const skippedIds: string[] = [];
  const trusted = typeof input === 'string' && !!validated?.has(fingerprint(text));
  const each = <T>(collection: 'sites' | 'operators', rows: unknown[], schema: z.ZodType<T>): T[] =>
    trusted ? (rows as T[]) : rows.flatMap((row, index) => {
      const r = schema.safeParse(row);
      if (r.success) return [r.data];
      invalid.push({ collection, index, message: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const id = (row as { id?: unknown } | null)?.id;
      if (typeof id === 'string') skippedIds.push(id);
      return [];
    });
  return {
    seed: {
      version: seedVersionOf(text, envelope.seedVersion ?? envelope.exportedAt),
      operators: each('operators', envelope.operators, OperatorSchema),
      sites: each('sites', envelope.sites, SiteSchema),
      skippedIds,
    },
    invalid,
  };
}

export interface SeedUpdateResult {
  applied: boolean;
  version: string;
  previousVersion: string | null;
  counts: SeedUpdateCounts | null;
  invalid: ParsedSeed['invalid'];
}

/** One catalog file to apply: the seed, or a layer (the records it owns). */
interface SeedFile {
  seed: SeedCatalog;
  layer?: CatalogLayer;
}

/** The records stored after `applySeedFiles`, when it found the catalog empty (a first install). */
export interface InstalledRecords {
  sites: Site[];
  operators: Operator[];
  revision?: string;
}

/** The catalog as plans leave it (mutated in place by planSeedFiles). */
interface PlannedCatalog {
  sites: Map<string, Site>;
  operators: Map<string, Operator>;
  sightedSiteIds: ReadonlySet<string>;
}

/**
 * Plans every file in order against the catalog as the files before it leave it, and leaves
 * `catalog` as they all do (pure: the install and the build's assets of the shipped catalog both
 * go through it, so they agree on what a first install stores).
 */
function planSeedFiles(catalog: PlannedCatalog, files: readonly SeedFile[]): SeedUpdatePlan[] {
  return files.map(({ seed, layer }) => {
    const { sites, operators } = catalog;
    const plan = planSeedUpdate({ sites: [...sites.values()], operators: [...operators.values()], sightedSiteIds: catalog.sightedSiteIds }, seed, layer?.owns);
    // Operators carry no owner: only the seed's install removes unused ones, never a layer's.
    if (layer) {
      plan.deleteOperatorIds = [];
      plan.counts.operatorsRemoved = 0;
    }
    // What the next file is planned against: the catalog as this one leaves it.
    for (const x of plan.putSites) sites.set(x.id, x);
    for (const id of plan.deleteSiteIds) sites.delete(id);
    for (const x of plan.putOperators) operators.set(x.id, x);
    for (const id of plan.deleteOperatorIds) operators.delete(id);
    return plan;
  });
}

/**
 * In key order, as a read returns them: what is built from them (the lexicon's revision, which
 * picks the build's compiled index) depends on the order.
 */
const inKeyOrder = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

/**
 * Plans every file in order against the catalog as the files before it leave it and applies them
 * all in one transaction, reading the stored records once: a first install writes the seed and
 * its layers without reading back what the seed just wrote. Records the seed version of a seed file.
 */
async function applySeedFiles(
  db: CatalogDb,
  files: readonly SeedFile[],
  now: () => Date = () => new Date(),
  planned?: (records: InstalledRecords) => void,
): Promise<{ counts: SeedUpdateCounts[]; installed: InstalledRecords | null }> {
  return db.transaction('rw', [db.sites, db.operators, db.sightings, db.meta], async () => {
    const [rawSites, rawOperators, rawSightings] = await Promise.all([db.sites.toArray(), db.operators.toArray(), db.sightings.toArray()]);
    const sightedSiteIds = new Set(readSightings(rawSightings).flatMap((s) => (s.siteId ? [s.siteId] : [])));
    const stamp = db.recordStamp;
    const catalog: PlannedCatalog = {
      sites: new Map(readSites(rawSites, undefined, stamp).map((x) => [x.id, x])),
      operators: new Map(readOperators(rawOperators, undefined, stamp).map((x) => [x.id, x])),
      sightedSiteIds,
    };
    const empty = rawSites.length === 0 && rawOperators.length === 0;
    const plans = planSeedFiles(catalog, files);
    const stored = empty ? { sites: inKeyOrder(catalog.sites), operators: inKeyOrder(catalog.operators) } : null;
    // What a first install is about to store, before the writes (cards read it meanwhile).
    if (stored) planned?.(stored);
    for (const [i, plan] of plans.entries()) {
      // Seed records were parsed record by record (parseSeedFile): not parsed again on write.
      await db.operators.bulkPut(markValidated(plan.putOperators));
      await db.sites.bulkPut(markValidated(plan.putSites));
      await db.sites.bulkDelete(plan.deleteSiteIds);
      await db.operators.bulkDelete(plan.deleteOperatorIds);
      // The seed's version gates the quick "already installed" check; a layer's install is planned
      // each time it is offered (the background offers it only when the bundled files changed).
      if (!files[i].layer) {
        await setMeta(db, 'seedVersion', files[i].seed.version);
        await setMeta(db, 'seedInstalledAt', now().toISOString());
      }
    }
    // Read in the transaction that wrote it: the revision of exactly these records.
    const revision = empty ? await getMeta(db, 'recordsRevision') : undefined;
    const counts = plans.map((p) => p.counts);
    return { counts, installed: stored && { ...stored, revision } };
  });
}

/**
 * What a first install of these shipped files (the seed file, then each layer's in
 * SHIPPED_LAYERS order) stores into an empty catalog, as `installShipped` would: the records the
 * build compiles the shipped catalog's index and resolver from (scripts/shipped-index.ts).
 */
export function installedOnEmpty(seedFile: string, layerFiles: readonly string[], validated?: ReadonlySet<string>): InstalledRecords {
  const catalog: PlannedCatalog = { sites: new Map(), operators: new Map(), sightedSiteIds: new Set() };
  const layers = SHIPPED_LAYERS.map((layer, i) => ({ seed: parseLayerFile(layer, layerFiles[i], validated).seed, layer }));
  planSeedFiles(catalog, [{ seed: parseSeedFile(seedFile, validated).seed }, ...layers]);
  return { sites: inKeyOrder(catalog.sites), operators: inKeyOrder(catalog.operators) };
}

/** Plans and applies a seed against the stored catalog in one transaction, then records its version. */
export async function applySeedUpdate(db: CatalogDb, seed: SeedCatalog, now: () => Date = () => new Date(), layer?: CatalogLayer): Promise<SeedUpdateCounts> {
  return (await applySeedFiles(db, [{ seed, layer }], now)).counts[0];
}

/** A layer file parsed: the records it owns; records it claims but does not own are refused as invalid. */
function parseLayerFile(layer: CatalogLayer, file: string | unknown, validated?: ReadonlySet<string>): ParsedSeed {
  const { seed, invalid } = parseSeedFile(file, validated);
  const foreign = seed.sites.filter((s) => !layer.owns(s.id));
  for (const s of foreign) invalid.push({ collection: 'sites', index: seed.sites.indexOf(s), message: `id ${s.id} is not a ${layer.name} layer id` });
  return { seed: { ...seed, sites: seed.sites.filter((s) => layer.owns(s.id)), skippedIds: (seed.skippedIds ?? []).filter(layer.owns) }, invalid };
}

/**
 * Installs (or updates) a shipped layer: the same rules as the seed, over the records the layer
 * owns only. Records the layer file claims but does not own are refused, not installed.
 */
export async function installLayer(db: CatalogDb, layer: CatalogLayer, file: string | unknown, options: { now?: () => Date; validated?: ReadonlySet<string> } = {}): Promise<SeedUpdateResult> {
  const { seed, invalid } = parseLayerFile(layer, file, options.validated);
  const counts = await applySeedUpdate(db, seed, options.now, layer);
  return { applied: true, version: seed.version, previousVersion: null, counts, invalid };
}

/** What installSeed decides before writing anything: the parsed seed when it is to be applied, else null. */
async function seedToApply(db: CatalogDb, file: string | unknown, options: { force?: boolean; validated?: ReadonlySet<string> }): Promise<Omit<SeedUpdateResult, 'applied' | 'counts'> & { seed: SeedCatalog | null }> {
  const previousVersion = (await getMeta(db, 'seedVersion')) ?? null;
  if (typeof file === 'string' && !options.force) {
    // The declared version is read from the head of the file only as a shortcut; a mismatch
    // simply falls through to the full parse below.
    const head = file.slice(0, 4000);
    const declared = /"seedVersion"\s*:\s*"([^"]{1,100})"/.exec(head)?.[1] ?? /"exportedAt"\s*:\s*"([^"]{1,100})"/.exec(head)?.[1];
    const quick = seedVersionOf(file, declared);
    if (quick === previousVersion) return { seed: null, version: quick, previousVersion, invalid: [] };
  }
  const { seed, invalid } = parseSeedFile(file, options.validated);
  const apply = seed.version !== previousVersion || !!options.force;
  return { seed: apply ? seed : null, version: seed.version, previousVersion, invalid };
}

/**
 * Installs the bundled seed file unless this exact file is already installed. Safe to call on
 * every background start: an unchanged seed costs a hash of the text and one meta read.
 */
/** `validated`: fingerprints of files the build checked (parseSeedFile). */
export async function installSeed(db: CatalogDb, file: string | unknown, options: { force?: boolean; now?: () => Date; validated?: ReadonlySet<string> } = {}): Promise<SeedUpdateResult> {
  const { seed, ...decided } = await seedToApply(db, file, options);
  if (!seed) return { applied: false, counts: null, ...decided };
  return { applied: true, counts: await applySeedUpdate(db, seed, options.now), ...decided };
}

/**
 * The bundled seed (unless this exact file is installed) and every shipped layer (`layerFiles`, in
 * SHIPPED_LAYERS order), as installSeed then installLayer each would, in one transaction that reads
 * the stored records once; on a first install, the records it stored (nothing is read back), and
 * to `planned` the same records as soon as they are planned, before they are written.
 */
export async function installShipped(
  db: CatalogDb,
  seedFile: string | unknown,
  layerFiles: ReadonlyArray<string | unknown>,
  options: { now?: () => Date; validated?: ReadonlySet<string>; planned?: (records: InstalledRecords) => void } = {},
): Promise<{ seed: SeedUpdateResult; layers: SeedUpdateResult[]; installed: InstalledRecords | null }> {
  const { seed, ...decided } = await seedToApply(db, seedFile, options);
  const layers = SHIPPED_LAYERS.map((layer, i) => ({ layer, ...parseLayerFile(layer, layerFiles[i], options.validated) }));
  const files: SeedFile[] = [...(seed ? [{ seed }] : []), ...layers.map((l) => ({ seed: l.seed, layer: l.layer }))];
  const { counts, installed } = await applySeedFiles(db, files, options.now, options.planned);
  const seedCounts = seed ? counts.shift()! : null;
  return {
    seed: { applied: !!seed, counts: seedCounts, ...decided },
    layers: layers.map((l, i) => ({ applied: true, version: l.seed.version, previousVersion: null, counts: counts[i], invalid: l.invalid })),
    installed,
  };
}
