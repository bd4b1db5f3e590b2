/**
 * The resolver's catalog (resolver-catalog.ts) in a plain, column-wise form the structural codec
 * stores (lib/codec/structure.ts): one array per field, sites in id order, groups as site numbers
 * in typed arrays, keys sorted. A woken worker adopts the columns as they are: ids and group keys
 * are searched (sorted-table.ts), and a site's object is made the first time a question touches
 * it and kept (so a site is one object for every group and every later question). No record is
 * parsed and no Map of the whole catalog is built; a 100k-site catalog holds the columns and the
 * few sites its pages asked about. Absent optional strings are '' (every field stored here is a
 * code, an id or an enum that cannot be empty) and absent coordinates NaN.
 */
import { isStrings, sliceOf, type Strings } from '../codec/string-column';
import { RESOLVER_GROUPS, type ResolverCatalog, type ResolverSite } from './resolver-catalog';
import type { SiteKind } from './schema';
import { SortedTable, strictlyAscending } from './sorted-table';

type GroupName = (typeof RESOLVER_GROUPS)[number];
type Precision = ResolverSite['place']['precision'];

/** Item i owns values[start[i] .. start[i + 1]). */
interface PlainLists<T> {
  start: Int32Array;
  values: T;
}

interface PlainGroup {
  keys: string[];
  start: Int32Array;
  /** Site numbers (positions in `sites`). */
  members: Int32Array;
}

export interface PlainResolverCatalog {
  format: 'dc-lens-resolver-catalog';
  version: 1;
  sites: {
    ids: string[];
    names: string[];
    kinds: string[];
    parentIds: string[];
    codes: PlainLists<string[]>;
    operatorIds: PlainLists<string[]>;
    countries: string[];
    precisions: string[];
    lat: Float64Array;
    lon: Float64Array;
    opened: string[];
    expected: string[];
    announced: string[];
    richness: Float64Array;
  };
  groups: Record<GroupName, PlainGroup>;
}

function lists<T>(items: readonly T[], of: (item: T) => readonly string[]): PlainLists<string[]> {
  const start = new Int32Array(items.length + 1);
  const values: string[] = [];
  items.forEach((item, i) => {
    for (const v of of(item)) values.push(v);
    start[i + 1] = values.length;
  });
  return { start, values };
}

const byKey = <V>(entries: Iterable<[string, V]>): Array<[string, V]> => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function plainResolverCatalog(catalog: ResolverCatalog): PlainResolverCatalog {
  const sites = byKey(catalog.siteById).map(([, s]) => s);
  const number = new Map(sites.map((s, i) => [s, i]));
  const column = (f: (s: ResolverSite) => string | undefined) => sites.map((s) => f(s) ?? '');
  const numbers = (f: (s: ResolverSite) => number | undefined) => Float64Array.from(sites, (s) => f(s) ?? NaN);
  const groups = {} as Record<GroupName, PlainGroup>;
  for (const name of RESOLVER_GROUPS) {
    const entries = byKey(catalog[name]);
    const start = new Int32Array(entries.length + 1);
    entries.forEach(([, group], i) => (start[i + 1] = start[i] + group.length));
    const members = new Int32Array(start[entries.length]);
    let at = 0;
    for (const [, group] of entries) for (const s of group) members[at++] = number.get(s)!;
    groups[name] = { keys: entries.map(([key]) => key), start, members };
  }
  return {
    format: 'dc-lens-resolver-catalog',
    version: 1,
    sites: {
      ids: column((s) => s.id),
      names: column((s) => s.name),
      kinds: column((s) => s.kind),
      parentIds: column((s) => s.parentId),
      codes: lists(sites, (s) => s.codes ?? []),
      operatorIds: lists(sites, (s) => s.operatorIds),
      countries: column((s) => s.place.country),
      precisions: column((s) => s.place.precision),
      lat: numbers((s) => s.place.lat),
      lon: numbers((s) => s.place.lon),
      opened: column((s) => s.dates.opened),
      expected: column((s) => s.dates.expected),
      announced: column((s) => s.dates.announced),
      richness: Float64Array.from(sites, (s) => s.richness),
    },
    groups,
  };
}

