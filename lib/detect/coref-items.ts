/** What coreference (coref.ts) needs to know of each draft: appositions, bare subjects, keys, distances. */
import { forText, spaceNonWords, startsUpper, UnicodeRegExp } from './cheap-regexp';
import { Doc, type Sentence } from './context';
import { type CorefItem } from './coref';
import type { Draft } from './draft';
import { nextSentence } from './sentences';
import { countryByCode } from '../geo/countries';
import { companiesDiffer, companyKey, saysAnotherOfTheName, textCompanyOf } from './coref-namesakes';

/** "KX4, a £120 million data centre", "Colossus 2, as xAI calls the new project", "XY3 marks Acme's first new build": one facility. */
export function apposed(doc: Doc, a: Draft, b: Draft): boolean {
  if (a.sentence !== b.sentence) return false;
  const between = doc.text.slice(a.end, b.start);
  // "300 MW at Black Pearl and a second site": a list brings in another …
  if (/\band\s+(?:an?|another)\s*$/i.test(between)) return false;
  // "Microsoft's La Muela campus and the Villamayor de Gállego campus": and one that names its own place.
  if (/\band\s+(?:the|its|their)\s*$/i.test(between) && (b.facts.location || b.facts.name)) return false;
  if (/^\s*(?:[,:(—–-]\s*)?(?:which is |that is |is |was |will be |would be |becomes |became |will become |marks |marked |will mark |represents |will represent |as |and |its |the |a |an |their )*\s*$/i.test(between) && between.length < 40) return true;
  // "opened its newest data center in Bangkok on Friday, a 15MW facility in …": a time between them.
  return TIME_THEN_APPOSITIVE.test(between) && !!b.phrase?.indefinite;
}

/**
 * Draft i describes draft i - 1 ("KX4, a £120 million data centre in Slough"), unless the two name
 * different companies of their own, or stand in a list ("A, B and C").
 */
export function appositionOfPrevious(doc: Doc, kept: readonly Draft[], i: number): boolean {
  const prev = kept[i - 1];
  const d = kept[i];
  if (ownCompaniesDiffer(prev, d) || ownedAfterAnd(doc, prev, d) || contrastedBefore(doc, prev, d)) return false;
  if (listedNames(doc, prev, d, kept[i + 1]) || (i > 1 && listedNames(doc, kept[i - 2], prev, d))) return false;
  return apposed(doc, prev, d) || trailingAppositive(doc, prev, d);
}

/**
 * "Unlike the Temple site, the company's 24 MW facility in Ploiești runs on hydropower": the first
 * stands in a fronted phrase that sets it beside the subject after the comma, another facility.
 */
function contrastedBefore(doc: Doc, a: Draft, b: Draft): boolean {
  if (a.sentence !== b.sentence || !/^\s*,\s*(?:(?:the|an?)\s+)?$/i.test(doc.text.slice(a.end, b.start))) return false;
  return CONTRAST_FRONT.test(doc.text.slice(a.sentence.start, a.start));
}

const CONTRAST_FRONT = /^\s*(?:unlike|like|besides|apart from|in addition to|compared (?:with|to)|as with|beyond|alongside|along with|as well as|instead of|rather than|other than|except for)\b[^,;]*$/i;

/**
 * "Rio AI City, Scala AI City and CloudHQ's GRU Campus": two names a bare comma apart, the second
 * followed by a comma or "and" and a third mention, are items of a list, not a name and its
 * apposition. An apposition describes ("KX4, a £120 million data centre", "Stargate, its campus in
 * Texas, and …"), so a determiner or possessive before the second keeps it one.
 */
export function listedNames(doc: Doc, a: Draft, b: Draft, c: Draft | undefined): boolean {
  if (!c || a.sentence !== b.sentence || c.sentence !== b.sentence) return false;
  const beforeB = doc.text.slice(a.end, b.start);
  const beforeC = doc.text.slice(b.end, c.start);
  if (/^\s*,\s*$/.test(beforeB) && /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)$/i.test(beforeC) && startsUpper(doc.text, b.start) && !DESCRIBES.test(doc.text.slice(b.start, b.end))) return true;
  if (!/^\s*,\s*(?:the\s+)?$/i.test(beforeB) || !/^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)(?:(?:the|its|their)\s+)?$/i.test(beforeC)) return false;
  // "Microsoft's La Muela campus, its Villamayor campus and its Puerto Venecia campus": each of the
  // three places itself, in another place.
  const own = (d: Draft) => (d.facts.location ?? d.facts.name)?.toLowerCase() ?? null;
  const places = [own(a), own(b), own(c)];
  return places.every((p) => p !== null) && new Set(places).size === 3;
}

