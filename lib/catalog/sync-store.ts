/**
 * lib/sync's store over the Dexie database: how imports write, all or nothing (Dexie rolls the
 * transaction back when the function rejects). Every record read back is parsed again, except rows
 * stamped as validated when written (validate-on-write.ts): a 100,000-site stale check must not
 * pay a zod pass per row. (Exports read the service's loaded records: CatalogService.allRecords.)
 */
import { ImportRecordSchema, type CatalogStore, type ImportRecord } from '../sync/apply';
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
