/**
 * Schemas built on first use (lib/lazy-schema.ts): a woken service worker evaluates the schema
 * modules without building a schema, and a built schema behaves as, and is, the schema (one
 * identity for derived schemas and the export's JSON Schema names).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../lib/lazy-schema';

// zod calls this hook once per schema it constructs (its internal AOT-compile hook).
const config = (globalThis as { __zod_globalConfig?: { postProcessor?: (inst: unknown) => void } }).__zod_globalConfig!;
let constructed = 0;
config.postProcessor = () => void constructed++;

describe('lazySchema', () => {
  beforeEach(() => {
    constructed = 0;
  });

  it('builds nothing until first used, then once', () => {
    const build = vi.fn(() => z.object({ a: z.string().max(3) }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(constructed).toBe(0);
    expect(schema.parse({ a: 'abc' })).toEqual({ a: 'abc' });
    expect(() => schema.parse({ a: 'abcd' })).toThrow(z.ZodError);
    expect(schema.safeParse({ a: 'x' }).success).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('is the schema: instanceof, shape, options, derived schemas hold it', () => {
    const kind = lazySchema(() => z.enum(['a', 'b']));
    const item = lazySchema(() => z.object({ kind, n: z.number().int() }));
    expect(kind.options).toEqual(['a', 'b']);
    expect(item).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(item.shape)).toEqual(['kind', 'n']);
    const optional = item.optional();
    expect(optional._zod.def.innerType).toBe(item);
    expect(item.extend({ extra: z.boolean() }).parse({ kind: 'b', n: 1, extra: true })).toEqual({ kind: 'b', n: 1, extra: true });
    expect(z.array(item).safeParse([{ kind: 'c', n: 1 }]).success).toBe(false);
    // A JSON Schema names it once, including where it is reached through `.optional()`.
    const names = z.registry<{ id: string }>();
    names.add(item, { id: 'Item' });
    const json = z.toJSONSchema(z.object({ one: item, maybe: optional }), { metadata: names }) as { properties: Record<string, unknown>; $defs: Record<string, unknown> };
    expect(json.properties).toEqual({ one: { $ref: '#/$defs/Item' }, maybe: { $ref: '#/$defs/Item' } });
    expect(Object.keys(json.$defs)).toEqual(['Item']);
  });

  it('evaluating the catalog, protocol and sync schema modules builds no schema; a detect request builds only its own', async () => {
    vi.resetModules();
    const { ContentToBackground } = await import('../../lib/messaging/messages');
    await import('../../lib/sync/format');
    await import('../../lib/sync/json-schema');
    expect(constructed).toBe(0);
    expect(ContentToBackground.detect.request.parse({ text: 'a data center in Tokyo', url: 'https://example.org/' })).toEqual({ text: 'a data center in Tokyo', url: 'https://example.org/' });
    expect(() => ContentToBackground.detect.request.parse({ text: 1, url: '' })).toThrow();
    // The request's object and its two strings (with their limits): not the catalog's schemas.
    expect(constructed).toBeGreaterThan(0);
    expect(constructed).toBeLessThan(10);
  });
});
