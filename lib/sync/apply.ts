/**
 * Writing a ChangeSet to the catalog, all or nothing, in batches with progress. (The backup taken
 * before an import that replaces data is a streamed export: export-stream.ts.) The store is a small interface so the database (Dexie in the extension, a Map in
 * tests and the CLI) stays outside lib/sync.
 *
 * Adapting Dexie: `transaction: (fn) => db.transaction('rw', db.operators, db.sites, db.sightings, fn)`,
 * `getSites: (ids) => db.sites.bulkGet(ids)`, `putSites: (r) => db.sites.bulkPut(r)`, `readAll` with
 * `toArray()`. Dexie rolls the transaction back when `fn` rejects, which is what `applyChangeSet`
 * relies on.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import type { Operator, Sighting, Site } from '../catalog/schema';
import type { ChangeSet, RecordWrite } from './choices';
import type { MergePlan } from './merge';
import { versionOf } from './stable-json';
import type { Catalog, CollectionName } from './types';

/** Chosen by the manager for each apply (a UUID). */
export const ImportIdSchema = lazySchema(() => z.string().regex(/^[a-z0-9-]{8,64}$/, 'must be an import id'));

/**
 * What an import left behind, written in the same transaction as its records: found later, it
 * proves the import landed; absent, that it did not (a transaction stopped before its commit,
 * e.g. by a worker stop, leaves nothing). The manager asks for it after losing its connection.
 */
export const ImportRecordSchema = lazySchema(() =>
  z.object({
    id: ImportIdSchema,
    applied: z.number().int().nonnegative(),
    at: z.string().max(40),
    /** What was imported, for the manager's message (a file name or a source's URL). */
    label: z.string().max(2048),
  }),
);
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

export interface CatalogStore {
  /** Runs `fn` atomically: when it rejects, none of the writes made inside it remain. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  getOperators(ids: readonly string[]): Promise<(Operator | undefined)[]>;
  getSites(ids: readonly string[]): Promise<(Site | undefined)[]>;
  getSightings(ids: readonly string[]): Promise<(Sighting | undefined)[]>;
  putOperators(records: readonly Operator[]): Promise<void>;
  putSites(records: readonly Site[]): Promise<void>;
  putSightings(records: readonly Sighting[]): Promise<void>;
  /** Inside `transaction`: records the import's outcome with its writes. */
  putImportRecord(record: ImportRecord): Promise<void>;
  readAll(): Promise<Catalog>;
}

export class StaleChangeSetError extends Error {
  constructor(readonly changed: { collection: CollectionName; id: string }[]) {
    super(
      `The catalog changed since this import was previewed (${changed.length} record(s), e.g. ${changed[0]?.collection}/${changed[0]?.id}). ` +
        'Nothing was written; preview the import again.',
    );
    this.name = 'StaleChangeSetError';
  }
}

export interface ApplyResult {
  operators: number;
  sites: number;
  sightings: number;
}

async function findStale<T extends { id: string }>(
  collection: CollectionName,
  writes: readonly RecordWrite<T>[],
  get: (ids: readonly string[]) => Promise<(T | undefined)[]>,
): Promise<{ collection: CollectionName; id: string }[]> {
  if (writes.length === 0) return [];
  const current = await get(writes.map((w) => w.record.id));
  const stale: { collection: CollectionName; id: string }[] = [];
  writes.forEach((w, i) => {
    const now = current[i];
    const version = now === undefined ? null : versionOf(now);
    if (version !== w.expected) stale.push({ collection, id: w.record.id });
  });
  return stale;
}

export interface ApplyOptions {
  /** Records per write request: progress moves after each batch. */
  batchSize?: number;
  /** Records written so far of the total, after each batch (inside the transaction). */
  onProgress?: (done: number, total: number) => void;
  /** Stored with the writes, so the outcome can be read back after a lost connection. */
  record?: Omit<ImportRecord, 'applied'>;
  /** More writes that must land with these or not at all (a source's base and state), run last in the transaction. */
  alsoWrite?: () => Promise<void>;
}

/**
 * Writes the ChangeSet in one transaction, in batches. First checks that every record is still as
 * it was when the plan was made (else StaleChangeSetError); any failure, from that check or from
 * a write, rejects and leaves the store as it was. The import record, when given, is written last
 * in the same transaction, so it exists exactly when the writes do.
 */
export async function applyChangeSet(store: CatalogStore, cs: ChangeSet, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const result = { operators: cs.operators.length, sites: cs.sites.length, sightings: cs.sightings.length };
  const total = result.operators + result.sites + result.sightings;
  const batch = Math.max(1, opts.batchSize ?? 5000);
  if (total === 0 && !opts.record && !opts.alsoWrite) return result;
  return store.transaction(async () => {
    const stale = [
      ...(await findStale('operators', cs.operators, (ids) => store.getOperators(ids))),
      ...(await findStale('sites', cs.sites, (ids) => store.getSites(ids))),
      ...(await findStale('sightings', cs.sightings, (ids) => store.getSightings(ids))),
    ];
    if (stale.length > 0) throw new StaleChangeSetError(stale);
    let done = 0;
    // One batch at a time: asking for every batch at once (tried) let the worker prepare all of
    // them before it heard that the first had landed, so the progress a user sees stood still.
    const write = async <T>(writes: readonly RecordWrite<T>[], put: (records: readonly T[]) => Promise<void>) => {
      for (let i = 0; i < writes.length; i += batch) {
        const part = writes.slice(i, i + batch);
        await put(part.map((w) => w.record));
        done += part.length;
        opts.onProgress?.(done, total);
      }
    };
    // Operators first: sites name them.
    await write(cs.operators, (r) => store.putOperators(r));
    await write(cs.sites, (r) => store.putSites(r));
    await write(cs.sightings, (r) => store.putSightings(r));
    if (opts.record) await store.putImportRecord({ ...opts.record, applied: total });
    await opts.alsoWrite?.();
    return result;
  });
}

/** True when applying the plan would replace stored values, i.e. a backup is worth offering. */
export function importReplacesData(plan: MergePlan): boolean {
  return plan.operators.updated.length + plan.sites.updated.length + plan.sightings.updated.length > 0;
}
