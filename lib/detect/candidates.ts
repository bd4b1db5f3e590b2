/**
 * Candidates: drafts of mentions from each source the article offers (a head-word phrase, a
 * catalog name, a name family, a numbered name, a code), and the overlap rule between them.
 */
import { spaceNonWords, UnicodeRegExp, forText, matches } from './cheap-regexp';
import { Doc, firstNotBefore, someWithin, within, type Hit, type Sentence } from './context';
import { type CodeHit } from './codes';
import { ordinalWord } from './facts/ordinal';
import { subjectOf, type Org } from './facts/operator';
import { genericName } from './lexicon';
import type { Draft } from './draft';
import { namesAnotherThing, streetOrTownship, type NamedHit } from './named';
import { nameHit, type Phrase } from './phrase';
import { spacedCodeAnchored } from './spaced-code';
import { EMPTY_FACTS, type MentionFacts } from './types';
import { HEADS, NON_DC_MODIFIERS } from './vocab';

const INNER_HEAD = new UnicodeRegExp(String.raw`^(.*\b\p{Lu}\p{Ll}+)\s+$`, 'u');
const UPPER_FIRST = new UnicodeRegExp(String.raw`^\p{Lu}`, 'u');
const CAPITALISED_WORD = new UnicodeRegExp(String.raw`^\p{Lu}[\p{L}\p{N}-]*$`, 'u');
const WORD_BEFORE = new UnicodeRegExp(String.raw`([\p{L}-]+)\s+$`, 'u');
const UPPER_OR_DIGIT = new UnicodeRegExp(String.raw`[\p{Lu}\d]`, 'u');
const TWO_LETTERS = new UnicodeRegExp(String.raw`\p{L}{2}`, 'u');

export const byStart = (a: Draft, b: Draft) => a.start - b.start || b.end - a.end;

/** Index of the first value >= x in a sorted array. */
export function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function anyWithin(sorted: number[], pos: number, radius: number): boolean {
  const i = lowerBound(sorted, pos - radius);
  return i < sorted.length && sorted[i] <= pos + radius;
}

export function anyIn(sorted: number[], from: number, to: number): boolean {
  const i = lowerBound(sorted, from);
  return i < sorted.length && sorted[i] < to;
}

/** Some draft of a list sorted by start covers [start, end). Drafts hardly nest, so a few neighbours suffice. */
export function covered(sorted: Draft[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (sorted[k].end >= end) return true;
  return false;
}

/**
 * Whether a position lies inside some draft, for many questions over one list: starts sorted,
 * each with the furthest end reached so far, so a question is one binary search (asking every
 * draft each time was quadratic on a long page).
 */
export function insideAnyDraft(drafts: readonly Draft[]): (pos: number) => boolean {
  const spans = drafts.map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]);
  const starts = spans.map((s) => s[0]);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const [, end] of spans) reach.push((furthest = Math.max(furthest, end)));
  return (pos) => {
    const j = lowerBound(starts, pos + 1) - 1; // the last draft starting at or before pos (offsets are integers)
    return j >= 0 && reach[j] > pos;
  };
}

/** "center" inside "data center": a longer head ends at the same place (heads are sorted by start). */
export function hasLongerHeadEndingWith(heads: Hit[], i: number): boolean {
  const hit = heads[i];
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (heads[k].end === hit.end && heads[k].start < hit.start) return true;
  return false;
}

/**
 * The first name-family hit written `name` that only whitespace separates from `pos`. Families
 * are in the order the matcher found them, by end: a binary search finds the few that end in the
 * whitespace before `pos` (a scan of all of them per phrase was quadratic on long pages).
 */
function familyJustBefore(doc: Doc, pos: number, name: string): Hit | undefined {
  let from = pos;
  while (from > 0 && /\s/.test(doc.text[from - 1])) from--;
  const list = doc.families;
  for (let i = firstNotBefore(list.length, (k) => list[k].end < from); i < list.length && list[i].end < pos; i++) if (doc.text.slice(list[i].start, list[i].end) === name) return list[i];
  return undefined;
}

