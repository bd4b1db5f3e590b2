/**
 * The merge: the current catalog + an incoming file → a plan (what is new, what changes, what is
 * already there, what needs a person's choice, what was refused). Pure: nothing is written here;
 * `applyChoices` turns a plan and the person's choices into the records to write.
 *
 * Rules, and why:
 *
 * 1. Records are matched by id. An id only on the local side is left alone: a file is never a
 *    list of deletions (it may be a partial export), and deletions travel as `deletedAt`.
 * 2. Field by field. Each field that differs is decided on its own, so independent edits of one
 *    record on two machines can both survive (see record-fields.ts for what a field is).
 * 3. With a known common ancestor (`opts.base`, e.g. the seed record both machines started
 *    from) a field changed on one side only takes that side's value: the other side still holds
 *    the common value, so nothing is lost.
 * 4. Otherwise the newer record (`updatedAt`) wins. Equal times are broken by comparing the two
 *    records' values as a whole, so the outcome does not depend on which file is imported first
 *    (and a tie never yields a mix of both records that neither side had).
 * 5. Except: when the incoming value would win but the local record carries a person's edit the
 *    incoming side has not seen, the field becomes a conflict for the person to decide. With a
 *    base, a field both sides changed differently since it is a conflict even when the local
 *    edit is newer (kept by default, but shown: a subscription's disagreement is news). Timestamps
 *    cannot tell whether an edit was deliberate, and a person's work is the one thing a sync must
 *    never drop on its own. "Not seen" is decided conservatively: without a base, any local user
 *    edit (`userEditedAt`, an own `origin: 'user'` record, a delete) counts unless the incoming
 *    record carries the very same `userEditedAt` (it was made from this edit).
 * 6. A deletion is a field (`deletedAt`) like any other, so an undelete or a delete is decided by
 *    the same rules and can be a conflict.
 * 7. Bookkeeping is merged so that merging is order-independent and repeatable: `createdAt` the
 *    earliest, `updatedAt` the latest, `origin` the strongest claim (user > import > seed, so a
 *    person's record never turns into one a seed update may overwrite). `userEditedAt` is a
 *    promise that the record holds that edit's values (rule 5 trusts it), so the result carries
 *    the edit time of the side whose values it holds (the later one when both hold the same
 *    values), never a time whose values were dropped. A person's decision on a conflict, and a
 *    combination neither side had (rule 3), are new versions: stamped `now` (at least 1 ms after
 *    the newer side, so the same file never asks again). The stamp must be the real time, not
 *    derived from the inputs: two machines combining different edits with the same newer record
 *    would otherwise get equal stamps, and rule 5 would take one for the other.
 * 8. Sightings are evidence, not edited data: the catalogs are united by id; for one id the
 *    earliest sighting is kept (then the one linked to a site, then a fixed order).
 *
 * Guarantees (tests/unit/sync: properties over random catalogs, and a simulation of machines
 * editing and syncing in random order): importing the same file twice changes nothing the second
 * time; every local value that is replaced is older by `updatedAt` (or equal and ordered), equal
 * to the common ancestor, or a listed conflict; no person's edit is replaced without asking by a
 * value that was not made from it; two conflict-free files give the same catalog in either order;
 * machines that sync both ways converge. Cost is linear: every lookup is a Map.
 */
import type { Operator, Sighting, Site } from '../catalog/schema';
import { BOOKKEEPING_FIELDS, flattenFields, groupKeys, unflattenFields } from './record-fields';
import type { FieldMap } from './record-fields';
import { canonicalJson, sameJson } from './stable-json';
import { displayId } from './types';
import type { Catalog, IncomingCatalog, InvalidRecord } from './types';

export type Choice = 'local' | 'incoming';
export type EditableCollection = 'operators' | 'sites';

export interface FieldConflict {
  /** Stable key for the choice: `sites/<id>/<field>`. */
  key: string;
  collection: EditableCollection;
  id: string;
  /** Flattened field name: "name", "place.city", "deletedAt". */
  field: string;
  /** `undefined` = the field is absent on that side. */
  local: unknown;
  incoming: unknown;
}

export interface RecordUpdate<T> {
  id: string;
  local: T;
  incoming: T;
  /** The merge with every conflicted field kept at its local value. */
  merged: T;
  /** Fields that take the incoming value without asking. */
  changedFields: string[];
  /** Fields that differ but keep the local value without asking (local newer, or unchanged since the base). */
  keptFields: string[];
  conflicts: FieldConflict[];
}

export interface CollectionPlan<T> {
  added: T[];
  /** Records that change; with `changedFields` and `conflicts` empty only timestamps change. */
  updated: RecordUpdate<T>[];
  unchanged: string[];
}

