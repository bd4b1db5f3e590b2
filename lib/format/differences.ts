/**
 * "This article says …": what a mention's extracted facts tell that the catalog does not, or tells
 * differently. Pure, so the card only renders the result.
 */
import type { MentionFacts, Operator, Site } from '../catalog/schema';
import { countryLabel } from '../geo/country-label';
import { formatGpus, formatMW } from './numbers';
import { placeLine, placeWorldRegionLabel } from './place';

export type ComparedFact = 'capacityMW' | 'gpus' | 'location' | 'operator' | 'ordinal';

export interface FactDifference {
  fact: ComparedFact;
  label: string;
  /** The article's value, formatted. */
  article: string;
  /** The catalog's value, formatted; null when the catalog does not record it. */
  catalog: string | null;
  /** differs: both have a value and they disagree; new: only the article has one. */
  kind: 'differs' | 'new';
}

const LABELS: Record<ComparedFact, string> = {
  capacityMW: 'Capacity',
  gpus: 'GPUs',
  location: 'Location',
  operator: 'Operator',
  ordinal: 'Order',
};

/** Lower case, no accents, words separated by single spaces: "Zürich-Nord" → "zurich nord". */
export function normaliseWords(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function containsPhrase(haystack: string, needle: string): boolean {
  if (!needle) return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Same phrase, or one contains the other as whole words ("Alibaba" ~ "Alibaba Cloud"). */
function namesAgree(a: string, b: string): boolean {
  const x = normaliseWords(a);
  const y = normaliseWords(b);
  if (!x || !y) return false;
  return x === y || containsPhrase(x, y) || containsPhrase(y, x);
}

/**
 * Numbers agree within a relative tolerance, because articles round ("1.2 GW" for 1,180 MW) but a
 * 100 → 103 MW change is news worth showing.
 */
function numbersAgree(article: number, catalog: number, relative: number): boolean {
  return Math.abs(article - catalog) <= Math.max(0.5, relative * Math.max(article, catalog));
}

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function formatOrdinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "fifth" → 5, "5th" → 5, "second-largest" → 2; null when no ordinal is found. */
export function parseOrdinal(s: string): number | null {
  const words = normaliseWords(s).split(' ');
  for (const w of words) {
    const i = ORDINAL_WORDS.indexOf(w);
    if (i >= 0) return i + 1;
    const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(w);
    if (m) return Number(m[1]);
  }
  return null;
}

function compareCapacity(mw: number, site: Site): FactDifference | null {
  const { operationalMW, plannedMW } = site.capacity;
  const known = [operationalMW, plannedMW].filter((v): v is number => v !== undefined);
  const article = formatMW(mw);
  if (!known.length) return { fact: 'capacityMW', label: LABELS.capacityMW, article, catalog: null, kind: 'new' };
  if (known.some((v) => numbersAgree(mw, v, 0.02))) return null;
  const parts: string[] = [];
  if (operationalMW !== undefined) parts.push(`${formatMW(operationalMW)} operational`);
  if (plannedMW !== undefined) parts.push(`${formatMW(plannedMW)} planned`);
  return { fact: 'capacityMW', label: LABELS.capacityMW, article, catalog: parts.join(', '), kind: 'differs' };
}

function compareGpus(gpus: number, site: Site): FactDifference | null {
  const { count, plannedCount } = site.gpus;
  const known = [count, plannedCount].filter((v): v is number => v !== undefined);
  const article = formatGpus(gpus);
  if (!known.length) return { fact: 'gpus', label: LABELS.gpus, article, catalog: null, kind: 'new' };
  if (known.some((v) => numbersAgree(gpus, v, 0.02))) return null;
  const parts: string[] = [];
  if (count !== undefined) parts.push(`${formatGpus(count)} today`);
  if (plannedCount !== undefined) parts.push(`${formatGpus(plannedCount)} planned`);
  return { fact: 'gpus', label: LABELS.gpus, article, catalog: parts.join(', '), kind: 'differs' };
}

function placeNames(site: Site): string[] {
  const { city, admin, country } = site.place;
  const names = [city, admin].filter((v): v is string => !!v);
  if (country) {
    names.push(country, countryLabel(country));
  }
  const region = placeWorldRegionLabel(site.place);
  if (region) names.push(region);
  return names;
}

function compareLocation(location: string, site: Site): FactDifference | null {
  const names = placeNames(site);
  const catalog = placeLine(site.place);
  if (!names.length || !catalog) return { fact: 'location', label: LABELS.location, article: location, catalog: null, kind: 'new' };
  const loc = normaliseWords(location);
  // Country codes ("US") only count as an exact match; as a word they collide with "us".
  const agrees = names.some((n) => (n.length <= 2 ? loc === normaliseWords(n) : namesAgree(location, n)));
  return agrees ? null : { fact: 'location', label: LABELS.location, article: location, catalog, kind: 'differs' };
}

function compareOperator(
  operator: string,
  site: Site,
  operators: readonly Operator[],
  mentionOperatorIds: readonly string[],
): FactDifference | null {
  if (mentionOperatorIds.some((id) => site.operatorIds.includes(id))) return null;
  const siteOperators = operators.filter((o) => site.operatorIds.includes(o.id));
  const names = siteOperators.flatMap((o) => [o.name, ...o.aliases]);
  if (names.some((n) => namesAgree(operator, n))) return null;
  // With neither a resolved id nor a known name there is nothing fair to compare against.
  if (!siteOperators.length && !mentionOperatorIds.length) return null;
  const catalog = siteOperators.length ? siteOperators.map((o) => o.name).join(', ') : site.operatorIds.join(', ');
  return { fact: 'operator', label: LABELS.operator, article: operator, catalog, kind: 'differs' };
}

function compareOrdinal(ordinal: string, site: Site): FactDifference | null {
  const articleN = parseOrdinal(ordinal);
  if (articleN === null) return null;
  const catalogN = [site.name, ...site.aliases].map(parseOrdinal).find((n) => n !== null) ?? null;
  if (catalogN === articleN) return null;
  return {
    fact: 'ordinal',
    label: LABELS.ordinal,
    article: ordinal,
    catalog: catalogN === null ? null : formatOrdinal(catalogN),
    kind: catalogN === null ? 'new' : 'differs',
  };
}

/** Every fact the article states that the catalog lacks or contradicts, in a stable order. */
export function compareFacts(
  facts: MentionFacts,
  site: Site,
  operators: readonly Operator[] = [],
  mentionOperatorIds: readonly string[] = [],
): FactDifference[] {
  const out: Array<FactDifference | null> = [
    facts.operator ? compareOperator(facts.operator, site, operators, mentionOperatorIds) : null,
    facts.location ? compareLocation(facts.location, site) : null,
    facts.capacityMW !== null ? compareCapacity(facts.capacityMW, site) : null,
    facts.gpus !== null ? compareGpus(facts.gpus, site) : null,
    facts.ordinal ? compareOrdinal(facts.ordinal, site) : null,
  ];
  return out.filter((d): d is FactDifference => d !== null);
}
