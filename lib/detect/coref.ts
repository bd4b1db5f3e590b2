/**
 * Which mentions of an article are the same facility, so that each carries the facts given
 * anywhere for it: an apposition or a naming ("KX4, a £120 million data centre"); the same
 * catalog site, name or place with nothing conflicting; or a place-less reference right after a
 * mention, with a pronoun or the same company as subject. Linear in the number of mentions: long
 * links go through maps keyed by site, name and place, short ones look at a few neighbours.
 */
import { definiteAntecedent, firstCodeOf, namedAfterIntroduction, numberedAfterOrdinal, offerCode, streetOfPrevious } from './coref-antecedents';
import { joinHeadlineToBody, joinUnplacedToOnlyNamed } from './coref-joins';
import { addMember, compatible, emptySummary, norm, type Summary } from './coref-summary';
import type { MentionFacts } from './types';
import type { CompanyKey } from './coref-namesakes';

export interface CorefItem {
  start: number;
  sentenceStart: number;
  entityId: string | null;
  name: string | null;
  placeKey: string | null;
  /** More keys to find the facility by: the catalog city of a named site, the state of a city. */
  linkKeys: string[];
  /** State or province of the place (US state code or canonical admin name), for nesting. */
  placeAdmin: string | null;
  ordinal: string | null;
  operatorIds: number[];
  operatorKey: string | null;
  /** Where the article first names one of the mention's companies (-1: it names none of them). */
  companyFirstAt: number;
  capacityMW: number | null;
  /** A capacity written in the mention itself ("a 12MW facility"): it names which facility. */
  ownCapacity: number | null;
  facts: MentionFacts;
  /** Sentence ordinal in the text (0, 1, 2 ...) for distance checks. */
  sentenceNo: number;
  /** The sentence's subject is a pronoun ("they", "the company"). */
  anaphoricSubject: boolean;
  /** "the site with 1.2 GW": a definite reference points back. */
  definite: boolean;
  /** "the project, called “Project Tern”": the facility just described, given its name here. */
  namedHere?: boolean;
  /** In a headline or subhead. */
  inTitle?: boolean;
  /** "a fifth data center": an indefinite phrase brings in a facility of its own. */
  indefinite?: boolean;
  /** "… is a 1.2GW campus in Abilene": an indefinite after a copula says what something named is. */
  predicative?: boolean;
  /** Region, facility, campus or project. */
  kind?: string;
  country: string | null;
  /** Index of an earlier item this one is the same as (apposition, copula, naming), or -1. */
  linkTo: number;
  placeCountry: string | null;
  /** The place is a country (or a larger area), so a city in that country does not conflict. */
  placeIsCountry: boolean;
  /** The place is a world region ("Asia Pacific"): it holds any place. */
  placeIsArea?: boolean;
  /** How specific the location is: 3 city or street, 2 state/province, 1 country, 0 area or none. */
  placeLevel: number;
  /** Capacities and GPU counts said about it in the sentences that follow. */
  extraCapacity: number[];
  extraGpus: number[];
  /** An earlier item this one contains or is part of ("KTR2 … is part of a bigger campus"), or -1. */
  apartFrom?: number;
  /** Named beside another facility ("including the KH1 data center"): not the code of the one described before. */
  besideAnother?: boolean;
  /** "the first data centre at the campus": a building of the latest campus, never that campus. */
  partOfCampus?: boolean;
  /** The company the text itself gives it (not the catalog's), for telling namesakes apart. */
  textCompany?: CompanyKey | null;
  /** Its sentence says the name is another thing's too ("an unrelated project with the same code name"). */
  anotherOfName?: 'plainly' | 'own' | false;
}

const NEIGHBOURS = 6;

/** Short-range link: the same sentence, or the next one with a pronoun or the same company. */
function nearLink(later: CorefItem, earlier: CorefItem): boolean {
  // "a new campus in Poland … the Krakow campus": a definite reference may name the city of the country.
  const narrows = !!later.placeKey && later.definite && earlier.placeIsCountry && !!earlier.placeCountry && earlier.placeCountry === later.placeCountry;
  if ((later.placeKey && !narrows && !streetOfPrevious(later) && !later.namedHere) || (later.name && !later.namedHere) || later.entityId) return false;
  if (later.namedHere && earlier.name) return false;
  // "Alibaba's Tokyo region added a fifth data center": a new building inside the region, not the region.
  if (later.indefinite && later.kind !== earlier.kind && (later.kind === 'region' || earlier.kind === 'region')) return false;
  const gap = later.sentenceNo - earlier.sentenceNo;
  if (gap < 0 || gap > (later.definite ? 2 : 1)) return false;
  return gap === 0 || later.anaphoricSubject || later.definite || (later.operatorIds.length > 0 && later.operatorIds.some((x) => earlier.operatorIds.includes(x)));
}