const DESCRIBES = /^(?:the|its|their|our|his|her|this|that|an?)\b/i;

/**
 * "Meta's Prometheus campus, Google's New Albany campus and the AWS campus": each names its own
 * company, and different ones, so the commas list three facilities; an apposition describes one
 * thing ("Stargate, its campus in Texas", "KX4, a £120 million data centre").
 */
export function ownCompaniesDiffer(a: Draft, b: Draft): boolean {
  const x = a.phrase?.operator?.ops;
  const y = b.phrase?.operator?.ops;
  return !!x?.length && !!y?.length && !x.some((k) => y.includes(k));
}

/**
 * "Meta's Prometheus campus and H5's La Vista campus", "Microsoft's Fairwater campus and Microsoft's
 * Conover campus": after "and", a phrase that names its own owner is another facility, whether or
 * not the catalog knows the company and even when it is the same one.
 */
export function ownedAfterAnd(doc: Doc, a: Draft, b: Draft): boolean {
  const owner = b.phrase?.operator;
  if (!owner || owner.start < b.start || !a.phrase?.operator) return false;
  return /^\s*,?\s*and\s+$/i.test(doc.text.slice(a.end, b.start));
}

const TIME_THEN_APPOSITIVE = /^\s+(?:on \w+day|last \w+|this \w+|earlier this \w+|today|yesterday|in (?:\w+ )?\d{4})\s*,\s*(?:an?\s+)?$/i;

/**
 * "… lodged by Vrelo Cloud on Friday, its second site in Europe": a possessive phrase set off at the
 * end of a clause describes the facility named earlier in that sentence.
 */
export function trailingAppositive(doc: Doc, earlier: Draft, d: Draft): boolean {
  if (earlier.sentence !== d.sentence || !d.phrase?.pronounOwner || !d.phrase.ordinal) return false;
  const before = doc.text.slice(Math.max(earlier.end, d.start - 6), d.start);
  return /[,–—]\s*(?:and\s+)?$/.test(before) && !/[;:]/.test(doc.text.slice(earlier.end, d.start));
}

/**
 * "Nimbus to spend $10bn on Indiana AI campus": a headline in sentence case (capitals that mean
 * something, so not a title line) is still the article's first line, set apart and unpunctuated.
 */
