/**
 * The comparison's catalog (compare-catalog.ts) in a plain, column-wise form the structural codec
 * stores (lib/codec/structure.ts): one column per field the comparison reads, live sites in id
 * order, groups as site numbers (plain-columns.ts), the operators as one JSON text. A woken worker
 * adopts the columns as they are; a site's object is made the first time a comparison touches it
 * and kept, so one site is one object in every group (the comparison tells the subject apart by
 * identity). The operators were validated when written, as the records this copy is made from.
 */
import type { Strings } from '../codec/string-column';
import type { CatalogSnapshot } from './catalog-snapshot';
import { COMPARE_GROUPS, type CompareCatalog, type CompareSite } from './compare-catalog';
import { adoptGroup, checkLists, checkNumbers, checkStrings, listAt, numOrUndefined, orUndefined, plainItems, siteIdentityColumns, type PlainGroup, type PlainLists, type SiteIdentityColumns } from './plain-columns';
import type { Operator, Site, SiteKind, WorldRegion } from './schema';
import { SortedTable, strictlyAscending } from './sorted-table';

type GroupName = (typeof COMPARE_GROUPS)[number];
const OWNER = 'compare catalog';

export interface PlainCompareCatalog {
  format: 'dc-lens-compare-catalog';
  version: 1;
  sites: SiteIdentityColumns & {
    cities: string[];
    worldRegions: string[];
    operationalMW: Float64Array;
    plannedMW: Float64Array;
    gpuCount: Float64Array;
    gpuPlanned: Float64Array;
    zones: Float64Array;
  };
  groups: Record<GroupName, PlainGroup>;
  /** JSON of the operators (sorted by name, as the snapshot holds them). */
  operators: string;
}

const STRING_COLUMNS = ['ids', 'names', 'kinds', 'parentIds', 'cities', 'countries', 'worldRegions'] as const;
const NUMBER_COLUMNS = ['operationalMW', 'plannedMW', 'gpuCount', 'gpuPlanned', 'zones'] as const;

/** The snapshot's groups the comparison reads, each site once per key as the snapshot keys it. */
function groupsOf(snapshot: CatalogSnapshot): Record<GroupName, ReadonlyMap<string, readonly Site[]>> {
  return {
    sitesByCity: snapshot.sitesByCity,
    sitesByCityName: snapshot.sitesByCityName,
    sitesByCountry: snapshot.sitesByCountry,
    sitesByWorldRegion: snapshot.sitesByWorldRegion,
  };
}

export function plainCompareCatalog(snapshot: CatalogSnapshot): PlainCompareCatalog {
  const { items: sites, groups, strings: column, numbers } = plainItems(snapshot.siteById, groupsOf(snapshot), COMPARE_GROUPS);
  return {
    format: 'dc-lens-compare-catalog',
    version: 1,
    sites: {
      ...siteIdentityColumns(sites, column),
      cities: column((s) => s.place.city),
      worldRegions: column((s) => s.place.worldRegion),
      operationalMW: numbers((s) => s.capacity.operationalMW),
      plannedMW: numbers((s) => s.capacity.plannedMW),
      gpuCount: numbers((s) => s.gpus.count),
      gpuPlanned: numbers((s) => s.gpus.plannedCount),
      zones: numbers((s) => s.zones),
    },
    groups,
    operators: JSON.stringify(snapshot.operators),
  };
}

type StoredSites = {
  [K in keyof PlainCompareCatalog['sites']]: PlainCompareCatalog['sites'][K] extends string[] ? Strings : PlainCompareCatalog['sites'][K] extends PlainLists<string[]> ? PlainLists<Strings> : PlainCompareCatalog['sites'][K];
};

/** Checks the shape (a damaged or foreign row throws) and adopts the columns; sites are made when first asked for. */
export function compareCatalogFromPlain(input: unknown): CompareCatalog {
  const plain = input as (Partial<Omit<PlainCompareCatalog, 'sites' | 'groups'>> & { sites?: Partial<StoredSites>; groups?: Record<GroupName, unknown> }) | null;
  if (plain?.format !== 'dc-lens-compare-catalog' || plain.version !== 1 || !plain.sites || !plain.groups || typeof plain.operators !== 'string') {
    throw new Error('not a DC Lens compare catalog (format/version)');
  }
  const p = plain.sites;
  const n = p.ids?.length ?? -1;
  checkStrings(p, STRING_COLUMNS, n, OWNER);
  checkNumbers(p, NUMBER_COLUMNS, n, OWNER);
  checkLists(p.operatorIds, n, OWNER, 'operatorIds');
  const c = p as StoredSites;
  if (!strictlyAscending(c.ids)) throw new Error(`${OWNER}: malformed ids (out of order)`);
  const operators = JSON.parse(plain.operators) as Operator[];
  if (!Array.isArray(operators)) throw new Error(`${OWNER}: malformed operators`);
  const made: Array<CompareSite | undefined> = [];
  const site = (i: number): CompareSite => {
    let s = made[i];
    if (s) return s;
    // One shape for every site (absent fields undefined), which the comparison reads as absent.
    s = {
      id: c.ids.at(i)!,
      name: c.names.at(i)!,
      kind: c.kinds.at(i) as SiteKind,
      parentId: orUndefined(c.parentIds.at(i)!),
      operatorIds: listAt(c.operatorIds, i),
      zones: numOrUndefined(c.zones[i]),
      place: { city: orUndefined(c.cities.at(i)!), country: orUndefined(c.countries.at(i)!), worldRegion: orUndefined(c.worldRegions.at(i)!) as WorldRegion | undefined },
      capacity: { operationalMW: numOrUndefined(c.operationalMW[i]), plannedMW: numOrUndefined(c.plannedMW[i]) },
      gpus: { count: numOrUndefined(c.gpuCount[i]), plannedCount: numOrUndefined(c.gpuPlanned[i]) },
    };
    made[i] = s;
    return s;
  };
  const groups = {} as Record<GroupName, ReadonlyMap<string, readonly CompareSite[]>>;
  for (const name of COMPARE_GROUPS) groups[name] = adoptGroup(plain.groups[name], n, OWNER, name, site);
  return { operators, operatorById: new Map(operators.map((o) => [o.id, o])), siteById: new SortedTable(c.ids, site), ...groups };
}
