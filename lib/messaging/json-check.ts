/**
 * A small JSON Schema checker for the content script, which can't afford zod (the whole content
 * script must stay under 30 KB gzipped). The schemas it checks are generated from the zod schemas
 * of lib/messaging/messages.ts (scripts/gen-content-schemas.ts), so zod stays the single source of truth;
 * a unit test checks that this checker and zod agree on valid and broken messages.
 *
 * Supports the keywords z.toJSONSchema emits for our schemas; any other keyword is refused, so a
 * schema change it can't check fails the test instead of passing unchecked.
 */
export type JsonSchema = { [keyword: string]: unknown };

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
export function checkJson(schema: JsonSchema | boolean, value: unknown, path = '$'): string | null {
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
      const e = checkJson(s, a[i], `${path}[${i}]`);
      if (e) return e;
    }
  }
  if (t === 'object') {
    const o = value as Record<string, unknown>;
    const props = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const r of (schema.required as string[] | undefined) ?? []) if (!Object.hasOwn(o, r)) return `${path}.${r}: missing`;
    for (const [k, v] of Object.entries(o)) {
      if (schema.propertyNames) {
        const e = checkJson(schema.propertyNames as JsonSchema, k, `${path}.${k} (name)`);
        if (e) return e;
      }
      const s = Object.hasOwn(props, k) ? props[k] : (schema.additionalProperties as JsonSchema | boolean | undefined);
      if (s === undefined) continue;
      const e = checkJson(s, v, `${path}.${k}`);
      if (e) return e;
    }
  }
  if (schema.allOf) for (const s of schema.allOf as JsonSchema[]) {
    const e = checkJson(s, value, path);
    if (e) return e;
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    const errors = alternatives.map((s) => checkJson(s, value, path));
    if (!errors.includes(null)) return errors[0] ?? `${path}: matches no alternative`;
  }
  return null;
}

/**
 * The same check for a long array, in slices that each take at most `sliceMs`, yielding to the
 * page between them: a reply with thousands of mentions must not make one long task.
 */
export async function checkJsonSliced(
  schema: JsonSchema,
  value: unknown,
  yieldToPage: () => Promise<void>,
  now: () => number,
  sliceMs = 8,
): Promise<string | null> {
  const items = schema.items as JsonSchema | undefined;
  if (schema.type !== 'array' || !items || !Array.isArray(value)) return checkJson(schema, value);
  const shallow = checkJson({ ...schema, items: true }, value);
  if (shallow) return shallow;
  let start = now();
  for (let i = 0; i < value.length; i++) {
    const problem = checkJson(items, value[i], `$[${i}]`);
    if (problem) return problem;
    if (now() - start > sliceMs) {
      await yieldToPage();
      start = now();
    }
  }
  return null;
}
