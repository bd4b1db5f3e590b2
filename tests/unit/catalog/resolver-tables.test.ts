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
/** What numbers the sites of the site lists (a wake's: the id column of the catalog stored beside them). */
let siteIds: string[];

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  snapshot = buildCatalogSnapshot(parsed.file.sites, parsed.file.operators);
  tables = resolverTablesFor(snapshot);
  siteIds = snapshot.sites.map((s) => s.id).sort();
});

const roundTrip = (t: ResolverTables) => resolverTablesFromPlain(decodeStructure(encodeStructure(plainResolverTables(t, siteIds), { lazyStrings: true })), siteIds);

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

  it('store the site lists as site numbers in the catalog\'s id column', () => {
    const plain = plainResolverTables(tables, siteIds);
    for (const name of ['exact', 'stripped', 'unbranded'] as const) {
      const { keys, start, sites } = plain.sites[name];
      expect(sites, name).toBeInstanceOf(Int32Array);
      expect(keys.map((_, i) => Array.from(sites.subarray(start[i], start[i + 1]), (n) => siteIds[n])), name).toEqual(keys.map((k) => tables[name].get(k)));
    }
    expect(() => plainResolverTables(tables, siteIds.slice(1))).toThrow(/not in the catalog/);
  });

  it('are refused when damaged or foreign', () => {
    const plain = plainResolverTables(tables, siteIds);
    expect(() => resolverTablesFromPlain({ ...plain, version: 3 }, siteIds)).toThrow(/format/);
    // Version 4 had no machine's own name ("ABCI 3.0"): built again.
    expect(() => resolverTablesFromPlain({ ...plain, version: 4 }, siteIds)).toThrow(/format/);
    // Version 5 lacked a brand's names written with their generic word ("DC Tuas"): built again.
    expect(() => resolverTablesFromPlain({ ...plain, version: 5 }, siteIds)).toThrow(/format/);
    expect(() => resolverTablesFromPlain(null, siteIds)).toThrow(/format/);
    // A copy of version 3, whose site lists held ids, is refused (the resolver is then built again).
    const { sites: _numbers, ...older } = plain;
    expect(() => resolverTablesFromPlain({ ...older, version: 3, lists: { ...plain.lists, exact: { ...plain.sites.exact, ids: [] } } }, siteIds)).toThrow(/format/);
    const cut = { ...plain, sites: { ...plain.sites, exact: { ...plain.sites.exact, sites: plain.sites.exact.sites.slice(1) } } };
    expect(() => resolverTablesFromPlain(cut, siteIds)).toThrow(/malformed exact/);
    const unordered = { ...plain, sites: { ...plain.sites, stripped: { ...plain.sites.stripped, start: plain.sites.stripped.start.slice().reverse() } } };
    expect(() => resolverTablesFromPlain(unordered, siteIds)).toThrow(/malformed stripped/);
    const outside = { ...plain, sites: { ...plain.sites, unbranded: { ...plain.sites.unbranded, sites: plain.sites.unbranded.sites.map((n, i) => (i === 3 ? siteIds.length : n)) } } };
    expect(() => resolverTablesFromPlain(outside, siteIds)).toThrow(/malformed unbranded \(site number\)/);
    const operators = { ...plain, lists: { ...plain.lists, operatorWeak: { ...plain.lists.operatorWeak, ids: plain.lists.operatorWeak.ids.slice(1) } } };
    expect(() => resolverTablesFromPlain(operators, siteIds)).toThrow(/malformed operatorWeak/);
    const uneven = { ...plain, texts: { ...plain.texts, names: { keys: plain.texts.names.keys, values: plain.texts.names.values.slice(1) } } };
    expect(() => resolverTablesFromPlain(uneven, siteIds)).toThrow(/malformed names/);
    const swapped = { ...plain, texts: { ...plain.texts, numbering: { keys: plain.texts.numbering.keys.slice().reverse(), values: plain.texts.numbering.values } } };
    expect(() => resolverTablesFromPlain(swapped, siteIds)).toThrow(/numbering \(keys out of order\)/);
  });
});
