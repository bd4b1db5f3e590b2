/**
 * The resolver's name tables (resolve.ts) in a plain form the structural codec can store
 * (lib/codec/structure.ts): Maps become parallel arrays sorted by key, and a woken worker adopts
 * them as sorted tables (binary search, sorted-table.ts) without building a Map or normalising
 * any name of the catalog again. The site lists hold site numbers, not ids: positions in the id
 * column of the resolver's catalog stored beside them (resolver-catalog-plain.ts), which a wake
 * reads anyway (the ids as strings were 6.4 MB of a 100k-site copy, the numbers 1.3 MB).
 */
import { check } from '../codec/later-checks';
import { isStrings, sliceOf, type Strings } from '../codec/string-column';
import type { ResolverTables } from './resolve';
import { byKey } from './plain-columns';
import { SortedTable, strictlyAscending } from './sorted-table';

type SiteListName = 'exact' | 'stripped' | 'unbranded';
type OperatorListName = 'operatorStrong' | 'operatorWeak';
type TextName = 'names' | 'numbering';
const SITE_LISTS: readonly SiteListName[] = ['exact', 'stripped', 'unbranded'];
const OPERATOR_LISTS: readonly OperatorListName[] = ['operatorStrong', 'operatorWeak'];
const TEXTS: readonly TextName[] = ['names', 'numbering'];

/** key i owns the sites numbered sites[start[i] .. start[i + 1]) in the catalog's id column; keys ascending. */
interface PlainSiteLists {
  keys: string[];
  start: Int32Array;
  sites: Int32Array;
}

/** key i owns operator ids[start[i] .. start[i + 1]); keys ascending. */
interface PlainLists {
  keys: string[];
  start: Int32Array;
  ids: string[];
}

interface PlainTexts {
  keys: string[];
  values: string[];
}

export interface PlainResolverTables {
  format: 'dc-lens-resolver-tables';
  /**
   * 4 since the site lists hold site numbers (a copy of version 3, ids, is refused and built again);
   * 5 since a machine's own name ("ABCI 3.0", system-names.ts) is among the names: a copy of 4 lacks
   * it, and is built again; 6 since a brand's name written without it keeps its generic word
   * ("DC Tuas" for "Singtel DC Tuas"): a copy of 5 lacks those names.
   */
  version: 6;
  sites: Record<SiteListName, PlainSiteLists>;
  lists: Record<OperatorListName, PlainLists>;
  texts: Record<TextName, PlainTexts>;
}

function plainLists(map: ReadonlyMap<string, readonly string[]>): PlainLists {
  const keys: string[] = [];
  const ids: string[] = [];
  const start = new Int32Array(map.size + 1);
  for (const [key, list] of byKey(map)) {
    keys.push(key);
    for (const id of list) ids.push(id);
    start[keys.length] = ids.length;
  }
  return { keys, start, ids };
}

function plainSiteLists(map: ReadonlyMap<string, readonly string[]>, numberOf: ReadonlyMap<string, number>): PlainSiteLists {
  const { keys, start, ids } = plainLists(map);
  const sites = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    const n = numberOf.get(id);
    if (n === undefined) throw new Error(`resolver tables: site ${id} is not in the catalog`);
    sites[i] = n;
  });
  return { keys, start, sites };
}

/** `siteIds`: the id column of the resolver catalog stored beside the tables, which numbers the sites. */
export function plainResolverTables(tables: ResolverTables, siteIds: readonly string[]): PlainResolverTables {
  const numberOf = new Map(siteIds.map((id, i) => [id, i]));
  const sites = {} as Record<SiteListName, PlainSiteLists>;
  for (const name of SITE_LISTS) sites[name] = plainSiteLists(tables[name], numberOf);
  const lists = {} as Record<OperatorListName, PlainLists>;
  for (const name of OPERATOR_LISTS) lists[name] = plainLists(tables[name]);
  const texts = {} as Record<TextName, PlainTexts>;
  for (const name of TEXTS) {
    const entries = byKey(tables[name]);
    texts[name] = { keys: entries.map(([k]) => k), values: entries.map(([, v]) => v) };
  }
  return { format: 'dc-lens-resolver-tables', version: 6, sites, lists, texts };
}

