/**
 * A structural binary codec for plain data made of objects, arrays, strings, numbers, booleans and
 * typed arrays: one ArrayBuffer out, the same structure back. Used to persist the compiled detector
 * index and the city gazetteer, so a service worker that woke up adopts them instead of rebuilding.
 *
 * Structural, not field by field: a field added to the encoded object tomorrow is kept without a
 * change here, and a value this codec cannot represent (a Map, a class instance, a function) throws
 * instead of being dropped silently.
 *
 * Layout: "DCLB" magic, u32 codec version, u32 header length, the JSON header (the shape, with
 * offsets), padding to 8, then the body. Typed arrays decode as views into the buffer (no copy);
 * string arrays are stored joined by NUL as UTF-8 (or as a dictionary of distinct values plus
 * 8- or 16-bit codes, when few values repeat, which also interns them); number arrays as
 * Int32/Float64 arrays. With `lazyStrings`, string arrays come back as columns decoded item by
 * item on first read (string-column.ts), each item's start stored beside the bytes; with
 * `lazyRows`, arrays of number arrays come back as rows made when read (number-rows.ts).
 */
import { check } from './later-checks';
import { NumberRows, rowsOf } from './number-rows';
import { DictColumn, sliceOf, StringColumn } from './string-column';

export const STRUCTURE_CODEC_VERSION = 1;
const MAGIC = 0x424c4344; // "DCLB" little-endian

type TypedName = 'Int8Array' | 'Uint8Array' | 'Uint8ClampedArray' | 'Int16Array' | 'Uint16Array' | 'Int32Array' | 'Uint32Array' | 'Float32Array' | 'Float64Array';
type AnyTyped = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

const TYPED: Record<TypedName, { new (buffer: ArrayBuffer, offset: number, length: number): AnyTyped; BYTES_PER_ELEMENT: number }> = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
};

/** The header's description of one value. */
type Node =
  | { k: 'o'; f: Record<string, Node> }
  | { k: 'a'; items: Node[] }
  | { k: 'v'; v: string | number | boolean | null }
  | { k: 'u' }
  /** A number JSON cannot hold: NaN, ±Infinity, -0. */
  | { k: 'x'; v: string }
  | { k: 't'; c: TypedName; o: number; n: number }
  | { k: 'r'; id: number }
  | { k: 's'; o: number; b: number; n: number }
  | { k: 'd'; dict: string[]; codes: Node }
  /** Lazy forms (`lazyStrings`): a StringColumn (bytes, item starts) and a DictColumn. */
  | { k: 'S'; bytes: Node; starts: Node }
  | { k: 'D'; dict: string[]; codes: Node }
  | { k: 'n'; data: Node }
  | { k: 'nn'; starts: Node; values: Node }
  /** Lazy form (`lazyRows`) of 'nn': NumberRows. */
  | { k: 'N'; starts: Node; values: Node };

function typedName(x: unknown): TypedName | null {
  if (!ArrayBuffer.isView(x) || x instanceof DataView) return null;
  const name = (x as AnyTyped).constructor.name as TypedName;
  return name in TYPED ? name : null;
}

const isInt32 = (x: number) => (x | 0) === x && !Object.is(x, -0);

class Writer {
  private chunks: Array<{ at: number; bytes: Uint8Array }> = [];
  private size = 0;
  private seen = new Map<object, number>();
  private typedNodes: Node[] = [];
  private encoder = new TextEncoder();
  /**
   * String arrays already written, by content: an equal one points at the same bytes (the
   * resolver's tables keyed by site id repeat its column of site ids: 3.3 MB of a 100k wake's read).
   */
  private writtenStrings = new Map<string, () => Node>();

  constructor(
    private readonly lazyStrings = false,
    private readonly lazyRows = false,
  ) {}

  private place(bytes: Uint8Array): number {
    const at = this.size;
    this.chunks.push({ at, bytes });
    this.size = (at + bytes.byteLength + 7) & ~7;
    return at;
  }

  typed(x: AnyTyped): Node {
    const previous = this.seen.get(x);
    if (previous !== undefined) return { k: 'r', id: previous };
    const name = typedName(x)!;
    const node: Node = { k: 't', c: name, o: this.place(new Uint8Array(x.buffer, x.byteOffset, x.byteLength)), n: x.length };
    this.seen.set(x, this.typedNodes.length);
    this.typedNodes.push(node);
    return node;
  }

  private strings(xs: string[]): Node {
    // Items never hold a NUL (array() checks), so the joined text is the array's content.
    const joined = xs.join('\u0000');
    const again = this.writtenStrings.get(joined);
    if (again) return again();
    const [node, repeat] = this.newStrings(xs, joined);
    this.writtenStrings.set(joined, repeat);
    return node;
  }

