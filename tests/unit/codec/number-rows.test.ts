/**
 * Rows of numbers read row by row (lib/codec/number-rows.ts) through the structural codec
 * (`lazyRows`): the same rows back, also encoded again as arrays; damaged offsets are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRows, NumberRows, rowsOf, type Rows } from '../../../lib/codec/number-rows';
import { decodeStructure, encodeStructure } from '../../../lib/codec/structure';

const lazy = (value: unknown) => decodeStructure(encodeStructure(value, { lazyRows: true }));

describe('number rows', () => {
  it('come back row by row as they were, empty rows and fractions included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 4 }), { minLength: 1, maxLength: 10 }), (rows) => {
        const back = (lazy({ rows }) as { rows: Rows }).rows;
        expect(back).toBeInstanceOf(NumberRows);
        expect(isRows(back, rows.length)).toBe(true);
        expect(rowsOf(back)).toEqual(rows);
        expect(back.at(rows.length)).toBeUndefined();
        expect(back.at(-1)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    // Without the option the codec gives arrays of arrays, as before.
    expect(decodeStructure(encodeStructure({ rows: [[1, 2], [], [3]] }))).toEqual({ rows: [[1, 2], [], [3]] });
  });

  it('are written back as arrays when a decoded structure is encoded again', () => {
    const once = lazy({ rows: [[1, 2], [], [3]] });
    expect(decodeStructure(encodeStructure(once))).toEqual({ rows: [[1, 2], [], [3]] });
  });

  it('are refused when their offsets are damaged', () => {
    expect(() => NumberRows.check(Int32Array.from([0, 2, 3]), Int32Array.from([1, 2, 3]))).not.toThrow();
    expect(() => NumberRows.check(Int32Array.from([0, 3, 2]), Int32Array.from([1, 2, 3]))).toThrow(/bad offsets/);
    expect(() => NumberRows.check(Int32Array.from([0, 2, 4]), Int32Array.from([1, 2, 3]))).toThrow(/bad offsets/);
    expect(isRows([[1], ['x']])).toBe(false);
  });
});
