/**
 * Which mentions of an article are the same facility, so that each carries the facts given
 * anywhere for it: an apposition or a naming ("LD13, a £190 million data centre"); the same
 * catalog site, name or place with nothing conflicting; or a place-less reference right after a
 * mention, with a pronoun or the same company as subject. Linear in the number of mentions: long
 * links go through maps keyed by site, name and place, short ones look at a few neighbours.
 */
import { newsOrdinal } from './facts/ordinal';
import type { MentionFacts } from './types';

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
  /** An earlier item this one contains or is part of ("NBOX1 … is part of a larger campus"), or -1. */
  apartFrom?: number;
  /** Named beside another facility ("including the KH1 data center"): not the code of the one described before. */
  besideAnother?: boolean;
}

/** What a cluster already says, to check a newcomer against all members at once. */
interface Summary {
  entityIds: Set<string>;
  ordinals: Set<string>;
  names: Set<string>;
  places: Array<{ key: string; country: string | null; isCountry: boolean; admin: string | null; isAdmin: boolean; isArea: boolean }>;
  operatorIds: Set<number>;
  operatorKeys: Set<string>;
  ownCapacities: number[];
  /** Sentence number of the latest member. */
  lastSentence: number;
}

/** "6th" and "sixth" are one ordinal. */
const ordinalKey = (x: string) => newsOrdinal(x).toLowerCase();
const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const NEIGHBOURS = 6;

