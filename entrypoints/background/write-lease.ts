/**
 * Every read-write transaction over the tables the wake file describes (sites, operators,
 * sightings: wake-file.ts) runs inside the wake file's lease, whoever starts it (the catalog
 * service, the seed install, the re-stamp, an import), so the file is gone before any such write
 * can commit. Dexie has no hook before a transaction starts that may wait, so the database's
 * `transaction` method is wrapped here; writes without an explicit transaction do not pass through
 * it and are refused by the database's write guard instead (`writeGuard`, lib/catalog/db.ts).
 */
import { Dexie } from 'dexie';
// Relative imports: unit tests load this module under Node, without the '@/' alias.
import type { CatalogDb } from '../../lib/catalog/db';

/** The tables whose writes the wake file must never outlive. */
export const LEASED_TABLES: ReadonlySet<string> = new Set(['sites', 'operators', 'sightings']);

const tableName = (t: unknown): string => (typeof t === 'string' ? t : String((t as { name?: unknown } | null)?.name));

/** Whether `db.transaction(...args)` writes a leased table. */
function writesLeased(args: readonly unknown[]): boolean {
  const [mode, ...rest] = args;
  if (typeof mode !== 'string' || !mode.includes('w')) return false;
  return rest.slice(0, -1).flat().some((t) => LEASED_TABLES.has(tableName(t)));
}

export function leaseWrites(db: CatalogDb, lease: <T>(write: () => Promise<T>) => Promise<T>): void {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  const leased = (...args: unknown[]): Promise<unknown> =>
    // Inside a running transaction the outer one holds the lease already (and must not wait on files).
    Dexie.currentTransaction || !writesLeased(args) ? transaction(...args) : lease(() => transaction(...args));
  Object.defineProperty(db, 'transaction', { value: leased, configurable: true, writable: true });
}
