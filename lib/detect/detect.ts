/**
 * detect(): one scan of the text with the main automaton, then, around each trigger it found, the
 * noun-phrase grammar (phrase.ts), fact extraction, coreference and catalog resolution.
 */
import type { Candidate, ResolveQuery } from '../catalog/query-types';
import { Doc, tokenIndexAt, type Hit, type Sentence } from './context';
import { findCodes, type CodeHit } from './codes';
import { clusterMentions, shareFacts, type CorefItem } from './coref';
import { findCapacities } from './facts/capacity';
import { findDate } from './facts/dates';
import { findGpus } from './facts/gpus';
import { findMoney, type ParsedMoney } from './facts/money';
import { ordinalWord } from './facts/ordinal';
import { predicateOrdinal } from './facts/ordinal-predicate';
import { parsePlacePhrase } from './facts/place';
import { nearestOrgAfter, nearestOrgBefore, subjectOf, topicBefore, type Org } from './facts/operator';
import type { DetectorIndex } from './index-format';
import type { Draft } from './draft';
import { resolveEntities, type EntityDecision } from './entities';
import { findNumberedNames, findProjectNames, type NamedHit } from './named';
import { buildPhrase, type Phrase } from './phrase';
import { nextSentence, previousSentence } from './sentences';
import { EMPTY_FACTS, type Mention, type MentionFacts } from './types';
import { HEADS } from './vocab';

export type ResolveFn = (q: ResolveQuery) => Candidate[];

export { KNOWN_THRESHOLD } from './entities';
/** How far (chars) a data-center word makes a weak head ("facility", "site") plausible. */
const DC_CONTEXT_CHARS = 2500;


export function detect(text: string, index: DetectorIndex, resolve?: ResolveFn): Mention[] {
  const doc = new Doc(text, index);
  if (doc.heads.length === 0 && doc.sites.length === 0) return [];
  const strongAt = doc.heads.filter((h) => HEADS[h.ref].strong).map((h) => h.start);
  const sureSites = doc.sites.filter((h) => !h.needsContext).map((h) => h.start);
  const dcNear = (pos: number) => anyWithin(strongAt, pos, DC_CONTEXT_CHARS) || anyWithin(sureSites, pos, DC_CONTEXT_CHARS);

  const drafts: Draft[] = [];
  doc.heads.forEach((hit, hi) => {
    const head = HEADS[hit.ref];
    if (head.plural) return;
    // "center" inside "data center", "region" inside "cloud region": the longer head decides.
    if (hasLongerHeadEndingWith(doc.heads, hi)) return;
    const s = doc.sentenceAt(hit.start);
    const p = buildPhrase(doc, s, hit, head);
    if (!p) return;
    const confidence = acceptPhrase(doc, p, dcNear(hit.start));
    if (confidence > 0) drafts.push(draftFromPhrase(doc, p, confidence));
  });
  drafts.sort(byStart);
  const phraseDrafts = drafts.slice();
  for (const hit of doc.sites) {
    if (covered(phraseDrafts, hit.start, hit.end)) continue;
    const d = draftFromAlias(doc, hit);
    if (d) drafts.push(d);
  }
  for (const hit of doc.families) {
    const d = draftFromFamily(doc, hit);
    if (d) drafts.push(d);
  }
  if (strongAt.length > 0) {
    drafts.sort(byStart);
    const before = drafts.slice();
    for (const c of findCodes(doc)) {
      if (covered(before, c.start, c.end)) continue;
      drafts.push(draftFromCode(doc, c));
    }
  }
  drafts.sort(byStart);
  const described = drafts.slice();
  for (const n of [...findNumberedNames(doc), ...findProjectNames(doc)]) {
    if (!dcNear(n.start) || covered(described, n.start, n.end)) continue;
    drafts.push(draftFromName(doc, n));
  }
  const kept = dedupe(drafts);
  const links = kept.map((d, i) => (i > 0 && apposed(doc, kept[i - 1], d) ? i - 1 : -1));
  const bySentence = new Map<Sentence, number[]>();
  kept.forEach((d, i) => {
    const list = bySentence.get(d.sentence);
    if (list) list.push(i);
    else bySentence.set(d.sentence, [i]);
  });
  kept.forEach((d, i) => ownFacts(doc, d, i, bySentence.get(d.sentence)!, links));
  let no = 0;
  const sentenceNos: number[] = [];
  const items = kept.map((d, i) => {
    if (i > 0) no += sentenceGap(doc, kept[i - 1].sentence, d.sentence);
    sentenceNos.push(no);
    // "The facility, to be called Stargate Norway, ...": the name belongs to the facility just mentioned.
    if (links[i] < 0 && i > 0 && d.sentence !== kept[i - 1].sentence && no - sentenceNos[i - 1] <= 2 && subjectIsBareHead(d.sentence)) links[i] = i - 1;
    return corefItem(doc, d, no, links[i]);
  });
  const clusters = clusterMentions(items);
  addPredicateOrdinals(kept, items, clusters);
  attachFollowingSentences(doc, kept, items);
  const facts = shareFacts(items, clusters);
  // Operators the article gives (the paragraph's or the article's company) before asking the catalog.
  let docTopic: Org | false | undefined;
  kept.forEach((d, i) => {
    if (facts[i].operator !== null) return;
    if (docTopic === undefined) docTopic = articleTopic(doc) ?? false;
    const org = topicBefore(doc, d.sentence) ?? catalogOperator(doc, d) ?? (docTopic || null);
    if (org) {
      facts[i].operator = org.text;
      d.operator = org;
    }
  });
  // One catalog question per facility; every mark of it shows the same card.
  const decisions = resolveEntities(doc, kept, clusters, resolve);
  kept.forEach((d, i) => {
    d.site = decisions[i].site;
    // The catalog's place and operator only when the article gives none.
    if (facts[i].location === null && d.site >= 0) facts[i].location = doc.index.sites.locations[d.site] || null;
    if (facts[i].operator === null && d.site >= 0) {
      d.operator = catalogOperator(doc, d);
      facts[i].operator = d.operator?.text ?? null;
    }
  });
  placesFromContext(kept, facts, sentenceNos);
  return kept.map((d, i) => toMention(doc, d, facts[i], decisions[i]));
}

