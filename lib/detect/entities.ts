/**
 * Resolution once per entity: the mentions coreference put together are one facility, so the
 * catalog is asked once, with everything the article says about it (the operators it names, the
 * most specific place, the name or code, the ordinal, the kind), and every mark of the entity
 * gets the same answer: one status, one card, one list of candidates.
 */
import type { ResolveQuery } from '../catalog/query-types';
import { firstNotBefore, type Doc } from './context';
import type { Draft } from './draft';
import type { DetectorIndex } from './index-format';
import { genericWordsOnly } from './lexicon';
import { normalizeForMatch } from './normalize';
import type { Mention } from './types';
import type { ResolveFn } from './detect';

/** Confidence a resolver must reach for a mention to count as a known site. */
export const KNOWN_THRESHOLD = 0.8;

export interface EntityDecision {
  status: Mention['status'];
  entityId: string | null;
  candidates: string[];
  /** The chosen site as an index into index.sites, or -1. */
  site: number;
}

// Filled per id asked, not for every site at once: a woken worker's ids are a stored column whose
// items are decoded only when read (lib/codec/string-column.ts), and a page asks for a few. Each
// search scans the column, so after a few the whole map is made once (a long page asks for many).
const siteNumbers = new WeakMap<DetectorIndex, Map<string, number>>();
const SEARCHES_BEFORE_MAP = 16;
const mapped = new WeakSet<DetectorIndex>();
function siteIndexOf(index: DetectorIndex, id: string): number {
  let map = siteNumbers.get(index);
  if (!map) siteNumbers.set(index, (map = new Map()));
  let site = map.get(id);
  if (site !== undefined) return site;
  const ids = index.sites.ids;
  if (map.size < SEARCHES_BEFORE_MAP) {
    map.set(id, (site = ids.indexOf(id)));
    return site;
  }
  if (!mapped.has(index)) {
    mapped.add(index);
    for (let i = 0; i < ids.length; i++) if (!map.has(ids.at(i)!)) map.set(ids.at(i)!, i);
  }
  return map.get(id) ?? -1;
}

/** One decision per draft, equal for all drafts of one cluster. */
export function resolveEntities(doc: Doc, drafts: Draft[], clusters: number[], resolve?: ResolveFn): EntityDecision[] {
  const members = new Map<number, number[]>();
  clusters.forEach((c, i) => {
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });
  const out: EntityDecision[] = new Array(drafts.length);
  for (const list of members.values()) {
    const decision = decide(doc, list.map((i) => drafts[i]), resolve);
    for (const i of list) out[i] = decision;
  }
  return out;
}

/** Operators the article itself names for the entity (not ones filled in from the catalog), and the company it was bought from. */
function namedOperators(doc: Doc, ds: Draft[]): string[] {
  const ids = new Set<string>();
  for (const d of ds) if (d.operator && d.operator.start >= 0) for (const k of d.operator.ops) ids.add(doc.index.operators.ids.at(k)!);
  for (const d of ds) for (const k of d.seller?.ops ?? []) ids.add(doc.index.operators.ids.at(k)!);
  return [...ids];
}

