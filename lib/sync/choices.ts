/**
 * From a merge plan and a person's choices to the records to write (a ChangeSet), and applying a
 * ChangeSet to an in-memory catalog. Pure.
 */
import type { Operator, Sighting, Site } from '../catalog/schema';
import { settledBookkeeping } from './merge';
import type { Choice, MergePlan, RecordUpdate, Versioned } from './merge';
import { isPlainObject } from './record-fields';
import { versionOf } from './stable-json';
import type { Catalog } from './types';

export interface RecordWrite<T> {
  record: T;
  /**
   * Version token (see stable-json.ts) of the stored record the plan was made against; null when
   * the record did not exist. Lets `applyChangeSet` refuse to write over a record that changed
   * between the preview and the click.
   */
  expected: string | null;
}

export interface ChangeSet {
  operators: RecordWrite<Operator>[];
  sites: RecordWrite<Site>[];
  sightings: RecordWrite<Sighting>[];
}

export class MissingChoicesError extends Error {
  constructor(readonly keys: string[]) {
    super(`No choice made for ${keys.length} conflict(s): ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`);
    this.name = 'MissingChoicesError';
  }
}

export interface ChoiceOptions {
  /** Used for conflicts without an explicit choice ("keep all mine" / "take all theirs"). */
  default?: Choice;
  /** When the person decided (ISO); stamps decided records. Default: the clock. */
  now?: string;
}

/** Sets one flattened field ("name", "place.city") on a copy-safe record. */
function setField(record: Record<string, unknown>, path: string, value: unknown): void {
  const dot = path.indexOf('.');
  const group = dot > 0 ? record[path.slice(0, dot)] : undefined;
  const [target, key] = isPlainObject(group) ? [group, path.slice(dot + 1)] : [record, path];
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function copyRecord<T>(record: T): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) if (isPlainObject(v)) out[k] = { ...v };
  return out;
}

function resolve<T extends Versioned>(
  collection: 'operators' | 'sites',
  update: RecordUpdate<T>,
  choose: (key: string) => Choice,
  now: string,
): T {
  if (update.conflicts.length === 0) return update.merged;
  const record = copyRecord(update.merged);
  let tookIncoming = update.changedFields.length > 0;
  let keptLocal = update.keptFields.length > 0;
  for (const c of update.conflicts) {
    if (choose(c.key) === 'incoming') {
      setField(record, c.field, c.incoming);
      tookIncoming = true;
    } else keptLocal = true;
  }
  // A choice is a person's decision, made now: settledBookkeeping stamps it (see merge.ts rule 7).
  delete record.userEditedAt;
  const outcome = { tookIncoming, keptLocal, decided: true };
  return { ...record, ...settledBookkeeping(collection, update.local, update.incoming, outcome, now) } as T;
}

/**
 * The records to write for a plan. Every conflict needs a choice (or `opts.default`); a missing
 * one throws MissingChoicesError rather than silently picking a side.
 */
export function applyChoices(plan: MergePlan, choices: Readonly<Record<string, Choice>>, opts: ChoiceOptions = {}): ChangeSet {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(choices, key);
  const missing = plan.conflicts.filter((c) => !has(c.key)).map((c) => c.key);
  if (missing.length > 0 && opts.default === undefined) throw new MissingChoicesError(missing);
  const choose = (key: string): Choice => (has(key) ? choices[key] : opts.default!);
  const now = opts.now ?? new Date().toISOString();
  const editable = <T extends Versioned>(
    collection: 'operators' | 'sites',
    p: { added: T[]; updated: RecordUpdate<T>[] },
  ): RecordWrite<T>[] => [
    ...p.added.map((record) => ({ record, expected: null })),
    ...p.updated.map((u) => ({ record: resolve(collection, u, choose, now), expected: versionOf(u.local) })),
  ];
  return {
    operators: editable('operators', plan.operators),
    sites: editable('sites', plan.sites),
    sightings: [
      ...plan.sightings.added.map((record) => ({ record, expected: null })),
      ...plan.sightings.updated.map((u) => ({ record: u.merged, expected: versionOf(u.local) })),
    ],
  };
}

/** Choices that take one side for every conflict of a plan. */
export function chooseAll(plan: MergePlan, choice: Choice): Record<string, Choice> {
  return Object.fromEntries(plan.conflicts.map((c) => [c.key, choice]));
}

export function changeSetSize(cs: ChangeSet): number {
  return cs.operators.length + cs.sites.length + cs.sightings.length;
}

function upsert<T extends { id: string }>(records: readonly T[], writes: readonly RecordWrite<T>[]): T[] {
  const byId = new Map<string, T>();
  for (const r of records) byId.set(r.id, r);
  for (const w of writes) byId.set(w.record.id, w.record);
  return [...byId.values()];
}

/** The catalog after a ChangeSet, in memory (tests, CLI, the in-memory store). */
export function applyChangeSetToCatalog(catalog: Catalog, cs: ChangeSet): Catalog {
  return {
    operators: upsert(catalog.operators, cs.operators),
    sites: upsert(catalog.sites, cs.sites),
    sightings: upsert(catalog.sightings, cs.sightings),
  };
}