/** The latest campus mentioned before item i, or -1. */
function latestCampus(items: CorefItem[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (items[j].kind === 'campus') return j;
  return -1;
}

/** A code joins a cluster that has a name, or that no earlier code was offered (see clusterMentions). */
function codeMayJoin(coded: boolean, c: Summary, offered: boolean): boolean {
  return !coded || c.names.size > 0 || !offered;
}

/**
 * "its second Asian data centre in Jakarta" paragraphs after another company's Jakarta site: an
 * ordinal description brings in a facility of its own unless the facility is near or numbered alike.
 */
function ordinalMayJoin(m: CorefItem, c: Summary): boolean {
  return !m.ordinal || c.ordinals.size > 0 || m.sentenceNo - c.lastSentence <= 3;
}

/** "a data center in Singapore", "a new 300 MW facility": an indefinite description that neither names nor predicates. */
function broughtInNew(m: CorefItem): boolean {
  return !!m.indefinite && !m.namedHere && !m.name && !m.predicative;
}

/**
 * Whether m may join cluster c by place or proximity alone, as far as facilities brought in as new
 * ones go (an apposition or a name still joins them):
 * - "Equinix said SG3 in Singapore is full. A data center in Singapore was sold …": a new one in a
 *   later sentence is not the site named before;
 * - a cloud region and a facility brought in as a new one are one only when both name the provider
 *   ("Microsoft's region in Querétaro … a new Microsoft data center in Querétaro"), not "a data center
 *   in Bangkok" a joint venture builds beside "AWS launched its Thailand region";
 * - two facilities each brought in as a new one, the later by a company the earlier lacks ("a data
 *   center in Nürnberg" … later "a Hetzner facility in Nürnberg, NBG1"), are two.
 */
function newMayJoin(m: CorefItem, fresh: boolean, c: Summary): boolean {
  const later = c.lastSentence !== m.sentenceNo;
  if (fresh && later && (c.names.size > 0 || c.entityIds.size > 0)) return false;
  // "… the campus in Port Washington. … reports of a third gigawatt campus": a numbered newcomer in a
  // later sentence is another facility, unless the cluster is numbered alike (compatible() checks that).
  // "300 MW at Black Pearl and a second site": so is one beside a named facility in the same sentence.
  if (fresh && m.ordinal && c.ordinals.size === 0 && (later || c.names.size > 0)) return false;
  const kindsDiffer = c.region !== null && c.region !== (m.kind === 'region');
  if (kindsDiffer && (fresh || c.introduced) && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  const anotherNew = c.introduced && !!m.indefinite && !m.predicative && !m.namedHere && later;
  return !(anotherNew && m.operatorIds.length > 0 && c.operatorIds.size === 0 && c.operatorKeys.size === 0);
}

/** Cluster ids per item (same id = same facility), items in text order. */
export function clusterMentions(items: CorefItem[]): number[] {
  const cluster: number[] = [];
  const summaries: Summary[] = [];
  const byEntity = new Map<string, number>();
  const byName = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const offered = new Set<number>();
  // The candidate lists, emptied for each item (a long page has thousands).
  const strong: number[] = [];
  const byPlaceKey: number[] = [];
  const weak: number[] = [];
  items.forEach((m, i) => {
    strong.length = 0;
    byPlaceKey.length = 0;
    weak.length = 0;
    const nameKey = m.name ? norm(m.name) : '';
    if (m.entityId && byEntity.has(m.entityId)) strong.push(byEntity.get(m.entityId)!);
    if (m.name && byName.has(nameKey)) strong.push(byName.get(nameKey)!);
    if (m.placeKey && byPlace.has(m.placeKey)) byPlaceKey.push(byPlace.get(m.placeKey)!);
    for (const k of m.linkKeys) if (byPlace.has(k)) weak.push(byPlace.get(k)!);
    for (let j = i - 1; j >= 0 && j >= i - NEIGHBOURS; j--) if (nearLink(m, items[j])) weak.push(cluster[j]);
    // A naming ("the project, called X") states that it is the facility just described, as an apposition does.
    const weakStrength = m.namedHere ? 'name' : streetOfPrevious(m) ? 'place' : false;
    // An apposition links only what does not conflict: "A, B and C data centers" in a list are three.
    // "X is part of a bigger campus": the whole and its part are two facilities.
    const apartFrom = m.apartFrom !== undefined && m.apartFrom >= 0 ? m.apartFrom : m.partOfCampus ? latestCampus(items, i) : -1;
    if (apartFrom >= 0) {
      const apart = cluster[apartFrom];
      for (const list of [strong, byPlaceKey, weak]) for (let k = list.length - 1; k >= 0; k--) if (list[k] === apart) list.splice(k, 1);
    }
    let found = m.linkTo >= 0 && m.linkTo !== apartFrom && compatible(m, summaries[cluster[m.linkTo]], 'apposition') ? cluster[m.linkTo] : -1;
    if (found < 0) found = strong.find((c) => compatible(m, summaries[c], 'name')) ?? -1;
    // A code ("KX4") is tied to a description ("a data center in Swindon") by an apposition, not by
    // the town alone: operators number many buildings in one town.
    // News does introduce a facility first and give its code later ("a new data center in Swindon
    // ... KX9"): the first code after a nameless description in its place may be its code; the
    // codes after that are the operator's other buildings.
    const coded = !!m.name && /\d/.test(m.name);
    const fresh = broughtInNew(m);
    if (found < 0) found = byPlaceKey.find((c) => newMayJoin(m, fresh, summaries[c]) && compatible(m, summaries[c], 'place') && codeMayJoin(coded, summaries[c], offered.has(c)) && ordinalMayJoin(m, summaries[c])) ?? -1;
    if (found < 0) found = weak.find((c) => newMayJoin(m, fresh, summaries[c]) && compatible(m, summaries[c], weakStrength) && codeMayJoin(coded, summaries[c], offered.has(c))) ?? -1;
    if (found < 0 && coded && !m.placeKey && !m.besideAnother) found = firstCodeOf(m, summaries, offered);
    if (found < 0) found = definiteAntecedent(items, cluster, summaries, i);
    if (found < 0) found = numberedAfterOrdinal(items, cluster, summaries, i);
    if (found < 0) found = namedAfterIntroduction(items, cluster, summaries, i);
    if (coded) offerCode(m, summaries, offered);
    if (found < 0) {
      found = summaries.length;
      summaries.push(emptySummary(m.sentenceNo, fresh));
    }
    addMember(summaries[found], m);
    cluster.push(found);
    if (m.entityId) byEntity.set(m.entityId, found);
    if (m.name) byName.set(nameKey, found);
    if (m.placeKey) byPlace.set(m.placeKey, found);
    for (const k of m.linkKeys) if (!byPlace.has(k)) byPlace.set(k, found);
  });
  return joinHeadlineToBody(items, joinUnplacedToOnlyNamed(items, cluster, summaries), summaries);
}

const FILLABLE: Array<keyof MentionFacts> = ['operator', 'location', 'investment', 'ordinal', 'name', 'date'];

/**
 * Fills each item's empty facts from the nearest member of its cluster that has them; capacity
 * and GPUs are the cluster's largest figures (phased builds: the full build-out). `from`: the facts
 * to share (the items' own, unless facts were read since); `only`: the clusters to share within.
 */
export function shareFacts(items: CorefItem[], cluster: number[], from: readonly MentionFacts[] = items.map((m) => m.facts), only?: ReadonlySet<number>): MentionFacts[] {
  const out = from.map((f) => ({ ...f }));
  const members = new Map<number, number[]>();
  cluster.forEach((c, i) => {
    if (only && !only.has(c)) return;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  for (const list of members.values()) {
    let maxCap: number | null = null;
    let maxGpus: number | null = null;
    for (const i of list) {
      const f = from[i];
      if (f.capacityMW !== null) maxCap = maxCap === null ? f.capacityMW : Math.max(maxCap, f.capacityMW);
      for (const x of items[i].extraCapacity) maxCap = maxCap === null ? x : Math.max(maxCap, x);
      if (f.gpus !== null) maxGpus = maxGpus === null ? f.gpus : Math.max(maxGpus, f.gpus);
      for (const x of items[i].extraGpus) maxGpus = maxGpus === null ? x : Math.max(maxGpus, x);
    }
    for (const i of list) {
      // "a 14 megawatt facility": a size written into the mention is that mark's, whatever the cluster says.
      out[i].capacityMW = items[i].ownCapacity ?? maxCap;
      out[i].gpus = maxGpus;
    }
    if (list.length < 2) continue;
    // "the most specific place given": a country-level location gives way to the cluster's city.
    let best = -1;
    for (const i of list) if (from[i].location !== null && (best < 0 || items[i].placeLevel > items[best].placeLevel)) best = i;
    if (best >= 0) {
      for (const i of list) {
        const m = items[i];
        if (from[i].location !== null && m.placeLevel < items[best].placeLevel && (!m.placeCountry || m.placeCountry === items[best].placeCountry)) out[i].location = from[best].location;
      }
    }
    for (const key of FILLABLE) {
      // Nearest earlier and later member with the fact, in one pass each way.
      const prev: Array<number | null> = [];
      let last: number | null = null;
      for (const i of list) {
        prev.push(last);
        if (from[i][key] !== null) last = i;
      }
      let next: number | null = null;
      for (let k = list.length - 1; k >= 0; k--) {
        const i = list[k];
        if (out[i][key] === null) {
          const p = prev[k];
          const pick = p === null ? next : next === null ? p : i - p <= next - i ? p : next;
          if (pick !== null) (out[i] as Record<string, unknown>)[key] = from[pick][key];
        }
        if (from[i][key] !== null) next = i;
      }
    }
  }
  return out;
}