/** PlainResolverCatalog as stored: any string list may come back as a column (lib/codec/string-column.ts). */
type StoredSites = {
  [K in keyof PlainResolverCatalog['sites']]: PlainResolverCatalog['sites'][K] extends string[] ? Strings : PlainResolverCatalog['sites'][K] extends PlainLists<string[]> ? PlainLists<Strings> : PlainResolverCatalog['sites'][K];
};
interface StoredGroup {
  keys: Strings;
  start: Int32Array;
  members: Int32Array;
}

function checkLists(l: Partial<PlainLists<unknown>> | undefined, items: number, what: string): asserts l is PlainLists<Strings> {
  const ok = l?.start instanceof Int32Array && l.start.length === items + 1 && l.start[0] === 0 && isStrings(l.values, l.start[items]) && l.start.every((v, i) => i === 0 || v >= l.start![i - 1]);
  if (!ok) throw new Error(`resolver catalog: malformed ${what}`);
}

const slice = (l: PlainLists<Strings>, i: number) => sliceOf(l.values, l.start[i], l.start[i + 1]);
const orUndefined = (s: string) => s || undefined;
const num = (x: number) => (Number.isNaN(x) ? undefined : x);

/** Checks the shape (a damaged or foreign row throws) and adopts the columns; sites are made when first asked for. */
export function resolverCatalogFromPlain(input: unknown): ResolverCatalog {
  const plain = input as (Partial<Omit<PlainResolverCatalog, 'sites' | 'groups'>> & { sites?: StoredSites; groups?: Record<GroupName, StoredGroup> }) | null;
  if (plain?.format !== 'dc-lens-resolver-catalog' || plain.version !== 1 || !plain.sites || !plain.groups) throw new Error('not a DC Lens resolver catalog (format/version)');
  const p = plain.sites;
  const n = p.ids?.length ?? -1;
  for (const name of ['ids', 'names', 'kinds', 'parentIds', 'countries', 'precisions', 'opened', 'expected', 'announced'] as const) {
    if (!isStrings(p[name], n)) throw new Error(`resolver catalog: malformed ${name}`);
  }
  for (const name of ['lat', 'lon', 'richness'] as const) if (!(p[name] instanceof Float64Array) || p[name].length !== n) throw new Error(`resolver catalog: malformed ${name}`);
  checkLists(p.codes, n, 'codes');
  checkLists(p.operatorIds, n, 'operatorIds');
  if (!strictlyAscending(p.ids)) throw new Error('resolver catalog: malformed ids (out of order)');
  const made: Array<ResolverSite | undefined> = [];
  const site = (i: number): ResolverSite => {
    let s = made[i];
    if (s) return s;
    const codes = slice(p.codes, i);
    const parentId = orUndefined(p.parentIds.at(i)!);
    s = {
      id: p.ids.at(i)!,
      name: p.names.at(i)!,
      kind: p.kinds.at(i) as SiteKind,
      ...(parentId !== undefined ? { parentId } : {}),
      ...(codes.length ? { codes } : {}),
      operatorIds: slice(p.operatorIds, i),
      place: { country: orUndefined(p.countries.at(i)!), lat: num(p.lat[i]), lon: num(p.lon[i]), precision: orUndefined(p.precisions.at(i)!) as Precision },
      dates: { opened: orUndefined(p.opened.at(i)!), expected: orUndefined(p.expected.at(i)!), announced: orUndefined(p.announced.at(i)!) },
      richness: p.richness[i],
    };
    made[i] = s;
    return s;
  };
  const groups = {} as Record<GroupName, ReadonlyMap<string, readonly ResolverSite[]>>;
  for (const name of RESOLVER_GROUPS) {
    const g = plain.groups[name] as StoredGroup | undefined;
    const ok = g && isStrings(g.keys) && strictlyAscending(g.keys) && g.start instanceof Int32Array && g.start.length === g.keys.length + 1 && g.start[0] === 0 && g.members instanceof Int32Array && g.start[g.keys.length] === g.members.length;
    if (!g || !ok || g.members.some((m) => m < 0 || m >= n) || g.start.some((v, i) => i > 0 && v < g.start[i - 1])) throw new Error(`resolver catalog: malformed ${name}`);
    groups[name] = new SortedTable(g.keys, (k) => {
      const members: ResolverSite[] = [];
      for (let j = g.start[k]; j < g.start[k + 1]; j++) members.push(site(g.members[j]));
      return members;
    });
  }
  return { siteById: new SortedTable(p.ids, site), ...groups };
}