export function draftFromPhrase(doc: Doc, p: Phrase, confidence: number): Draft {
  const f: MentionFacts = { ...EMPTY_FACTS };
  f.ordinal = p.ordinal?.text ?? null;
  f.capacityMW = p.capacityMW;
  f.gpus = p.gpus;
  f.investment = p.money?.text ?? null;
  const site = p.siteHit ? p.siteHit.ref : -1;
  let kind = p.kind;
  if (site >= 0) kind = doc.index.sites.kinds.at(site)!;
  f.name = properName(doc, p) ?? p.name ?? (p.siteHit ? doc.text.slice(p.siteHit.start, p.siteHit.end) : null);
  // "Tier IV", "Rated 3", "(DC)": a standard or the head's abbreviation, not a name.
  if (f.name && /^(?:(?:tier|rated|uptime)\b.*|[IVX]{1,4}|I?DCs?)$/i.test(f.name)) f.name = null;
  // "Oracle's new Sovereign Cloud Data Centre Region": capitalised, but words any facility has.
  if (f.name && !p.siteHit && genericName(spaceNonWords(f.name.toLowerCase()).trim())) f.name = null;
  const pre = p.prePlace;
  // "its Hanau campus near Frankfurt": the town before the head is where it is; the city after
  // "near" or "outside" is a landmark.
  // So is a one-word name before the head that the gazetteer does not know ("Hanau campus near Frankfurt":
  // the resolver reads such a name as its town when the catalog files the company's site there).
  const landmark = !!p.place && (pre?.kind === 'city' || (!pre && !!p.name && !/\s/.test(p.name) && !p.siteHit)) && /^(?:near|outside|nearby)$/.test(p.sentence.toks.low(p.place.first - 1));
  const pl = landmark ? null : p.place;
  // "the 500-megawatt Stargate Chile project": a name family and the place after it are one name.
  const family = f.name && pre ? familyJustBefore(doc, pre.start, f.name) : undefined;
  if (family && pre) f.name = doc.text.slice(family.start, pre.end);
  // "a second Japanese region" is in Japan: a nationality adjective reads as its country.
  const preText = pre ? (pre.kind === 'country' && pre.text !== pre.canonical && !/^[A-Z]{2,4}$/.test(pre.text) && !pre.text.includes(' ') && /(an|ese|ish|ian|ic|i)$/.test(pre.text) ? pre.canonical : pre.text) : null;
  // "its Temple data center campus in Texas": a town before the head and its state or country
  // after it are one place, the town the most specific.
  const townIn = !!pl && !pl.city && pre?.kind === 'city' && (!pl.country || !pre.country || pl.country === pre.country);
  f.location = townIn ? `${pre!.text}, ${pl!.text}` : (pl?.text ?? preText ?? null);
  const country = pl?.country || pre?.country || (landmark ? p.place!.country : '') || (site >= 0 ? doc.index.sites.countries.at(site) : '') || null;
  const city = townIn ? pre!.canonical : pl ? pl.city : pre && pre.kind === 'city' ? pre.canonical : null;
  const admin = pl?.admin ?? (pre && pre.kind === 'admin' ? pre.canonical : (pre?.state ?? null));
  return {
    start: p.start,
    end: p.end,
    kind,
    confidence,
    sentence: p.sentence,
    phrase: p,
    site,
    operator: p.operator,
    facts: f,
    country,
    city,
    admin,
    adminKey: pl?.adminKey ?? (pre ? (pre.admin || (pre.kind === 'admin' ? pre.canonical : '')).toLowerCase() || null : null),
    ordinalRank: p.ordinal?.rank ?? null,
    anaphoricSubject: false,
  };
}

/**
 * "Prineville Data Center", "Leeds Campus": capitalised words with a capitalised head in running
 * text are the facility's proper name, place included.
 */
