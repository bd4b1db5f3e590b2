/**
 * A small JSON Schema checker for the content script, which can't afford zod (the whole content
 * script must stay under 30 KB gzipped). The schemas it checks are generated from the zod schemas
 * of lib/messaging/messages.ts (scripts/gen-content-schemas.ts), so zod stays the single source of truth;
 * a unit test checks that this checker and zod agree on valid and broken messages.
 *
 * Supports the keywords z.toJSONSchema emits for our schemas; any other keyword is refused, so a
 * schema change it can't check fails the test instead of passing unchecked.
 *
 * Each schema node is compiled once into a closure (kept per schema object): its keywords are read
 * and vetted once, not on every value, and a value's path is spelled out only when it fails. A long
 * page's detect replies are ~40 schema nodes per mention, and the content script's code runs mostly
 * unoptimized (a fresh isolated world per page): re-reading every node's keywords for every value
 * was 8-44 ms of a long page's read (docs/BENCH.md, session 15).
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

/**
 * Null when the value fits, else why not, after the path inside the value (".facts.gpus: …",
 * "[3]: …", or ": …" for the value itself): the caller puts its own path in front.
 */
type Checker = (value: unknown) => string | null;

const pass: Checker = () => null;
const refuse: Checker = () => ': not allowed';
const compiled = new WeakMap<JsonSchema, Checker>();

function compile(schema: JsonSchema | boolean): Checker {
  if (schema === true) return pass;
  if (schema === false) return refuse;
  let checker = compiled.get(schema);
  if (!checker) compiled.set(schema, (checker = build(schema)));
  return checker;
}

const numberOr = (x: unknown) => (typeof x === 'number' ? x : undefined);

function build(schema: JsonSchema): Checker {
  for (const k of Object.keys(schema)) {
    if (KNOWN.has(k)) continue;
    // Refused when a value reaches it, as an unvetted keyword must never pass a value.
    const unsupported = `: schema keyword ${k} is not supported`;
    return () => unsupported;
  }
  const types = schema.type === undefined ? null : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const typeNames = types?.join(' or ');
  // An integer is a number too.
  const accepted = types && new Set(types.includes('number') ? [...types, 'integer'] : types);
  const hasConst = schema.const !== undefined;
  const constant = schema.const;
  const constError = hasConst ? `: expected ${JSON.stringify(constant)}` : '';
  const enumValues = schema.enum ? (schema.enum as unknown[]) : null;
  const enumError = enumValues ? `: not one of ${enumValues.join(', ')}` : '';
  const minimum = numberOr(schema.minimum);
  const maximum = numberOr(schema.maximum);
  const exclusiveMinimum = numberOr(schema.exclusiveMinimum);
  const exclusiveMaximum = numberOr(schema.exclusiveMaximum);
  const minLength = numberOr(schema.minLength);
  const maxLength = numberOr(schema.maxLength);
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : null;
  const minItems = numberOr(schema.minItems);
  const maxItems = numberOr(schema.maxItems);
  const prefix = ((schema.prefixItems as JsonSchema[] | undefined) ?? []).map(compile);
  const items = schema.items === undefined ? null : compile(schema.items as JsonSchema | boolean);
  const required = (schema.required as string[] | undefined) ?? [];
  const properties = new Map<string, Checker>();
  for (const [k, s] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) properties.set(k, compile(s));
  const additional = schema.additionalProperties === undefined ? null : compile(schema.additionalProperties as JsonSchema | boolean);
  const names = schema.propertyNames ? compile(schema.propertyNames as JsonSchema) : null;
  const allOf = ((schema.allOf as JsonSchema[] | undefined) ?? []).map(compile);
  const alternatives = ((schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined)?.map(compile) ?? null;

  return (value) => {
    const t = typeOf(value);
    if (accepted && !accepted.has(t)) return `: expected ${typeNames}, got ${t}`;
    if (hasConst && value !== constant) return constError;
    if (enumValues && !enumValues.includes(value)) return enumError;
    if (t === 'integer' || t === 'number') {
      const n = value as number;
      if (!Number.isFinite(n)) return ': not a finite number';
      if (minimum !== undefined && n < minimum) return `: below ${minimum}`;
      if (maximum !== undefined && n > maximum) return `: above ${maximum}`;
      if (exclusiveMinimum !== undefined && n <= exclusiveMinimum) return `: not above ${exclusiveMinimum}`;
      if (exclusiveMaximum !== undefined && n >= exclusiveMaximum) return `: not below ${exclusiveMaximum}`;
    } else if (t === 'string') {
      const s = value as string;
      if (minLength !== undefined && s.length < minLength) return `: shorter than ${minLength}`;
      if (maxLength !== undefined && s.length > maxLength) return `: longer than ${maxLength}`;
      if (pattern && !pattern.test(s)) return `: does not match ${schema.pattern}`;
    } else if (t === 'array') {
      const a = value as unknown[];
      if (minItems !== undefined && a.length < minItems) return `: fewer than ${minItems} items`;
      if (maxItems !== undefined && a.length > maxItems) return `: more than ${maxItems} items`;
      for (let i = 0; i < a.length; i++) {
        const check = i < prefix.length ? prefix[i] : items;
        const e = check && check(a[i]);
        if (e) return `[${i}]${e}`;
      }
    } else if (t === 'object') {
      const o = value as Record<string, unknown>;
      for (const r of required) if (!Object.hasOwn(o, r)) return `.${r}: missing`;
      for (const k of Object.keys(o)) {
        const nameError = names && names(k);
        if (nameError) return `.${k} (name)${nameError}`;
        const check = properties.get(k) ?? additional;
        const e = check && check(o[k]);
        if (e) return `.${k}${e}`;
      }
    }
    for (const check of allOf) {
      const e = check(value);
      if (e) return e;
    }
    if (alternatives) {
      const errors = alternatives.map((check) => check(value));
      if (!errors.includes(null)) return errors[0] ?? ': matches no alternative';
    }
    return null;
  };
}

/** Returns null when `value` fits `schema`, else where and why it doesn't. */
export function checkJson(schema: JsonSchema | boolean, value: unknown, path = '$'): string | null {
  const e = compile(schema)(value);
  return e && path + e;
}

/** `schema` with its items unchecked (the same object each time, so it is compiled once). */
const shallowSchemas = new WeakMap<JsonSchema, JsonSchema>();
function shallowOf(schema: JsonSchema): JsonSchema {
  let shallow = shallowSchemas.get(schema);
  if (!shallow) shallowSchemas.set(schema, (shallow = { ...schema, items: true }));
  return shallow;
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
  const shallow = checkJson(shallowOf(schema), value);
  if (shallow) return shallow;
  const check = compile(items);
  let start = now();
  for (let i = 0; i < value.length; i++) {
    const problem = check(value[i]);
    if (problem) return `$[${i}]${problem}`;
    if (now() - start > sliceMs) {
      await yieldToPage();
      start = now();
    }
  }
  return null;
}
