/**
 * The resolver's catalog (resolver-catalog.ts) in a plain, column-wise form the structural codec
 * stores (lib/codec/structure.ts): one array per field, groups as site numbers in typed arrays.
 * A woken worker decodes it in a few ms per thousand sites instead of reading and parsing every
 * record and building the snapshot. Absent optional strings are '' (every field stored here is a
 * code, an id or an enum that cannot be empty) and absent coordinates NaN.
 */
import { RESOLVER_GROUPS, type ResolverCatalog, type ResolverSite } from './resolver-catalog';
import type { SiteKind } from './schema';

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

export function plainResolverCatalog(catalog: ResolverCatalog): PlainResolverCatalog {
  const sites = [...catalog.siteById.values()];
  const number = new Map(sites.map((s, i) => [s, i]));
  const column = (f: (s: ResolverSite) => string | undefined) => sites.map((s) => f(s) ?? '');
  const numbers = (f: (s: ResolverSite) => number | undefined) => Float64Array.from(sites, (s) => f(s) ?? NaN);
  const groups = {} as Record<GroupName, PlainGroup>;
  for (const name of RESOLVER_GROUPS) {
    const entries = [...catalog[name]];
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

const isStrings = (x: unknown, length?: number): x is string[] => Array.isArray(x) && (length === undefined || x.length === length) && x.every((s) => typeof s === 'string');

function checkLists(l: Partial<PlainLists<unknown>> | undefined, items: number, what: string): asserts l is PlainLists<string[]> {
  const ok = l?.start instanceof Int32Array && l.start.length === items + 1 && l.start[0] === 0 && isStrings(l.values, l.start[items]) && l.start.every((v, i) => i === 0 || v >= l.start![i - 1]);
  if (!ok) throw new Error(`resolver catalog: malformed ${what}`);
}

const slice = (l: PlainLists<string[]>, i: number) => l.values.slice(l.start[i], l.start[i + 1]);
const orUndefined = (s: string) => s || undefined;
const num = (x: number) => (Number.isNaN(x) ? undefined : x);

/** Checks the shape (a damaged or foreign row throws) and rebuilds the sites and groups. */
export function resolverCatalogFromPlain(input: unknown): ResolverCatalog {
  const plain = input as Partial<PlainResolverCatalog> | null;
  if (plain?.format !== 'dc-lens-resolver-catalog' || plain.version !== 1 || !plain.sites || !plain.groups) throw new Error('not a DC Lens resolver catalog (format/version)');
  const p = plain.sites;
  const n = p.ids?.length ?? -1;
  for (const name of ['ids', 'names', 'kinds', 'parentIds', 'countries', 'precisions', 'opened', 'expected', 'announced'] as const) {
    if (!isStrings(p[name], n)) throw new Error(`resolver catalog: malformed ${name}`);
  }
  for (const name of ['lat', 'lon', 'richness'] as const) if (!(p[name] instanceof Float64Array) || p[name].length !== n) throw new Error(`resolver catalog: malformed ${name}`);
  checkLists(p.codes, n, 'codes');
  checkLists(p.operatorIds, n, 'operatorIds');
  const sites: ResolverSite[] = [];
  for (let i = 0; i < n; i++) {
    const codes = slice(p.codes, i);
    const parentId = orUndefined(p.parentIds[i]);
    sites.push({
      id: p.ids[i],
      name: p.names[i],
      kind: p.kinds[i] as SiteKind,
      ...(parentId !== undefined ? { parentId } : {}),
      ...(codes.length ? { codes } : {}),
      operatorIds: slice(p.operatorIds, i),
      place: { country: orUndefined(p.countries[i]), lat: num(p.lat[i]), lon: num(p.lon[i]), precision: orUndefined(p.precisions[i]) as Precision },
      dates: { opened: orUndefined(p.opened[i]), expected: orUndefined(p.expected[i]), announced: orUndefined(p.announced[i]) },
      richness: p.richness[i],
    });
  }
  const groups = {} as Record<GroupName, Map<string, ResolverSite[]>>;
  for (const name of RESOLVER_GROUPS) {
    const g = plain.groups[name] as PlainGroup | undefined;
    const ok = g && isStrings(g.keys) && g.start instanceof Int32Array && g.start.length === g.keys.length + 1 && g.members instanceof Int32Array && g.start[g.keys.length] === g.members.length;
    if (!g || !ok) throw new Error(`resolver catalog: malformed ${name}`);
    const map = new Map<string, ResolverSite[]>();
    for (let k = 0; k < g.keys.length; k++) {
      const members: ResolverSite[] = [];
      for (let j = g.start[k]; j < g.start[k + 1]; j++) {
        const site = sites[g.members[j]];
        if (!site) throw new Error(`resolver catalog: malformed ${name}`);
        members.push(site);
      }
      map.set(g.keys[k], members);
    }
    groups[name] = map;
  }
  return { siteById: new Map(sites.map((s) => [s.id, s])), ...groups };
}
