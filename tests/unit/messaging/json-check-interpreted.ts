/**
 * The checker as it was before lib/messaging/json-check.ts compiled each schema node once (session
 * 15): it reads every node's keywords on every value. Kept only as the reference the compiled checker
 * must agree with, verdict and message, so compiling it changed nothing about what is refused.
 */
import type { JsonSchema } from '../../../lib/messaging/json-check';

const KNOWN = new Set([
  '$schema', 'type', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'enum', 'const',
  'anyOf', 'oneOf', 'allOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength',
  'pattern', 'format', 'minItems', 'maxItems', 'default', 'description', 'propertyNames',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const patterns = new Map<string, RegExp>();
const regex = (p: string) => patterns.get(p) ?? patterns.set(p, new RegExp(p, 'u')).get(p)!;

/** Returns null when `value` fits `schema`, else where and why it doesn't. */
export function checkJsonInterpreted(schema: JsonSchema | boolean, value: unknown, path = '$'): string | null {
  if (schema === true) return null;
  if (schema === false) return `${path}: not allowed`;
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) return `${path}: schema keyword ${k} is not supported`;
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const ok = types.some((x) => x === t || (x === 'number' && t === 'integer'));
    if (!ok) return `${path}: expected ${types.join(' or ')}, got ${t}`;
  }
  if (schema.const !== undefined && value !== schema.const) return `${path}: expected ${JSON.stringify(schema.const)}`;
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return `${path}: not one of ${(schema.enum as unknown[]).join(', ')}`;
  if (t === 'integer' || t === 'number') {
    const n = value as number;
    if (!Number.isFinite(n)) return `${path}: not a finite number`;
    if (typeof schema.minimum === 'number' && n < schema.minimum) return `${path}: below ${schema.minimum}`;
    if (typeof schema.maximum === 'number' && n > schema.maximum) return `${path}: above ${schema.maximum}`;
    if (typeof schema.exclusiveMinimum === 'number' && n <= schema.exclusiveMinimum) return `${path}: not above ${schema.exclusiveMinimum}`;
    if (typeof schema.exclusiveMaximum === 'number' && n >= schema.exclusiveMaximum) return `${path}: not below ${schema.exclusiveMaximum}`;
  }
  if (t === 'string') {
    const s = value as string;
    if (typeof schema.minLength === 'number' && s.length < schema.minLength) return `${path}: shorter than ${schema.minLength}`;
    if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) return `${path}: longer than ${schema.maxLength}`;
    if (typeof schema.pattern === 'string' && !regex(schema.pattern).test(s)) return `${path}: does not match ${schema.pattern}`;
  }
  if (t === 'array') {
    const a = value as unknown[];
    if (typeof schema.minItems === 'number' && a.length < schema.minItems) return `${path}: fewer than ${schema.minItems} items`;
    if (typeof schema.maxItems === 'number' && a.length > schema.maxItems) return `${path}: more than ${schema.maxItems} items`;
    const prefix = (schema.prefixItems as JsonSchema[] | undefined) ?? [];
    for (let i = 0; i < a.length; i++) {
      const s = i < prefix.length ? prefix[i] : (schema.items as JsonSchema | boolean | undefined);
      if (s === undefined) continue;
      const e = checkJsonInterpreted(s, a[i], `${path}[${i}]`);
      if (e) return e;
    }
  }
  if (t === 'object') {
    const o = value as Record<string, unknown>;
    const props = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const r of (schema.required as string[] | undefined) ?? []) if (!Object.hasOwn(o, r)) return `${path}.${r}: missing`;
    for (const [k, v] of Object.entries(o)) {
      if (schema.propertyNames) {
        const e = checkJsonInterpreted(schema.propertyNames as JsonSchema, k, `${path}.${k} (name)`);
        if (e) return e;
      }
      const s = Object.hasOwn(props, k) ? props[k] : (schema.additionalProperties as JsonSchema | boolean | undefined);
      if (s === undefined) continue;
      const e = checkJsonInterpreted(s, v, `${path}.${k}`);
      if (e) return e;
    }
  }
  if (schema.allOf) for (const s of schema.allOf as JsonSchema[]) {
    const e = checkJsonInterpreted(s, value, path);
    if (e) return e;
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    const errors = alternatives.map((s) => checkJsonInterpreted(s, value, path));
    if (!errors.includes(null)) return errors[0] ?? `${path}: matches no alternative`;
  }
  return null;
}
