/**
 * String columns that a woken worker reads without making every string: the structural codec
 * (structure.ts) hands them back instead of arrays when asked to (`lazyStrings`), and an item is
 * decoded from the stored UTF-8 bytes the first time it is read, then kept. A resolver with
 * 100,000 sites holds about a million strings, of which one page's questions read a few hundred;
 * decoding them all cost a wake 0.5 s and tens of MB of heap.
 *
 * Arrays fit the same reading interface (`Strings`: length and `at`), so the code that adopts
 * stored tables takes either, and tests can hand it plain arrays.
 */

/**
 * What adopting code reads of a list of strings: an array or a column. `T` narrows the values
 * (a column of kinds); `indexOf` finds an item without decoding the others.
 */
export interface Strings<T extends string = string> {
  readonly length: number;
  at(index: number): T | undefined;
  indexOf(value: T): number;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Items stored as UTF-8, each followed by a NUL byte; item i is bytes[starts[i], starts[i + 1] - 1). */
export class StringColumn implements Strings {
  readonly length: number;
  private readonly made = new Map<number, string>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Int32Array,
  ) {
    this.length = starts.length - 1;
  }

  /** Throws unless `starts` describes `bytes` exactly (what the codec checks before adopting a stored column). */
  static check(bytes: Uint8Array, starts: Int32Array): void {
    const n = starts.length - 1;
    let ok = n >= 0 && starts[0] === 0 && starts[n] === (n === 0 ? 0 : bytes.length);
    for (let i = 1; ok && i <= n; i++) ok = starts[i] > starts[i - 1] && bytes[starts[i] - 1] === 0;
    if (!ok) throw new Error('string column: bad offsets');
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    let s = this.made.get(index);
    if (s === undefined) {
      s = decoder.decode(this.bytes.subarray(this.starts[index], this.starts[index + 1] - 1));
      this.made.set(index, s);
    }
    return s;
  }

  /** The first item equal to `value`, or -1: compared on the UTF-8 bytes, nothing decoded. */
  indexOf(value: string): number {
    const want = encoder.encode(value);
    const { bytes, starts } = this;
    for (let i = 0; i < this.length; i++) {
      const from = starts[i];
      if (starts[i + 1] - 1 - from !== want.length) continue;
      let k = 0;
      while (k < want.length && bytes[from + k] === want[k]) k++;
      if (k === want.length) return i;
    }
    return -1;
  }

  /**
   * Whether the items ascend strictly in JavaScript's `<` order (UTF-16 code units), compared on
   * the bytes without decoding: UTF-8 byte order is code point order, which differs from `<` only
   * between a character of U+E000–U+FFFF and one above U+FFFF; those two are decoded and compared.
   */
  ascending(): boolean {
    const { bytes, starts } = this;
    for (let i = 1; i < this.length; i++) {
      let a = starts[i - 1];
      const aEnd = starts[i] - 1;
      let b = starts[i];
      const bEnd = starts[i + 1] - 1;
      while (a < aEnd && b < bEnd && bytes[a] === bytes[b]) {
        a++;
        b++;
      }
      if (b === bEnd) return false; // equal, or the later item is a prefix of the earlier
      if (a === aEnd) continue; // the earlier item is a prefix of the later
      const x = bytes[a];
      const y = bytes[b];
      const mixed = (x >= 0xee && x <= 0xef && y >= 0xf0) || (y >= 0xee && y <= 0xef && x >= 0xf0);
      if (mixed ? !(this.at(i - 1)! < this.at(i)!) : x > y) return false;
    }
    return true;
  }
}

/** Few distinct values (kinds, countries), each item a code into `dict`. */
export class DictColumn implements Strings {
  readonly length: number;

  constructor(
    private readonly dict: readonly string[],
    private readonly codes: Uint8Array | Uint16Array,
  ) {
    this.length = codes.length;
  }

  at(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.dict[this.codes[index]] : undefined;
  }

  indexOf(value: string): number {
    const code = this.dict.indexOf(value);
    return code < 0 ? -1 : this.codes.indexOf(code);
  }
}

/** Whether `x` is a list of strings (of `length` items when given): a string array or a column. */
export function isStrings(x: unknown, length?: number): x is Strings {
  const ok = x instanceof StringColumn || x instanceof DictColumn || (Array.isArray(x) && x.every((s) => typeof s === 'string'));
  return ok && (length === undefined || (x as Strings).length === length);
}

/** Items from .. to (exclusive) as an array. */
export function sliceOf(strings: Strings, from: number, to: number): string[] {
  if (Array.isArray(strings)) return strings.slice(from, to);
  const out: string[] = [];
  for (let i = from; i < to && i < strings.length; i++) out.push(strings.at(i)!);
  return out;
}