  /** The node of a string array written for the first time, and how to point at its bytes again. */
  private newStrings(xs: string[], joined: string): [Node, () => Node] {
    const distinct = new Map<string, number>();
    for (const s of xs) if (!distinct.has(s)) distinct.set(s, distinct.size);
    // Few values repeated (kinds, countries, operator ids of 100k sites): stored once each and
    // shared by every item on decode, instead of one string per item.
    if (distinct.size <= 0xffff && distinct.size * 4 <= xs.length) {
      const codes = distinct.size <= 0xff ? new Uint8Array(xs.length) : new Uint16Array(xs.length);
      for (let i = 0; i < xs.length; i++) codes[i] = distinct.get(xs[i])!;
      const dict = [...distinct.keys()];
      const node = (): Node => ({ k: this.lazyStrings ? 'D' : 'd', dict, codes: this.typed(codes) });
      return [node(), node];
    }
    if (this.lazyStrings) {
      // Every item ends with a NUL (never inside one, and no UTF-8 sequence contains a 0 byte).
      const bytes = this.encoder.encode(`${joined}\u0000`);
      const starts = new Int32Array(xs.length + 1);
      for (let i = 0, n = 1; i < bytes.length; i++) if (bytes[i] === 0) starts[n++] = i + 1;
      // typed() of an array it has written gives a reference to it.
      const node = (): Node => ({ k: 'S', bytes: this.typed(bytes), starts: this.typed(starts) });
      return [node(), node];
    }
    const bytes = this.encoder.encode(joined);
    const node: Node = { k: 's', o: this.place(bytes), b: bytes.byteLength, n: xs.length };
    return [node, () => node];
  }

  value(x: unknown, path: string): Node {
    if (x === undefined) return { k: 'u' };
    if (x === null || typeof x === 'string' || typeof x === 'boolean') return { k: 'v', v: x };
    if (typeof x === 'number') {
      if (Number.isFinite(x) && !Object.is(x, -0)) return { k: 'v', v: x };
      return { k: 'x', v: Object.is(x, -0) ? '-0' : String(x) };
    }
    if (typedName(x)) return this.typed(x as AnyTyped);
    // Columns of an adopted structure (a compile that took a woken index's place table) are
    // written as the arrays they stand for.
    if (x instanceof StringColumn || x instanceof DictColumn) return this.array(sliceOf(x, 0, x.length), path);
    if (x instanceof NumberRows) return this.array(rowsOf(x), path);
    if (Array.isArray(x)) return this.array(x, path);
    if (typeof x === 'object' && (Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null)) {
      const f: Record<string, Node> = {};
      for (const [key, v] of Object.entries(x)) f[key] = this.value(v, `${path}.${key}`);
      return { k: 'o', f };
    }
    throw new TypeError(`structure codec: cannot encode ${path} (${Object.prototype.toString.call(x)})`);
  }

  private array(xs: unknown[], path: string): Node {
    // Holes would come back as undefined: only dense arrays take the compact forms.
    const dense = Object.keys(xs).length === xs.length;
    if (dense && xs.length > 0 && xs.every((s) => typeof s === 'string' && !s.includes('\u0000'))) return this.strings(xs as string[]);
    if (dense && xs.length > 0 && xs.every((v) => typeof v === 'number')) return { k: 'n', data: this.numbers(xs as number[]) };
    if (dense && xs.length > 0 && xs.every((v) => Array.isArray(v) && Object.keys(v).length === v.length && v.every((n) => typeof n === 'number'))) {
      const rows = xs as number[][];
      const starts = new Int32Array(rows.length + 1);
      let total = 0;
      rows.forEach((r, i) => {
        starts[i] = total;
        total += r.length;
      });
      starts[rows.length] = total;
      return { k: this.lazyRows ? 'N' : 'nn', starts: this.typed(starts), values: this.numbers(rows.flat()) };
    }
    return { k: 'a', items: xs.map((v, i) => this.value(v, `${path}[${i}]`)) };
  }

  private numbers(xs: number[]): Node {
    return this.typed(xs.every(isInt32) ? Int32Array.from(xs) : Float64Array.from(xs));
  }

  finish(root: Node): ArrayBuffer {
    const header = this.encoder.encode(JSON.stringify(root));
    const bodyStart = (12 + header.byteLength + 7) & ~7;
    const out = new ArrayBuffer(bodyStart + this.size);
    const bytes = new Uint8Array(out);
    const view = new DataView(out);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, STRUCTURE_CODEC_VERSION, true);
    view.setUint32(8, header.byteLength, true);
    bytes.set(header, 12);
    for (const c of this.chunks) bytes.set(c.bytes, bodyStart + c.at);
    return out;
  }
}

