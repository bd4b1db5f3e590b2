/**
 * The detector index as data: what compileIndex (lexicon.ts) produces, what is stored as bytes
 * and adopted by a woken worker (its string tables then as columns decoded item by item), and what
 * detect() reads. This module has no heavy imports (no gazetteer, no catalog code).
 */
import { isRows, type Rows } from '../codec/number-rows';
import { isStrings, type Strings } from '../codec/string-column';
import { check } from '../codec/later-checks';
import { strictlyAscending } from '../catalog/sorted-table';
import { decodeStructure, encodeStructure } from '../codec/structure';
import { checkAutomatonLinks, isAutomaton, type Automaton } from './automaton';
import type { SiteKind } from './types';

export type PlaceKind = 'city' | 'admin' | 'country' | 'area';

/**
 * Column-wise so it crosses structured clone cheaply. Index = pattern id of the place automaton.
 * String columns are read with at(): arrays when compiled, columns decoded item by item when a
 * woken worker adopted a stored index (lib/codec/string-column.ts).
 */
export interface PlaceTable {
  automaton: Automaton;
  /** Canonical name ("South Korea" for "Korea"). */
  names: Strings;
  kinds: Strings<PlaceKind>;
  /** ISO alpha-2 or '' (areas spanning countries). */
  countries: Strings;
  /** US state code of a US city or state, else ''. */
  adminCodes: Strings;
  populations: Float64Array;
}

export interface LexiconSite {
  id: string;
  name: string;
  aliases: string[];
  kind: SiteKind;
  operatorIds: string[];
  city?: string;
  country?: string;
  regionCode?: string;
  /** Facility codes ("LD8", "AM7"): named by their operator ("Equinix LD8") or beside it. */
  codes?: string[];
}
export interface LexiconOperator {
  id: string;
  name: string;
  aliases: string[];
  /** The catalog's kind (hyperscale_cloud, colocation, …) and home country, when it has them. */
  kind?: string;
  hqCountry?: string;
}

export const ENTRY_SITE = 1;
export const ENTRY_OPERATOR = 2;
export const ENTRY_HEAD = 3;
/** A site name's first word that is followed by a place in other names: "Stargate" (Stargate Abilene). */
export const ENTRY_FAMILY = 4;

/** Pattern flags. */
export const FLAG_NEEDS_CONTEXT = 1;
/** An operator acronym: matches only text written in capitals. */
export const FLAG_ACRONYM = 2;
/** A bare facility code: a site only with its own operator named nearby ("LD8" beside Equinix). */
export const FLAG_NEEDS_OPERATOR = 4;

/**
 * The index's layout version: 2 since the automata are sorted child ranges (automaton.ts), 3 since
 * it holds the operators' folded names, 4 since their kinds and home countries; a copy of an
 * earlier version is refused and the index compiled again.
 */
export const INDEX_VERSION = 4;

export interface DetectorIndex {
  format: 'dc-lens-detector';
  version: typeof INDEX_VERSION;
  main: Automaton;
  /** Entries of main pattern p: entryType/entryRef[entryStart[p] .. entryStart[p+1]). */
  entryStart: Int32Array;
  entryType: Uint8Array;
  /** Site index, operator index or HEADS index. */
  entryRef: Int32Array;
  patternFlags: Uint8Array;
  /** Read with at(), as the place table's columns are: an adopted index holds columns, not arrays. */
  sites: {
    ids: Strings;
    names: Strings;
    kinds: Strings<SiteKind>;
    /** Operator indexes per site. */
    operators: Rows;
    cities: Strings;
    countries: Strings;
    /** Where the catalog puts it, for the card of a bare name: city, else country name. */
    locations: Strings;
  };
  operators: {
    ids: Strings;
    names: Strings;
    /** 1 when the operator runs cloud regions (so "its Taipei region" is a cloud region). */
    hasRegions: Uint8Array;
    /** Every name folded (operator-fold.ts), sorted with `<`, each once: looked up by binary search. */
    folded: Strings;
    /** The catalog's kind and home country ('' when unknown): "the Chinese company" is one of those named (facts/described-company.ts). */
    kinds: Strings;
    countries: Strings;
  };
  places: PlaceTable;
}

/**
 * The index as one ArrayBuffer (lib/codec/structure.ts), for storage: a worker that wakes up
 * adopts it without compiling. The codec is structural, so a field added to DetectorIndex is
 * persisted without a change here (tests/unit/detect/index-format.test.ts compares deeply).
 */
export interface SerializedIndex {
  format: 'dc-lens-detector-bin';
  /** Version of this envelope; the index inside carries its own `version`. */
  version: 1;
  bytes: ArrayBuffer;
}

/**
 * String tables and the sites' operator rows are stored to come back as columns read item by item
 * (lazyStrings, lazyRows): a woken worker's first page reads a few hundred of their ~70,000 items
 * (seed; millions at 100,000 sites), and decoding them all was most of adopting the index.
 */
export function serializeIndex(index: DetectorIndex): SerializedIndex {
  return { format: 'dc-lens-detector-bin', version: 1, bytes: encodeStructure(index, { lazyStrings: true, lazyRows: true }) };
}

/** Checks and adopts an index, serialized or received by structured clone; no rebuilding. */
export function loadIndex(input: SerializedIndex | DetectorIndex): DetectorIndex {
  const data = (isSerialized(input) ? decodeStructure(input.bytes) : input) as DetectorIndex;
  if (!data || data.format !== 'dc-lens-detector' || data.version !== INDEX_VERSION) throw new Error('not a DC Lens detector index (format/version)');
  if (!isAutomaton(data.main) || !isAutomaton(data.places?.automaton)) throw new Error('detector index: malformed automaton');
  check(() => checkAutomatonLinks(data.main));
  check(() => checkAutomatonLinks(data.places.automaton));
  if (!(data.entryStart instanceof Int32Array) || data.entryStart.length !== data.main.patterns.length + 1) throw new Error('detector index: malformed entries');
  if (!(data.entryType instanceof Uint8Array) || !(data.entryRef instanceof Int32Array) || data.entryType.length !== data.entryRef.length) throw new Error('detector index: malformed entries');
  const { sites, operators, places } = data;
  const n = sites?.ids?.length;
  const siteColumns = [sites?.names, sites?.kinds, sites?.cities, sites?.countries, sites?.locations];
  if (!isStrings(sites?.ids) || siteColumns.some((c) => !isStrings(c, n)) || !isRows(sites.operators, n)) throw new Error('detector index: malformed tables');
  if (!isStrings(operators?.ids) || !isStrings(operators.names, operators.ids.length) || !isStrings(operators.folded)) throw new Error('detector index: malformed tables');
  if (!isStrings(operators.kinds, operators.ids.length) || !isStrings(operators.countries, operators.ids.length)) throw new Error('detector index: malformed tables');
  check(() => {
    if (!strictlyAscending(operators.folded)) throw new Error('detector index: folded operator names out of order');
  });
  const p = places.automaton.patterns.length;
  if ([places.names, places.kinds, places.countries, places.adminCodes].some((c) => !isStrings(c, p))) throw new Error('detector index: malformed tables');
  return data;
}

function isSerialized(x: unknown): x is SerializedIndex {
  const s = x as SerializedIndex | null;
  if (s?.format !== 'dc-lens-detector-bin') return false;
  if (s.version !== 1 || !(s.bytes instanceof ArrayBuffer)) throw new Error('detector index: other serialized version');
  return true;
}
