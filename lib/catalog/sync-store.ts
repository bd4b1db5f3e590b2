/**
 * lib/sync's stores over the Dexie database: how imports write, all or nothing (Dexie rolls
 * the transaction back when the function rejects), and how exports read, a page at a time in id
 * order. Every record read back is parsed again, except rows stamped as validated when written
 * (validate-on-write.ts): a 100,000-site export or stale check must not pay a zod pass per row.
 */
import { ImportRecordSchema, type CatalogStore, type ImportRecord } from '../sync/apply';
import type { ExportPageSource } from '../sync/export-stream';
import { readOperators, readSightings, readSites, type CatalogDb } from './db';

/**
 * Import records live in the `meta` table under `import:<id>` (no schema change needed), written
 * in the import's own transaction: see ImportRecord.
 */
const IMPORT_KEY = 'import:';

export const isImportRecordKey = (key: string): boolean => key.startsWith(IMPORT_KEY);

export async function readImportRecord(db: CatalogDb, id: string): Promise<ImportRecord | undefined> {
  const row = await db.meta.get(IMPORT_KEY + id);
  const parsed = ImportRecordSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export function dexieStore(db: CatalogDb): CatalogStore {
  return {
    transaction: (fn) => db.transaction('rw', [db.operators, db.sites, db.sightings, db.meta], fn),
    getOperators: async (ids) => (await db.operators.bulkGet([...ids])).map((r) => (r ? readOperators([r], undefined, db.recordStamp)[0] : undefined)),
    getSites: async (ids) => (await db.sites.bulkGet([...ids])).map((r) => (r ? readSites([r], undefined, db.recordStamp)[0] : undefined)),
    getSightings: async (ids) => (await db.sightings.bulkGet([...ids])).map((r) => (r ? readSightings([r])[0] : undefined)),
    putOperators: async (records) => void (await db.operators.bulkPut([...records])),
    putSites: async (records) => void (await db.sites.bulkPut([...records])),
    putSightings: async (records) => void (await db.sightings.bulkPut([...records])),
    putImportRecord: async (record) => void (await db.meta.put({ key: IMPORT_KEY + record.id, value: ImportRecordSchema.parse(record) })),
    readAll: async () => ({
      operators: readOperators(await db.operators.toArray()),
      sites: readSites(await db.sites.toArray()),
      sightings: readSightings(await db.sightings.toArray()),
    }),
  };
}

const READERS = {
  operators: (rows: unknown[], stamp?: string) => readOperators(rows, undefined, stamp),
  sites: (rows: unknown[], stamp?: string) => readSites(rows, undefined, stamp),
  sightings: (rows: unknown[]) => readSightings(rows),
} as const;

/** Pages in primary-key order: IndexedDB orders string keys by code unit, as the export's sort does. */
export function dexiePageSource(db: CatalogDb): ExportPageSource {
  return {
    page: async (name, after, limit) => {
      const table = db[name];
      const rows = after === null ? await table.orderBy(':id').limit(limit).toArray() : await table.where(':id').above(after).limit(limit).toArray();
      return READERS[name](rows, db.recordStamp);
    },
  };
}

/** Runs `fn` in one read transaction over the three record tables, for a consistent export. */
export function readTransaction<T>(db: CatalogDb, fn: () => Promise<T>): Promise<T> {
  return db.transaction('r', db.operators, db.sites, db.sightings, fn);
}
