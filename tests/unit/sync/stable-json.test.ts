import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import { inKeyOrder, keyOrderOf, orderKeys } from '../../../lib/sync/stable-json';
import { awsTokyo } from './fixtures';

const SITE_ORDER = keyOrderOf(SiteSchema);
const seed = JSON.parse(readFileSync('public/seed-catalog.json', 'utf8')) as { sites: unknown[]; operators: unknown[] };
const reversed = (o: object) => Object.fromEntries(Object.entries(o).reverse());

describe('inKeyOrder', () => {
  it('holds for every record zod parses (what the catalog stores), so an export copies none', () => {
    expect(seed.sites.filter((s) => !inKeyOrder(SiteSchema.parse(s), SITE_ORDER))).toEqual([]);
    const operatorOrder = keyOrderOf(OperatorSchema);
    expect(seed.operators.filter((o) => !inKeyOrder(OperatorSchema.parse(o), operatorOrder))).toEqual([]);
  });

  it('is false wherever orderKeys would write another text, and true only where the texts agree', () => {
    const variants: unknown[] = [
      awsTokyo,
      reversed(awsTokyo),
      { ...awsTokyo, place: reversed(awsTokyo.place) },
      { ...awsTokyo, sources: [reversed(awsTokyo.sources[0])] },
      { ...awsTokyo, zzUnknown: 1 },
      { extra: 1, ...awsTokyo },
      { ...awsTokyo, status: undefined },
      { ...awsTokyo, dates: new Date(0) },
      { ...awsTokyo, place: { ...awsTokyo.place, 7: 'x' } },
      Object.assign(Object.create(null) as object, awsTokyo),
    ];
    const fast = variants.map((v) => inKeyOrder(v, SITE_ORDER));
    for (const v of variants.filter((_, i) => fast[i])) expect(JSON.stringify(v)).toBe(JSON.stringify(orderKeys(v, SITE_ORDER)));
    expect(fast).toEqual([true, false, false, false, false, false, true, false, false, true]);
  });

  it('wants sorted keys where the schema says nothing', () => {
    expect(inKeyOrder({ a: 1, b: { c: [{ d: 1, e: 2 }] } }, null)).toBe(true);
    expect(inKeyOrder({ b: 1, a: 1 }, null)).toBe(false);
    expect(inKeyOrder({ a: [{ e: 1, d: 2 }] }, null)).toBe(false);
    expect(inKeyOrder(JSON.parse('{"__proto__": 1}'), null)).toBe(false);
  });
});
