/**
 * Writing a ChangeSet to the catalog, all or nothing, and the backup taken before an import that
 * replaces data. The store is a small interface so the database (Dexie in the extension, a Map in
 * tests and the CLI) stays outside lib/sync.
 *
 * Adapting Dexie: `transaction: (fn) => db.transaction('rw', db.operators, db.sites, db.sightings, fn)`,
 * `getSites: (ids) => db.sites.bulkGet(ids)`, `putSites: (r) => db.sites.bulkPut(r)`, `readAll` with
 * `toArray()`. Dexie rolls the transaction back when `fn` rejects, which is what `applyChangeSet`
 * relies on.
 */
import type { Operator, Sighting, Site } from '../catalog/schema';
import type { ChangeSet, RecordWrite } from './choices';
import { buildExport, exportFileName } from './format';
import type { MergePlan } from './merge';
import { versionOf } from './stable-json';
import type { Catalog, CollectionName } from './types';

export interface CatalogStore {
  /** Runs `fn` atomically: when it rejects, none of the writes made inside it remain. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  getOperators(ids: readonly string[]): Promise<(Operator | undefined)[]>;
  getSites(ids: readonly string[]): Promise<(Site | undefined)[]>;
  getSightings(ids: readonly string[]): Promise<(Sighting | undefined)[]>;
  putOperators(records: readonly Operator[]): Promise<void>;
  putSites(records: readonly Site[]): Promise<void>;
  putSightings(records: readonly Sighting[]): Promise<void>;
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

/**
 * Writes the ChangeSet in one transaction. First checks that every record is still as it was when
 * the plan was made (else StaleChangeSetError); any failure, from that check or from a write,
 * rejects and leaves the store as it was.
 */
export async function applyChangeSet(store: CatalogStore, cs: ChangeSet): Promise<ApplyResult> {
  const result = { operators: cs.operators.length, sites: cs.sites.length, sightings: cs.sightings.length };
  if (result.operators + result.sites + result.sightings === 0) return result;
  return store.transaction(async () => {
    const stale = [
      ...(await findStale('operators', cs.operators, (ids) => store.getOperators(ids))),
      ...(await findStale('sites', cs.sites, (ids) => store.getSites(ids))),
      ...(await findStale('sightings', cs.sightings, (ids) => store.getSightings(ids))),
    ];
    if (stale.length > 0) throw new StaleChangeSetError(stale);
    // Operators first: sites name them.
    if (cs.operators.length > 0) await store.putOperators(cs.operators.map((w) => w.record));
    if (cs.sites.length > 0) await store.putSites(cs.sites.map((w) => w.record));
    if (cs.sightings.length > 0) await store.putSightings(cs.sightings.map((w) => w.record));
    return result;
  });
}

/** True when applying the plan would replace stored values, i.e. a backup is worth offering. */
export function importReplacesData(plan: MergePlan): boolean {
  return plan.operators.updated.length + plan.sites.updated.length + plan.sightings.updated.length > 0;
}

export interface Backup {
  fileName: string;
  text: string;
}

/** The whole current catalog as an export file, to save before a replacing import. */
export async function createBackup(store: CatalogStore, now: Date | string): Promise<Backup> {
  const catalog = await store.transaction(() => store.readAll());
  return { fileName: exportFileName(now, 'backup'), text: buildExport(catalog, undefined, now) };
}