/** The entity's query: its most specific place, first ordinal, a region if any mark says region. */
export function entityQuery(doc: Doc, ds: Draft[]): ResolveQuery {
  const q: ResolveQuery = { operatorIds: namedOperators(doc, ds), kind: ds.some((d) => d.kind === 'region') ? 'region' : ds[0].kind };
  // The article's places (a matched name's draft holds only what the text says of it: "Project
  // Jupiter, a campus in Toledo, Spain" is asked in Spain, and so is not the New Mexico one).
  const level = (d: Draft) => (d.city ? 3 : d.admin ? 2 : d.country ? 1 : 0);
  let best: Draft | null = null;
  for (const d of ds) if (level(d) > 0 && (!best || level(d) > level(best))) best = d;
  if (best) {
    if (best.city) q.city = best.city;
    if (best.admin) q.admin = best.admin;
    const country = best.country ?? ds.find((d) => d.country)?.country;
    if (country) q.country = country;
    if (country && countryUnwritten(ds)) q.countryGuessed = true;
    else if (country && best.city && !best.admin && !(best.facts.location ?? '').includes(',')) {
      // "JHB3 in Iskandar Puteri, Johor": the town alone gave the country (the gazetteer's most
      // populous "Iskandar" is Uzbek); the one country its sentences write is the facility's.
      const written = writtenCountries(ds);
      if (written.size === 1 && !written.has(country)) {
        q.country = [...written][0];
        q.countryGuessed = true;
      }
    }
  } else {
    // Nothing placed: the place of the site the words matched (the shared code's holder the
    // article's company made first, lib/detect/shared-alias.ts) is what chooses among its holders.
    const matched = ds.find((d) => d.site >= 0);
    const country = matched ? doc.index.sites.countries.at(matched.site) : '';
    if (country) q.country = country;
    const city = matched ? doc.index.sites.cities.at(matched.site) : '';
    if (city) q.city = city;
  }
  if (q.city && listedAmongNewBuilds(doc, ds, q.city)) q.beingBuilt = true;
  const counted = ds.find((d) => d.ordinalRank);
  if (counted) {
    q.ordinal = counted.ordinalRank!;
    // Not a number the name carries ("Westview 66"): that is its name's, whatever the town.
    if (q.city && !counted.city && !DIGIT.test(counted.facts.name ?? '')) q.ordinalWider = true;
  }
  // The name most likely to be the catalog's: a code or numbered name, else the first given.
  const named = ds.find((d) => d.facts.name && /\d/.test(d.facts.name)) ?? ds.find((d) => d.facts.name);
  if (named?.facts.name) q.text = named.facts.name;
  // "Zephyrgate's new campus in Abilene": a holder the catalog does not know as a company may be
  // the programme whose name the catalog gives the site there.
  else if (q.operatorIds!.length === 0) {
    const brand = ds.find((d) => d.operator && d.operator.start >= 0 && d.operator.ops.length === 0)?.operator!.text;
    if (brand) q.brand = brand;
  }
  return q;
}

/**
 * No mark of the entity writes a state or a country with its town, nor does its sentence name a
 * country. A state only the gazetteer gives the town (adminKey without admin: its most populous
 * "Kingsville" is in Texas) is its guess, like the country.
 */
function countryUnwritten(ds: Draft[]): boolean {
  return !ds.some((d) => d.admin || (d.facts.location ?? '').includes(',') || d.sentence.places.some((p) => p.kind === 'country' || p.kind === 'admin'));
}

/** The countries the entity's sentences write, as countries or by their states. */
function writtenCountries(ds: Draft[]): Set<string> {
  const out = new Set<string>();
  for (const d of ds) for (const p of d.sentence.places) if ((p.kind === 'country' || p.kind === 'admin') && p.country) out.add(p.country);
  return out;
}

/** "new data centers", "three new data center campuses": facilities being built, more than one. */
const NEW_BUILDS = /\bnew\s+(?:[a-z-]+\s+){0,2}?(?:data\s*cent(?:er|re)s|datacent(?:er|re)s|campuses|facilities)\b/gi;

/**
 * "has begun construction on new data centers in four markets: A; B; C; and D … The C data
 * center": an earlier sentence lists the entity's town among new builds. Each listed town is a
 * place read after the plural head in that sentence.
 */
function listedAmongNewBuilds(doc: Doc, ds: Draft[], city: string): boolean {
  let first = ds[0].start;
  for (const d of ds) first = Math.min(first, d.start);
  const town = city.toLowerCase();
  return newBuildLists(doc).some((l) => l.end <= first && l.towns.includes(town));
}

/** The article's sentences that list new builds, with the places after the plural head: found once per article. */
const buildLists = new WeakMap<Doc, Array<{ end: number; towns: string[] }>>();
function newBuildLists(doc: Doc): Array<{ end: number; towns: string[] }> {
  let lists = buildLists.get(doc);
  if (lists) return lists;
  lists = [];
  for (const m of doc.text.matchAll(NEW_BUILDS)) {
    const s = doc.sentenceAt(m.index);
    const headEnd = m.index + m[0].length;
    lists.push({ end: s.end, towns: s.places.filter((p) => p.start >= headEnd).map((p) => p.text.toLowerCase()) });
  }
  buildLists.set(doc, lists);
  return lists;
}