function openingHeadline(text: string, s: Sentence): boolean {
  if (s.end - s.start > 160 || /\S/.test(text.slice(0, s.start))) return false;
  const line = text.slice(s.start, s.end).trimEnd();
  return !/[.!?:;,]["”’]?$/.test(line) && /^[ \t]*\n/.test(text.slice(s.start + line.length, s.start + line.length + 3));
}

// (?=): JOIN of cheap-regexp.ts, one compile of each continuation (3.2 → 0.4 ms, warm Node).
export const BARE_SUBJECT = /^(?:the|this) (?=)(?:new |planned |proposed |latest |first |second |whole |entire |new \w+ )?(?=)(?:facility|site|campus|data cent(?:er|re)|datacent(?:er|re)|project|building|complex|cluster|expansion|development|region|plant)\b/i;

/** The sentence's subject is a bare reference ("The facility, to be called ...", "The new building, which ..."). */
export function subjectIsBareHead(s: Sentence): boolean {
  const tk = s.toks;
  if (tk.length < 3) return false;
  let text = tk.low(0);
  for (let i = 1; i < Math.min(5, tk.length); i++) text += ` ${tk.low(i)}`;
  return BARE_SUBJECT.test(text);
}

/**
 * "The building is a few miles from Skybox's Hutto campus", "The site will share a substation with
 * OP's campus": in a sentence about the facility just described, a facility set beside the subject
 * (after a preposition of place or company) or owned by another company than that facility is
 * another one, not a second name of the subject.
 */
export function besideBareSubject(doc: Doc, prev: Draft, d: Draft): boolean {
  if (SET_BESIDE.test(doc.text.slice(Math.max(d.sentence.start, d.start - 30), d.start))) return true;
  const own = d.phrase?.operator;
  if (!own || own.start < d.start) return false;
  const before = textCompanyOf(doc, prev);
  return !!before && companiesDiffer(companyKey(own), companyKey(before));
}

const SET_BESIDE = /\b(?:from|near|nearby|beside|next to|adjacent to|across from|close to|opposite|alongside|with|than|down the road from)\s+(?:the\s+|an?\s+|its\s+|their\s+)?$/i;

/** "KTR2 … is part of a bigger 30MW campus": words that put the later mention around the earlier one. */
const CONTAINS = /\b(?:(?:is|are|was|will be|forms?|becomes?) (?:a |the )?(?:first |second |third |new |latest )?(?:part|phase|building|hall|unit|component|piece) (?:of|in|at|on)|within|inside|one of|phase of)\b/i;

/** "the first data centre at the campus", "a second building on the site": a building of a campus named before. */
const PART_OF_CAMPUS = /^\s+(?:at|on|within|inside)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:campus|site|park|complex)\b/i;

/** The earlier mention of the same sentence that this one contains, is part of or stands beside, so never the same facility. */
function containedIn(doc: Doc, prev: Draft | undefined, d: Draft, prevIndex: number): number {
  if (!prev || prev.sentence !== d.sentence) return -1;
  const between = doc.text.slice(prev.end, d.start);
  return CONTAINS.test(between) || BESIDE.test(between) || (!!d.phrase?.indefinite && EARLIER_OR_OTHER.test(between)) ? prevIndex : -1;
}

/**
 * "The Pecém project is its second this year, following the conversion of a factory in Ostrava into
 * a 40 MW data center campus": a facility brought in after words that set it before or beside the
 * one just named is another.
 */
const EARLIER_OR_OTHER = /\b(?:following|after|before|unlike|besides|apart from|in addition to|separate|previous|earlier|prior)\b/i;

/** "… a data center in X, next to Kestrel's data center": a landmark beside it is another facility. */
const BESIDE = /\b(?:next to|near|nearby|beside|adjacent to|across from|close to|opposite|alongside|down the road from)\s+(?:the\s+|an?\s+)?$/i;

/** A place as coreference compares it: lower case, words only. */
function key(x: string): string {
  return spaceNonWords(x.toLowerCase()).trim();
}

