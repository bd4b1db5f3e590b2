/**
 * A zod schema built on its first use, not when its module is evaluated. The extension's service
 * worker evaluates every module of its bundle on each wake (it may not `import()` a chunk later),
 * and building every catalog, protocol and sync schema at module top level was most of that
 * evaluation, while a woken worker's first answer needs one message's schema.
 *
 * The value returned is the schema itself, not a wrapper: on the first read of any property the
 * schema is built, then constructed once more over this very object from its definition (as zod's
 * own `clone` does), so every method, closure and derived schema (`.optional()`, a JSON Schema's
 * names) holds this one identity. Importers use it as any schema: `.parse`, `.extend`, `.options`,
 * `z.infer`, nesting, `instanceof`.
 */
interface Constructed {
  _zod: { constr: (this: object, def: unknown) => object; def: unknown };
}

export function lazySchema<T extends object>(build: () => T): T {
  const target = Object.create(null) as T;
  let built = false;
  const ensure = () => {
    if (built) return;
    built = true;
    const first = build() as unknown as Constructed;
    Object.setPrototypeOf(target, Object.getPrototypeOf(first));
    first._zod.constr.call(schema, first._zod.def);
  };
  const schema: T = new Proxy(target, {
    get: (t, key, receiver) => (ensure(), Reflect.get(t, key, receiver)),
    set: (t, key, value, receiver) => (ensure(), Reflect.set(t, key, value, receiver)),
    has: (t, key) => (ensure(), Reflect.has(t, key)),
    ownKeys: (t) => (ensure(), Reflect.ownKeys(t)),
    getOwnPropertyDescriptor: (t, key) => (ensure(), Reflect.getOwnPropertyDescriptor(t, key)),
    defineProperty: (t, key, d) => (ensure(), Reflect.defineProperty(t, key, d)),
    deleteProperty: (t, key) => (ensure(), Reflect.deleteProperty(t, key)),
    getPrototypeOf: (t) => (ensure(), Reflect.getPrototypeOf(t)),
  });
  return schema;
}
