/**
 * The resolver's name tables survive the plain form and the structural codec unchanged (every
 * key with every id, in order; adopted as sorted tables), a resolver given them answers as one
 * that built its own, and a damaged or foreign row is refused rather than adopted.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { resolverFor, resolverTablesFor, type ResolverTables } from '../../../lib/catalog/resolve';
import { plainResolverTables, resolverTablesFromPlain } from '../../../lib/catalog/resolver-tables';
import { decodeStructure, encodeStructure } from '../../../lib/codec/structure';
import { parseExportFile } from '../../../lib/sync/format';

let snapshot: CatalogSnapshot;
let tables: ResolverTables;

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  snapshot = buildCatalogSnapshot(parsed.file.sites, parsed.file.operators);
  tables = resolverTablesFor(snapshot);
});

const roundTrip = (t: ResolverTables) => resolverTablesFromPlain(decodeStructure(encodeStructure(plainResolverTables(t), { lazyStrings: true })));

describe('resolver tables', () => {
  it('come back with every key and id, in order', () => {
    const back = roundTrip(tables);
    const sorted = (m: ReadonlyMap<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const name of ['exact', 'stripped', 'unbranded', 'names', 'numbering', 'operatorStrong', 'operatorWeak'] as const) {
      const own: ReadonlyMap<string, unknown> = tables[name];
      const adopted: ReadonlyMap<string, unknown> = back[name];
      expect(own.size, name).toBeGreaterThan(0);
      expect(adopted.size, name).toBe(own.size);
      expect([...adopted], name).toEqual(sorted(own));
      // Every key is found by lookup (binary search), and a key the catalog lacks is not.
      for (const [key, value] of own) expect(adopted.get(key), `${name}: ${key}`).toEqual(value);
      expect(adopted.get('no such key, surely'), name).toBeUndefined();
    }
  });

  it('give a resolver the same answers as tables it built itself', () => {
    const own = resolverFor(snapshot);
    const adopted = resolverFor(snapshot, roundTrip(tables));
    const site = snapshot.sites.find((s) => s.aliases.length > 0 && s.place.city && s.operatorIds.length > 0)!;
    const queries = [
      { text: site.aliases[0] },
      { text: site.name, operatorIds: site.operatorIds },
      { operatorIds: site.operatorIds, city: site.place.city, country: site.place.country },
      { operatorIds: site.operatorIds, city: site.place.city, ordinal: 2 },
      { text: 'ap-northeast-2' },
    ];
    for (const q of queries) expect(adopted.resolve(q), JSON.stringify(q)).toEqual(own.resolve(q));
    expect(own.resolve(queries[0]).length).toBeGreaterThan(0);
  });

  it('are refused when damaged or foreign', () => {
    const plain = plainResolverTables(tables);
    expect(() => resolverTablesFromPlain({ ...plain, version: 2 })).toThrow(/format/);
    expect(() => resolverTablesFromPlain(null)).toThrow(/format/);
    const cut = { ...plain, lists: { ...plain.lists, exact: { ...plain.lists.exact, ids: plain.lists.exact.ids.slice(1) } } };
    expect(() => resolverTablesFromPlain(cut)).toThrow(/malformed exact/);
    const unordered = { ...plain, lists: { ...plain.lists, stripped: { ...plain.lists.stripped, start: plain.lists.stripped.start.slice().reverse() } } };
    expect(() => resolverTablesFromPlain(unordered)).toThrow(/malformed stripped/);
    const uneven = { ...plain, texts: { ...plain.texts, names: { keys: plain.texts.names.keys, values: plain.texts.names.values.slice(1) } } };
    expect(() => resolverTablesFromPlain(uneven)).toThrow(/malformed names/);
    const swapped = { ...plain, texts: { ...plain.texts, numbering: { keys: plain.texts.numbering.keys.slice().reverse(), values: plain.texts.numbering.values } } };
    expect(() => resolverTablesFromPlain(swapped)).toThrow(/numbering \(keys out of order\)/);
  });
});