/**
 * Encodes `value` (plain objects, arrays, primitives, typed arrays) into one ArrayBuffer.
 * `lazyStrings`: string arrays decode as columns (string-column.ts) instead of arrays;
 * `lazyRows`: arrays of number arrays decode as NumberRows (number-rows.ts).
 */
export function encodeStructure(value: unknown, options: { lazyStrings?: boolean; lazyRows?: boolean } = {}): ArrayBuffer {
  const w = new Writer(options.lazyStrings, options.lazyRows);
  return w.finish(w.value(value, '$'));
}

function plainNumbers(values: Int32Array | Float64Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to && i < values.length; i++) out.push(values[i]);
  return out;
}

/** Decodes what encodeStructure wrote. Throws on a buffer of another format or codec version. */
export function decodeStructure(buffer: ArrayBuffer): unknown {
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < 12) throw new Error('structure codec: not a buffer');
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('structure codec: bad magic');
  if (view.getUint32(4, true) !== STRUCTURE_CODEC_VERSION) throw new Error('structure codec: other codec version');
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > buffer.byteLength) throw new Error('structure codec: truncated');
  const decoder = new TextDecoder();
  const root = JSON.parse(decoder.decode(new Uint8Array(buffer, 12, headerLength))) as Node;
  const bodyStart = (12 + headerLength + 7) & ~7;
  const typed: AnyTyped[] = [];

  const read = (node: Node): unknown => {
    switch (node.k) {
      case 'o': {
        const out: Record<string, unknown> = {};
        for (const [key, n] of Object.entries(node.f)) out[key] = read(n);
        return out;
      }
      case 'a':
        return node.items.map(read);
      case 'v':
        return node.v;
      case 'u':
        return undefined;
      case 'x':
        return node.v === '-0' ? -0 : Number(node.v);
      case 't': {
        const Ctor = TYPED[node.c];
        if (!Ctor || bodyStart + node.o + node.n * Ctor.BYTES_PER_ELEMENT > buffer.byteLength) throw new Error('structure codec: bad typed array');
        const t = new Ctor(buffer, bodyStart + node.o, node.n);
        typed.push(t);
        return t;
      }
      case 'r': {
        const t = typed[node.id];
        if (!t) throw new Error('structure codec: bad reference');
        return t;
      }
      case 's': {
        if (bodyStart + node.o + node.b > buffer.byteLength) throw new Error('structure codec: bad strings');
        const parts = decoder.decode(new Uint8Array(buffer, bodyStart + node.o, node.b)).split('\u0000');
        if (parts.length !== node.n) throw new Error('structure codec: bad strings');
        return parts;
      }
      // Plain loops below: Array.from with a typed array or a map function is several times
      // slower, and a woken worker decodes tens of thousands of items before its first answer.
      case 'd': {
        const codes = read(node.codes) as Uint8Array | Uint16Array;
        const out: string[] = [];
        for (let i = 0; i < codes.length; i++) {
          if (codes[i] >= node.dict.length) throw new Error('structure codec: bad dictionary code');
          out.push(node.dict[codes[i]]);
        }
        return out;
      }
      case 'S': {
        const bytes = read(node.bytes);
        const starts = read(node.starts);
        if (!(bytes instanceof Uint8Array) || !(starts instanceof Int32Array)) throw new Error('structure codec: bad string column');
        check(() => StringColumn.check(bytes, starts));
        return new StringColumn(bytes, starts);
      }
      case 'D': {
        const codes = read(node.codes);
        const dict = node.dict;
        if (!(codes instanceof Uint8Array || codes instanceof Uint16Array) || !Array.isArray(dict)) throw new Error('structure codec: bad dictionary column');
        check(() => {
          for (let i = 0; i < codes.length; i++) if (codes[i] >= dict.length) throw new Error('structure codec: bad dictionary code');
        });
        return new DictColumn(dict, codes);
      }
      case 'n':
        return plainNumbers(read(node.data) as Int32Array | Float64Array, 0, Infinity);
      case 'nn': {
        const starts = read(node.starts) as Int32Array;
        const values = read(node.values) as Int32Array | Float64Array;
        const out: number[][] = [];
        for (let i = 0; i + 1 < starts.length; i++) out.push(plainNumbers(values, starts[i], starts[i + 1]));
        return out;
      }
      case 'N': {
        const starts = read(node.starts);
        const values = read(node.values);
        if (!(starts instanceof Int32Array) || !(values instanceof Int32Array || values instanceof Float64Array)) throw new Error('structure codec: bad number rows');
        check(() => NumberRows.check(starts, values));
        return new NumberRows(starts, values);
      }
      default:
        throw new Error('structure codec: unknown node');
    }
  };
  return read(root);
}