export function corefItem(doc: Doc, d: Draft, sentenceNo: number, linkTo: number, prev?: Draft, prevIndex = -1): CorefItem {
  const placeKey = d.facts.location ? key(d.city ?? d.admin ?? d.facts.location) : null;
  const linkKeys: string[] = [];
  // "Stargate Abilene" is found again as "the Abilene campus"; "a campus in Abilene, Texas" as "the Texas campus".
  if (d.site >= 0 && doc.index.sites.cities.at(d.site)) linkKeys.push(key(doc.index.sites.cities.at(d.site)!));
  if (d.adminKey && d.city) linkKeys.push(d.adminKey);
  // The state's key may be its code ("wi"); the definite reference writes its name ("the Wisconsin campus").
  if (d.admin && d.city && key(d.admin) !== d.adminKey) linkKeys.push(key(d.admin));
  // "a fourth data centre in Ballykeel … Ballykeel Data Centre will …", "its ninth facility in Ste. Veronne …
  // the Acme Ste. Veronne data center": a name made of a place and a head word or a brand.
  if (!placeKey && d.facts.name) for (const p of placesInName(d.facts.name)) linkKeys.push(key(p));
  // "… a data center in Gimpo, Gyeonggi province … The Gimpo facility is …": a town the gazetteer
  // does not hold, written before a lower-case head, is found again by its word.
  const ownText = doc.text.slice(d.start, d.end);
  const townBefore = !placeKey && d.phrase?.definite ? forText(TOWN_BEFORE_HEAD, ownText).exec(ownText) : null;
  if (townBefore && (!d.facts.name || d.facts.name === townBefore[1])) linkKeys.push(key(townBefore[1]));
  // "the facility at Pelican Way" is found again as "Kestrel Pelican": a street or estate by its name.
  const textCompany = textCompanyOf(doc, d);
  const street = /^(.+?)\s+(?:Way|Road|Rd|Street|Avenue|Ave|Drive|Boulevard|Blvd|Lane|Industrial Park|Business Park|Tech Park)$/.exec(d.facts.location ?? '');
  if (street && !d.city) linkKeys.push(key(street[1]));
  return {
    start: d.start,
    sentenceStart: d.sentence.start,
    entityId: d.site >= 0 ? doc.index.sites.ids.at(d.site)! : null,
    name: d.facts.name,
    placeKey,
    linkKeys,
    placeAdmin: d.adminKey,
    ordinal: d.facts.ordinal,
    // A catalog site's partners count as its operators ("Crusoe's Abilene campus" is OpenAI's Stargate too).
    operatorIds: operatorIdsOf(doc, d),
    operatorKey: d.operator?.text.toLowerCase() ?? null,
    companyFirstAt: firstNamed(doc, operatorIdsOf(doc, d)),
    capacityMW: d.facts.capacityMW,
    ownCapacity: d.phrase?.capacityMW ?? null,
    facts: d.facts,
    sentenceNo,
    anaphoricSubject: d.anaphoricSubject,
    definite: !!d.phrase?.definite,
    inTitle: d.sentence.title || openingHeadline(doc.text, d.sentence),
    namedHere: !!d.phrase?.definite && !!d.facts.name && NAMING.test(doc.text.slice(d.start, d.end)),
    // "its next Manassas facility" brings in a facility of its own, as "a new one" does.
    indefinite: !!d.phrase?.indefinite || NEXT_ONE.test(ownText),
    predicative: !!d.phrase?.indefinite && COPULA_BEFORE.test(doc.text.slice(Math.max(d.sentence.start, d.start - 24), d.start)),
    kind: d.kind,
    linkTo,
    placeCountry: d.country,
    placeIsCountry: !!d.facts.location && ((!d.city && !d.admin) || cityState(d)),
    placeIsArea: isArea(d),
    placeLevel: !d.facts.location || isArea(d) ? 0 : d.city ? 3 : d.admin ? 2 : d.country ? 1 : 3,
    extraCapacity: [],
    extraGpus: [],
    country: d.country,
    apartFrom: containedIn(doc, prev, d, prevIndex),
    partOfCampus: d.kind !== 'campus' && d.kind !== 'region' && PART_OF_CAMPUS.test(doc.text.slice(d.end, d.end + 40)),
    // "…, including the KH1 data center", "an increase over the KH1": named beside another facility.
    textCompany: textCompany ? companyKey(textCompany) : null,
    anotherOfName: !!d.facts.name && saysAnotherOfTheName(doc, d),
    besideAnother: /\b(?:including|includes|besides|alongside|excluding|except|over|than|plus|as well as)\s+(?:the\s+|its\s+)?$/i.test(doc.text.slice(Math.max(d.sentence.start, d.start - 30), d.start)),
  };
}

