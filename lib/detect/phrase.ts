/**
 * The noun phrase around a head word ("data center", "campus", "facility", ...): its modifiers
 * on the left (ordinal, capacity, money, place, operator, name, adjectives) and on the right
 * ("in <place>", "with <N> GPUs", "called <name>"), and whether it names one specific facility.
 * The reading itself is in phrase/: the head gate, the left walk and the right walk.
 */
import { ENTRY_SITE } from './index-format';
import type { Doc, Hit, PlaceSpan, Sentence } from './context';
import { tokenIndexAt } from './context';
import type { ParsedMoney } from './facts/money';
import type { Org } from './facts/operator';
import type { ParsedOrdinal } from './facts/ordinal';
import type { PlacePhrase } from './facts/place';
import type { SiteKind } from './types';
import type { HeadWord } from './vocab';
import { UnicodeRegExp, matches } from './cheap-regexp';
import { headsAPhrase } from './phrase/head-gate';
import { readLeft } from './phrase/left-walk';
import { companyOfRelativeClause } from './phrase/relative-clause';
import { readRight } from './phrase/right-walk';
import { startWalk } from './phrase/walk';

export interface Phrase {
  start: number;
  end: number;
  kind: SiteKind;
  head: HeadWord;
  headStart: number;
  headEnd: number;
  sentence: Sentence;
  ordinal: ParsedOrdinal | null;
  capacityMW: number | null;
  gpus: number | null;
  money: ParsedMoney | null;
  place: PlacePhrase | null;
  /** Place written before the head ("Tokyo data center"). */
  prePlace: PlaceSpan | null;
  operator: Org | null;
  /** "its", "their", "the company's": the operator is the clause subject. */
  pronounOwner: boolean;
  name: string | null;
  /** Catalog site named inside the phrase. */
  siteHit: Hit | null;
  dcModifier: boolean;
  nonDc: boolean;
  /** Introduced by "the" / "this" (points back to a facility already mentioned). */
  definite: boolean;
  /** Introduced by "a" / "an". */
  indefinite: boolean;
  /** "a rival's data center": its owner is described, not named. */
  commonOwner: boolean;
  /** "Every new data center in Virginia", "the average data center in Ireland": any one of a kind, not one facility. */
  quantified: boolean;
}

/** Builds the phrase around a head hit; null when the head is used as a modifier or stands alone. */
export function buildPhrase(doc: Doc, s: Sentence, hit: Hit, head: HeadWord): Phrase | null {
  const tk = s.toks;
  const hi = tokenIndexAt(tk, hit.start);
  const hj = tokenIndexAt(tk, hit.end - 1);
  if (hi < 0 || hj < 0) return null;
  const w = startWalk(doc, s, hit, head, hi, hj);
  const p = w.p;
  if (!headsAPhrase(w)) return null;

  // --- Left side: modifiers ---
  if (!readLeft(w)) return null;
  if ((w.possessiveHead || w.workOnIt) && !(p.operator || p.prePlace || p.name || p.ordinal)) return null;

  // --- Right side: post-modifiers ---
  readRight(w);
  const end = w.end;
  if (!p.operator && !p.pronounOwner && !w.possessiveHead) p.operator = companyOfRelativeClause(doc, s, end + 1);
  p.end = tk.start(end) + tk.text(end).length;
  if (end === hj) p.end = hit.end;

  // Catalog site named inside the phrase.
  p.siteHit = s.sites.find((h) => h.type === ENTRY_SITE && h.start >= p.start && h.end <= p.end && nameHit(doc.text, h)) ?? null;
  return p;
}

/** A catalog name as the text writes one: as a name (below), and not the digits of a figure ("2B" in "$1.2B"). */
export function nameHit(text: string, h: { start: number; end: number }): boolean {
  if (/\d[.,]$/.test(text.slice(Math.max(0, h.start - 2), h.start)) || /^[.,]\d/.test(text.slice(h.end, h.end + 2))) return false;
  return writtenAsName(text.slice(h.start, h.end));
}

/**
 * A name is written with a capital or a digit: "an unnamed data center", "a secure data centre" in
 * lower case describe a facility, whatever a catalog record happens to be called. (One lower-case
 * word may be a cloud's own spelling: "eastus".)
 */
export function writtenAsName(written: string): boolean {
  return !/\s/.test(written.trim()) || matches(UPPER_OR_NUMBER, written) || !matches(LOWER, written);
}
const UPPER_OR_NUMBER = new UnicodeRegExp(String.raw`[\p{Lu}\p{N}]`, 'u');
const LOWER = new UnicodeRegExp(String.raw`\p{Ll}`, 'u');
