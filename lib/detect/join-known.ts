/**
 * A second look at entities once the catalog has answered. Marks the catalog answered with one
 * site are one facility, whatever coreference made of them ("SK-AWS Ulsan AI data centre" in a
 * headline, "the Ulsan facility" paragraphs on): they share its facts. And a facility the article only describes
 * ("CyrusOne's proposed data center campus", "the CyrusOne data center", "the 300-megawatt campus")
 * that coreference kept apart, for want of a place or a company when it read them, is the company's
 * one catalogued facility of the article ("the Yorkville campus", resolved), when nothing speaks
 * against it. Then every mark of the facility opens the same card.
 *
 * Nothing is joined where the article may speak of two facilities of the company: another
 * catalogued one, one it names, numbers, places elsewhere or brings in as new ("also plans a new
 * campus"), or a size that is not the facility's.
 */
import type { Doc } from './context';
import type { CorefItem } from './coref';
import type { Draft } from './draft';
import type { EntityDecision } from './entities';
import type { MentionFacts } from './types';
import { ordinalKey } from './coref-summary';

interface Group {
  members: number[];
  companies: Set<number>;
  places: Set<string>;
  decision: EntityDecision;
  /** Only described: no name, code or catalog site of its own words. */
  described: boolean;
  /** Ordinals its marks give ("its seventh Helsinki-area site"), as ordinalKey writes them. */
  ordinals: Set<string>;
  /** Its first mark brings it in as a new facility ("a new campus", "another data center"). */
  introduced: boolean;
  /** Where its first mark starts. */
  firstAt: number;
  region: boolean;
  ownCapacities: number[];
  capacities: number[];
  /** A member stands beside or inside another facility (see CorefItem). */
  apart: boolean;
  /** Every member is in a headline or subhead. */
  inTitle: boolean;
}

const low = (x: string) => x.toLowerCase();

function groupsOf(doc: Doc, kept: Draft[], items: CorefItem[], clusters: number[], decisions: EntityDecision[], facts: MentionFacts[]): Map<number, Group> {
  const groups = new Map<number, Group>();
  clusters.forEach((c, i) => {
    let g = groups.get(c);
    const m = items[i];
    if (!g) {
      g = { members: [], companies: new Set(), places: new Set(), decision: decisions[i], described: true, ordinals: new Set(), introduced: !!m.indefinite && !m.predicative && !m.namedHere, firstAt: m.start, region: false, ownCapacities: [], capacities: [], apart: false, inTitle: true };
      groups.set(c, g);
      const site = decisions[i].site;
      if (site >= 0) {
        for (const k of doc.index.sites.operators.at(site)!) g.companies.add(k);
        const city = doc.index.sites.cities.at(site);
        if (city) g.places.add(low(city));
      }
    }
    g.members.push(i);
    for (const k of kept[i].operator?.ops ?? []) g.companies.add(k);
    if (facts[i].location) g.places.add(low(facts[i].location!));
    if (m.name || m.entityId || facts[i].name) g.described = false;
    if (facts[i].ordinal) g.ordinals.add(ordinalKey(facts[i].ordinal!));
    if (m.kind === 'region') g.region = true;
    if (m.ownCapacity !== null) g.ownCapacities.push(m.ownCapacity);
    if (facts[i].capacityMW !== null) g.capacities.push(facts[i].capacityMW!);
    if (m.besideAnother || m.partOfCampus || (m.apartFrom !== undefined && m.apartFrom >= 0)) g.apart = true;
    if (!m.inTitle) g.inTitle = false;
  });
  return groups;
}

const sameSize = (x: number, y: number) => Math.abs(x - y) <= 0.02 * Math.max(x, y);

/** The groups that share a company with `g` (other than g), each once. */
function companyGroups(key: number, g: Group, byCompany: Map<number, number[]>): number[] {
  const out = new Set<number>();
  for (const k of g.companies) for (const c of byCompany.get(k) ?? []) if (c !== key) out.add(c);
  return [...out];
}

/**
 * The known group a described group `g` is, or -1: the one known group of its companies, with its
 * places holding all of g's, its ordinals all of g's, and no size of g's own that differs, while
 * every other group of those companies is itself only described, unplaced or placed there, and not
 * brought in as new after it.
 */
