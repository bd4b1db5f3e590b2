/**
 * Lazily decoded string columns (lib/codec/string-column.ts) through the structural codec: the
 * same strings back, item by item; the byte-wise order check agrees with JavaScript's `<`, also
 * where UTF-8 order and UTF-16 order differ; damaged columns are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStructure, encodeStructure } from '../../../lib/codec/structure';
import { DictColumn, StringColumn, isStrings, sliceOf, type Strings } from '../../../lib/codec/string-column';
import { strictlyAscending } from '../../../lib/catalog/sorted-table';

const items = (s: Strings) => Array.from({ length: s.length }, (_, i) => s.at(i));
const lazy = (value: unknown) => decodeStructure(encodeStructure(value, { lazyStrings: true }));

describe('string columns', () => {
  it('come back item by item as they were, in the structure around them', () => {
    const strings = ['Tōkyō', '', 'a', 'データセンター', '😀 emoji', 'x'.repeat(300)];
    const back = lazy({ names: strings, kinds: Array.from({ length: 40 }, (_, i) => (i % 3 ? 'region' : 'facility')), n: [1, 2] }) as { names: Strings; kinds: Strings; n: number[] };
    expect(back.names).toBeInstanceOf(StringColumn);
    expect(items(back.names)).toEqual(strings);
    expect(back.names.at(-1)).toBeUndefined();
    expect(back.names.at(strings.length)).toBeUndefined();
    expect(back.kinds).toBeInstanceOf(DictColumn);
    expect(items(back.kinds)).toEqual(Array.from({ length: 40 }, (_, i) => (i % 3 ? 'region' : 'facility')));
    expect(sliceOf(back.names, 1, 3)).toEqual(['', 'a']);
    expect(isStrings(back.names, strings.length)).toBe(true);
    expect(isStrings(back.names, 2)).toBe(false);
    // Without the option the codec gives arrays, as before.
    expect(decodeStructure(encodeStructure({ names: strings }))).toEqual({ names: strings });
  });

  it('find an item as indexOf does on the array, without decoding the others', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ー', '😀'), maxLength: 3 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), text, (xs, wanted) => {
        const { col, dict } = lazy({ col: xs, dict: [...xs, ...xs, ...xs, ...xs] }) as { col: Strings; dict: Strings };
        expect(col.indexOf(wanted)).toBe(xs.indexOf(wanted));
        expect(dict.indexOf(wanted)).toBe(xs.indexOf(wanted));
      }),
      { numRuns: 300 },
    );
    const column = lazy({ xs: ['alpha', 'beta', 'gamma'] }) as { xs: StringColumn };
    expect(column.xs.indexOf('gamma')).toBe(2);
    expect((column.xs as unknown as { made: Map<number, string> }).made.size).toBe(0);
  });

  it('are written back as the arrays they stand for when a decoded structure is encoded again', () => {
    const value = { names: ['x', 'y', 'z'], kinds: Array.from({ length: 40 }, (_, i) => (i % 2 ? 'a' : 'b')) };
    const once = lazy(value);
    expect(decodeStructure(encodeStructure(once))).toEqual(value);
    expect(items((lazy(once) as { names: Strings }).names)).toEqual(value.names);
  });

  it('are stored once when a structure holds the same strings twice, and both come back', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `site-${i}-${'x'.repeat(i % 7)}`);
    const other = ids.map((id) => `${id}!`);
    for (const lazyStrings of [true, false]) {
      const twice = encodeStructure({ keys: ids, catalog: { ids: [...ids] }, kinds: ids.map((_, i) => (i % 2 ? 'a' : 'b')), again: ids.map((_, i) => (i % 2 ? 'a' : 'b')) }, { lazyStrings });
      const apart = encodeStructure({ keys: ids, catalog: { ids: other }, kinds: ids.map((_, i) => (i % 2 ? 'a' : 'b')), again: ids.map((_, i) => (i % 2 ? 'b' : 'a')) }, { lazyStrings });
      // The repeated ids' bytes (about 6 KB) are not written a second time.
      expect(apart.byteLength - twice.byteLength).toBeGreaterThan(5000);
      const back = decodeStructure(twice) as { keys: Strings; catalog: { ids: Strings }; again: Strings };
      expect(items(back.keys)).toEqual(ids);
      expect(items(back.catalog.ids)).toEqual(ids);
      expect(items(back.again)).toEqual(ids.map((_, i) => (i % 2 ? 'a' : 'b')));
    }
  });

  it('check their order on the bytes exactly as < does, astral characters included', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ー', '\uE000', '\uFFFD', '😀', '𝄞'), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), (xs) => {
        const column = lazy({ xs }) as { xs: Strings };
        const expected = xs.every((x, i) => i === 0 || xs[i - 1] < x);
        expect(strictlyAscending(column.xs)).toBe(expected);
        expect(strictlyAscending(xs)).toBe(expected);
      }),
      { numRuns: 400 },
    );
    // The case where byte order and < disagree: U+FFFD sorts after U+1D11E in UTF-8, before it in UTF-16.
    expect(strictlyAscending((lazy({ xs: ['𝄞', '\uFFFD'] }) as { xs: Strings }).xs)).toBe(true);
  });

  it('are refused when their offsets or codes are damaged', () => {
    expect(() => StringColumn.check(new Uint8Array([97, 0, 98, 0]), Int32Array.from([0, 2, 4]))).not.toThrow();
    expect(() => StringColumn.check(new Uint8Array([97, 0, 98, 0]), Int32Array.from([0, 3, 4]))).toThrow(/bad offsets/);
    expect(() => StringColumn.check(new Uint8Array([97, 0, 98, 0]), Int32Array.from([0, 2, 9]))).toThrow(/bad offsets/);
    const bytes = encodeStructure({ k: Array.from({ length: 40 }, (_, i) => (i % 2 ? 'a' : 'b')) }, { lazyStrings: true });
    const header = new DataView(bytes).getUint32(8, true);
    const body = (12 + header + 7) & ~7;
    new Uint8Array(bytes, body, 1)[0] = 7; // a code past the two-word dictionary
    expect(() => decodeStructure(bytes)).toThrow(/dictionary code/);
  });
});