function properName(doc: Doc, p: Phrase): string | null {
  if (p.sentence.title) return null;
  // "the Harbourside Campus data center": the name ends in a capitalised head word inside the phrase.
  const beforeHead = doc.text.slice(p.start, p.headStart);
  const innerHead = forText(INNER_HEAD, beforeHead).exec(beforeHead);
  const headEnd = matches(UPPER_FIRST, doc.text[p.headStart] ?? '') ? p.headStart : innerHead && /\b(?:Campus|Park|Centre|Center|Hub)$/.test(innerHead[1]) ? p.start + innerHead[1].length : -1;
  if (headEnd < 0) return null;
  if (headEnd !== p.headStart) return properNameBefore(doc.text.slice(p.start, headEnd));
  const words = doc.text.slice(p.start, p.headStart).trim().split(/\s+/).filter(Boolean);
  let k = words.length;
  while (k > 0 && matches(CAPITALISED_WORD, words[k - 1]) && !/^(?:The|A|An|Its|Their|Our|New|Tier)$/.test(words[k - 1])) k--;
  if (k === words.length) return null;
  // "Europe's first OpenAI Data Centre": the company's name before the head is its operator, not a name.
  const before = words.slice(k).join(' ');
  // ("Scala AI City" is a brand's campus name all the same.)
  const head = doc.text.slice(p.headStart, p.headEnd);
  if (/^(?:data\s*cent(?:er|re)|datacent(?:er|re))$/i.test(head) && p.operator && p.operator.start >= 0 && doc.text.slice(p.operator.start, p.operator.end) === before) return null;
  return `${before} ${head}`;
}

const POSSESSIVE_PRONOUN_BEFORE = /\b(?:its|their)[ \t\u00a0]+$/i;

/**
 * The sentence's subject company, before pos, when it is none of the site's companies: a catalog
 * company (the caller has checked that none of the site's is named before), or another by its
 * name (not the start of a site company's name).
 */
function anotherCompanysSubject(doc: Doc, s: Sentence, pos: number, siteOps: readonly number[]): Org | null {
  const subject = subjectOf(doc, s);
  if (subject?.kind !== 'org' || subject.org.end > pos) return null;
  const o = subject.org;
  if (o.ops.length) return o;
  const key = o.text.toLowerCase();
  return siteOps.some((k) => doc.index.operators.names.at(k)!.toLowerCase().startsWith(key)) ? null : o;
}

/** A preposition of place right before a name: "prices in", "across the". */
const PLACE_PREPOSITION = /\b(?:in|across|throughout|from|to|of)\s+(?:the\s+)?$/i;

/** "the West Europe region", "its cloud region in Central India", "Azure's": a word that makes a name a cloud region's. */
function regionWordBeside(text: string, hit: Hit): boolean {
  return /^\s*(?:\([^)]{0,30}\)\s*)?(?:cloud\s+|availability\s+)?(?:region|zone)s?\b/i.test(text.slice(hit.end, hit.end + 50)) || /\b(?:region|cloud|azure)\b[^.;]{0,20}$/i.test(text.slice(Math.max(0, hit.start - 30), hit.start));
}

/**
 * "JHB3<tab>AirTrunk<tab>…": in a row of a tab-separated table, each cell is read apart, but the
 * row's operator cell is as near as the sentence's operator would be.
 */
function inTableRow(doc: Doc, hit: Hit, siteOps: readonly number[]): boolean {
  const from = doc.text.lastIndexOf('\n', hit.start) + 1;
  const nl = doc.text.indexOf('\n', hit.end);
  const to = nl < 0 ? doc.text.length : nl;
  if (to - from > 600 || !doc.text.slice(from, to).includes('\t')) return false;
  return within(doc.operators, from, to).some((o) => siteOps.includes(o.ref));
}

/** "Harbourside Campus": the capitalised words that end the written text, head word included. */
function properNameBefore(written: string): string | null {
  const words = written.trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && matches(CAPITALISED_WORD, words[k - 1]) && !/^(?:The|A|An|Its|Their|Our|New|Tier)$/.test(words[k - 1])) k--;
  return words.length - k >= 2 ? words.slice(k).join(' ') : null;
}

