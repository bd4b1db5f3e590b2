/**
 * Records are validated when written, not every time they are read. A Dexie middleware parses
 * every site and operator put into the database (whoever writes it: the service, the seed install,
 * an import) and stores the parsed record with a stamp naming the schema it passed. Readers
 * (db.ts) adopt a row whose stamp is the current one as it is and parse the others, so a row
 * written by an older build, by an older schema, or raw by a test, is still checked; a row that
 * fails is stored unstamped and skipped by readers with a ReadProblem, as before.
 *
 * The stamp comes from the caller (the background passes a build-time hash of the schemas), so
 * code without one (CLI, most tests) parses everything, exactly as before.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { OperatorSchema, SiteSchema } from './schema';

/** Property of a stored record holding its stamp; never part of a parsed record. */
export const STAMP_KEY = '_validatedAs';

const SCHEMAS = { sites: SiteSchema, operators: OperatorSchema } as const;

function stamped(table: keyof typeof SCHEMAS, value: unknown, stamp: string): unknown {
  const r = SCHEMAS[table].safeParse(value);
  return r.success ? { ...r.data, [STAMP_KEY]: stamp } : value;
}

export function validateOnWrite(stamp: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'dc-lens-validate-on-write',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== 'sites' && name !== 'operators') return table;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            // Partial updates (changeSpec without values) are not used by DC Lens; they pass unstamped.
            if ((req.type === 'put' || req.type === 'add') && req.values) {
              return table.mutate({ ...req, values: req.values.map((v) => stamped(name, v, stamp)) });
            }
            return table.mutate(req);
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
