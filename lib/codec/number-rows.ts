/**
 * Rows of numbers (each site's operator numbers) that a woken worker reads without making one
 * array per row: the structural codec (structure.ts) hands them back instead of arrays of arrays
 * when asked to (`lazyRows`); a row is made when it is read. Arrays of arrays fit the same
 * reading interface (`Rows`), so a compiled index and an adopted one are read alike.
 */

/** What readers take of a list of number rows: an array of arrays or a column. */
export interface Rows {
  readonly length: number;
  at(index: number): readonly number[] | undefined;
}

/** Row i is values[starts[i], starts[i + 1]). */
export class NumberRows implements Rows {
  readonly length: number;

  constructor(
    private readonly starts: Int32Array,
    private readonly values: Int32Array | Float64Array,
  ) {
    this.length = starts.length - 1;
  }

  /** Throws unless `starts` describes `values` exactly (checked before adopting stored rows). */
  static check(starts: Int32Array, values: Int32Array | Float64Array): void {
    const n = starts.length - 1;
    let ok = n >= 0 && starts[0] === 0 && starts[n] === values.length;
    for (let i = 1; ok && i <= n; i++) ok = starts[i] >= starts[i - 1];
    if (!ok) throw new Error('number rows: bad offsets');
  }

  at(index: number): readonly number[] | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const row: number[] = [];
    for (let i = this.starts[index]; i < this.starts[index + 1]; i++) row.push(this.values[i]);
    return row;
  }
}

/** Every row, as arrays. */
export function rowsOf(rows: Rows): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < rows.length; i++) out.push([...rows.at(i)!]);
  return out;
}

/** Whether `x` is a list of number rows (of `length` rows when given): arrays of arrays or a column. */
export function isRows(x: unknown, length?: number): x is Rows {
  const ok = x instanceof NumberRows || (Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((v) => typeof v === 'number')));
  return ok && (length === undefined || (x as Rows).length === length);
}