/** A data-center head word, or a weak one ("site", "campus") that no other trade's word modifies ("housing development"). */
function dataCenterHead(doc: Doc, h: Hit): boolean {
  if (HEADS[h.ref].strong) return true;
  const lead = doc.text.slice(Math.max(0, h.start - 30), h.start);
  const before = forText(WORD_BEFORE, lead).exec(lead);
  return !before || !NON_DC_MODIFIERS.has(before[1].toLowerCase());
}

/** The company the text names last before pos is a catalog company other than the site's. */
function lastCompanyBefore(doc: Doc, pos: number, siteOps: readonly number[]): boolean {
  const last = doc.lastOperatorEndingBy(pos);
  return !!last && !siteOps.includes(last.ref);
}

/** A name ending in a head word ("Zephyrgate Data Center"), and the word after it. */
const HEAD_AT_END = /(?:data[ \t\u00a0]*cent(?:er|re)|datacent(?:er|re)|campus|facility|site)$/i;
const NEXT_WORD = /^[ \t\u00a0]+([A-Za-z]+)/;
/** Nouns such a name modifies when it names no one facility: a set of them, their trade or company. */
const SET_OR_TRADE = new Set(
  `sites campuses facilities projects locations buildings centers centres operator operators developer developers
  provider providers company companies firm firms market markets industry sector business businesses revenue
  revenues stocks shares reit reits chips gpus program programs programme programmes initiative initiatives`.split(/\s+/),
);

/** "five new Zephyrgate data center sites": the name, ending in its head word, modifies the noun after it. */
function modifiesANounAfter(text: string, written: string, end: number): boolean {
  if (!HEAD_AT_END.test(written)) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 24));
  return !!next && SET_OR_TRADE.has(next[1].toLowerCase());
}