export interface MergeCounts {
  added: number;
  /** Records with at least one changed or conflicted field. */
  updated: number;
  /** Records where only `updatedAt`/`createdAt`/`userEditedAt`/`origin` change. */
  refreshed: number;
  unchanged: number;
  /** Field conflicts (one record may have several). */
  conflicts: number;
  invalid: number;
}

export interface MergePlan {
  operators: CollectionPlan<Operator>;
  sites: CollectionPlan<Site>;
  sightings: CollectionPlan<Sighting>;
  conflicts: FieldConflict[];
  /** Records refused by the file reader or by the merge (e.g. a site naming an unknown operator). */
  invalid: InvalidRecord[];
  counts: MergeCounts;
}

export interface MergeOptions {
  /** The time of the import (ISO), for the stamp of rule 7. Default: the clock. */
  now?: string;
  /**
   * Common ancestors: versions both sides are known to have started from (the seed record a
   * site came from, or a snapshot saved at the last sync). A base newer than either side cannot
   * be an ancestor and is ignored.
   */
  base?: Partial<Pick<Catalog, 'operators' | 'sites'>>;
}

/** The fields the merge needs on operators and sites alike. */
export interface Versioned {
  id: string;
  origin: 'seed' | 'user' | 'import';
  createdAt: string;
  updatedAt: string;
  userEditedAt?: string;
  deletedAt?: string;
}

export const time = (t: string): number => Date.parse(t);

/** Later of two timestamps; equal instants written differently resolve by text, so order never matters. */
export function laterOf(a: string, b: string): string {
  const d = time(a) - time(b);
  return d > 0 ? a : d < 0 ? b : a >= b ? a : b;
}
function earlierOf(a: string, b: string): string {
  return laterOf(a, b) === a ? b : a;
}
function laterOpt(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : laterOf(a, b);
}

const ORIGIN_RANK = { seed: 0, import: 1, user: 2 } as const;

function indexById<T extends { id: string }>(records: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records ?? []) map.set(r.id, r);
  return map;
}

/** Rule 5: does the local record hold a person's edit the incoming record has not seen? */
export function hasUnseenUserEdit(local: Versioned, incoming: Versioned, base?: Versioned): boolean {
  const sinceBase = (t: string | undefined) => t !== undefined && (base === undefined || time(t) > time(base.updatedAt));
  if (sinceBase(local.deletedAt) && local.deletedAt !== incoming.deletedAt) return true;
  if (local.userEditedAt !== undefined) {
    // Same edit time on both sides: the incoming record was made from this very edit.
    if (local.userEditedAt === incoming.userEditedAt) return false;
    if (sinceBase(local.userEditedAt)) return true;
  }
  if (local.origin === 'user') {
    // A person's own record is their work, unless it is still exactly as created and the other
    // side has that same creation (it was exported from here, or here from there).
    const untouched = local.updatedAt === local.createdAt && incoming.createdAt === local.createdAt;
    return !untouched && sinceBase(local.updatedAt);
  }
  return false;
}

/** Rule 4: the newer record, or on equal times the one whose values come first as JSON text. */
function recordWinner(local: Versioned, incoming: Versioned, lf: FieldMap, inf: FieldMap): Choice {
  const order = time(incoming.updatedAt) - time(local.updatedAt);
  if (order !== 0) return order > 0 ? 'incoming' : 'local';
  return canonicalJson(Object.fromEntries(inf)) < canonicalJson(Object.fromEntries(lf)) ? 'incoming' : 'local';
}

interface RecordMerge<T> {
  merged: T;
  changedFields: string[];
  keptFields: string[];
  conflicts: FieldConflict[];
}

