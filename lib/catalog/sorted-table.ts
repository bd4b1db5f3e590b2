/**
 * A read-only string-keyed map over arrays as they come out of storage: keys sorted (plain string
 * order), a lookup is a binary search, and nothing is built when it is adopted. A woken worker's
 * resolver tables (resolver-tables.ts) are these instead of Maps of tens of thousands of entries
 * that would be rebuilt (and collected) on every wake. The keys may be a stored column whose
 * items are decoded when a search reads them (lib/codec/string-column.ts).
 */
import { StringColumn, type Strings } from '../codec/string-column';

export class SortedTable<V> implements ReadonlyMap<string, V> {
  /** `keys` sorted ascending with `<`, no repeats; `valueAt(i)` is the value of keys[i]. */
  constructor(
    private readonly sortedKeys: Strings,
    private readonly valueAt: (i: number) => V,
  ) {}

  get size(): number {
    return this.sortedKeys.length;
  }

  private find(key: string): number {
    let lo = 0;
    let hi = this.sortedKeys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.sortedKeys.at(mid)!;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(key: string): V | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.sortedKeys.length; i++) yield [this.sortedKeys.at(i)!, this.valueAt(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.sortedKeys.length; i++) yield this.sortedKeys.at(i)!;
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.sortedKeys.length; i++) yield this.valueAt(i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (let i = 0; i < this.sortedKeys.length; i++) fn(this.valueAt(i), this.sortedKeys.at(i)!, this);
  }
}

/** Whether `keys` is strictly ascending (what SortedTable needs); a stored copy is checked with it. */
export function strictlyAscending(keys: Strings): boolean {
  // A stored column is compared on its bytes: decoding every key for the check cost a 100k wake 0.4 s.
  if (keys instanceof StringColumn) return keys.ascending();
  for (let i = 1; i < keys.length; i++) if (!(keys.at(i - 1)! < keys.at(i)!)) return false;
  return true;
}
