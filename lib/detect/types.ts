/**
 * The detector's public types. lib/detect is pure: strings in, mentions out; no DOM, no browser
 * APIs, so the same code runs in the background, the CLI and the tests.
 */
import type { MentionFacts, SiteKind } from '../catalog/schema';

export type { MentionFacts, SiteKind };

export interface Mention {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  text: string;
  /** known: resolved to a catalog site; new: a specific data center the catalog does not have. */
  status: 'known' | 'new';
  entityId: string | null;
  kind: SiteKind;
  /** 0..1: how sure the detector is that this is a specific data-center mention. */
  confidence: number;
  facts: MentionFacts;
  /** Ids of operators named in the facts, when they resolve to catalog operators. */
  operatorIds: string[];
  /** ISO country code of the place, when the gazetteer knows it. */
  country: string | null;
  /** Catalog sites that could be this one, best first (for "is it one of these?"). */
  candidates: string[];
}

export const EMPTY_FACTS: MentionFacts = {
  operator: null,
  location: null,
  capacityMW: null,
  gpus: null,
  investment: null,
  ordinal: null,
  name: null,
  date: null,
};