/** A catalog name or code standing alone ("Colossus", "ap-northeast-1", "TY11"). */
export function draftFromAlias(doc: Doc, hit: Hit): Draft | null {
  const s = doc.sentenceAt(hit.start);
  const written = doc.text.slice(hit.start, hit.end);
  if (!nameHit(doc.text, hit) || namesAnotherThing(doc.text, hit.start, hit.end)) return null;
  if (modifiesANounAfter(doc.text, written, hit.end)) return null;
  const siteOps = doc.index.sites.operators.at(hit.ref)!;
  const opNear = s.operators.some((o) => siteOps.includes(o.ref)) || inTableRow(doc, hit, siteOps);
  if (hit.needsContext) {
    if (!matches(UPPER_OR_DIGIT, written)) return null;
    // "NEW CARLISLE, Ind. —": a dateline or shouted headline word, not a name.
    if (matches(TWO_LETTERS, written) && written === written.toUpperCase() && !/\d/.test(written) && /\s/.test(written)) return null;
    // A head word of the name itself ("River Park", "Project Delta") or of something else ("a
    // housing development") says nothing about it.
    const headNear = s.heads.some((h) => (h.end <= hit.start || h.start >= hit.end) && dataCenterHead(doc, h));
    // Its own operator anywhere close by also tells "Colossus" the supercomputer from the statue.
    const opClose = opNear || someWithin(doc.operators, hit.start, 1500, (o) => siteOps.includes(o.ref));
    // One ordinary-looking word ("Sea", "Grace", "Atlas") is a name only beside its own operator;
    // a data-center word in the sentence is not enough.
    if (!/[\d\-]/.test(written) && !/\s/.test(written.trim()) && !opClose) return null;
    // "Data center vacancy in Central India fell", "Power prices in West Europe": a cloud region
    // named by its geography is that region only beside its provider or the word "region" or "cloud".
    // "Microsoft said power prices in West Europe had doubled": after "in", with no data-center word
    // in the sentence, such a name is the geography even beside its provider.
    if (doc.index.sites.kinds.at(hit.ref) === 'region' && !/\d/.test(written) && !regionWordBeside(doc.text, hit)) {
      if (!opClose || (!headNear && PLACE_PREPOSITION.test(doc.text.slice(Math.max(s.start, hit.start - 20), hit.start)))) return null;
    }
    // A bare facility code names this site only beside its operator (XY5 of another company is not it).
    if (hit.needsOperator && !opClose) return null;
    if (hit.needsOperator && !spacedCodeAnchored(doc.text, s, hit, siteOps)) return null;
    // "Kestrel opened FRA-3 … (later) rivals Vrelo and Tarn": a bare code is the building of the
    // company named last before it, not of a holder named elsewhere in the article.
    if (hit.needsOperator && !opNear && lastCompanyBefore(doc, hit.start, siteOps)) return null;
    if (!headNear && !opClose) return null;
  }
  // "QTS's Hillsboro 2": another company's possessive before a record's name is that company's
  // building of the name, unless a record of that company shares the name or the record's own
  // company is named before it too ("Chirisa and Machine Investment Group's Lancaster 1").
  const owner = s.operators.find((o) => o.end <= hit.start && /^['’]s?[ \t\u00a0]+$/.test(doc.text.slice(o.end, hit.start)) && !siteOps.includes(o.ref));
  const ownNamedBefore = s.operators.some((o) => o.end <= hit.start && siteOps.includes(o.ref));
  if (owner && !ownNamedBefore && !doc.sites.some((h) => h.start === hit.start && h.end === hit.end && doc.index.sites.operators.at(h.ref)!.includes(owner.ref))) {
    return aliasDraft(doc, s, hit.ref, owner.start, hit.end, written, 0.8, owner, -1);
  }
  // "Equinix said its Atlanta 1 data center …": "its" is the subject's, and another company's
  // record of the name is not that company's building.
  const subject = !owner && !ownNamedBefore && POSSESSIVE_PRONOUN_BEFORE.test(doc.text.slice(Math.max(s.start, hit.start - 8), hit.start)) ? anotherCompanysSubject(doc, s, hit.start, siteOps) : null;
  if (subject) {
    const d = aliasDraft(doc, s, hit.ref, hit.start, hit.end, written, 0.8, undefined, -1);
    d.operator = subject;
    if (d.kind === 'region') d.kind = 'facility';
    return d;
  }
  let start = hit.start;
  // "AWS's ap-northeast-1", "Azure Japan East": the operator right before belongs to the name.
  const before = s.operators.find((o) => siteOps.includes(o.ref) && o.end <= hit.start && /^['’]?s?[ \t\u00a0]*$/.test(doc.text.slice(o.end, hit.start)));
  // "Traffic on Cochran Mill Road": a site named after its street is that street without a head
  // word (a phrase with one covers the name) or its own company's possessive.
  if (!before && streetOrTownship(written)) return null;
  if (before) start = before.start;
  // "Colossus 3", "Fairwater 5": a number after the name that the catalog does not list with it is
  // another member of the family, a facility of its own that the catalog lacks.
  const member = NEXT_MEMBER.exec(doc.text.slice(hit.end, hit.end + 30));
  if (member) return aliasDraft(doc, s, hit.ref, start, hit.end + member[0].length, `${written} ${member[1]}`, 0.8, before, -1);
  return aliasDraft(doc, s, hit.ref, start, hit.end, written, hit.needsContext ? 0.75 : 0.95, before);
}

/** A space and a number of one or two digits that is no figure ("3 GW", "2 million", "5,000"). */
const NEXT_MEMBER = /^[ \u00a0](\d{1,2})(?![\d,.]\d|\s*(?:%|MW|GW|kW|megawatts?|gigawatts?|GPUs?|chips|servers|racks|million|billion|bn|percent|per cent|years?|months?|weeks?|days?|acres?|hectares?|miles?|km|x)\b)(?=[\s,.;:)]|$)/i;

/**
 * The draft of a catalog name standing alone (`site` its record) or of a family's member the
 * catalog lacks (`site` -1: "Colossus 3" when it knows "Colossus"), of the kind of `kindOf`'s record.
 * The article's own place only: the catalog's place of the matched site would join the name to the
 * site's town ("Project Lantern, a campus near Munich" against a US "Project Lantern") and ask the
 * catalog with the answer it already has. The card shows the catalog's place anyway.
 */
function aliasDraft(doc: Doc, s: Sentence, kindOf: number, start: number, end: number, name: string, confidence: number, before: Hit | undefined, site = kindOf): Draft {
  return {
    start,
    end,
    kind: doc.index.sites.kinds.at(kindOf)!,
    confidence,
    sentence: s,
    phrase: null,
    site,
    operator: before ? { text: doc.text.slice(before.start, before.end), ops: [before.ref], start: before.start, end: before.end } : null,
    facts: { ...EMPTY_FACTS, name },
    country: null,
    city: null,
    admin: null,
    adminKey: null,
    ordinalRank: null,
    anaphoricSubject: false,
  };
}

/** "Stargate Norway": a name family followed by a place. */
export function draftFromFamily(doc: Doc, hit: Hit): Draft | null {
  const s = doc.sentenceAt(hit.start);
  const place = s.places.find((p) => p.start > hit.end && /^\s+$/.test(doc.text.slice(hit.end, p.start)));
  if (!place || place.kind === 'area') return null;
  const f: MentionFacts = { ...EMPTY_FACTS, name: doc.text.slice(hit.start, place.end), location: place.text };
  return {
    start: hit.start,
    end: place.end,
    kind: 'campus',
    confidence: 0.8,
    sentence: s,
    phrase: null,
    site: -1,
    operator: null,
    facts: f,
    country: place.country || null,
    city: place.kind === 'city' ? place.canonical : null,
    admin: place.kind === 'admin' ? place.canonical : null,
    adminKey: (place.admin || (place.kind === 'admin' ? place.canonical : '')).toLowerCase() || null,
    ordinalRank: null,
    anaphoricSubject: false,
  };
}

/** "Lima 3", "Kestrel Leeds 2", "Project Lantern": a name standing for the facility. */
export function draftFromName(doc: Doc, n: NamedHit): Draft {
  const s = doc.sentenceAt(n.start);
  // A code name's word is no place: "Project Laurel" may be built near Munich.
  const place = n.kind === 'project' || n.apposed ? undefined : s.places.filter((p) => p.start >= n.start && p.end <= n.end && p.kind !== 'area').pop();
  const base = draftFromCode(doc, { start: n.start, end: n.end, code: n.name });
  // "Santiago 3" is the third of its name.
  const numbered = /[ -](\d{1,2})$/.exec(n.name);
  // A cloud region's number ("Northern Europe 2") is a label, not a count of the operator's regions there.
  if (numbered && n.kind === 'facility') {
    base.ordinalRank = Number(numbered[1]);
    base.facts.ordinal = ordinalWord(base.ordinalRank);
  }
  return {
    ...base,
    kind: n.kind,
    country: place?.country || null,
    city: place?.kind === 'city' ? place.canonical : null,
    ...(n.apposed ? { apposedName: true } : {}),
    ...(n.given ? { givenName: true } : {}),
  };
}

export function draftFromCode(doc: Doc, c: CodeHit): Draft {
  return {
    start: c.start,
    end: c.end,
    kind: 'facility',
    confidence: 0.8,
    sentence: doc.sentenceAt(c.start),
    phrase: null,
    site: -1,
    operator: null,
    facts: { ...EMPTY_FACTS, name: c.code },
    country: null,
    city: null,
    admin: null,
    adminKey: null,
    ordinalRank: null,
    anaphoricSubject: false,
  };
}

/** Overlapping drafts: the longer one wins, keeping a catalog site either had. */
export function dedupe(drafts: Draft[]): Draft[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.start < prev.end) {
      if (prev.site < 0 && d.site >= 0) prev.site = d.site;
      if (d.end - d.start > prev.end - prev.start) {
        if (d.site < 0) d.site = prev.site;
        out[out.length - 1] = d;
      }
      continue;
    }
    out.push(d);
  }
  return out;
}
