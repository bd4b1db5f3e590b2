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
import { check } from '../codec/later-checks';
import type { Strings } from '../codec/string-column';
import { adoptGroup, checkLists, checkNumbers, checkStrings, listAt, lists, numOrUndefined as num, orUndefined, plainItems, siteIdentityColumns, type PlainGroup, type PlainLists, type SiteIdentityColumns } from './plain-columns';
import { RESOLVER_GROUPS, type ResolverCatalog, type ResolverSite } from './resolver-catalog';
import type { SiteKind } from './schema';
import { SortedTable, strictlyAscending } from './sorted-table';

type GroupName = (typeof RESOLVER_GROUPS)[number];
type Precision = ResolverSite['place']['precision'];

export interface PlainResolverCatalog {
  format: 'dc-lens-resolver-catalog';
  /** 4 since a site's town's record count is stored (a copy of version 3 is refused and built again). */
  version: 4;
  sites: SiteIdentityColumns & {
    codes: PlainLists<string[]>;
    precisions: string[];
    lat: Float64Array;
    lon: Float64Array;
    opened: string[];
    expected: string[];
    announced: string[];
    statuses: string[];
    richness: Float64Array;
    /** 1 for a machine (ResolverSite.machine), else 0. */
    machines: Float64Array;
    townRecords: Float64Array;
  };
  groups: Record<GroupName, PlainGroup>;
}

export function plainResolverCatalog(catalog: ResolverCatalog): PlainResolverCatalog {
  const { items: sites, groups, strings: column, numbers } = plainItems(catalog.siteById, catalog, RESOLVER_GROUPS);
  return {
    format: 'dc-lens-resolver-catalog',
    version: 4,
    sites: {
      ...siteIdentityColumns(sites, column),
      codes: lists(sites, (s) => s.codes ?? []),
      precisions: column((s) => s.place.precision),
      lat: numbers((s) => s.place.lat),
      lon: numbers((s) => s.place.lon),
      opened: column((s) => s.dates.opened),
      expected: column((s) => s.dates.expected),
      announced: column((s) => s.dates.announced),
      statuses: column((s) => s.status),
      richness: Float64Array.from(sites, (s) => s.richness),
      machines: Float64Array.from(sites, (s) => (s.machine ? 1 : 0)),
      townRecords: Float64Array.from(sites, (s) => s.townRecords),
    },
    groups,
  };
}

/** PlainResolverCatalog as stored: any string list may come back as a column (lib/codec/string-column.ts). */
type StoredSites = {
  [K in keyof PlainResolverCatalog['sites']]: PlainResolverCatalog['sites'][K] extends string[] ? Strings : PlainResolverCatalog['sites'][K] extends PlainLists<string[]> ? PlainLists<Strings> : PlainResolverCatalog['sites'][K];
};
const OWNER = 'resolver catalog';

/** Checks the shape (a damaged or foreign row throws) and adopts the columns; sites are made when first asked for. */
export function resolverCatalogFromPlain(input: unknown): ResolverCatalog {
  const plain = input as (Partial<Omit<PlainResolverCatalog, 'sites' | 'groups'>> & { sites?: StoredSites; groups?: Record<GroupName, unknown> }) | null;
  if (plain?.format !== 'dc-lens-resolver-catalog' || plain.version !== 4 || !plain.sites || !plain.groups) throw new Error('not a DC Lens resolver catalog (format/version)');
  const p = plain.sites;
  const n = p.ids?.length ?? -1;
  checkStrings(p, ['ids', 'names', 'kinds', 'parentIds', 'countries', 'precisions', 'opened', 'expected', 'announced', 'statuses'], n, OWNER);
  checkNumbers(p, ['lat', 'lon', 'richness', 'machines', 'townRecords'], n, OWNER);
  checkLists(p.codes, n, OWNER, 'codes');
  checkLists(p.operatorIds, n, OWNER, 'operatorIds');
  check(() => {
    if (!strictlyAscending(p.ids)) throw new Error('resolver catalog: malformed ids (out of order)');
  });
  // Filled up front: sites made in any order (an operator's, spread over 100k) turned a growing
  // array into a slow dictionary; making an operator's 20k sites took 36-87 ms, now 16-30 ms.
  const made: Array<ResolverSite | undefined> = new Array<ResolverSite | undefined>(n).fill(undefined);
  const site = (i: number): ResolverSite => (made[i] ??= new ColumnSite(p, i));
  const groups = {} as Record<GroupName, ReadonlyMap<string, readonly ResolverSite[]>>;
  for (const name of RESOLVER_GROUPS) groups[name] = adoptGroup(plain.groups[name], n, OWNER, name, site);
  return { siteById: new SortedTable(p.ids, site), ...groups };
}

/**
 * A site read from the columns field by field, each decoded when first read: a question about an
 * operator touches all its sites (thousands of a 100k catalog) to test their place and kind, and
 * only the few it ranks have their ids, names and lists decoded.
 */
class ColumnSite implements ResolverSite {
  private codeList?: readonly string[] | null;
  private operatorList?: readonly string[];
  private where?: ResolverSite['place'];
  private when?: ResolverSite['dates'];

  constructor(
    private readonly p: StoredSites,
    private readonly i: number,
  ) {}

  get id(): string {
    return this.p.ids.at(this.i)!;
  }

  get name(): string {
    return this.p.names.at(this.i)!;
  }

  get kind(): SiteKind {
    return this.p.kinds.at(this.i) as SiteKind;
  }

  get parentId(): string | undefined {
    return orUndefined(this.p.parentIds.at(this.i)!);
  }

  get codes(): readonly string[] | undefined {
    if (this.codeList === undefined) {
      const codes = listAt(this.p.codes, this.i);
      this.codeList = codes.length ? codes : null;
    }
    return this.codeList ?? undefined;
  }

  get operatorIds(): readonly string[] {
    return (this.operatorList ??= listAt(this.p.operatorIds, this.i));
  }

  get place(): ResolverSite['place'] {
    const { p, i } = this;
    return (this.where ??= { country: orUndefined(p.countries.at(i)!), lat: num(p.lat[i]), lon: num(p.lon[i]), precision: orUndefined(p.precisions.at(i)!) as Precision });
  }

  get dates(): ResolverSite['dates'] {
    const { p, i } = this;
    return (this.when ??= { opened: orUndefined(p.opened.at(i)!), expected: orUndefined(p.expected.at(i)!), announced: orUndefined(p.announced.at(i)!) });
  }

  get status(): ResolverSite['status'] {
    return this.p.statuses.at(this.i) as ResolverSite['status'];
  }

  get richness(): number {
    return this.p.richness[this.i];
  }

  get machine(): boolean | undefined {
    return this.p.machines[this.i] === 1 || undefined;
  }

  get townRecords(): number {
    return this.p.townRecords[this.i];
  }
}
