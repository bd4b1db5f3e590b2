/**
 * The column-wise building blocks of the catalog projections a worker stores and adopts on wake
 * (resolver-catalog-plain.ts, compare-catalog-plain.ts): lists per item as one flat column with
 * starts, and groups (a key → the item numbers in it) as sorted keys with starts and members, so
 * adopting them builds nothing: a group's lookup is a binary search (sorted-table.ts) and its
 * items are made by the caller when first read.
 */
import { check } from '../codec/later-checks';
import { isStrings, sliceOf, type Strings } from '../codec/string-column';
import { SortedTable, strictlyAscending } from './sorted-table';

/** Item i owns values[start[i] .. start[i + 1]). */
export interface PlainLists<T> {
  start: Int32Array;
  values: T;
}

export interface PlainGroup {
  keys: string[];
  start: Int32Array;
  /** Item numbers (positions in the items' columns). */
  members: Int32Array;
}

/** As stored: the keys may come back as a column (lib/codec/string-column.ts). */
interface StoredGroup {
  keys: Strings;
  start: Int32Array;
  members: Int32Array;
}

export const byKey = <V>(entries: Iterable<[string, V]>): Array<[string, V]> => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function lists<T>(items: readonly T[], of: (item: T) => readonly string[]): PlainLists<string[]> {
  const start = new Int32Array(items.length + 1);
  const values: string[] = [];
  items.forEach((item, i) => {
    for (const v of of(item)) values.push(v);
    start[i + 1] = values.length;
  });
  return { start, values };
}

/** `owner` and `what` name a damaged column in the error ("resolver catalog: malformed codes"). */
export function checkLists(l: Partial<PlainLists<unknown>> | undefined, items: number, owner: string, what: string): asserts l is PlainLists<Strings> {
  const ok = l?.start instanceof Int32Array && l.start.length === items + 1 && l.start[0] === 0 && isStrings(l.values, l.start[items]);
  if (!ok) throw new Error(`${owner}: malformed ${what}`);
  const start = (l as PlainLists<Strings>).start;
  check(() => {
    if (!start.every((v, i) => i === 0 || v >= start[i - 1])) throw new Error(`${owner}: malformed ${what}`);
  });
}

/** Throws unless every named field is `items` strings (a column or an array). */
export function checkStrings<K extends string>(columns: Partial<Record<K, unknown>>, names: readonly K[], items: number, owner: string): void {
  for (const name of names) if (!isStrings(columns[name], items)) throw new Error(`${owner}: malformed ${name}`);
}

/** Throws unless every named field is a Float64Array of `items` numbers. */
export function checkNumbers<K extends string>(columns: Partial<Record<K, unknown>>, names: readonly K[], items: number, owner: string): void {
  for (const name of names) {
    const c = columns[name];
    if (!(c instanceof Float64Array) || c.length !== items) throw new Error(`${owner}: malformed ${name}`);
  }
}

export const listAt = (l: PlainLists<Strings>, i: number): string[] => sliceOf(l.values, l.start[i], l.start[i + 1]);

/** A group map over objects as item numbers: `number` gives each member's position. */
function plainGroup<T>(group: ReadonlyMap<string, readonly T[]>, number: (item: T) => number): PlainGroup {
  const entries = byKey(group);
  const start = new Int32Array(entries.length + 1);
  entries.forEach(([, members], i) => (start[i + 1] = start[i] + members.length));
  const members = new Int32Array(start[entries.length]);
  let at = 0;
  for (const [, group] of entries) for (const item of group) members[at++] = number(item);
  return { keys: entries.map(([key]) => key), start, members };
}

/** Checks a stored group against `items` items (a damaged one throws) and adopts it; members are made by `item`. */
export function adoptGroup<T>(input: unknown, items: number, owner: string, what: string, item: (n: number) => T): SortedTable<T[]> {
  const g = input as StoredGroup | undefined;
  const ok = g && isStrings(g.keys) && g.start instanceof Int32Array && g.start.length === g.keys.length + 1 && g.start[0] === 0 && g.members instanceof Int32Array && g.start[g.keys.length] === g.members.length;
  if (!g || !ok) throw new Error(`${owner}: malformed ${what}`);
  check(() => {
    if (!strictlyAscending(g.keys) || g.members.some((m) => m < 0 || m >= items) || g.start.some((v, i) => i > 0 && v < g.start[i - 1])) throw new Error(`${owner}: malformed ${what}`);
  });
  return new SortedTable(g.keys, (k) => {
    const members: T[] = [];
    for (let j = g.start[k]; j < g.start[k + 1]; j++) members.push(item(g.members[j]));
    return members;
  });
}

/**
 * The items of `byId` in id order (an item's number is its position), the makers of their columns
 * (an absent string is '', an absent number NaN) and the named `groups` as item numbers.
 */
export function plainItems<T, G extends string>(byId: ReadonlyMap<string, T>, groups: Record<G, ReadonlyMap<string, readonly T[]>>, names: readonly G[]) {
  const items = byKey(byId).map(([, x]) => x);
  const number = new Map(items.map((x, i) => [x, i]));
  const plainGroups = {} as Record<G, PlainGroup>;
  for (const name of names) plainGroups[name] = plainGroup(groups[name], (x) => number.get(x)!);
  const strings = (f: (x: T) => string | undefined) => items.map((x) => f(x) ?? '');
  const numbers = (f: (x: T) => number | undefined) => Float64Array.from(items, (x) => f(x) ?? NaN);
  return { items, groups: plainGroups, strings, numbers };
}

/** The columns every site projection starts with: who it is, its campus, its operators and country. */
export interface SiteIdentityColumns {
  ids: string[];
  names: string[];
  kinds: string[];
  parentIds: string[];
  operatorIds: PlainLists<string[]>;
  countries: string[];
}

/** The columns every site projection starts with: who it is, its campus, its operators and country. */
export function siteIdentityColumns<T extends { id: string; name: string; kind: string; parentId?: string; operatorIds: readonly string[]; place: { country?: string } }>(
  items: readonly T[],
  strings: (f: (x: T) => string | undefined) => string[],
): SiteIdentityColumns {
  return {
    ids: strings((s) => s.id),
    names: strings((s) => s.name),
    kinds: strings((s) => s.kind),
    parentIds: strings((s) => s.parentId),
    operatorIds: lists(items, (s) => s.operatorIds),
    countries: strings((s) => s.place.country),
  };
}

/** Absent optional strings are stored as '' (every such field is a code, an id, an enum or a name that cannot be empty). */
export const orUndefined = (s: string): string | undefined => s || undefined;
/** Absent numbers are stored as NaN. */
export const numOrUndefined = (x: number): number | undefined => (Number.isNaN(x) ? undefined : x);