/** Where the article first names one of these companies; -1 when it names none of them (a catalog site's partners). */
function firstNamed(doc: Doc, ops: readonly number[]): number {
  // The earliest of the companies' first hits (hits are sorted by start): a look-up per company,
  // not a scan of the page's operator hits per mention.
  let first = -1;
  for (const k of ops) {
    const at = doc.firstOperatorAt(k);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** The draft's operators, then the catalog site's (its partners), each once in that order. */
function operatorIdsOf(doc: Doc, d: Draft): number[] {
  const out: number[] = [];
  for (const k of d.operator?.ops ?? []) if (!out.includes(k)) out.push(k);
  if (d.site >= 0) for (const k of doc.index.sites.operators.at(d.site)!) if (!out.includes(k)) out.push(k);
  return out;
}

const NEXT_ONE = /^(?:(?:its|their|the)\s+)?next\b/i;
const COPULA_BEFORE = /\b(?:is|was|are|were|be|becomes?|became|remains?|as)\s+(?:also\s+|now\s+|still\s+)?(?:an?\s+)?$/i;

/** "the project, called “Project Tern”": a definite head named on the spot. */
const NAMING = /\b(?:called|named|dubbed|codenamed|known as)\b/i;
export const TOWN_BEFORE_HEAD = new UnicodeRegExp(String.raw`^(?:(?:the|its|our|their)\s+)?(\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+)?)\s+(?:ai\s+)?(?:data\s*cent(?:er|re)|datacent(?:er|re)|campus|facility|site|project)$`, 'u');
export const CAPITALISED_NAME = new UnicodeRegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$`, 'u');
const NAME_HEAD = /\s+(?:ai\s+)?(?:data\s*cent(?:er|re)s?|datacent(?:er|re)|campus|facility|site|park)$/i;

/**
 * Words of a name that may be its place: all of it before a head word ("Ballykeel" in "Ballykeel Data
 * Centre"), else its first or last one or two words ("Ste. Veronne" in "Acme Ste. Veronne").
 */
function placesInName(name: string): string[] {
  const rest = name.replace(NAME_HEAD, '');
  if (!forText(CAPITALISED_NAME, rest).test(rest)) return [];
  const words = rest.split(/\s+/).filter((w) => !/^(?:Project|The|New)$/.test(w));
  const out = rest === name ? [] : [rest];
  if (words.length >= 2) out.push(words[0], words[words.length - 1]);
  if (words.length >= 3) out.push(words.slice(0, 2).join(' '), words.slice(-2).join(' '));
  return out;
}

/** "in Asia Pacific", "the Nordics": a world region holds any place, so it conflicts with none. */
function isArea(d: Draft): boolean {
  const p = d.phrase;
  if (!p || !d.facts.location || d.city || d.admin || d.country) return false;
  return p.place?.place?.kind === 'area' || p.prePlace?.kind === 'area';
}

/** Number of sentence boundaries from sentence a to sentence b (b after a), capped at 5. */
export function sentenceGap(doc: Doc, a: Sentence, b: Sentence): number {
  if (a.start === b.start) return 0;
  let cur: [number, number] | null = [a.start, a.end];
  for (let n = 1; n <= 5; n++) {
    cur = nextSentence(doc.text, cur[1]);
    if (!cur || cur[0] > b.start) return 5;
    if (cur[0] === b.start || (cur[0] <= b.start && cur[1] > b.start)) return n;
  }
  return 5;
}

/**
 * "its fifth data centre in Singapore" after "SG5 in Tanjong Kling": a city that is its own country
 * (Singapore, Hong Kong, Monaco) places a facility no closer than the country does.
 */
function cityState(d: Draft): boolean {
  return !!d.city && !!d.country && countryByCode(d.country)?.name.toLowerCase() === d.city.toLowerCase();
}