/** Merges one record present on both sides (rules 2-7). */
export function mergeRecord<T extends Versioned>(
  collection: EditableCollection,
  local: T,
  incoming: T,
  base: T | undefined,
  now: string,
): RecordMerge<T> {
  // Re-imports are mostly identical records: one structural comparison settles those.
  if (sameJson(local, incoming)) return { merged: local, changedFields: [], keptFields: [], conflicts: [] };
  const usableBase =
    base !== undefined && time(base.updatedAt) <= Math.min(time(local.updatedAt), time(incoming.updatedAt)) ? base : undefined;
  const groups = groupKeys(local, incoming);
  if (usableBase) for (const g of groupKeys(usableBase, usableBase)) groups.add(g);
  const lf = flattenFields(local, groups);
  const inf = flattenFields(incoming, groups);
  const bf = usableBase ? flattenFields(usableBase, groups) : undefined;
  // Both only when some field differs: most records of a re-import are identical.
  let newer: Choice | undefined;
  let userEdit: boolean | undefined;

  const mergedFields = new Map(lf);
  const changedFields: string[] = [];
  const keptFields: string[] = [];
  const conflicts: FieldConflict[] = [];
  const names = new Set([...lf.keys(), ...inf.keys()]);
  for (const field of names) {
    const l = lf.get(field);
    const i = inf.get(field);
    if (sameJson(l, i)) continue;
    let winner: Choice | undefined;
    if (bf) {
      const b = bf.get(field);
      if (sameJson(i, b)) winner = 'local';
      else if (sameJson(l, b)) winner = 'incoming';
    }
    if (winner === undefined) {
      winner = newer ??= recordWinner(local, incoming, lf, inf);
      // With a base, reaching here means both sides changed the field since it: a person's edit
      // then meets a different value, and they should see it even though theirs is kept.
      const bothChanged = bf !== undefined;
      if ((winner === 'incoming' || bothChanged) && (userEdit ??= hasUnseenUserEdit(local, incoming, usableBase))) {
        conflicts.push({ key: conflictKey(collection, local.id, field), collection, id: local.id, field, local: l, incoming: i });
        continue;
      }
    }
    if (winner === 'incoming') {
      changedFields.push(field);
      if (i === undefined) mergedFields.delete(field);
      else mergedFields.set(field, i);
    } else {
      keptFields.push(field);
    }
  }
  // Previewed as "keep mine" for every conflict.
  const outcome = { tookIncoming: changedFields.length > 0, keptLocal: keptFields.length + conflicts.length > 0, decided: conflicts.length > 0 };
  const merged = { ...unflattenFields(mergedFields, groups), ...settledBookkeeping(collection, local, incoming, outcome, now) } as unknown as T;
  return { merged, changedFields, keptFields, conflicts };
}

export function conflictKey(collection: EditableCollection, id: string, field: string): string {
  return `${collection}/${id}/${field}`;
}

export interface MergeOutcome {
  /** Some differing field took the incoming value. */
  tookIncoming: boolean;
  /** Some differing field kept the local value. */
  keptLocal: boolean;
  /** A person chose a side for at least one field. */
  decided: boolean;
}

/** Rule 7. Symmetric in the two sides, so bookkeeping never depends on import order. */
export function settledBookkeeping(
  collection: EditableCollection,
  local: Versioned,
  incoming: Versioned,
  outcome: MergeOutcome,
  now: string,
): Partial<Versioned> {
  const latest = laterOf(local.updatedAt, incoming.updatedAt);
  const out: Partial<Versioned> = {
    id: local.id,
    origin: ORIGIN_RANK[incoming.origin] > ORIGIN_RANK[local.origin] ? incoming.origin : local.origin,
    createdAt: earlierOf(local.createdAt, incoming.createdAt),
    updatedAt: latest,
  };
  let edited: string | undefined;
  if (outcome.decided || (outcome.tookIncoming && outcome.keptLocal)) {
    const stamp = laterOf(now, new Date(time(latest) + 1).toISOString());
    out.updatedAt = stamp;
    if (outcome.decided || local.userEditedAt !== undefined || incoming.userEditedAt !== undefined) edited = stamp;
  } else if (outcome.tookIncoming) {
    edited = incoming.userEditedAt;
  } else if (outcome.keptLocal) {
    edited = local.userEditedAt;
  } else {
    edited = laterOpt(local.userEditedAt, incoming.userEditedAt);
  }
  if (edited !== undefined && collection === 'sites') out.userEditedAt = edited;
  return out;
}

function bookkeepingDiffers(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of BOOKKEEPING_FIELDS) if (ra[k] !== rb[k]) return true;
  return false;
}

function emptyPlan<T>(): CollectionPlan<T> {
  return { added: [], updated: [], unchanged: [] };
}

/** Keeps the first occurrence of each id; later ones are refused as duplicates. */
function dedupe<T extends { id: string }>(
  collection: 'operators' | 'sites' | 'sightings',
  records: readonly T[],
  invalid: InvalidRecord[],
): T[] {
  const seen = new Map<string, number>();
  const out: T[] = [];
  records.forEach((r, index) => {
    const first = seen.get(r.id);
    if (first !== undefined) {
      invalid.push({ collection, index, id: displayId(r.id), issues: [{ path: 'id', message: `duplicate id; first seen at ${collection}[${first}]` }] });
      return;
    }
    seen.set(r.id, index);
    out.push(r);
  });
  return out;
}

