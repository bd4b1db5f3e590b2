/**
 * lib/sync's CatalogStore over the Dexie database: how imports write, all or nothing (Dexie rolls
 * the transaction back when the function rejects). Every record read back is parsed again.
 */
import type { CatalogStore } from '../sync/apply';
import { readOperators, readSightings, readSites, type CatalogDb } from './db';

export function dexieStore(db: CatalogDb): CatalogStore {
  return {
    transaction: (fn) => db.transaction('rw', db.operators, db.sites, db.sightings, fn),
    getOperators: async (ids) => (await db.operators.bulkGet([...ids])).map((r) => (r ? readOperators([r])[0] : undefined)),
    getSites: async (ids) => (await db.sites.bulkGet([...ids])).map((r) => (r ? readSites([r])[0] : undefined)),
    getSightings: async (ids) => (await db.sightings.bulkGet([...ids])).map((r) => (r ? readSightings([r])[0] : undefined)),
    putOperators: async (records) => void (await db.operators.bulkPut([...records])),
    putSites: async (records) => void (await db.sites.bulkPut([...records])),
    putSightings: async (records) => void (await db.sightings.bulkPut([...records])),
    readAll: async () => ({
      operators: readOperators(await db.operators.toArray()),
      sites: readSites(await db.sites.toArray()),
      sightings: readSightings(await db.sightings.toArray()),
    }),
  };
}
