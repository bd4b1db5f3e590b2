/**
 * A mention being built: where it is, what kind, which catalog site its own words name (if any),
 * and the facts found so far. detect.ts makes drafts, facts and entities fill them in.
 */
import type { Sentence } from './context';
import type { Org } from './facts/operator';
import type { Phrase } from './phrase';
import type { MentionFacts, SiteKind } from './types';

export interface Draft {
  start: number;
  end: number;
  kind: SiteKind;
  confidence: number;
  sentence: Sentence;
  phrase: Phrase | null;
  /** Catalog site (index into index.sites) the words name, or -1. */
  site: number;
  operator: Org | null;
  /** The company it was bought from ("acquired the campus from X"): the catalog's site is still under its name. */
  seller?: Org | null;
  facts: MentionFacts;
  country: string | null;
  city: string | null;
  admin: string | null;
  /** Lower-case state/province of the place (for "the Texas campus" = "the campus in Abilene, Texas"). */
  adminKey: string | null;
  ordinalRank: number | null;
  /** A name set before an apposition, or a repeat of one ("Black Pearl, its 200 MW campus in …"): its words place nothing. */
  apposedName?: boolean;
  /** A name given right after the description before it ("… in Hanau, which it calls Kestrel"): the same facility. */
  givenName?: boolean;
  anaphoricSubject: boolean;
}