function compatible(m: CorefItem, c: Summary, strong: 'apposition' | 'name' | 'place' | false): boolean {
  if (m.entityId && c.entityIds.size && !c.entityIds.has(m.entityId)) return false;
  if (m.ordinal && c.ordinals.size && !c.ordinals.has(ordinalKey(m.ordinal))) return false;
  if (m.name && c.names.size && !c.names.has(norm(m.name))) return false;
  // "a 12MW facility by A; an 80MW facility by B": sizes written into two mentions tell them apart.
  if (m.ownCapacity !== null && strong !== 'name' && c.ownCapacities.some((x) => Math.abs(x - m.ownCapacity!) > 0.02 * Math.max(x, m.ownCapacity!))) return false;
  if (m.placeKey && !m.placeIsArea) {
    for (const p of c.places) {
      if (p.key === m.placeKey || p.isArea) continue;
      const nested =
        // A place the gazetteer does not know ("Loyang Way", "Jawczyce") may lie inside one it knows.
        (strong !== false && (!m.placeCountry || !p.country) && m.placeLevel >= 2) ||
        ((p.isCountry || m.placeIsCountry) && !!p.country && p.country === m.placeCountry) ||
        ((p.isAdmin || m.placeLevel === 2) && !!p.admin && p.admin === m.placeAdmin);
      // An apposition names one thing twice: "Stargate Abilene, its campus in Texas" conflicts
      // only when both places are of one level or lie in different countries.
      const sameLevel = p.isCountry === m.placeIsCountry && p.isAdmin === (m.placeLevel === 2);
      const apart = !!p.country && !!m.placeCountry && p.country !== m.placeCountry;
      if (!nested && (strong !== 'apposition' || sameLevel || apart)) return false;
    }
  }
  // Partners differ from sentence to sentence ("OpenAI's Stargate", "Crusoe's Abilene campus"): a
  // different company only keeps apart mentions that share nothing stronger than proximity.
  if (strong === 'name' || strong === 'apposition') return true;
  if (m.operatorIds.length && c.operatorIds.size && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  if (strong === 'place') return true;
  if (m.operatorIds.length && c.operatorIds.size && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  if (!m.operatorIds.length && !c.operatorIds.size && m.operatorKey && c.operatorKeys.size && !c.operatorKeys.has(m.operatorKey)) return false;
  return true;
}

function add(c: Summary, m: CorefItem): void {
  if (m.entityId) c.entityIds.add(m.entityId);
  if (m.ordinal) c.ordinals.add(ordinalKey(m.ordinal));
  if (m.name) c.names.add(norm(m.name));
  if (m.placeKey && !c.places.some((p) => p.key === m.placeKey)) c.places.push({ key: m.placeKey, country: m.placeCountry, isCountry: m.placeIsCountry, admin: m.placeAdmin, isAdmin: m.placeLevel === 2, isArea: !!m.placeIsArea });
  for (const id of m.operatorIds) c.operatorIds.add(id);
  if (m.operatorKey) c.operatorKeys.add(m.operatorKey);
  if (m.ownCapacity !== null) c.ownCapacities.push(m.ownCapacity);
  c.lastSentence = m.sentenceNo;
}

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

/**
 * "… a new data centre in Leeds. … the six-storey facility at <street>": a definite reference
 * placed somewhere the gazetteer does not know (a street, an estate, a park) may lie inside the
 * place of the facility just named; `compatible` with 'place' still keeps apart two known places.
 */
function streetOfPrevious(later: CorefItem): boolean {
  if (!later.definite || !later.placeKey || later.placeCountry || later.placeIsArea || later.placeIsCountry) return false;
  // Only what is plainly smaller than a town: "the data centre in <village>" may be another facility.
  return STREET_WORDS.has(later.placeKey.slice(later.placeKey.lastIndexOf(' ') + 1));
}
const STREET_WORDS = new Set(['way', 'road', 'rd', 'street', 'st', 'avenue', 'ave', 'drive', 'lane', 'boulevard', 'parkway', 'highway', 'estate', 'park', 'crescent', 'close']);

const RECENT_CLUSTERS = 12;

/** Shares an operator with the cluster, or names none (the company is the article's). */
function sameCompany(m: CorefItem, c: Summary): boolean {
  return m.operatorIds.length === 0 || m.operatorIds.some((x) => c.operatorIds.has(x));
}

/** A place-less code ("LD14") is the latest nameless facility of its company not yet offered a code. */
function firstCodeOf(m: CorefItem, summaries: Summary[], offered: Set<number>): number {
  for (let c = summaries.length - 1; c >= 0 && c >= summaries.length - RECENT_CLUSTERS; c--) {
    const sum = summaries[c];
    if (sum.names.size === 0 && sum.entityIds.size === 0 && !offered.has(c) && sameCompany(m, sum) && compatible(m, sum, false)) return c;
  }
  return -1;
}

/** Once a code of a company has been read, that company's earlier nameless facilities have had their chance. */
function offerCode(m: CorefItem, summaries: Summary[], offered: Set<number>): void {
  for (let c = summaries.length - 1; c >= 0 && c >= summaries.length - RECENT_CLUSTERS; c--) if (sameCompany(m, summaries[c])) offered.add(c);
}

/**
 * "… finished its third facility in the capital. Lima 3 will offer 20MW": a
 * numbered name right after a nameless description with the same ordinal names that facility.
 */
function numberedAfterOrdinal(items: CorefItem[], cluster: number[], summaries: Summary[], i: number): number {
  const m = items[i];
  if (!m.name || !m.ordinal || m.entityId) return -1;
  for (let j = i - 1; j >= 0 && m.sentenceNo - items[j].sentenceNo <= 1; j--) {
    const e = items[j];
    const c = cluster[j];
    if (e.name || !e.ordinal || ordinalKey(e.ordinal) !== ordinalKey(m.ordinal) || summaries[c].names.size > 0) continue;
    return compatible(m, summaries[c], 'place') ? c : -1;
  }
  return -1;
}

/**
 * "Kestrel has filed for a new data center in Peru. The Lurin Hall project would turn sheds
 * into …": a named facility opening the sentence after an indefinite one is the
 * facility that sentence brought in, when nothing conflicts.
 */
function namedAfterIntroduction(items: CorefItem[], cluster: number[], summaries: Summary[], i: number): number {
  const m = items[i];
  const e = items[i - 1];
  if (!e || !m.name || !m.definite || m.entityId || m.sentenceNo - e.sentenceNo !== 1 || !e.indefinite || e.name) return -1;
  if (m.start - m.sentenceStart > 4) return -1; // the subject: "The <Name> project …"
  const c = cluster[i - 1];
  return summaries[c].names.size === 0 && compatible(m, summaries[c], 'place') ? c : -1;
}

const DEFINITE_REACH = 4;

/**
 * "… the Leeds campus offers 60 MW. … Kestrel's push began with the groundbreaking of the €200
 * million campus": a definite description that gives no place, name or ordinal is the
 * latest facility of its kind and company a few sentences back, past the neighbours `nearLink` reads,
 * when that facility is itself only described.
 */
function definiteAntecedent(items: CorefItem[], cluster: number[], summaries: Summary[], i: number): number {
  const m = items[i];
  if (!m.definite || m.indefinite || m.placeKey || m.linkKeys.length || m.name || m.ordinal || m.entityId || !m.kind) return -1;
  for (let j = i - 1; j >= 0 && m.sentenceNo - items[j].sentenceNo <= DEFINITE_REACH; j--) {
    const e = items[j];
    if (e.kind !== m.kind) continue;
    const c = cluster[j];
    // A named facility is found by its name; two of them make "the project" ambiguous (joinUnplacedToOnlyNamed).
    return summaries[c].names.size === 0 && sameCompany(m, summaries[c]) && compatible(m, summaries[c], false) ? c : -1;
  }
  return -1;
}

/** Cluster ids per item (same id = same facility), items in text order. */
export function clusterMentions(items: CorefItem[]): number[] {
  const cluster: number[] = [];
  const summaries: Summary[] = [];
  const byEntity = new Map<string, number>();
  const byName = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const offered = new Set<number>();
  items.forEach((m, i) => {
    const strong: number[] = [];
    const byPlaceKey: number[] = [];
    const weak: number[] = [];
    if (m.entityId && byEntity.has(m.entityId)) strong.push(byEntity.get(m.entityId)!);
    if (m.name && byName.has(norm(m.name))) strong.push(byName.get(norm(m.name))!);
    if (m.placeKey && byPlace.has(m.placeKey)) byPlaceKey.push(byPlace.get(m.placeKey)!);
    for (const k of m.linkKeys) if (byPlace.has(k)) weak.push(byPlace.get(k)!);
    for (let j = i - 1; j >= 0 && j >= i - NEIGHBOURS; j--) if (nearLink(m, items[j])) weak.push(cluster[j]);
    // A naming ("the project, called X") states that it is the facility just described, as an apposition does.
    const weakStrength = m.namedHere ? 'name' : streetOfPrevious(m) ? 'place' : false;
    // An apposition links only what does not conflict: "A, B and C data centers" in a list are three.
    // "X is part of a larger campus": the whole and its part are two facilities.
    if (m.apartFrom !== undefined && m.apartFrom >= 0) {
      const apart = cluster[m.apartFrom];
      for (const list of [strong, byPlaceKey, weak]) for (let k = list.length - 1; k >= 0; k--) if (list[k] === apart) list.splice(k, 1);
    }
    let found = m.linkTo >= 0 && m.linkTo !== m.apartFrom && compatible(m, summaries[cluster[m.linkTo]], 'apposition') ? cluster[m.linkTo] : -1;
    if (found < 0) found = strong.find((c) => compatible(m, summaries[c], 'name')) ?? -1;
    // A code ("LD7") is tied to a description ("a data center in Slough") by an apposition, not by
    // the town alone: operators number many buildings in one town.
    // News does introduce a facility first and give its code later ("a new data center in Slough
    // ... LD14"): the first code after a nameless description in its place may be its code; the
    // codes after that are the operator's other buildings.
    const coded = !!m.name && /\d/.test(m.name);
    const codeMayJoin = (c: number) => !coded || summaries[c].names.size > 0 || !offered.has(c);
    // "its first Asian data centre in Singapore" paragraphs after another company's Singapore site: an
    // ordinal description brings in a facility of its own unless the facility is near or numbered alike.
    const ordinalMayJoin = (c: number) => !m.ordinal || summaries[c].ordinals.size > 0 || m.sentenceNo - summaries[c].lastSentence <= 3;
    if (found < 0) found = byPlaceKey.find((c) => compatible(m, summaries[c], 'place') && codeMayJoin(c) && ordinalMayJoin(c)) ?? -1;
    if (found < 0) found = weak.find((c) => compatible(m, summaries[c], weakStrength) && codeMayJoin(c)) ?? -1;
    if (found < 0 && coded && !m.placeKey && !m.besideAnother) found = firstCodeOf(m, summaries, offered);
    if (found < 0) found = definiteAntecedent(items, cluster, summaries, i);
    if (found < 0) found = numberedAfterOrdinal(items, cluster, summaries, i);
    if (found < 0) found = namedAfterIntroduction(items, cluster, summaries, i);
    if (coded) offerCode(m, summaries, offered);
    if (found < 0) {
      found = summaries.length;
      summaries.push({ entityIds: new Set(), ordinals: new Set(), names: new Set(), places: [], operatorIds: new Set(), operatorKeys: new Set(), ownCapacities: [], lastSentence: m.sentenceNo });
    }
    add(summaries[found], m);
    cluster.push(found);
    if (m.entityId) byEntity.set(m.entityId, found);
    if (m.name) byName.set(norm(m.name), found);
    if (m.placeKey) byPlace.set(m.placeKey, found);
    for (const k of m.linkKeys) if (!byPlace.has(k)) byPlace.set(k, found);
  });
  return joinHeadlineToBody(items, joinUnplacedToOnlyNamed(items, cluster, summaries), summaries);
}

/**
 * "$2B AI Data Center: X's Big Wager" over an article that then describes "a new AI data center
 * in Leeds": a headline's facility that gives no place, name or ordinal is the first
 * facility of its kind the body speaks of, when nothing conflicts.
 */
function joinHeadlineToBody(items: CorefItem[], cluster: number[], summaries: Summary[]): number[] {
  const body = items.findIndex((m) => !m.inTitle);
  if (body <= 0) return cluster;
  const target = cluster[body];
  const joined = new Set<number>();
  for (let i = 0; i < body; i++) {
    const m = items[i];
    const c = cluster[i];
    if (c === target || m.placeKey || m.name || m.ordinal || m.entityId || m.kind !== items[body].kind) continue;
    if (cluster.some((x, k) => x === c && !items[k].inTitle)) continue;
    if (!compatible(m, summaries[target], false)) continue;
    joined.add(c);
  }
  return joined.size ? cluster.map((c) => (joined.has(c) ? target : c)) : cluster;
}

/**
 * "Crusoe's data center project … Project Jade … the Crusoe project": when a company has exactly
 * one named facility in the article, its descriptions that give no name or ordinal are that
 * facility, before or after the name, when they give no place or one that holds it or lies in
 * its country (nestsIn). With two named facilities of the company, nothing is joined. A company
 * is known by its operator ids, or by its words when the lexicon does not know it; a placed
 * description that names no company may join the article's one named facility.
 */
function joinUnplacedToOnlyNamed(items: CorefItem[], cluster: number[], summaries: Summary[]): number[] {
  const companies = (sum: Summary) => [...[...sum.operatorIds].map(String), ...(sum.operatorIds.size ? [] : [...sum.operatorKeys].map((k) => `k:${k}`))];
  const describes = (sum: Summary) => sum.names.size === 0 && sum.ordinals.size === 0;
  const named = new Map<string, number[]>(); // company -> named clusters
  summaries.forEach((sum, c) => {
    if (sum.names.size === 0 && sum.entityIds.size === 0) return;
    for (const op of companies(sum)) named.set(op, [...(named.get(op) ?? []), c]);
  });
  const target = new Map<number, number>();
  summaries.forEach((sum, c) => {
    if (!describes(sum)) return;
    const candidates = new Set<number>();
    const ops = companies(sum);
    // A description that names no company is the article's company's: any named facility may be it.
    if (ops.length === 0 && sum.places.length > 0) for (const list of named.values()) for (const n of list) candidates.add(n);
    for (const op of ops) for (const n of named.get(op) ?? []) if (n !== c) candidates.add(n);
    candidates.delete(c);
    if (candidates.size !== 1) return;
    const n = [...candidates][0];
    if (sum.places.length === 0 ? sum.entityIds.size === 0 : nestsIn(sum, summaries[n])) target.set(c, n);
  });
  if (target.size === 0) return cluster;
  return cluster.map((c, i) => (target.has(c) && items[i].kind !== 'region' ? target.get(c)! : c));
}

/**
 * The places of description a lie inside the named cluster b: a country b is in ("a new data
 * center in the UAE" … "Stargate UAE" in Abu Dhabi), or a city in the country b gives only as a
 * country ("Stargate Norway" … "the Narvik facility"). Their catalog sites, if any, agree.
 */
function nestsIn(a: Summary, b: Summary): boolean {
  if (a.entityIds.size > 1 || (a.entityIds.size === 1 && b.entityIds.size > 0 && !b.entityIds.has([...a.entityIds][0]))) return false;
  const bCountries = new Set(b.places.filter((p) => p.country).map((p) => p.country));
  const bOnlyCountry = b.places.every((p) => p.isCountry || p.isArea);
  return bCountries.size === 1 && a.places.every((p) => !!p.country && bCountries.has(p.country) && (p.isCountry || bOnlyCountry));
}

const FILLABLE: Array<keyof MentionFacts> = ['operator', 'location', 'investment', 'ordinal', 'name', 'date'];

/**
 * Fills each item's empty facts from the nearest member of its cluster that has them; capacity
 * and GPUs are the cluster's largest figures (phased builds: the full build-out).
 */
export function shareFacts(items: CorefItem[], cluster: number[]): MentionFacts[] {
  const out = items.map((m) => ({ ...m.facts }));
  const members = new Map<number, number[]>();
  cluster.forEach((c, i) => {
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  for (const list of members.values()) {
    const caps = list.flatMap((i) => [...(items[i].facts.capacityMW !== null ? [items[i].facts.capacityMW!] : []), ...items[i].extraCapacity]);
    const gpus = list.flatMap((i) => [...(items[i].facts.gpus !== null ? [items[i].facts.gpus!] : []), ...items[i].extraGpus]);
    const maxCap = caps.length ? Math.max(...caps) : null;
    const maxGpus = gpus.length ? Math.max(...gpus) : null;
    for (const i of list) {
      // "a 13 megawatt facility": a size written into the mention is that mark's, whatever the cluster says.
      out[i].capacityMW = items[i].ownCapacity ?? maxCap;
      out[i].gpus = maxGpus;
    }
    if (list.length < 2) continue;
    // "the most specific place given": a country-level location gives way to the cluster's city.
    let best = -1;
    for (const i of list) if (items[i].facts.location !== null && (best < 0 || items[i].placeLevel > items[best].placeLevel)) best = i;
    if (best >= 0) {
      for (const i of list) {
        const m = items[i];
        if (m.facts.location !== null && m.placeLevel < items[best].placeLevel && (!m.placeCountry || m.placeCountry === items[best].placeCountry)) out[i].location = items[best].facts.location;
      }
    }
    for (const key of FILLABLE) {
      // Nearest earlier and later member with the fact, in one pass each way.
      const prev: Array<number | null> = [];
      let last: number | null = null;
      for (const i of list) {
        prev.push(last);
        if (items[i].facts[key] !== null) last = i;
      }
      let next: number | null = null;
      for (let k = list.length - 1; k >= 0; k--) {
        const i = list[k];
        if (out[i][key] === null) {
          const p = prev[k];
          const pick = p === null ? next : next === null ? p : i - p <= next - i ? p : next;
          if (pick !== null) (out[i] as Record<string, unknown>)[key] = items[pick].facts[key];
        }
        if (items[i].facts[key] !== null) next = i;
      }
    }
  }
  return out;
}