function planEditable<T extends Versioned>(
  collection: EditableCollection,
  localRecords: readonly T[],
  incomingRecords: readonly T[],
  baseRecords: readonly T[] | undefined,
  now: string,
): { plan: CollectionPlan<T>; refreshed: number } {
  const local = indexById(localRecords);
  const base = indexById(baseRecords);
  const plan = emptyPlan<T>();
  let refreshed = 0;
  for (const inc of incomingRecords) {
    const loc = local.get(inc.id);
    if (loc === undefined) {
      plan.added.push(inc);
      continue;
    }
    const r = mergeRecord(collection, loc, inc, base.get(inc.id), now);
    if (r.changedFields.length === 0 && r.conflicts.length === 0) {
      if (!bookkeepingDiffers(r.merged, loc)) {
        plan.unchanged.push(inc.id);
        continue;
      }
      refreshed++;
    }
    plan.updated.push({ id: inc.id, local: loc, incoming: inc, ...r });
  }
  return { plan, refreshed };
}

/** Rule 8's order: earliest, then linked to a site, then by JSON text. */
export function preferredSighting(a: Sighting, b: Sighting): Sighting {
  const d = time(a.seenAt) - time(b.seenAt);
  if (d !== 0) return d < 0 ? a : b;
  if ((a.siteId === undefined) !== (b.siteId === undefined)) return a.siteId !== undefined ? a : b;
  return canonicalJson(a) <= canonicalJson(b) ? a : b;
}

function planSightings(localRecords: readonly Sighting[], incomingRecords: readonly Sighting[]): CollectionPlan<Sighting> {
  const local = indexById(localRecords);
  const plan = emptyPlan<Sighting>();
  for (const inc of incomingRecords) {
    const loc = local.get(inc.id);
    if (loc === undefined) plan.added.push(inc);
    else if (sameJson(loc, inc) || preferredSighting(loc, inc) === loc) plan.unchanged.push(inc.id);
    else {
      const fields = [...new Set([...Object.keys(loc), ...Object.keys(inc)])].filter(
        (k) => !sameJson((loc as Record<string, unknown>)[k], (inc as Record<string, unknown>)[k]),
      );
      plan.updated.push({ id: inc.id, local: loc, incoming: inc, merged: inc, changedFields: fields, keptFields: [], conflicts: [] });
    }
  }
  return plan;
}

/** Sites must name operators that exist here or arrive with them; otherwise cards cannot show them. */
function refuseUnknownOperators(sites: readonly Site[], known: ReadonlySet<string>, invalid: InvalidRecord[]): Site[] {
  return sites.filter((site) => {
    const missing = site.operatorIds.map((id, k) => ({ id, k })).filter(({ id }) => !known.has(id));
    if (missing.length === 0) return true;
    invalid.push({
      collection: 'sites',
      id: site.id,
      issues: missing.map(({ id, k }) => ({ path: `operatorIds[${k}]`, message: `unknown operator "${displayId(id)}" (not in this catalog nor in the file)` })),
    });
    return false;
  });
}

export function planMerge(current: Catalog, incoming: IncomingCatalog | Catalog, opts: MergeOptions = {}): MergePlan {
  const invalid: InvalidRecord[] = 'invalid' in incoming ? [...incoming.invalid] : [];
  const incOperators = dedupe('operators', incoming.operators, invalid);
  const known = new Set<string>();
  for (const o of current.operators) known.add(o.id);
  for (const o of incOperators) known.add(o.id);
  const incSites = refuseUnknownOperators(dedupe('sites', incoming.sites, invalid), known, invalid);
  const incSightings = dedupe('sightings', incoming.sightings, invalid);

  const now = opts.now ?? new Date().toISOString();
  const ops = planEditable('operators', current.operators, incOperators, opts.base?.operators, now);
  const sites = planEditable('sites', current.sites, incSites, opts.base?.sites, now);
  const sightings = planSightings(current.sightings, incSightings);

  const conflicts = [...ops.plan.updated, ...sites.plan.updated].flatMap((u) => u.conflicts);
  const plans = [ops.plan, sites.plan, sightings] as CollectionPlan<unknown>[];
  const sum = (f: (p: CollectionPlan<unknown>) => number) => plans.reduce((n, p) => n + f(p), 0);
  const refreshed = ops.refreshed + sites.refreshed;
  return {
    operators: ops.plan,
    sites: sites.plan,
    sightings,
    conflicts,
    invalid,
    counts: {
      added: sum((p) => p.added.length),
      updated: sum((p) => p.updated.length) - refreshed,
      refreshed,
      unchanged: sum((p) => p.unchanged.length),
      conflicts: conflicts.length,
      invalid: invalid.length,
    },
  };
}
