/** Prefilled drafts: from what the detector read in an article, or from a stored site to edit. */
import type { MentionFacts, Operator, Site, SiteKind } from '../catalog/schema';
import { countryByCode, countryByName } from '../geo/countries';
import { emptyDraft, type SiteDraft } from './fields';
import { findOperator, operatorName } from './operators';
import { dateFieldFor, parseOrdinal, parsePartialDate } from './parse-text';

type OperatorLike = Pick<Operator, 'id' | 'name' | 'aliases'>;

/** The parts of a detected mention a draft needs (a MentionSummary has them all). */
export interface MentionForDraft {
  text: string;
  kind: SiteKind;
  facts: MentionFacts;
  operatorIds: readonly string[];
  country: string | null;
}

export interface PageRef {
  url: string;
  title: string;
}

const NOUN: Readonly<Record<SiteKind, string>> = {
  facility: 'data center',
  campus: 'campus',
  region: 'region',
  project: 'project',
};

export interface SplitLocation {
  city: string;
  admin: string;
  country: string;
}

/** "Abilene, Texas" → city + admin; "Tokyo, Japan" → city + country code; "Japan" → country only. */
export function splitLocation(location: string | null, knownCountry: string | null): SplitLocation {
  const parts = (location ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  let country = knownCountry && countryByCode(knownCountry) ? knownCountry.toUpperCase() : '';
  const places: string[] = [];
  for (const part of parts) {
    const c = countryByName(part);
    if (c) {
      if (!country) country = c.code;
    } else {
      places.push(part);
    }
  }
  return { city: places[0] ?? '', admin: places[1] ?? '', country };
}

/** Operator display name for a mention: the resolved catalog operator, else the words as written. */
function mentionOperator(mention: MentionForDraft, operators: readonly OperatorLike[]): string {
  const byId = mention.operatorIds.map((id) => operators.find((o) => o.id === id)).find(Boolean);
  if (byId) return byId.name;
  const written = mention.facts.operator?.trim() ?? '';
  return written ? (findOperator(written, operators)?.name ?? written) : '';
}

/**
 * A readable name for a site the article does not name: "Alibaba Cloud Tokyo data center 5".
 * Falls back to the mention's own words when neither operator nor place is known.
 */
export function suggestName(mention: MentionForDraft, operator: string, place: string): string {
  const named = mention.facts.name?.trim();
  if (named) return named;
  if (!operator && !place) return mention.text.trim().slice(0, 200);
  const ordinal = parseOrdinal(mention.facts.ordinal);
  return [operator, place, NOUN[mention.kind], ordinal === null ? '' : String(ordinal)]
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);
}

const numberText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const httpOnly = (url: string) => (/^https?:\/\//i.test(url.trim()) ? url.trim() : '');

export function draftFromMention(mention: MentionForDraft, page: PageRef, operators: readonly OperatorLike[]): SiteDraft {
  const { facts } = mention;
  const operator = mentionOperator(mention, operators);
  const place = splitLocation(facts.location, mention.country);
  const firstPlace = place.city || (facts.location?.split(',')[0].trim() ?? '');
  const draft: SiteDraft = {
    ...emptyDraft(),
    name: suggestName(mention, operator, firstPlace),
    kind: mention.kind,
    operator,
    city: place.city,
    admin: place.admin,
    country: place.country,
    // A data center the catalog lacks is, in news, nearly always a plan: its numbers are targets.
    status: 'announced',
    plannedMW: numberText(facts.capacityMW),
    plannedGpus: numberText(facts.gpus === null ? null : Math.round(facts.gpus)),
    investment: facts.investment?.trim() ?? '',
    sourceUrl: httpOnly(page.url),
    sourceTitle: page.title.trim().slice(0, 300),
    sourceTitleUrl: httpOnly(page.url),
  };
  const date = parsePartialDate(facts.date);
  if (date && facts.date) draft[dateFieldFor(facts.date)] = date;
  return draft;
}

export function draftFromSite(site: Site, operators: readonly OperatorLike[]): SiteDraft {
  const source = site.sources[0];
  return {
    id: site.id,
    name: site.name,
    kind: site.kind,
    operator: site.operatorIds[0] ? operatorName(site.operatorIds[0], operators) : '',
    city: site.place.city ?? '',
    admin: site.place.admin ?? '',
    country: site.place.country ?? '',
    status: site.status,
    plannedMW: numberText(site.capacity.plannedMW),
    operationalMW: numberText(site.capacity.operationalMW),
    plannedGpus: numberText(site.gpus.plannedCount),
    gpus: numberText(site.gpus.count),
    investment: site.investment.text ?? '',
    announced: site.dates.announced ?? '',
    groundbreaking: site.dates.groundbreaking ?? '',
    opened: site.dates.opened ?? '',
    expected: site.dates.expected ?? '',
    sourceUrl: source?.url ?? '',
    sourceTitle: source?.title ?? '',
    sourceTitleUrl: source?.url ?? '',
    notes: site.notes ?? '',
  };
}
