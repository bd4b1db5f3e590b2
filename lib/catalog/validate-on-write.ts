/**
 * Records are validated when written, not every time they are read. A Dexie middleware parses
 * every site and operator put into the database (whoever writes it: the service, the seed install,
 * an import) and stores the parsed record with a stamp naming the schema it passed. Readers
 * (db.ts) adopt a row whose stamp is the current one as it is and parse the others, so a row
 * written by an older build, by an older schema, or raw by a test, is still checked; a row that
 * fails is stored unstamped and skipped by readers with a ReadProblem, as before.
 *
 * The same middleware gives the records a revision: every write to sites or operators also puts a
 * new random `recordsRevision` into `meta`, in the same transaction (the middleware adds `meta` to
 * any read-write transaction over those tables), so "same revision" means "same records" and the
 * background can keep a copy of the parsed records keyed by it.
 *
 * The stamp comes from the caller (the background passes a build-time hash of the schemas), so
 * code without one (CLI, most tests) parses everything, exactly as before.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { OperatorSchema, SiteSchema } from './schema';

/** Property of a stored record holding its stamp; never part of a parsed record. */
export const STAMP_KEY = '_validatedAs';

const SCHEMAS = { sites: SiteSchema, operators: OperatorSchema } as const;

/** Records a writer has just parsed with the same schemas (see markValidated). */
const VALIDATED = new WeakSet<object>();

/**
 * Marks records that are the output of a zod parse by these schemas, unchanged since, so the
 * middleware stamps them without parsing them a second time (a seed install writes thousands).
 */
export function markValidated<T extends object>(records: T[]): T[] {
  for (const r of records) VALIDATED.add(r);
  return records;
}

function stamped(table: keyof typeof SCHEMAS, value: unknown, stamp: string): unknown {
  if (typeof value === 'object' && value !== null && VALIDATED.has(value)) return { ...value, [STAMP_KEY]: stamp };
  const r = SCHEMAS[table].safeParse(value);
  return r.success ? { ...r.data, [STAMP_KEY]: stamp } : value;
}

/** Key of the `meta` row holding the records' revision. */
export const REVISION_KEY = 'recordsRevision';

const isRecordTable = (name: string): name is keyof typeof SCHEMAS => name === 'sites' || name === 'operators';

export function validateOnWrite(stamp: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'dc-lens-validate-on-write',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(mode === 'readwrite' && stores.some(isRecordTable) && !stores.includes('meta') ? [...stores, 'meta'] : stores, mode, options),
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (!isRecordTable(name)) return table;
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            // Partial updates (changeSpec without values) are not used by DC Lens; they pass unstamped.
            const checked = (req.type === 'put' || req.type === 'add') && req.values ? { ...req, values: req.values.map((v) => stamped(name, v, stamp)) } : req;
            const result = await table.mutate(checked);
            const revision = { key: REVISION_KEY, value: globalThis.crypto.randomUUID() };
            await down.table('meta').mutate({ type: 'put', trans: req.trans, values: [revision] });
            return result;
          },
        };
      },
    }),
  };
}

/** The record without its stamp when the stamp is `stamp`; null when it must be parsed. */
export function trustedRecord(raw: unknown, stamp: string | undefined): unknown {
  if (!stamp || typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)[STAMP_KEY] !== stamp) return null;
  const { [STAMP_KEY]: _stamp, ...record } = raw as Record<string, unknown>;
  return record;
}