/** PlainResolverTables as stored: any string list may come back as a column (lib/codec/string-column.ts). */
interface StoredTables {
  format: PlainResolverTables['format'];
  version: PlainResolverTables['version'];
  sites: Record<SiteListName, { keys: Strings; start: Int32Array; sites: Int32Array }>;
  lists: Record<OperatorListName, { keys: Strings; start: Int32Array; ids: Strings }>;
  texts: Record<TextName, { keys: Strings; values: Strings }>;
}

/** The start offsets and key order of one list table: run after a wake's first answer. */
function checkListsLater(name: string, keys: Strings, start: Int32Array): void {
  check(() => {
    for (let i = 0; i < keys.length; i++) if (start[i] > start[i + 1]) throw new Error(`resolver tables: malformed ${name}`);
    if (!strictlyAscending(keys)) throw new Error(`resolver tables: malformed ${name} (keys out of order)`);
  });
}

const hasStarts = (keys: unknown, start: unknown, items: number): start is Int32Array =>
  isStrings(keys) && start instanceof Int32Array && start.length === keys.length + 1 && start[0] === 0 && start[keys.length] === items;

/**
 * Checks the shape (a damaged or foreign row throws) and adopts the arrays or columns as sorted
 * tables; `siteIds` is the id column of the catalog the tables were stored with (their site numbers' ids).
 */
export function resolverTablesFromPlain(input: unknown, siteIds: Strings): ResolverTables {
  const plain = input as Partial<StoredTables> | null;
  if (plain?.format !== 'dc-lens-resolver-tables' || plain.version !== 6 || !plain.sites || !plain.lists || !plain.texts) throw new Error('not DC Lens resolver tables (format/version)');
  const lists = {} as Record<SiteListName | OperatorListName, ReadonlyMap<string, readonly string[]>>;
  const texts = {} as Record<TextName, ReadonlyMap<string, string>>;
  for (const name of SITE_LISTS) {
    const { keys, start, sites } = plain.sites[name] ?? ({} as Partial<StoredTables['sites'][SiteListName]>);
    if (!(sites instanceof Int32Array) || !hasStarts(keys, start, sites.length)) throw new Error(`resolver tables: malformed ${name}`);
    checkListsLater(name, keys!, start);
    check(() => {
      for (let i = 0; i < sites.length; i++) if (!(sites[i] >= 0 && sites[i] < siteIds.length)) throw new Error(`resolver tables: malformed ${name} (site number)`);
    });
    lists[name] = new SortedTable(keys!, (i) => {
      const ids: string[] = [];
      for (let k = start[i]; k < start[i + 1]; k++) ids.push(siteIds.at(sites[k])!);
      return ids;
    });
  }
  for (const name of OPERATOR_LISTS) {
    const { keys, start, ids } = plain.lists[name] ?? ({} as Partial<StoredTables['lists'][OperatorListName]>);
    if (!isStrings(ids) || !hasStarts(keys, start, ids.length)) throw new Error(`resolver tables: malformed ${name}`);
    checkListsLater(name, keys!, start);
    lists[name] = new SortedTable(keys!, (i) => sliceOf(ids, start[i], start[i + 1]));
  }
  for (const name of TEXTS) {
    const { keys, values } = plain.texts[name] ?? ({} as Partial<StoredTables['texts'][TextName]>);
    if (!isStrings(keys) || !isStrings(values) || keys.length !== values.length) throw new Error(`resolver tables: malformed ${name}`);
    check(() => {
      if (!strictlyAscending(keys)) throw new Error(`resolver tables: malformed ${name} (keys out of order)`);
    });
    texts[name] = new SortedTable(keys, (i) => values.at(i)!);
  }
  return { ...lists, ...texts };
}