/** After a facility brought in: it stands beside the company's existing one, so it is another. */
const BESIDE_EXISTING = /^[^.;]{0,40}?\b(?:separate from|apart from|in addition to|besides|alongside|next to|adjacent to|near|beside)\s+(?:the|its|their)\s+(?:existing\s+|current\s+|first\s+|original\s+)?(?:campus|data cent(?:er|re)|facility|site|one|building)\b[^.;]{0,30}?\b(?:it|they)\s+already\s+(?:runs?|operates?|has|have|owns?)\b|^[^.;]{0,40}?\b(?:next to|adjacent to|beside|alongside)\s+(?:its|their)\s+existing\b/i;

/** "a new data center in X, separate from the campus it already runs", "another data center campus in X", "its next X facility". */
function broughtInBesideExisting(doc: Doc, d: Draft): boolean {
  if (d.phrase?.indefinite && BESIDE_EXISTING.test(doc.text.slice(d.end, d.sentence.end))) return true;
  // "its next Manassas facility": the one after those it runs there.
  return /\b(?:another|next)\s+$/i.test(doc.text.slice(Math.max(d.sentence.start, d.start - 8), d.start)) || /^(?:(?:its|their|the)\s+)?(?:another|next)\b/i.test(doc.text.slice(d.start, d.end));
}

/** "Ashburn Data Center", "Richardson campus": the town and a head word, nothing that names a site. */
function townAndHead(text: string, city: string | undefined): boolean {
  const bare = text.replace(/\s+(?:data\s*cent(?:er|re)|datacent(?:er|re)|campus|facility|site)$/i, '');
  return bare !== text && !!city && bare.toLowerCase() === city.toLowerCase();
}

/** One of the site's companies is named somewhere in the article. */
function holderNamed(doc: Doc, siteId: string): boolean {
  const k = siteIndexOf(doc.index, siteId);
  const ops = k >= 0 ? doc.index.sites.operators.at(k)! : [];
  return doc.operators.some((h) => ops.includes(h.ref));
}

/**
 * "The first Zephyrgate data center opened in Abilene": a record named only by a name family's word
 * and head words ("Zephyrgate Data Center" in Warren, beside the catalog's "Zephyrgate Abilene" and
 * "Zephyrgate Lordstown") is what news calls any of the family's sites; it is that record only where
 * the article names the record's town beside it. A numbered member ("Zephyrgate 1") is its own name.
 */
function familyWordAndHead(doc: Doc, own: Draft, ds: Draft[]): boolean {
  const list = doc.families;
  // The catalog's words only: a phrase's place ("… near Lordstown") is no part of the name.
  const end = own.phrase?.siteHit?.end ?? own.end;
  for (let i = firstNotBefore(list.length, (k) => list[k].end <= own.start); i < list.length && list[i].start < end; i++) {
    const rest = normalizeForMatch(doc.text.slice(list[i].end, end));
    if (list[i].start < own.start || !rest || DIGIT.test(rest) || !genericWordsOnly(rest)) continue;
    // The town written anywhere in the entity's sentences ("… opened in Warren, Ohio"; "Warren officials said").
    const town = (doc.index.sites.cities.at(own.site) ?? '').toLowerCase();
    return !town || !ds.some((d) => d.sentence.places.some((p) => p.text.toLowerCase() === town));
  }
  return false;
}

/** Not the catalog's: a new facility, with the candidates a card offers. */
const newEntity = (candidates: string[]): EntityDecision => ({ status: 'new', entityId: null, candidates, site: -1 });

const DIGIT = /\d/;
const FACILITY_CODE = /^[A-Z]{1,5}-?\d{1,3}[A-Z]?$/i;

