/**
 * Whole-column checks kept for after a woken worker's first answer (lib/codec/later-checks.ts):
 * outside `checkingLater` a damaged copy is refused at once, as before; inside it the copy is
 * adopted and `verify()` throws what the check found; an intact copy verifies and reads the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { resolverFor, resolverTablesFor } from '../../../lib/catalog/resolve';
import { plainResolverTables, resolverTablesFromPlain } from '../../../lib/catalog/resolver-tables';
import { check, checkingLater } from '../../../lib/codec/later-checks';
import { decodeStructure, encodeStructure } from '../../../lib/codec/structure';
import type { Strings } from '../../../lib/codec/string-column';
import { parseExportFile } from '../../../lib/sync/format';

const fail = (why: string) => () => {
  throw new Error(why);
};

/** A lazily encoded structure whose first string column's second item start is moved past the bytes. */
function damagedColumn(): ArrayBuffer {
  const bytes = encodeStructure({ names: ['alpha', 'beta', 'gamma'] }, { lazyStrings: true });
  const view = new DataView(bytes);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 12, view.getUint32(8, true)))) as { f: { names: { starts: { o: number } } } };
  const body = (12 + view.getUint32(8, true) + 7) & ~7;
  view.setInt32(body + header.f.names.starts.o + 4, 999, true);
  return bytes;
}

describe('checks kept for later', () => {
  it('run at once outside checkingLater, and are kept, in order, inside it', () => {
    expect(() => check(fail('now'))).toThrow('now');
    const ran: string[] = [];
    const { value, verify } = checkingLater(() => {
      check(() => void ran.push('a'));
      const inner = checkingLater(() => check(fail('inner')));
      check(() => void ran.push('b'));
      check(fail('outer'));
      return inner;
    });
    expect(ran).toEqual([]);
    expect(() => value.verify()).toThrow('inner');
    expect(() => verify()).toThrow('outer');
    expect(ran).toEqual(['a', 'b']);
    // The scope ended: checks run at once again.
    expect(() => check(fail('after'))).toThrow('after');
  });

  it('let a damaged string column be adopted, and verify refuses it', () => {
    expect(() => decodeStructure(damagedColumn())).toThrow(/bad offsets/);
    const { value, verify } = checkingLater(() => decodeStructure(damagedColumn()) as { names: Strings });
    expect(value.names.length).toBe(3);
    expect(() => verify()).toThrow(/bad offsets/);
    const intact = checkingLater(() => decodeStructure(encodeStructure({ names: ['alpha', 'beta'] }, { lazyStrings: true })) as { names: Strings });
    expect(() => intact.verify()).not.toThrow();
    expect(intact.value.names.at(1)).toBe('beta');
  });

  it('let resolver tables out of order be adopted, and verify refuses them; intact tables answer the same', () => {
    const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
    if (!parsed.ok) throw new Error(parsed.message);
    const snapshot = buildCatalogSnapshot(parsed.file.sites, parsed.file.operators);
    const tables = resolverTablesFor(snapshot);
    const siteIds = snapshot.sites.map((s) => s.id);
    const plain = plainResolverTables(tables, siteIds);
    const swapped = { ...plain, texts: { ...plain.texts, numbering: { keys: plain.texts.numbering.keys.slice().reverse(), values: plain.texts.numbering.values } } };
    expect(() => resolverTablesFromPlain(swapped, siteIds)).toThrow(/keys out of order/);
    expect(() => checkingLater(() => resolverTablesFromPlain(swapped, siteIds)).verify()).toThrow(/numbering \(keys out of order\)/);
    const outside = { ...plain, sites: { ...plain.sites, exact: { ...plain.sites.exact, sites: plain.sites.exact.sites.map(() => siteIds.length + 7) } } };
    expect(() => checkingLater(() => resolverTablesFromPlain(outside, siteIds)).verify()).toThrow(/exact \(site number\)/);
    const stored = checkingLater(() => resolverTablesFromPlain(decodeStructure(encodeStructure(plain, { lazyStrings: true })), siteIds));
    expect(() => stored.verify()).not.toThrow();
    const query = { text: 'ap-northeast-2' };
    expect(resolverFor(snapshot, stored.value).resolve(query)).toEqual(resolverFor(snapshot).resolve(query));
    expect(resolverFor(snapshot).resolve(query).length).toBeGreaterThan(0);
  });
});
