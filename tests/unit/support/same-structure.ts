/**
 * Deep comparison of two data structures, path by path: which paths one lost, which changed type
 * or value (typed arrays by class, length and a checksum of their bytes). For tests of persisted
 * structures, where "a field went missing" must name the field.
 */
import { expect } from 'vitest';
import { NumberRows, rowsOf } from '../../../lib/codec/number-rows';
import { DictColumn, sliceOf, StringColumn } from '../../../lib/codec/string-column';

const describeNumber = (n: number) => (Object.is(n, -0) ? '-0' : String(n));

/** FNV-1a over the bytes: a typed array's content in a few characters. */
function checksum(x: ArrayBufferView): string {
  const bytes = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16);
}

/**
 * Every leaf of a structure with its path and a description of its type and content. A column
 * read item by item (lib/codec) is described as the array it stands for.
 */
function leaves(x: unknown, path = '$', out = new Map<string, string>()): Map<string, string> {
  if (x instanceof StringColumn || x instanceof DictColumn) return leaves(sliceOf(x, 0, x.length), path, out);
  if (x instanceof NumberRows) return leaves(rowsOf(x), path, out);
  if (ArrayBuffer.isView(x)) out.set(path, `${x.constructor.name}(${(x as Uint8Array).length}):${checksum(x)}`);
  else if (Array.isArray(x) && x.every((v) => v === null || typeof v !== 'object')) {
    out.set(path, `Array:${x.map((v) => `${typeof v}:${typeof v === 'number' ? describeNumber(v) : String(v)}`).join('\u0001')}`);
  } else if (Array.isArray(x)) {
    out.set(path, `Array(${x.length})`);
    x.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  } else if (x !== null && typeof x === 'object') {
    out.set(path, `Object{${Object.keys(x).sort().join(',')}}`);
    for (const [k, v] of Object.entries(x)) leaves(v, `${path}.${k}`, out);
  } else out.set(path, `${typeof x}:${typeof x === 'number' ? describeNumber(x) : String(x)}`);
  return out;
}

export function expectSameStructure(actual: unknown, expected: unknown): void {
  const a = leaves(actual);
  const e = leaves(expected);
  const missing = [...e.keys()].filter((k) => !a.has(k)).slice(0, 5);
  expect(missing, 'paths lost by serialization').toEqual([]);
  const differing = [...e.keys()].filter((k) => a.get(k) !== e.get(k)).slice(0, 5);
  expect(differing, 'paths whose type or value changed').toEqual([]);
  expect(a.size).toBe(e.size);
}
