/**
 * The detector's public types. lib/detect is pure: strings in, mentions out; no DOM, no browser
 * APIs, so the same code runs in the background, the CLI and the tests.
 */
import type { MentionFacts, SiteKind } from '../catalog/schema';

/** What the detector finds: one definition for every context (lib/catalog/schema.ts's MentionSchema). */
export type { Mention } from '../catalog/schema';
export type { MentionFacts, SiteKind };

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
