/**
 * The persisted detector index (serializeIndex / loadIndex over lib/codec/structure.ts): a worker
 * that wakes up must detect exactly what a fresh compile detects. The structures are compared
 * deeply, field by field, so a field added to the index that serialization loses fails here even
 * when no fixture article happens to exercise it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResolver, type Resolver } from '../../../lib/catalog/resolve';
import { checkingLater } from '../../../lib/codec/later-checks';
import { compileIndex, detect, loadIndex, serializeIndex, type DetectorIndex } from '../../../lib/detect/index';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { parseExportFile } from '../../../lib/sync/format';
import { expectSameStructure } from '../support/same-structure';

const DEV = 'tests/fixtures/dev';

let fresh: DetectorIndex;
let resolver: Resolver;

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  const { sites, operators } = parsed.file;
  fresh = compileIndex(lexiconFromCatalog(sites, operators));
  resolver = createResolver(sites, operators);
});

describe('serialized detector index', () => {
  it('comes back with every field, type and value of a fresh compile (seed catalog)', () => {
    const serialized = serializeIndex(fresh);
    expect(serialized.bytes).toBeInstanceOf(ArrayBuffer);
    // Through structured clone too: what IndexedDB stores and gives back.
    const loaded = loadIndex(structuredClone(serialized));
    expectSameStructure(loaded, fresh);
  });

  it('detects exactly what a fresh compile detects on every dev article', () => {
    const loaded = loadIndex(structuredClone(serializeIndex(fresh)));
    const files = readdirSync(DEV).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(20);
    let mentions = 0;
    for (const f of files) {
      const text = readFileSync(join(DEV, f), 'utf8');
      const expected = detect(text, fresh, (q) => resolver.resolve(q));
      mentions += expected.length;
      expect(detect(text, loaded, (q) => resolver.resolve(q)), f).toEqual(expected);
    }
    expect(mentions).toBeGreaterThan(100);
  });

  it('keeps a field added to the index, whatever its shape', () => {
    const extra = {
      ...fresh,
      sites: { ...fresh.sites, added: Array.from({ length: fresh.sites.ids.length }, (_, i) => i % 3 === 0), weights: Array.from({ length: fresh.sites.ids.length }, (_, i) => i / 7) },
      addedTable: { codes: new Uint32Array([1, 2, 3]), rows: [[1, 2], [], [3.5]], label: 'x', none: null, gone: undefined, nan: Number.NaN, negZero: -0 },
    };
    expectSameStructure(loadIndex(serializeIndex(extra as DetectorIndex)), extra);
  });

  it('refuses, rather than drops, a value it cannot represent', () => {
    const withMap = { ...fresh, lookup: new Map([['a', 1]]) };
    expect(() => serializeIndex(withMap as unknown as DetectorIndex)).toThrow(/lookup/);
  });

  it('refuses other formats, other versions and damaged buffers', () => {
    const good = serializeIndex(fresh);
    expect(() => loadIndex({ ...good, version: 2 } as never)).toThrow(/version/);
    const damaged = good.bytes.slice(0);
    new DataView(damaged).setUint32(0, 0, true);
    expect(() => loadIndex({ ...good, bytes: damaged })).toThrow(/magic/);
    expect(() => loadIndex({ ...good, bytes: good.bytes.slice(0, 64) })).toThrow();
  });

  it('has a comparison that notices a lost or changed field', () => {
    const { cities: _lost, ...sitesWithoutCities } = fresh.sites;
    expect(() => expectSameStructure({ ...fresh, sites: sitesWithoutCities }, fresh)).toThrow(/lost/);
    const changed = { ...fresh, patternFlags: Uint8Array.from(fresh.patternFlags, (f, i) => (i === 5 ? f ^ 1 : f)) };
    expect(() => expectSameStructure(changed, fresh)).toThrow(/changed/);
  });

  it('refuses an index stored in the layout before sorted child ranges (version 1), so it is compiled again', () => {
    const older = serializeIndex({ ...fresh, version: 1 } as unknown as DetectorIndex);
    expect(() => loadIndex(older)).toThrow(/format\/version/);
  });

  it('adopts an index with damaged automaton links inside checkingLater, and verify refuses it', () => {
    const stored = { format: 'dc-lens-detector-bin', version: 1, bytes: serializeIndex(fresh).bytes } as const;
    // Decoded typed arrays are views into the stored bytes: damage one failure link there, as a bad disk would.
    const fail = loadIndex(stored).main.fail;
    fail[fail.length - 1] = fail.length;
    expect(() => loadIndex(stored)).toThrow(/failure link/);
    const kept = checkingLater(() => loadIndex(stored));
    expect(kept.value.main.fail.length).toBe(fresh.main.fail.length);
    expect(() => kept.verify()).toThrow(/failure link/);
    expect(() => checkingLater(() => loadIndex(serializeIndex(fresh))).verify()).not.toThrow();
  });

  it('refuses an index from before the folded operator names (version 2), and folded names out of order', () => {
    const { folded: _, ...operators } = fresh.operators;
    expect(() => loadIndex(serializeIndex({ ...fresh, version: 2, operators } as unknown as DetectorIndex))).toThrow(/format\/version/);
    const reversed = { ...fresh, operators: { ...fresh.operators, folded: [...(fresh.operators.folded as string[])].reverse() } };
    expect(() => loadIndex(serializeIndex(reversed))).toThrow(/out of order/);
    expect(() => checkingLater(() => loadIndex(serializeIndex(reversed))).verify()).toThrow(/out of order/);
  });

  it('stays one compact buffer', () => {
    const bytes = serializeIndex(fresh).bytes.byteLength;
    // The fold table alone is 128 KB; the places automaton dominates. A sanity bound, not a goal.
    expect(bytes).toBeLessThan(12 * 1024 * 1024);
  });
});
