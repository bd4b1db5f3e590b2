/**
 * Shapes of the catalog queries the cards and the detector need (implemented in resolve.ts and
 * compare.ts). Declared apart so the UI, the detector and the background agree on them.
 */
import type { Place, SiteKind, WorldRegion } from './schema';

/** What a mention tells about the site it refers to. Every field is optional. */
export interface ResolveQuery {
  /** An alias, name or code as written ("TY11", "ap-northeast-2", "Stargate Abilene"). */
  text?: string;
  operatorIds?: string[];
  city?: string;
  admin?: string;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  /**
   * The text wrote no country or state: the country is the gazetteer's guess for the town's name
   * (its most populous namesake: "Santa Clara" is Cuba's), so the catalog's towns of that name
   * elsewhere still count when it has none there.
   */
  countryGuessed?: boolean;
  /**
   * A company or programme the text names as the facility's holder that the catalog does not know
   * as a company ("Zephyrgate's new campus in Abilene"): read with the query's place as a name
   * ("Zephyrgate Abilene"), or alone when the one site of that name is in the place; never by itself.
   */
  brand?: string;
  /** 1 for "first", 5 for "fifth". */
  ordinal?: number;
  /**
   * The ordinal counts the company's sites beyond the query's town: the mark that gives it names no
   * town ("its 29th data center", "its second campus in Brazil") while another mark gives the town.
   */
  ordinalWider?: boolean;
  kind?: SiteKind;
  /**
   * The article lists it among facilities being built ("has begun construction on new data centers
   * in A, B and C"): a site the catalog says has opened is another one.
   */
  beingBuilt?: boolean;
}

export interface Candidate {
  siteId: string;
  /** 0..1 */
  confidence: number;
  /** Why it matched, for the card: "alias", "operator + city", … */
  reason: string;
}

export type Scope = 'city' | 'country' | 'world-region';

/** One operator's presence within a scope (a city, a country, a world region). */
export interface OperatorInScope {
  operatorId: string;
  operatorName: string;
  /** Every catalog record of the operator here, of any kind: a count, never a measure to rank by. */
  sites: number;
  /**
   * Like units for ranking (a cloud region is not "1 site" beside a company's buildings): cloud
   * regions, and facilities (buildings and campuses; a campus's buildings count once, as the
   * campus). Null when the operator has none here: "not reported", not zero.
   */
  regions: number | null;
  facilities: number | null;
  /** Sum of known capacity (operational, else planned) in MW, null when none is known. */
  mw: number | null;
  gpus: number | null;
  zones: number | null;
  isSubject: boolean;
}

export interface Rank {
  rank: number;
  of: number;
}

export interface ScopeComparison {
  scope: Scope;
  /** "Tokyo", "Japan", "Asia-Pacific" */
  label: string;
  /** Operators present in this scope, subject's operator included, largest first. */
  operators: OperatorInScope[];
  /** Where the subject site ranks among the scope's sites with a known value (null: unknown). */
  rankByMW: Rank | null;
  rankByGpus: Rank | null;
  /** The largest sites in the scope, for the chart. */
  topSites: Array<{ siteId: string; name: string; operatorName: string; mw: number | null; gpus: number | null; isSubject: boolean }>;
}

export interface Footprint {
  operatorId: string;
  operatorName: string;
  regions: number | null;
  zones: number | null;
  facilities: number | null;
  totalMW: number | null;
  asOf: string | null;
  isSubject: boolean;
}

export interface Comparison {
  subject: { siteId: string | null; operatorIds: string[]; place: Place };
  scopes: ScopeComparison[];
  /** The subject operator's footprint beside its competitors'. */
  footprints: Footprint[];
}

export type { Place, SiteKind, WorldRegion };
