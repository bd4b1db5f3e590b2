/**
 * A record seen as a flat list of fields for the merge: top-level values, with the small nested
 * objects (place, capacity, gpus, investment, dates, footprint) split one level deep. Why one
 * level: a person who fixes the city on one machine and the coordinates on another made two
 * independent edits, so `place.city` and `place.lat` merge separately; but a DatedFact or a
 * source list is one statement and stays whole.
 */

/** Who made the record and when: merged by their own rules, never offered as conflicts. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['id', 'origin', 'createdAt', 'updatedAt', 'userEditedAt']);

export type FieldMap = Map<string, unknown>;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Top-level keys that hold a nested object on either side. */
export function groupKeys(a: object, b: object): Set<string> {
  const groups = new Set<string>();
  for (const rec of [a, b] as Record<string, unknown>[]) {
    for (const [k, v] of Object.entries(rec)) if (!BOOKKEEPING_FIELDS.has(k) && isPlainObject(v)) groups.add(k);
  }
  return groups;
}

/** Mergeable fields of a record; absent and `undefined` values are left out. */
export function flattenFields(record: object, groups: ReadonlySet<string>): FieldMap {
  const out: FieldMap = new Map();
  for (const [k, v] of Object.entries(record as Record<string, unknown>)) {
    if (BOOKKEEPING_FIELDS.has(k) || v === undefined) continue;
    if (groups.has(k) && isPlainObject(v)) {
      for (const [k2, v2] of Object.entries(v)) if (v2 !== undefined) out.set(`${k}.${k2}`, v2);
    } else if (!groups.has(k)) {
      out.set(k, v);
    }
  }
  return out;
}

/** Rebuilds the mergeable part of a record; every group exists, possibly empty, as the schema defaults it. */
export function unflattenFields(fields: FieldMap, groups: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const g of groups) out[g] = {};
  for (const [path, v] of fields) {
    const dot = path.indexOf('.');
    if (dot > 0 && groups.has(path.slice(0, dot))) (out[path.slice(0, dot)] as Record<string, unknown>)[path.slice(dot + 1)] = v;
    else out[path] = v;
  }
  return out;
}
