/**
 * Once per record schema: every stored site and operator not yet stamped with the current stamp
 * is written back through the validate-on-write middleware (lib/catalog/validate-on-write.ts), so
 * it is parsed once here and adopted without parsing on every later start. Rows that fail stay as
 * they are (unstamped) and keep being reported by readers. One transaction: no edit is lost.
 */
import { getMeta, setMeta, type CatalogDb } from '../../lib/catalog/db';
import { STAMP_KEY } from '../../lib/catalog/validate-on-write';

export async function restampRecords(db: CatalogDb): Promise<number> {
  const stamp = db.recordStamp;
  if (!stamp || (await getMeta(db, 'recordsStampedWith')) === stamp) return 0;
  return db.transaction('rw', [db.sites, db.operators, db.meta], async () => {
    const stale = (rows: Array<object>) => rows.filter((r) => (r as Record<string, unknown>)[STAMP_KEY] !== stamp);
    const [sites, operators] = await Promise.all([db.sites.toArray(), db.operators.toArray()]);
    const staleSites = stale(sites);
    const staleOperators = stale(operators);
    if (staleOperators.length) await db.operators.bulkPut(staleOperators as never[]);
    if (staleSites.length) await db.sites.bulkPut(staleSites as never[]);
    await setMeta(db, 'recordsStampedWith', stamp);
    return staleSites.length + staleOperators.length;
  });
}