// ---------------------------------------------------------------------------------------------

const byStart = (a: Draft, b: Draft) => a.start - b.start || b.end - a.end;

/** Index of the first value >= x in a sorted array. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function anyWithin(sorted: number[], pos: number, radius: number): boolean {
  const i = lowerBound(sorted, pos - radius);
  return i < sorted.length && sorted[i] <= pos + radius;
}

function anyIn(sorted: number[], from: number, to: number): boolean {
  const i = lowerBound(sorted, from);
  return i < sorted.length && sorted[i] < to;
}

/** Some draft of a list sorted by start covers [start, end). Drafts hardly nest, so a few neighbours suffice. */
function covered(sorted: Draft[], start: number, end: number): boolean {
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

/** "center" inside "data center": a longer head ends at the same place (heads are sorted by start). */
function hasLongerHeadEndingWith(heads: Hit[], i: number): boolean {
  const hit = heads[i];
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (heads[k].end === hit.end && heads[k].start < hit.start) return true;
  return false;
}

function hasWordBefore(doc: Doc, p: Phrase, words: RegExp): boolean {
  return words.test(doc.text.slice(p.start, p.headStart).toLowerCase());
}

/** 0 when the phrase is not a specific data-center mention, else a confidence. */
function acceptPhrase(doc: Doc, p: Phrase, dcNear: boolean): number {
  if (p.nonDc) return 0;
  // A world area before the head ("APAC data center") is vague; after it ("in Asia-Pacific") it still places it.
  const place = !!(p.place || (p.prePlace && p.prePlace.kind !== 'area'));
  const identifying = !!(p.ordinal || p.capacityMW || p.gpus || p.money || place || p.operator || p.name || p.siteHit);
  if (!identifying) return p.head.strong && introducedByBuilder(doc, p) ? 0.7 : 0;
  const head = p.head;
  // "Not long ago a 100MW data center counted as huge": a size alone, in a sentence about no
  // company and no place, describes a kind of facility, not one.
  const sizeOnly = !place && !p.ordinal && !p.money && !p.operator && !p.name && !p.siteHit && !p.pronounOwner;
  if (sizeOnly && p.indefinite && p.sentence.operators.length === 0 && p.sentence.places.length === 0 && !subjectIsOrg(doc, p.sentence)) return 0;
  if (head.strong && head.kind !== 'region') return place || p.ordinal || p.siteHit ? 0.9 : 0.75;
  if (head.kind === 'region') {
    // A cloud region belongs to a provider; "the Asia-Pacific region" is a place, not a region.
    const regionOp = (ops: number[]) => ops.some((k) => doc.index.operators.hasRegions[k] === 1);
    const ownOp = !!(p.operator && regionOp(p.operator.ops));
    const cloudy = ownOp || !!p.siteHit || hasWordBefore(doc, p, /\b(cloud|infrastructure|availability|azure)\b/) || cloudOperatorNear(doc, p) || regionsNear(doc, p.headStart);
    if (!cloudy) return 0;
    const onlyArea = !p.siteHit && !p.name && ((p.place?.place?.kind === 'area' && !p.prePlace) || (p.prePlace?.kind === 'area' && !p.place));
    if (onlyArea || !(place || p.siteHit || p.ordinal || p.name)) return 0;
    return ownOp || p.siteHit ? 0.85 : 0.75;
  }
  if (!(p.dcModifier || dcNear)) return 0;
  const headLow = doc.text.slice(p.headStart, p.headEnd).toLowerCase();
  if (/^(project|complex|scheme)$/.test(headLow) && !(p.dcModifier || p.name || p.siteHit || p.capacityMW || p.gpus || p.money || place || p.ordinal)) return 0;
  // "Manassas National Battlefield Park", "Rack Centre": capitalised in running text, a proper name of something else.
  if (/^(park|center|centre)$/.test(headLow) && /^\p{Lu}/u.test(doc.text[p.headStart]) && !p.sentence.title) return 0;
  if (headLow === 'park' && !p.dcModifier) return 0;
  if (/^(center|centre)$/.test(headLow) && !p.dcModifier && !(p.prePlace && p.prePlace.kind !== 'area')) return 0;
  if (/^(cluster|supercomputer|supercluster)$/.test(headLow) && !(p.gpus || p.name || p.siteHit || place || p.capacityMW || p.money)) return 0;
  // A weak head owned only by a company that is not a data-center operator we know ("Apple's campus").
  if (!p.dcModifier && !place && !p.ordinal && !p.capacityMW && !p.gpus && !p.money && !p.name && !p.siteHit && !(p.operator && p.operator.ops.length)) return 0;
  return p.dcModifier ? 0.85 : 0.7;
}

/** Verbs by which a company brings one facility into an article. */
const BUILDS = /\b(?:build|builds|building|built|construct\w*|open|opens|opened|opening|launch\w*|unveil\w*|plan|plans|planned|planning|propos\w*|develop|develops|developing|acquir\w*|buy|buys|bought|invest\w*|break\w* ground|broke ground|complet\w*|commission\w*|start\w*|begin|begins|began|set up|sets up|establish\w*|announc\w*|will add|to add|adds|added)\b/i;

/**
 * "SoftBank will build a cutting-edge AI data center", "Crusoe proposed another data center":
 * an indefinite data-center phrase that a named company builds, opens or plans is one facility.
 */
function introducedByBuilder(doc: Doc, p: Phrase): boolean {
  const before = doc.text.slice(p.sentence.start, p.start);
  if (!(p.indefinite || /\banother\s*$/i.test(before) || /^another\b/i.test(doc.text.slice(p.start, p.headStart)))) return false;
  const subj = subjectOf(doc, p.sentence);
  if (subj?.kind !== 'org' || subj.org.start >= p.start) return false;
  return BUILDS.test(doc.text.slice(subj.org.end, p.start));
}

function subjectIsOrg(doc: Doc, s: Sentence): boolean {
  const subj = subjectOf(doc, s);
  return subj !== null;
}

/** A page about cloud regions: "cloud region" or a catalog region named close by. */
function regionsNear(doc: Doc, pos: number): boolean {
  const near = (h: Hit) => Math.abs(h.start - pos) <= DC_CONTEXT_CHARS;
  return doc.heads.some((h) => HEADS[h.ref].kind === 'region' && HEADS[h.ref].strong && near(h)) || doc.sites.some((h) => doc.index.sites.kinds[h.ref] === 'region' && !h.needsContext && near(h));
}

/** A cloud provider named in the phrase's sentence or the two before it. */
function cloudOperatorNear(doc: Doc, p: Phrase): boolean {
  const isCloud = (k: number) => doc.index.operators.hasRegions[k] === 1;
  if (p.sentence.operators.some((h) => isCloud(h.ref))) return true;
  let cur: [number, number] | null = [p.sentence.start, p.sentence.end];
  for (let n = 0; n < 2; n++) {
    const prev = previousSentence(doc.text, cur[0]);
    // Within its paragraph only: a provider in the menu item above is not this text's subject.
    if (!prev || /[\n\r\u2028\u2029]/.test(doc.text.slice(prev[1], cur[0]))) return false;
    cur = prev;
    if (doc.sentenceAt(cur[0]).operators.some((h) => isCloud(h.ref))) return true;
  }
  return false;
}

function draftFromPhrase(doc: Doc, p: Phrase, confidence: number): Draft {
  const f: MentionFacts = { ...EMPTY_FACTS };
  f.ordinal = p.ordinal?.text ?? null;
  f.capacityMW = p.capacityMW;
  f.gpus = p.gpus;
  f.investment = p.money?.text ?? null;
  const site = p.siteHit ? p.siteHit.ref : -1;
  let kind = p.kind;
  if (site >= 0) kind = doc.index.sites.kinds[site];
  f.name = properName(doc, p) ?? p.name ?? (p.siteHit ? doc.text.slice(p.siteHit.start, p.siteHit.end) : null);
  // "Tier IV", "Rated 3": a standard, not a name.
  if (f.name && /^(?:tier|rated|uptime)\b/i.test(f.name)) f.name = null;
  const pl = p.place;
  const pre = p.prePlace;
  // "a second Japanese region" is in Japan: a nationality adjective reads as its country.
  const preText = pre ? (pre.kind === 'country' && pre.text !== pre.canonical && !/^[A-Z]{2,4}$/.test(pre.text) && !pre.text.includes(' ') && /(an|ese|ish|ian|ic|i)$/.test(pre.text) ? pre.canonical : pre.text) : null;
  f.location = pl?.text ?? preText ?? null;
  const country = pl?.country || pre?.country || (site >= 0 ? doc.index.sites.countries[site] : '') || null;
  const city = pl ? pl.city : pre && pre.kind === 'city' ? pre.canonical : null;
  const admin = pl?.admin ?? (pre && pre.kind === 'admin' ? pre.canonical : null);
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
 * "Prineville Data Center", "Warsaw Campus": capitalised words with a capitalised head in running
 * text are the facility's proper name, place included.
 */
function properName(doc: Doc, p: Phrase): string | null {
  if (p.sentence.title || !/^\p{Lu}/u.test(doc.text[p.headStart] ?? '')) return null;
  const words = doc.text.slice(p.start, p.headStart).trim().split(/\s+/).filter(Boolean);
  let k = words.length;
  while (k > 0 && /^\p{Lu}[\p{L}\p{N}-]*$/u.test(words[k - 1]) && !/^(?:The|A|An|Its|Their|Our|New|Tier)$/.test(words[k - 1])) k--;
  if (k === words.length) return null;
  return `${words.slice(k).join(' ')} ${doc.text.slice(p.headStart, p.headEnd)}`;
}

/** A catalog name or code standing alone ("Colossus", "ap-northeast-1", "TY11"). */
function draftFromAlias(doc: Doc, hit: Hit): Draft | null {
  const s = doc.sentenceAt(hit.start);
  const written = doc.text.slice(hit.start, hit.end);
  const siteOps = doc.index.sites.operators[hit.ref];
  const opNear = s.operators.some((o) => siteOps.includes(o.ref));
  if (hit.needsContext) {
    if (!/[\p{Lu}\d]/u.test(written)) return null;
    // "NEW CARLISLE, Ind. —": a dateline or shouted headline word, not a name.
    if (/\p{L}{2}/u.test(written) && written === written.toUpperCase() && !/\d/.test(written) && /\s/.test(written)) return null;
    const headNear = s.heads.length > 0;
    // Its own operator anywhere close by also tells "Colossus" the supercomputer from the statue.
    const opClose = opNear || doc.operators.some((o) => siteOps.includes(o.ref) && Math.abs(o.start - hit.start) <= 1500);
    // One ordinary-looking word ("Sea", "Grace", "Atlas") is a name only beside its own operator;
    // a data-center word in the sentence is not enough.
    if (!/[\d\-]/.test(written) && !/\s/.test(written.trim()) && !opClose) return null;
    // A bare facility code names this site only beside its operator (XY5 of another company is not it).
    if (hit.needsOperator && !opClose) return null;
    if (!headNear && !opClose) return null;
  }
  let start = hit.start;
  // "AWS's ap-northeast-1", "Azure Japan East": the operator right before belongs to the name.
  const before = s.operators.find((o) => siteOps.includes(o.ref) && o.end <= hit.start && /^['’]?s?[ \t\u00a0]*$/.test(doc.text.slice(o.end, hit.start)));
  if (before) start = before.start;
  const f: MentionFacts = { ...EMPTY_FACTS, name: written };
  const site = hit.ref;
  const city = doc.index.sites.cities[site] || null;
  return {
    start,
    end: hit.end,
    kind: doc.index.sites.kinds[site],
    confidence: hit.needsContext ? 0.75 : 0.95,
    sentence: s,
    phrase: null,
    site,
    operator: before ? { text: doc.text.slice(before.start, before.end), ops: [before.ref], start: before.start, end: before.end } : null,
    facts: f,
    country: doc.index.sites.countries[site] || null,
    city,
    admin: null,
    adminKey: null,
    ordinalRank: null,
    anaphoricSubject: false,
  };
}

/** "Stargate Norway": a name family followed by a place. */
function draftFromFamily(doc: Doc, hit: Hit): Draft | null {
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

/**
 * A facility the article places nowhere ("LD7", "the 12MW facility") is where the article's
 * nearby mentions are: the closest earlier mention with a city within three sentences, else the
 * article's one city, else its one country. Cloud regions are not placed this way.
 */
function placesFromContext(drafts: Draft[], facts: MentionFacts[], sentenceNos: number[]): void {
  const placed = drafts.map((d, i) => ({ i, loc: facts[i].location, city: !!d.city, country: d.country })).filter((x) => x.loc);
  const cities = new Set(placed.filter((x) => x.city).map((x) => x.loc!.toLowerCase()));
  const countries = new Set(placed.map((x) => x.country).filter(Boolean));
  const onlyCity = cities.size === 1 ? placed.find((x) => x.city)!.loc : null;
  const onlyCountry = countries.size === 1 && cities.size === 0 ? placed[0]?.loc ?? null : null;
  drafts.forEach((d, i) => {
    if (facts[i].location !== null || d.kind === 'region') return;
    let near: string | null = null;
    for (let k = i - 1; k >= 0 && sentenceNos[i] - sentenceNos[k] <= 3; k--) {
      if (facts[k].location && drafts[k].city && drafts[k].kind !== 'region') {
        near = facts[k].location;
        break;
      }
    }
    facts[i].location = near ?? onlyCity ?? onlyCountry;
  });
}

/** A facility without an ordinal of its own takes one said of it in a member's sentence. */
function addPredicateOrdinals(drafts: Draft[], items: CorefItem[], clusters: number[]): void {
  const taken = (pos: number) => drafts.some((d) => d.start <= pos && pos < d.end);
  const done = new Set<number>();
  drafts.forEach((d, i) => {
    if (d.facts.ordinal) done.add(clusters[i]);
  });
  drafts.forEach((d, i) => {
    if (done.has(clusters[i])) return;
    const ord = predicateOrdinal(d.sentence, taken);
    if (!ord) return;
    done.add(clusters[i]);
    d.facts.ordinal = ord.text;
    d.ordinalRank = ord.rank;
    items[i].facts = d.facts;
  });
}

/** "Santiago 2", "STT Johor 1", "Project Cannoli": a name standing for the facility. */
function draftFromName(doc: Doc, n: NamedHit): Draft {
  const s = doc.sentenceAt(n.start);
  const place = s.places.filter((p) => p.start >= n.start && p.end <= n.end && p.kind !== 'area').pop();
  const base = draftFromCode(doc, { start: n.start, end: n.end, code: n.name });
  // "Santiago 3" is the third of its name.
  const numbered = /[ -](\d{1,2})$/.exec(n.name);
  if (numbered && n.kind !== 'project') {
    base.ordinalRank = Number(numbered[1]);
    base.facts.ordinal = ordinalWord(base.ordinalRank);
  }
  return {
    ...base,
    kind: n.kind,
    country: place?.country || null,
    city: place?.kind === 'city' ? place.canonical : null,
  };
}

function draftFromCode(doc: Doc, c: CodeHit): Draft {
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
function dedupe(drafts: Draft[]): Draft[] {
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

// ---------------------------------------------------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const PROGRAMME_UNUSED = /\b(part of|broader|overall|total|across|in total|combined|portfolio|plans? to (?:invest|spend)|over the next|through 20\d\d|by 20\d\d|annual|this year|capex|capital expenditure)/i;

const SCOPE = /\b(equivalent of|aims?|target|fleet|globally|worldwide|across (?:the|its|all)|within \w+ years|company-wide|in total|overall|market|nationwide|industry)\b/i;
const BUILD_OUT = /\b(full build-?out|fully built|at full|eventually|ultimately|expand(?:ing|ed)? (?:it |the \w+ )?to|grow(?:ing)? (?:it )?to|scale[sd]? (?:it |up )?to|scaling (?:it |up )?to|up to|total(?:ling)?|bring(?:ing)? the total|in total|planned capacity|final phase)\b/i;

/** Facts from the mention's own sentence: operator, numbers (when the sentence is about it alone), date. */
function ownFacts(doc: Doc, d: Draft, me: number, sameSentence: number[], links: number[]): void {
  const s = d.sentence;
  const f = d.facts;
  if (!d.phrase) rightOfName(doc, d);
  const subject = subjectOf(doc, s);
  d.anaphoricSubject = subject?.kind === 'anaphor';
  let org: Org | null = d.operator;
  // A catalog site's own operator beats whoever the sentence is about ("Equinix ... near ap-northeast-1").
  if (!org && d.site >= 0) org = siteOperatorInText(doc, d) ?? (d.phrase ? null : catalogOperator(doc, d));
  if (!org) {
    if (subject?.kind === 'org' && subject.org.start < d.start && subject.org.end <= d.start) org = subject.org;
    else if (subject?.kind === 'anaphor' || d.phrase?.pronounOwner) org = topicBefore(doc, s);
  }
  org ??= nearestOrgBefore(doc, s, d.start);
  org ??= nearestOrgAfter(doc, s, d.end);
  d.operator = org;
  f.operator = org?.text ?? null;

  const sentence = doc.text.slice(s.start, s.end);
  // Alone in its sentence, counting appositions ("LD13, a £190 million data centre") as one.
  const alone = sameSentence.every((k) => k === me || links[k] === me || links[me] === k || (links[k] >= 0 && links[k] === links[me]));
  if (alone && !SCOPE.test(sentence)) {
    const tk = s.tokens;
    const caps = findCapacities(tk);
    if (caps.length && (f.capacityMW === null || BUILD_OUT.test(sentence))) f.capacityMW = Math.max(f.capacityMW ?? 0, ...caps.map((c) => c.mw));
    const g = findGpus(tk);
    if (g.length && (f.gpus === null || BUILD_OUT.test(sentence))) f.gpus = Math.max(f.gpus ?? 0, ...g.map((x) => x.count));
    if (f.location === null && !d.phrase) {
      // "LD13 opened last week in Slough": the only place phrase of its sentence.
      const pl = onlyPlacePhrase(doc, s);
      if (pl) {
        f.location = pl.text;
        d.country ??= pl.country || null;
        d.city ??= pl.city;
      }
    }
  }
  if (f.investment === null && !SCOPE.test(sentence)) {
    const m = facilityMoney(doc, s, d, alone);
    if (m) f.investment = m.text;
  }
  f.date = findDate(sentence);
}

/** For a bare name or code: a place right after it ("ICE03 in Akureyri"), and catalog facts. */
function rightOfName(doc: Doc, d: Draft): void {
  const s = d.sentence;
  const tk = s.tokens;
  const last = tokenIndexAt(tk, d.end - 1);
  const prep = tk[last + 1];
  if (prep && /^(in|near|outside|at)$/.test(prep.low)) {
    const pl = parsePlacePhrase(doc.text, s, last + 2);
    if (pl) {
      d.facts.location = pl.text;
      d.country = pl.country || d.country;
      d.city = pl.city ?? d.city;
      d.adminKey = pl.adminKey ?? d.adminKey;
      d.end = tk[pl.last].start + tk[pl.last].text.length;
      return;
    }
  }
  // "Asia Pacific (Malaysia)": a place written inside the name is where it is.
  const inside = s.places.filter((p) => p.start >= d.start && p.end <= d.end && p.kind !== 'area');
  if (inside.length && d.facts.location === null) {
    const p = inside[inside.length - 1];
    // "Stargate UAE": the country is in the name; the catalog knows the city in it.
    const catalogCity = d.site >= 0 && doc.index.sites.countries[d.site] === p.country ? doc.index.sites.cities[d.site] : '';
    d.facts.location = p.kind === 'country' ? catalogCity || p.canonical : p.text;
    d.country ??= p.country || null;
    if (p.kind === 'city') d.city ??= p.canonical;
  }
}

function onlyPlacePhrase(doc: Doc, s: Sentence) {
  const found = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!/^(in|near|outside)$/.test(s.tokens[i].low)) continue;
    const pl = parsePlacePhrase(doc.text, s, i + 1);
    if (pl && pl.place?.kind !== 'area') found.push(pl);
  }
  return found.length === 1 ? found[0] : null;
}

/** A catalog site's operator, as the text names it when it does. */
function siteOperatorInText(doc: Doc, d: Draft): Org | null {
  const ops = doc.index.sites.operators[d.site];
  const h = d.sentence.operators.find((o) => ops.includes(o.ref));
  return h ? { text: doc.text.slice(h.start, h.end), ops: [h.ref], start: h.start, end: h.end } : null;
}

function catalogOperator(doc: Doc, d: Draft): Org | null {
  if (d.site < 0) return null;
  const ops = doc.index.sites.operators[d.site];
  return ops.length ? { text: doc.index.operators.names[ops[0]], ops: [ops[0]], start: -1, end: -1 } : null;
}

/**
 * Sentences right after a mention that talk about it without naming it ("At full build-out it
 * will provide 20MW", "The facility will house 60,000 GPUs") add their numbers to its facts.
 */
function attachFollowingSentences(doc: Doc, drafts: Draft[], items: CorefItem[]): void {
  const starts = drafts.map((d) => d.start);
  // "The Tier-III data centre will …", "The new 12-storey facility …", "It …": the sentence is about the facility just named.
  const ANAPHOR = /\b(?:it|its|(?:the|this|that) (?:[\w-]+ ){0,3}?(?:facility|site|campus|data ?cent(?:er|re)|cent(?:er|re)|project|building|cluster|complex|expansion|development|region|phase|plant|hub|park)|the (?:company|partners|operator|developer))\b/i;
  drafts.forEach((d, i) => {
    if (i + 1 < drafts.length && drafts[i + 1].sentence === d.sentence) return;
    let cur: [number, number] | null = [d.sentence.start, d.sentence.end];
    for (let n = 0; n < 4; n++) {
      cur = nextSentence(doc.text, cur[1]);
      if (!cur) return;
      if (anyIn(starts, cur[0], cur[1])) return;
      const sentence = doc.text.slice(cur[0], cur[1]);
      if (!/\d/.test(sentence)) continue; // no figure to take
      if (!ANAPHOR.test(sentence.slice(0, 90)) && !/\b(it|its)\b/.test(sentence.slice(0, 60))) continue;
      if (SCOPE.test(sentence)) continue;
      const s = doc.sentenceAt(cur[0]);
      if (s.title) return; // a new section
      const item = items[i];
      const caps = findCapacities(s.tokens);
      if (caps.length) item.extraCapacity.push(...caps.map((c) => c.mw));
      const g = findGpus(s.tokens);
      if (g.length) item.extraGpus.push(...g.map((x) => x.count));
      if (item.facts.investment === null) {
        const m = facilityMoney(doc, s);
        if (m) item.facts.investment = m.text;
      }
    }
  });
}

const MONEY_SCOPE_BEFORE = /\b(broader|overall|total|combined|cumulative|annual|wider|larger|entire)\s*$/i;
const MONEY_SCOPE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:investment\s+)?(?:across|over the next|per year|a year|annually|each year|in (?:ai|artificial|cloud|the country|the state|the region|infrastructure|data cent))/i;
const SPEND = /\b(spend|spending|spent|invest|investing|invested|investment|cost|costs|costing|worth|valued|value|price tag|budget|financ\w*|plow|pour|commit\w*)\b/i;

/** The money its sentence gives for the facility: not a programme's or a company's total. */
function facilityMoney(doc: Doc, s: Sentence, d?: Draft, alone = true): ParsedMoney | null {
  const text = doc.text;
  const found = findMoney(text, s.tokens).filter(
    (m) => !MONEY_SCOPE_BEFORE.test(text.slice(Math.max(s.start, m.start - 24), m.start)) && !MONEY_SCOPE_AFTER.test(text.slice(m.end, m.end + 60)),
  );
  if (found.length === 0) return null;
  if (d) {
    // "spend $4 billion on a second ... data center": money before the mention, tied by a spending verb.
    const before = found.filter((m) => m.end <= d.start && d.start - m.end < 80 && SPEND.test(text.slice(Math.max(s.start, m.start - 40), d.start)));
    if (before.length) return before[before.length - 1];
    const after = found.filter((m) => m.start >= d.end && SPEND.test(text.slice(d.end, m.start)));
    if (after.length) return after[0];
  }
  return alone && found.length === 1 && SPEND.test(text.slice(s.start, s.end)) ? found[0] : null;
}

/** "LD13, a £190 million data centre", "Colossus 2, as xAI calls the new project": one facility. */
function apposed(doc: Doc, a: Draft, b: Draft): boolean {
  if (a.sentence !== b.sentence) return false;
  const between = doc.text.slice(a.end, b.start);
  return /^\s*(?:[,:(—–-]\s*)?(?:which is |that is |is |was |will be |would be |becomes |became |as |and |its |the |a |an |their )*\s*$/i.test(between) && between.length < 40;
}

const BARE_SUBJECT = /^(?:the|this) (?:new |planned |proposed |latest |first |second |whole |entire |new \w+ )?(?:facility|site|campus|data cent(?:er|re)|datacent(?:er|re)|project|building|complex|cluster|expansion|development|region|plant)\b/i;

/** The sentence's subject is a bare reference ("The facility, to be called ...", "The new building, which ..."). */
function subjectIsBareHead(s: Sentence): boolean {
  const t = s.tokens;
  if (t.length < 3) return false;
  const text = t.slice(0, 5).map((x) => x.low).join(' ');
  return BARE_SUBJECT.test(text);
}

function corefItem(doc: Doc, d: Draft, sentenceNo: number, linkTo: number): CorefItem {
  const key = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const placeKey = d.facts.location ? key(d.city ?? d.admin ?? d.facts.location) : null;
  const linkKeys: string[] = [];
  // "Stargate Abilene" is found again as "the Abilene campus"; "a campus in Abilene, Texas" as "the Texas campus".
  if (d.site >= 0 && doc.index.sites.cities[d.site]) linkKeys.push(key(doc.index.sites.cities[d.site]));
  if (d.adminKey && d.city) linkKeys.push(d.adminKey);
  return {
    start: d.start,
    sentenceStart: d.sentence.start,
    entityId: d.site >= 0 ? doc.index.sites.ids[d.site] : null,
    name: d.facts.name,
    placeKey,
    linkKeys,
    placeAdmin: d.adminKey,
    ordinal: d.facts.ordinal,
    // A catalog site's partners count as its operators ("Crusoe's Abilene campus" is OpenAI's Stargate too).
    operatorIds: [...new Set([...(d.operator?.ops ?? []), ...(d.site >= 0 ? doc.index.sites.operators[d.site] : [])])],
    operatorKey: d.operator?.text.toLowerCase() ?? null,
    capacityMW: d.facts.capacityMW,
    facts: d.facts,
    sentenceNo,
    anaphoricSubject: d.anaphoricSubject,
    definite: !!d.phrase?.definite,
    indefinite: !!d.phrase?.indefinite,
    kind: d.kind,
    linkTo,
    placeCountry: d.country,
    placeIsCountry: !!d.facts.location && !d.city && !d.admin,
    placeLevel: !d.facts.location ? 0 : d.city ? 3 : d.admin ? 2 : d.country ? 1 : 3,
    extraCapacity: [],
    extraGpus: [],
    country: d.country,
  };
}

/** Number of sentence boundaries from sentence a to sentence b (b after a), capped at 5. */
function sentenceGap(doc: Doc, a: Sentence, b: Sentence): number {
  if (a.start === b.start) return 0;
  let cur: [number, number] | null = [a.start, a.end];
  for (let n = 1; n <= 5; n++) {
    cur = nextSentence(doc.text, cur[1]);
    if (!cur || cur[0] > b.start) return 5;
    if (cur[0] === b.start || (cur[0] <= b.start && cur[1] > b.start)) return n;
  }
  return 5;
}

/** The company an article is about: the subject of its first sentences or its headline's operator. */
function articleTopic(doc: Doc): Org | null {
  let cur: [number, number] | null = [0, 0];
  for (let n = 0; n < 4; n++) {
    cur = nextSentence(doc.text, cur[1]);
    if (!cur) return null;
    const s = doc.sentenceAt(cur[0]);
    const subj = subjectOf(doc, s);
    if (subj?.kind === 'org') return subj.org;
    if (s.title && s.operators.length) {
      const h = s.operators[0];
      return { text: doc.text.slice(h.start, h.end), ops: [h.ref], start: h.start, end: h.end };
    }
  }
  return null;
}

const ABBREVIATED = /^(\D{0,4}?)(\d+(?:[.,]\d+)?)\s?(k|m|mn|bn|b|tn)\b(.*)$/i;
const SPELLED: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion' };

/** "£190m" -> "£190m (£190 million)": the amount as written, spelled out once for readers. */
function withSpelledAmount(written: string): string {
  const m = ABBREVIATED.exec(written);
  if (!m || m[4].trim().startsWith('(')) return written;
  return `${written} (${m[1]}${m[2]} ${SPELLED[m[3].toLowerCase()]}${m[4]})`;
}

/** "Azure" -> "Azure (Microsoft)": a brand as written, with the company it belongs to. */
function withCanonical(written: string, canonical: string): string {
  const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  const w = new Set(words(written));
  return words(canonical).some((x) => w.has(x)) ? written : `${written} (${canonical})`;
}

function toMention(doc: Doc, d: Draft, facts: MentionFacts, decision: EntityDecision): Mention {
  const { status, entityId, candidates } = decision;
  const operatorIds = (d.operator?.ops ?? []).map((k) => doc.index.operators.ids[k]);
  if (facts.operator && d.operator && d.operator.ops.length === 1) facts.operator = withCanonical(facts.operator, doc.index.operators.names[d.operator.ops[0]]);
  if (facts.investment) facts.investment = withSpelledAmount(facts.investment);
  return {
    start: d.start,
    end: d.end,
    text: doc.text.slice(d.start, d.end),
    status,
    entityId,
    kind: d.kind,
    confidence: d.confidence,
    facts,
    operatorIds,
    country: d.country,
    candidates,
  };
}