function decide(doc: Doc, ds: Draft[], resolve?: ResolveFn): EntityDecision {
  const own = ds.find((d) => d.site >= 0);
  if (!resolve) {
    return own ? { status: 'known', entityId: doc.index.sites.ids.at(own.site)!, candidates: [], site: own.site } : newEntity([]);
  }
  const q = entityQuery(doc, ds);
  // A name or code the catalog knows is asked as written, so the resolver weighs it against the
  // operators and place the article gives ("Mexico Central" is Azure's when the text says Microsoft).
  if (own) {
    const hit = own.phrase?.siteHit;
    q.text = hit ? doc.text.slice(hit.start, hit.end) : (own.facts.name ?? doc.text.slice(own.start, own.end));
  }
  const c = resolve(q);
  const candidates = c.map((x) => x.siteId);
  // A numbered name or code the catalog does not know is another facility than the operator's
  // site in that place: XY5 is not XY11, "Southeast Asia 3" is not the region the catalog lists.
  const numberedName = !!q.text && /\d/.test(q.text) && !own;
  if (numberedName && c[0] && !c[0].reason.startsWith('alias')) return newEntity(candidates);
  // A code is its company's: "FRA9" built by a company the catalog does not know is not the
  // catalog's FRA9 of another company.
  if (q.text && FACILITY_CODE.test(q.text) && q.operatorIds!.length === 0 && ds.some((d) => d.operator && d.operator.start >= 0 && d.operator.ops.length === 0)) {
    return newEntity(candidates);
  }
  // "a new data center in Pryor, separate from the campus it already runs in the city", "another
  // data center campus in Fayetteville": the company's site in that town is the one this is not.
  if (!own && c[0] && !c[0].reason.startsWith('alias') && ds.some((d) => broughtInBesideExisting(doc, d))) return newEntity(candidates);
  // A code the article writes without naming any of its holder's companies ("EC2 instances",
  // "the TR1 postcode") is no building of a company the article never mentions.
  // A code matched inside a phrase ("Our VA1 campus") in an article about other companies is as
  // bare as one standing alone.
  const bareCode = !own || (!!own.phrase?.siteHit?.needsOperator && doc.operators.length > 0);
  if (bareCode && q.text && FACILITY_CODE.test(q.text) && q.operatorIds!.length === 0 && c[0]?.reason.startsWith('alias') && !holderNamed(doc, c[0].siteId)) return newEntity(candidates);
  // The words name a site and nothing the article says speaks against it: a company the catalog
  // does not know, named as the facility's ("Vrelo Cloud will build an AI data centre in Aarhus"), does.
  const unknownCompany = ds.some((d) => d.operator && d.operator.start >= 0 && d.operator.ops.length === 0);
  // "Kestrel Compute opened a data center in Ashburn … The Ashburn data center": a catalog record
  // named only by its town and a head word is another company's, not this unknown company's.
  if (own && unknownCompany && q.operatorIds!.length === 0 && q.text && townAndHead(q.text, q.city)) return newEntity(candidates);
  // "The vote clears the way for the Leesburg data center, which Compass first proposed": when the
  // facility's company is not read, a record named only by the town is still not the facility of an
  // article about other companies; it is when its own company is named, or when no company is.
  if (own && q.operatorIds!.length === 0 && q.text && townAndHead(q.text, doc.index.sites.cities.at(own.site)) && doc.operators.length > 0 && !holderNamed(doc, doc.index.sites.ids.at(own.site)!)) {
    return newEntity(candidates);
  }
  // (Another site the resolver is sure of, the family's member in the article's town, stands.)
  if (own && c[0]?.siteId === doc.index.sites.ids.at(own.site) && familyWordAndHead(doc, own, ds)) return newEntity(candidates);
  if (c[0] && c[0].confidence >= KNOWN_THRESHOLD) return { status: 'known', entityId: c[0].siteId, candidates, site: siteIndexOf(doc.index, c[0].siteId) };
  // Words that are the article's place ("a campus in Chonburi" against a site also called "Chonburi")
  // name the place, not the site.
  const placeWords = !!q.text && [q.city, q.admin].some((p) => !!p && p.toLowerCase() === q.text!.toLowerCase());
  // The resolver's own doubts ("alias, but another country") speak against it too.
  if (own && q.operatorIds!.length === 0 && !unknownCompany && !placeWords && c[0] && c[0].siteId === doc.index.sites.ids.at(own.site) && !c[0].reason.includes('another')) {
    return { status: 'known', entityId: c[0].siteId, candidates, site: own.site };
  }
  return newEntity(candidates);
}
