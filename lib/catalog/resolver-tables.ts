/**
 * The resolver's name tables (resolve.ts) in a plain form the structural codec can store
 * (lib/codec/structure.ts): Maps become parallel arrays sorted by key, and a woken worker adopts
 * them as sorted tables (binary search, sorted-table.ts) without building a Map or normalising
 * any name of the catalog again.
 */
import { check } from '../codec/later-checks';
import { isStrings, sliceOf, type Strings } from '../codec/string-column';
import type { ResolverTables } from './resolve';
import { byKey } from './plain-columns';
import { SortedTable, strictlyAscending } from './sorted-table';

type ListName = 'exact' | 'stripped' | 'unbranded' | 'operatorStrong' | 'operatorWeak';
type TextName = 'names' | 'numbering';
const LISTS: readonly ListName[] = ['exact', 'stripped', 'unbranded', 'operatorStrong', 'operatorWeak'];
const TEXTS: readonly TextName[] = ['names', 'numbering'];

/** key i owns ids[start[i] .. start[i + 1]); keys ascending. */
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
  version: 3;
  lists: Record<ListName, PlainLists>;
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

export function plainResolverTables(tables: ResolverTables): PlainResolverTables {
  const lists = {} as Record<ListName, PlainLists>;
  for (const name of LISTS) lists[name] = plainLists(tables[name]);
  const texts = {} as Record<TextName, PlainTexts>;
  for (const name of TEXTS) {
    const entries = byKey(tables[name]);
    texts[name] = { keys: entries.map(([k]) => k), values: entries.map(([, v]) => v) };
  }
  return { format: 'dc-lens-resolver-tables', version: 3, lists, texts };
}

/** PlainResolverTables as stored: any string list may come back as a column (lib/codec/string-column.ts). */
interface StoredTables {
  format: PlainResolverTables['format'];
  version: PlainResolverTables['version'];
  lists: Record<ListName, { keys: Strings; start: Int32Array; ids: Strings }>;
  texts: Record<TextName, { keys: Strings; values: Strings }>;
}

/** Checks the shape (a damaged or foreign row throws) and adopts the arrays or columns as sorted tables. */
export function resolverTablesFromPlain(input: unknown): ResolverTables {
  const plain = input as Partial<StoredTables> | null;
  if (plain?.format !== 'dc-lens-resolver-tables' || plain.version !== 3 || !plain.lists || !plain.texts) throw new Error('not DC Lens resolver tables (format/version)');
  const lists = {} as Record<ListName, ReadonlyMap<string, readonly string[]>>;
  const texts = {} as Record<TextName, ReadonlyMap<string, string>>;
  for (const name of LISTS) {
    const { keys, start, ids } = plain.lists[name] ?? ({} as Partial<StoredTables['lists'][ListName]>);
    if (!isStrings(keys) || !isStrings(ids) || !(start instanceof Int32Array) || start.length !== keys.length + 1 || start[0] !== 0 || start[keys.length] !== ids.length) {
      throw new Error(`resolver tables: malformed ${name}`);
    }
    check(() => {
      for (let i = 0; i < keys.length; i++) if (start[i] > start[i + 1]) throw new Error(`resolver tables: malformed ${name}`);
      if (!strictlyAscending(keys)) throw new Error(`resolver tables: malformed ${name} (keys out of order)`);
    });
    lists[name] = new SortedTable(keys, (i) => sliceOf(ids, start[i], start[i + 1]));
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