function knownFor(key: number, g: Group, groups: Map<number, Group>, byCompany: Map<number, number[]>): number {
  const others = companyGroups(key, g, byCompany);
  let target = -1;
  for (const c of others) {
    const o = groups.get(c)!;
    if (o.decision.site >= 0) {
      if (target >= 0 && groups.get(target)!.decision.entityId !== o.decision.entityId) return -1;
      if (target < 0) target = c;
      continue;
    }
    if (!o.inTitle && (!o.described || o.ordinals.size > 0 || o.region)) return -1;
  }
  if (target < 0) return -1;
  const t = groups.get(target)!;
  if (t.region || t.apart) return -1;
  const within = (x: Group) => [...x.places].every((p) => t.places.has(p));
  for (const c of others) {
    const o = groups.get(c)!;
    if (c === target || o.decision.site >= 0) continue;
    // A headline places a facility as widely as it likes ("Blackstone's £10bn Northumberland data centre").
    if (!within(o) && !o.inTitle) return -1;
    // "Equinix's SG3 is full. Equinix also plans a new 300 MW facility": brought in as a new one after
    // the known one, it is another; news brings a facility in first and names or places it after.
    if (o.introduced && o.firstAt > t.firstAt) return -1;
  }
  if (!within(g) || (g.introduced && g.firstAt > t.firstAt)) return -1;
  // "its seventh Helsinki-area data center" (known) … "the company's seventh Helsinki-area site".
  if (![...g.ordinals].every((o) => t.ordinals.has(o))) return -1;
  if (g.ownCapacities.some((x) => !t.capacities.some((y) => sameSize(x, y)))) return -1;
  return target;
}

/**
 * Clusters with each described, unresolved facility joined to its company's one known facility
 * (see the file's comment), or null when none is. `decisions` is updated in place for joined marks.
 */
export function joinDescribedToKnown(doc: Doc, kept: Draft[], items: CorefItem[], clusters: number[], decisions: EntityDecision[], facts: MentionFacts[], skip: ReadonlySet<number>): number[] | null {
  const groups = groupsOf(doc, kept, items, clusters, decisions, facts);
  const byCompany = new Map<number, number[]>();
  for (const [c, g] of groups) {
    for (const k of g.companies) {
      const list = byCompany.get(k);
      if (list) list.push(c);
      else byCompany.set(k, [c]);
    }
  }
  const into = new Map<number, number>();
  for (const [c, g] of groups) {
    if (skip.has(c) || g.decision.site >= 0 || !g.described || g.region || g.apart || g.companies.size === 0) continue;
    const t = knownFor(c, g, groups, byCompany);
    if (t >= 0 && !skip.has(t)) into.set(c, t);
  }
  if (into.size === 0) return null;
  return clusters.map((c, i) => {
    const t = into.get(c);
    if (t === undefined) return c;
    decisions[i] = groups.get(t)!.decision;
    return t;
  });
}

/**
 * Whether every mark of cluster c agrees with cluster t's marks: no other ordinal, no place in
 * another country or state. The catalog may answer one site for "the second Larkmoor, in Atlanta"
 * that the text sets apart from the Wisconsin one, and then they stay two. Towns are not compared
 * (a campus is written by its town, its parish or its metro), nor names (the catalog has just
 * said that two names are one site's). `t` and `c`: the clusters' marks.
 */
function agree(items: CorefItem[], t: readonly number[], c: readonly number[]): boolean {
  const countries = new Set<string>();
  const states = new Set<string>();
  const ordinals = new Set<string>();
  for (const i of t) {
    const m = items[i];
    if (m.placeCountry) countries.add(m.placeCountry);
    if (m.placeAdmin) states.add(m.placeAdmin);
    if (m.ordinal) ordinals.add(ordinalKey(m.ordinal));
  }
  const apart = (set: Set<string>, x: string | null) => !!x && set.size > 0 && !set.has(x);
  return c.every((i) => !(apart(countries, items[i].placeCountry) || apart(states, items[i].placeAdmin) || apart(ordinals, items[i].ordinal && ordinalKey(items[i].ordinal!))));
}

/**
 * Clusters with those the catalog answered with one site made one (the first of them), when they
 * agree (see agree), or null when no two were. `decisions` is updated in place for the marks of
 * the clusters joined. Linear in the marks: each cluster is compared once.
 */
export function joinSameSite(items: CorefItem[], clusters: number[], decisions: EntityDecision[], skip: ReadonlySet<number>): number[] | null {
  const members = new Map<number, number[]>();
  clusters.forEach((c, i) => {
    if (decisions[i].status !== 'known' || !decisions[i].entityId || skip.has(c)) return;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  const first = new Map<string, number>();
  const into = new Map<number, number>();
  for (const [c, list] of members) {
    const id = decisions[list[0]].entityId!;
    const t = first.get(id);
    if (t === undefined) first.set(id, c);
    else if (agree(items, members.get(t)!, list)) into.set(c, t);
  }
  if (into.size === 0) return null;
  return clusters.map((c, i) => {
    const t = into.get(c);
    if (t === undefined) return c;
    decisions[i] = decisions[members.get(t)![0]];
    return t;
  });
}
