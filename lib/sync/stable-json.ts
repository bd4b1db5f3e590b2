/**
 * Deterministic JSON: one text per value whatever the key order or `undefined` members, so values
 * can be compared, ordered and hashed; and records written with the keys in schema order, so an
 * export reads naturally (id first) and two exports of the same catalog are byte-identical.
 */
import type { z } from 'zod';

/** JSON text with object keys sorted and `undefined` members dropped (as JSON.stringify drops them). */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    if (obj[key] === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(obj[key])}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Equal as JSON values (`undefined` members count as absent). Structural, without building
 * strings: the merge compares every field of every record, so this is its hot path.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let defined = 0;
  for (const key in ra) {
    if (!Object.prototype.hasOwnProperty.call(ra, key) || ra[key] === undefined) continue;
    defined++;
    if (!Object.prototype.hasOwnProperty.call(rb, key) || !sameJson(ra[key], rb[key])) return false;
  }
  for (const key in rb) {
    if (Object.prototype.hasOwnProperty.call(rb, key) && rb[key] !== undefined) defined--;
  }
  return defined === 0;
}

/**
 * cyrb53: a fast 53-bit string hash. Used to tell whether a stored record changed since a plan
 * was made, not for security; a collision would only miss that check.
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A record's version token: equal records (by JSON value) give equal tokens. */
export function versionOf(record: unknown): string {
  return hash53(canonicalJson(record));
}

/** The key order of a zod schema, precomputed once so ordering 100k records stays cheap. */
type KeyOrder = { keys: readonly string[]; children: ReadonlyMap<string, KeyOrder> } | { element: KeyOrder } | null;

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

export function keyOrderOf(schema: z.ZodType): KeyOrder {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const children = new Map<string, KeyOrder>();
      for (const [key, child] of Object.entries(shape)) {
        const order = keyOrderOf(child);
        if (order !== null) children.set(key, order);
      }
      return { keys: Object.keys(shape), children };
    }
    case 'array':
      return def.element ? wrapElement(keyOrderOf(def.element)) : null;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return def.innerType ? keyOrderOf(def.innerType) : null;
    default:
      return null;
  }
}

function wrapElement(order: KeyOrder): KeyOrder {
  return order === null ? null : { element: order };
}

/**
 * Whether `JSON.stringify(value)` already gives the text of `JSON.stringify(orderKeys(value, order))`:
 * every object a plain one whose keys come in the schema's order and are all known to it (or, where
 * the schema says nothing, sorted). Records written through zod come out that way, so an export
 * writes them as they are instead of copying each one (100,000 copies cost an export more in
 * garbage collection than in copying). It reads each key once and allocates nothing.
 */
export function inKeyOrder(value: unknown, order: KeyOrder): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    const element = order !== null && 'element' in order ? order.element : null;
    for (let i = 0; i < value.length; i++) if (!inKeyOrder(value[i], element)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  // Anything else (a Date, a Map) may stringify through toJSON or its own shape: copy it as before.
  if (proto !== Object.prototype && proto !== null) return false;
  const obj = value as Record<string, unknown>;
  const known = order !== null && 'keys' in order ? order : null;
  let next = 0;
  let previous: string | null = null;
  for (const key in obj) {
    if (known) {
      // Keys in schema order: each is found further along the schema's list than the one before.
      while (next < known.keys.length && known.keys[next] !== key) next++;
      if (next === known.keys.length) return false;
      next++;
      if (!inKeyOrder(obj[key], known.children.get(key) ?? null)) return false;
    } else {
      if (key === '__proto__' || (previous !== null && previous >= key)) return false;
      previous = key;
      if (!inKeyOrder(obj[key], null)) return false;
    }
  }
  return true;
}

/**
 * A copy of `value` whose object keys follow the schema's order; keys the schema does not know
 * come after, sorted, so even an unexpected stored field is written deterministically.
 */
export function orderKeys(value: unknown, order: KeyOrder): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const element = order !== null && 'element' in order ? order.element : null;
    return value.map((v) => orderKeys(v, element));
  }
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const known = order !== null && 'keys' in order ? order : null;
  if (known) {
    for (const key of known.keys) {
      if (obj[key] !== undefined) out[key] = orderKeys(obj[key], known.children.get(key) ?? null);
    }
  }
  const extra = Object.keys(obj)
    // "__proto__" as a plain assignment would set the copy's prototype; no record has that field.
    .filter((k) => obj[k] !== undefined && k !== '__proto__' && !(known && known.keys.includes(k)))
    .sort();
  for (const key of extra) out[key] = orderKeys(obj[key], null);
  return out;
}
