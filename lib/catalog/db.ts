/**
 * The catalog database (`dc-lens`, IndexedDB through Dexie 4). Only the background opens it: an
 * IndexedDB opened by a content script would belong to the news site's origin.
 *
 * Tables and indexes are declared in migrations.ts; records are the zod schemas' output types.
 * Whatever is read back is parsed again (see `readSites` & co.), because stored data of older
 * versions, or written by an older build, is as untrusted as an imported file.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { declareCatalogVersions, LATEST_CATALOG_VERSION, upgradeLegacySite } from './migrations';
import { OperatorSchema, SightingSchema, SiteSchema, type Operator, type Sighting, type Site } from './schema';
import { trustedRecord, validateOnWrite } from './validate-on-write';

export const CATALOG_DB_NAME = 'dc-lens';

/** One row of the key-value `meta` table. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Keys of the `meta` table, each with the schema its value is parsed with (built on first use: a
 * woken worker evaluates this module before its first answer, which reads no meta row).
 */
export const META = {
  /** Version string of the installed seed catalog. */
  seedVersion: lazySchema(() => z.string().max(100)),
  /** When the installed seed was installed. */
  seedInstalledAt: lazySchema(() => z.string().max(40)),
  /** Build-time hash of the bundled catalog files last installed: equal means no fetch on start. */
  seedFileHash: lazySchema(() => z.string().max(100)),
  /** Record stamp (validate-on-write.ts) every valid stored record was last re-stamped with. */
  recordsStampedWith: lazySchema(() => z.string().max(100)),
  /** Changes with every write to sites or operators (validate-on-write.ts). */
  recordsRevision: lazySchema(() => z.string().max(100)),
} as const;
export type MetaKey = keyof typeof META;
export type MetaValue<K extends MetaKey> = z.infer<(typeof META)[K]>;

export type CatalogDb = Dexie & {
  sites: Table<Site, string>;
  operators: Table<Operator, string>;
  sightings: Table<Sighting, string>;
  meta: Table<MetaRow, string>;
  /** Set when opened with `recordStamp`: rows carrying it are read without a zod pass. */
  recordStamp?: string;
};

export interface OpenCatalogDbOptions {
  /** An IndexedDB implementation (fake-indexeddb in Node); defaults to the global one. */
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /** Open at an older schema version: only tests of the upgrade path need this. */
  version?: number;
  /** Validate sites and operators on write and trust rows stamped with this (validate-on-write.ts). */
  recordStamp?: string;
  /**
   * Called with the tables of every read-write transaction as it starts; throwing refuses it. The
   * background refuses catalog writes made outside its wake file's lease (entrypoints/background/write-lease.ts).
   */
  writeGuard?: (tables: readonly string[]) => void;
}

/** Creates and opens the database, running any pending upgrades. */
export async function openCatalogDb(name: string = CATALOG_DB_NAME, options: OpenCatalogDbOptions = {}): Promise<CatalogDb> {
  const dexieOptions: DexieOptions = {};
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  const db = new Dexie(name, dexieOptions) as CatalogDb;
  declareCatalogVersions(db, options.version ?? LATEST_CATALOG_VERSION);
  if (options.recordStamp) {
    db.use(validateOnWrite(options.recordStamp));
    db.recordStamp = options.recordStamp;
  }
  const guard = options.writeGuard;
  if (guard) {
    db.use({
      stack: 'dbcore',
      name: 'dc-lens-write-guard',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, txOptions) => {
          if (mode === 'readwrite') guard(stores);
          return down.transaction(stores, mode, txOptions);
        },
      }),
    });
  }
  await db.open();
  return db;
}

/** Why stored records were skipped: kept for diagnostics, never shown as data. */
export interface ReadProblem {
  table: 'sites' | 'operators' | 'sightings';
  id: string;
  message: string;
}

function describe(table: ReadProblem['table'], raw: unknown, error: z.ZodError): ReadProblem {
  const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '?';
  const issue = error.issues[0];
  return { table, id: id.slice(0, 140), message: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}` };
}

export function parseStoredSite(raw: unknown): z.ZodSafeParseResult<Site> {
  return SiteSchema.safeParse(upgradeLegacySite(raw));
}

function parseAll<T>(
  table: ReadProblem['table'],
  rows: unknown[],
  parse: (raw: unknown) => z.ZodSafeParseResult<T>,
  problems?: ReadProblem[],
  stamp?: string,
): T[] {
  const out: T[] = [];
  for (const raw of rows) {
    if (raw === undefined) continue;
    const trusted = trustedRecord(raw, stamp);
    if (trusted) {
      out.push(trusted as T);
      continue;
    }
    const r = parse(raw);
    if (r.success) out.push(r.data);
    else problems?.push(describe(table, raw, r.error));
  }
  return out;
}

/** `stamp`: the database's recordStamp, to adopt rows validated when written without parsing. */
export const readSites = (rows: unknown[], problems?: ReadProblem[], stamp?: string): Site[] => parseAll('sites', rows, parseStoredSite, problems, stamp);
export const readOperators = (rows: unknown[], problems?: ReadProblem[], stamp?: string): Operator[] =>
  parseAll('operators', rows, (r) => OperatorSchema.safeParse(r), problems, stamp);
export const readSightings = (rows: unknown[], problems?: ReadProblem[]): Sighting[] =>
  parseAll('sightings', rows, (r) => SightingSchema.safeParse(r), problems);

export async function getMeta<K extends MetaKey>(db: CatalogDb, key: K): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  const r = META[key].safeParse(row?.value);
  return r.success ? (r.data as MetaValue<K>) : undefined;
}

export async function setMeta<K extends MetaKey>(db: CatalogDb, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put({ key, value: META[key].parse(value) });
}
