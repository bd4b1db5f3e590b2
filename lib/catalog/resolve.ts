/**
 * Which catalog site does a mention mean? Pure and in memory: built once per catalog change, then
 * each resolve is a few map lookups plus work proportional to one operator's or one city's sites.
 *
 * Confidence tiers (the detector calls a mention "known" above its own threshold):
 *   alias or code, unambiguous ............................................. 1
 *   alias shared by several sites, chosen by operator / place ............... 0.95
 *   operator + city (ordinal N picks the Nth opened) ........................ 0.85
 *   operator + admin area (state, prefecture) .............................. 0.7
 *   operator + country ...................................................... 0.6
 *   operator only (no place given) .......................................... ≤ 0.4
 *   place only, no operator ................................................. ≤ 0.3
 * Several sites in one tier share it (confidence shrinks with their number), so "an AWS data
 * center in Virginia" never looks as certain as "us-east-1".
 */
import { countryByCode, countryByName } from '../geo/countries';
import { buildCatalogSnapshot, cityNamesOf, type CatalogSnapshot } from './catalog-snapshot';
import { operatorNameIndexOver, operatorNameTables } from './operator-names';
import { shortOperatorNames } from './operator-short-names';
import type { Candidate, ResolveQuery } from './query-types';
import { resolverCatalogOf, type ResolverCatalog, type ResolverSite } from './resolver-catalog';
import type { Operator, Site, SiteKind } from './schema';
import { buildingsOfOne, CAMPUS_SPREAD_KM, campusOfBuildings, km, oneCampus, oneCampusRecord, within } from './resolver-campus';
import { numberedNameForms, sitesNamedWithin } from './resolver-numbered';
import { codeSpellings, codesInName, siteCodes } from './site-codes';
import { systemNames } from './system-names';
import { byName, textKey } from './text-key';

export interface Resolver {
  resolve(q: ResolveQuery): Candidate[];
  operatorIdsFor(name: string): string[];
}

export const MAX_CANDIDATES = 10;

/** Words around a name that do not tell sites apart ("Stargate Abilene campus" = "Stargate Abilene"). */
const GENERIC_WORDS = new Set([
  'the', 'data', 'center', 'centre', 'centers', 'centres', 'datacenter', 'datacentre', 'dc', 'campus', 'facility',
  'site', 'cloud', 'region', 'project', 'ai',
]);

function stripGeneric(key: string): string {
  return key
    .split(' ')
    // "Project Spring" is a name; its "Spring" alone is not ("Spring Park Campus" is another site).
    .filter((w, i, all) => !GENERIC_WORDS.has(w) || (i === 0 && w === 'project' && all.length > 1))
    .join(' ');
}

/** Sites an ordinal counts: buildings and campuses; a cloud region is not "a data center". */
const FACILITY_LIKE: ReadonlySet<SiteKind> = new Set(['facility', 'campus', 'project']);

function kindMatches(want: SiteKind, site: ResolverSite): boolean {
  return want === site.kind || (FACILITY_LIKE.has(want) && FACILITY_LIKE.has(site.kind));
}

/** Opening order for ordinals: opened, else expected, else announced; undated sites come last. */
function openingKey(site: ResolverSite): string {
  return site.dates.opened ?? site.dates.expected ?? site.dates.announced ?? '9999';
}

function byOpening(a: ResolverSite, b: ResolverSite): number {
  const ka = openingKey(a);
  const kb = openingKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : byName(a, b);
}

/**
 * Opening order for an ordinal. Dates decide when every site has one; with any undated site the
 * names do ("Tokyo data center 2" before "… 3", "TY2" before "TY11"), since mixing dated and
 * undated sites would put the undated ones last whatever their age.
 */
function inOpeningOrder(sites: readonly ResolverSite[]): ResolverSite[] {
  const allDated = sites.every((s) => openingKey(s) !== '9999');
  return sites.slice().sort(allDated ? byOpening : byName);
}

export function createResolver(sites: readonly Site[], operators: readonly Operator[]): Resolver {
  return resolverFor(buildCatalogSnapshot(sites, operators));
}

/**
 * The resolver's name tables for a snapshot: the costly part of building a resolver (most of it
 * normalising every name), so the background persists them per catalog revision and a woken
 * worker passes them back to `resolverFor` (resolver-tables.ts is their plain form).
 */
export function resolverTablesFor(snapshot: CatalogSnapshot): ResolverTables {
  const operatorNames = operatorNameTables(snapshot.operators);
  return { ...buildAliasIndex(snapshot.sites, snapshot.operators), operatorStrong: operatorNames.strong, operatorWeak: operatorNames.weak };
}

export function resolverFor(snapshot: CatalogSnapshot, tables: ResolverTables = resolverTablesFor(snapshot)): Resolver {
  return resolverOver(resolverCatalogOf(snapshot), tables);
}

/**
 * A resolver over what it reads of the catalog (resolver-catalog.ts) and its name tables: a warm
 * worker's from its snapshot, a woken worker's decoded from storage without parsing any record.
 */
export function resolverOver(snapshot: ResolverCatalog, tables: ResolverTables): Resolver {
  const names = operatorNameIndexOver({ strong: tables.operatorStrong, weak: tables.operatorWeak });
  const aliasIndex = tables;

  function resolve(q: ResolveQuery): Candidate[] {
    const found = new Map<string, Candidate>();
    const add = (siteId: string, confidence: number, reason: string) => {
      const c = Math.max(0, Math.min(1, confidence));
      const prev = found.get(siteId);
      if (!prev || prev.confidence < c) found.set(siteId, { siteId, confidence: round(c), reason });
    };
    // One company filed under several ids ("Kestrel", "Kestrel Data Centers") is asked for whole.
    const ops = new Set((q.operatorIds ?? []).flatMap((id) => names.siblingsOf(id)));
    const place = describePlace(q);
    if (q.text) resolveText(placedName(q, place) ?? q.text, q, ops, place, add);
    else if (q.brand) {
      const named = brandName(q.brand, q, place);
      if (named) resolveText(named, q, ops, place, add);
    }
    if (q.text && ops.size > 0 && ![...found.values()].some((c) => c.confidence >= 0.8)) resolveWithinName(q.text, q, ops, place, new Set(found.keys()), add);
    const asTown = ![...found.values()].some((c) => c.confidence >= 0.8) ? townNamedAsName(q, ops) : null;
    if (asTown) resolveStructured(asTown, ops, describePlace(asTown), add);
    else resolveStructured(q, ops, place, add);
    return [...found.values()].sort((a, b) => b.confidence - a.confidence).slice(0, MAX_CANDIDATES);
  }

  /**
   * News splits a name from its place: "the Stargate campus in Abilene" is the catalog's "Stargate
   * Abilene", "Kestrel's Atlas site in Ohio" its "Atlas Ohio". The name and the query's city (or
   * state) read together, when that is one site's name or alias, unless the name alone is one site
   * and that site is in the place ("a second Fairwater site in Atlanta" is "Fairwater Atlanta", not
   * the Wisconsin site the catalog also calls "Fairwater").
   */
  function placedName(q: ResolveQuery, place: QueryPlace): string | null {
    if (!q.text) return null;
    const alone = textKey(q.text);
    const ids = aliasIndex.exact.get(alone) ?? aliasIndex.stripped.get(stripGeneric(alone));
    const only = ids?.length === 1 ? snapshot.siteById.get(ids[0]) : undefined;
    if (only && (!(place.city || place.admin) || place.city?.has(only) || place.admin?.has(only))) return null;
    for (const where of [q.city, q.admin]) {
      if (!where) continue;
      const key = textKey(`${q.text} ${where}`);
      if (aliasIndex.exact.get(key)?.length === 1) return `${q.text} ${where}`;
    }
    // "the Fairwater datacenter in Fayetteville, Georgia", the catalog's "Fairwater" being another
    // state's: the one site of this state whose name holds the words ("Fairwater Atlanta"), a
    // suburb's town being no part of its name.
    // A town the query names must be the member's or lie within its metro ("Denton, Texas" is not
    // Abilene's); a town the catalog files nothing under cannot tell.
    const nearTown = (s: ResolverSite) => !q.city || (!!place.city && [...place.city].some((t) => within(s, t, METRO_KM)));
    if (ids?.length && place.admin && place.admin.size <= MAX_STATE_SCAN && (!q.city || place.city)) {
      const words = ` ${alone} `;
      let member: ResolverSite | null = null;
      for (const s of place.admin) {
        if (!aliasIndex.names.get(s.id)?.includes(words) || !nearTown(s)) continue;
        if (member) return null;
        member = s;
      }
      if (member) return member.name;
    }
    return null;
  }

  /**
   * The name a holder the catalog does not know as a company gives a facility in the query's place:
   * "Zephyrgate" in Abilene is the catalog's "Zephyrgate Abilene", "Halvard" in Louisiana its one
   * site of that name there. Never the brand alone elsewhere: a programme names sites in several states.
   */
  function brandName(brand: string, q: ResolveQuery, place: QueryPlace): string | null {
    const alone = textKey(brand);
    const ids = aliasIndex.exact.get(alone) ?? aliasIndex.stripped.get(stripGeneric(alone));
    const only = ids?.length === 1 ? snapshot.siteById.get(ids[0]) : undefined;
    if (only && (place.city?.has(only) || place.admin?.has(only))) return brand;
    return placedName({ ...q, text: brand }, place);
  }

  /**
   * "its Harwood campus", "DeForest data center campus": a town the gazetteer does not know is read
   * as the facility's name and the query has no place. When the catalog files a site of the named
   * company under a town of that name, the words are the town: asked as its city (unless they
   * named a site with confidence above: another company's site of that name does not count).
   */
  function townNamedAsName(q: ResolveQuery, ops: ReadonlySet<string>): ResolveQuery | null {
    if (!q.text || q.city || q.admin || ops.size === 0) return null;
    const there = snapshot.sitesByCityName.get(textKey(q.text));
    if (!there?.some((s) => s.operatorIds.some((id) => ops.has(id)))) return null;
    const { text: _name, ...rest } = q;
    return { ...rest, city: q.text };
  }

  interface QueryPlace {
    /** Live sites in the named city, or null when the query names none the catalog knows. */
    city: ReadonlySet<ResolverSite> | null;
    admin: ReadonlySet<ResolverSite> | null;
    country: string | null;
  }

  function inCountry(sites: readonly ResolverSite[] | undefined, country: string | null): Set<ResolverSite> {
    const out = new Set<ResolverSite>();
    for (const s of sites ?? []) if (!country || s.place.country === country) out.add(s);
    return out;
  }

  function soleCountry(sites: ReadonlySet<ResolverSite>): string | null {
    let only: string | undefined;
    for (const s of sites) {
      if (only !== undefined && s.place.country !== only) return null;
      only = s.place.country;
    }
    return only ?? null;
  }

  /**
   * "Tokyo" → sites whose city is Tokyo; "Virginia" written as a city → an admin-area query;
   * "South Korea" written as a city → a country query.
   */
  function describePlace(q: ResolveQuery): QueryPlace {
    let country = q.country?.toUpperCase() ?? null;
    let city: Set<ResolverSite> | null = null;
    let admin: Set<ResolverSite> | null = q.admin ? inCountry(snapshot.sitesByAdminName.get(textKey(q.admin)), country) : null;
    if (q.city) {
      const key = textKey(q.city);
      city = inCountry(snapshot.sitesByCityName.get(key), country);
      if (city.size === 0 && country && q.countryGuessed) {
        const anywhere = inCountry(snapshot.sitesByCityName.get(key), null);
        if (anywhere.size > 0) {
          city = anywhere;
          country = soleCountry(anywhere);
        }
      }
      if (city.size === 0) {
        city = null;
        const asAdmin = inCountry(snapshot.sitesByAdminName.get(key), country);
        const asCountry = country ? undefined : countryByName(q.city);
        if (asAdmin.size > 0 && !admin?.size) admin = asAdmin;
        else if (asCountry) country = asCountry.code;
      }
    }
    // A state named like its capital ("the state of Querétaro", "São Paulo"): the catalog may file
    // the sites under the city only.
    // Both are in the state, so the state holds both.
    if (q.admin && admin && !city) {
      const asCity = inCountry(snapshot.sitesByCityName.get(textKey(q.admin)), country);
      if (asCity.size > 0) admin = admin.size === 0 ? asCity : new Set([...admin, ...asCity]);
    }
    if (admin?.size === 0) admin = null;
    // "a data center in Atlanta, Texas": the sites of a town of that name in another state are
    // another town's. Only a state the catalog files sites under can say so ("Loudoun County"
    // may be how the article writes a place the catalog files under Virginia).
    if (city && q.admin && admin) {
      const inState = new Set([...city].filter((s) => inOrBeside(s, admin!)));
      city = inState.size > 0 ? inState : null;
    }
    // A place the catalog knows in one country only says which country to fall back to.
    if (!country && city) country = soleCountry(city);
    if (!country && admin) country = soleCountry(admin);
    return { city, admin, country };
  }

  function placeScore(site: ResolverSite, place: QueryPlace): number {
    if (place.city?.has(site)) return 1;
    if (place.admin?.has(site)) return 0.75;
    // A city or state the site is not in speaks against it: the country they share says nothing.
    if (place.city || place.admin) return 0;
    if (place.country && site.place.country === place.country) return 0.5;
    return 0;
  }

  /** The share of the query's companies that run the site (partners: "SK Telecom and AWS"). */
  function overlap(site: ResolverSite, ops: ReadonlySet<string>): number {
    if (ops.size === 0) return 0;
    const asked = new Set<string>();
    for (const id of ops) asked.add(names.companyOf(id));
    const runs = new Set<string>();
    for (const id of site.operatorIds) if (ops.has(id)) runs.add(names.companyOf(id));
    return runs.size / asked.size;
  }

  function resolveText(text: string, q: ResolveQuery, ops: ReadonlySet<string>, place: QueryPlace, add: AddFn): void {
    const key = textKey(text);
    // Every site the words can name: "Mexico Central" is AWS's "Mexico (Central)" and Azure's
    // "Azure Mexico Central" without its brand; the operators and place of the query choose.
    const exact = aliasIndex.exact.get(key) ?? aliasIndex.stripped.get(stripGeneric(key)) ?? [];
    // "Lagos Campus" asked in Lagos: the town and a generic word name the place, not a brand's site.
    const townWords = [q.city, q.admin].some((p) => !!p && textKey(p) === stripGeneric(key));
    const ids = [...new Set([...exact, ...(aliasIndex.unbranded.get(stripGeneric(key)) ?? []), ...((!townWords && aliasIndex.unbranded.get(key)) || [])])];
    const sites = ids.map((id) => snapshot.siteById.get(id)).filter((s): s is ResolverSite => !!s);
    if (sites.length === 0) return;
    if (sites.length === 1) {
      const site = sites[0];
      // "Kestrel Data Center" is the company's name with a generic head: in another city it is
      // another of the company's sites, not the one the catalog files under that name.
      // Only the company's whole name: "QTS Richmond" (a campus named after its metro, filed under
      // its suburb) is that campus's name, asked with the metro the name itself gives.
      const companyName = names.wholeNameIds(stripGeneric(key)).some((id) => site.operatorIds.includes(id));
      if (ops.size > 0 && overlap(site, ops) === 0) add(site.id, 0.6, 'alias, but another operator');
      // A country the text never wrote (the gazetteer's guess for a town's name: "Barra" is
      // Italy's) does not outweigh the name.
      else if (place.country && site.place.country && site.place.country !== place.country && !q.countryGuessed) add(site.id, 0.7, 'alias, but another country');
      // "Project Sail, a campus in Hamilton County, Indiana" is not the Georgia project of that name.
      else if (place.admin && !place.city?.has(site) && !inOrBeside(site, place.admin)) add(site.id, 0.7, 'alias, but another state');
      else if (companyName && place.city && !place.city.has(site)) add(site.id, 0.5, 'company name, but another city');
      else add(site.id, 1, 'alias');
      return;
    }
    // Shared alias ("ap-northeast-1" is both AWS's and Alibaba's Tokyo): let the rest of the query choose.
    const scored = sites
      .map((site) => ({
        site,
        score: 2 * overlap(site, ops) + placeScore(site, place) + (q.kind && kindMatches(q.kind, site) ? 0.25 : 0),
      }))
      .sort((a, b) => b.score - a.score);
    const top = scored.filter((s) => s.score === scored[0].score);
    // A record that lists the code as written ("FRA-2" beside others' "FRA2"), else the one record
    // that lists it at all, beats one whose name only holds it (one building filed twice, "Kestrel
    // IAD-03" with its code and "IAD03" as a bare name): the list is the record's own word.
    const chosen = top.length > 1 ? onlyOne(top.filter((s) => listsCode(s.site, key, true))) ?? onlyOne(top.filter((s) => listsCode(s.site, key, false))) : null;
    const best = chosen ?? top[0];
    const tied = chosen ? [chosen] : top;
    // A code the query's company does not hold is another company's building, wherever it stands
    // ("CyrusOne opened BER1 in 2025": not NTT's BER1 in the same city), as with one holder above.
    if (best.score > 0 && tied.length === 1 && ops.size > 0 && overlap(best.site, ops) === 0) {
      for (const s of scored) add(s.site.id, s === best ? 0.6 : 0.3, s === best ? 'alias, but another operator' : 'alias (shared)');
    } else if (best.score > 0 && tied.length === 1) {
      add(best.site.id, 0.95, overlap(best.site, ops) > 0 ? 'alias + operator' : 'alias + place');
      for (const s of scored) if (s !== best) add(s.site.id, 0.3, 'alias (shared)');
    } else {
      // Nothing in the query chooses: the code's first holder is the likeliest reading
      // ("ap-northeast-2" is AWS's Seoul before it is Alibaba's).
      const first = tied.slice().sort((a, b) => byOpening(a.site, b.site))[0];
      for (const s of scored) add(s.site.id, s === first ? 0.6 : s.score === best.score ? 0.45 : 0.3, s === first ? 'alias (shared; first holder)' : 'alias (shared)');
    }
  }

  /**
   * "NEXTDC's S6", "VIRTUS's London 9": a numbered name that only the named company's longer name
   * for the site holds ("NEXTDC - S6 Sydney", "VIRTUS LONDON9") is that site. Several such names
   * (one per building, "IAD2-A" and "IAD2-B") are told apart by the place, or stay candidates.
   */
  function resolveWithinName(text: string, q: ResolveQuery, ops: ReadonlySet<string>, place: QueryPlace, judged: ReadonlySet<string>, add: AddFn): void {
    // A site the words name whole was judged by its name already ("Fairwater 2" in Wisconsin is not
    // the Georgia site of that alias); a machine is not named by the building's code in its name
    // (site-codes.ts); nor is a building the cloud region an article asks for.
    const forms = numberedNameForms(text);
    const holders = forms.length > 0 ? sitesNamedWithin(operatorSites(ops), forms, aliasIndex.names) : sitesNamedAfterBrand(text, operatorSites(ops));
    const within = holders.filter((s) => !judged.has(s.id) && !s.machine && (!q.kind || kindMatches(q.kind, s)));
    if (within.length === 0) return;
    const placed = within.length > 1 ? within.filter((s) => placeScore(s, place) > 0) : within;
    const pick = placed.length === 1 ? placed[0] : buildingsOfOne(placed.length > 0 ? placed : within);
    // A country the text wrote and the site is not in, or a state: another site of that name.
    const elsewhere = (s: ResolverSite) =>
      (!q.countryGuessed && !!place.country && !!s.place.country && s.place.country !== place.country) || (!!place.admin && !place.city?.has(s) && !inOrBeside(s, place.admin));
    for (const s of within.slice(0, MAX_CANDIDATES)) {
      if (s === pick && !elsewhere(s)) add(s.id, 0.9, 'alias within its name + operator');
      else add(s.id, 0.45, 'alias within names of the operator');
    }
  }

  /**
   * "Crusoe's Goodnight campus": the company's site whose name is its brand and these words
   * ("Crusoe Goodnight"). The one-word rest of a branded name is no alias of its own (a common
   * word would claim every text), so it is looked for only among the named company's sites.
   */
  function sitesNamedAfterBrand(text: string, sites: readonly ResolverSite[]): ResolverSite[] {
    const key = textKey(text);
    if (key.length < 4 || stripGeneric(key) !== key) return [];
    const tail = ` ${key}`;
    return sites.filter((s) =>
      (aliasIndex.names.get(s.id) ?? '').split('|').some((n) => {
        const name = n.trim();
        return name.endsWith(tail) && names.wholeNameIds(name.slice(0, -tail.length)).some((id) => s.operatorIds.includes(id));
      }),
    );
  }

  function resolveStructured(q: ResolveQuery, ops: ReadonlySet<string>, place: QueryPlace, add: AddFn): void {
    const { city, admin, country } = place;
    if (ops.size > 0) {
      // Made once per question: every tier and the neighbour test read the same list (thousands of sites at 100k).
      const opSites = operatorSites(ops);
      // (Had the operator a site there, the city or state tier would have found it.)
      const placeUnknown = (!!q.city && !countryByName(q.city)) || !!q.admin;
      // A town, not a state or country written where the town goes ("Texas" as the city).
      const townNamed = !!q.city && !countryByName(q.city) && !snapshot.sitesByAdminName.get(textKey(q.city))?.length;
      const asked = { ops, sites: opSites, placeUnknown, townNamed };
      if (city) {
        const there = opSites.filter((s) => city.has(s));
        // A facility the article says is being built is not one the catalog says has opened.
        const standing = (s: ResolverSite) => s.status === 'operational' || !!s.dates.opened;
        const opened = q.beingBuilt ? there.filter(standing) : [];
        for (const s of opened.slice(0, MAX_CANDIDATES)) add(s.id, 0.85 * 0.35, 'operator + city, but that site already stands');
        rankTier(opened.length > 0 ? there.filter((s) => !standing(s)) : there, 0.85, 'operator + city', q, asked, add);
      }
      if (admin) rankTier(opSites.filter((s) => admin.has(s)), 0.7, 'operator + admin area', q, asked, add);
      if (country && townNamed && !opSites.some((s) => city?.has(s))) townInName(q, opSites, place, country, add);
      if (country) rankTier(opSites.filter((s) => s.place.country === country), 0.6, 'operator + country', q, asked, add);
      if (!city && !admin && !country && !q.city) rankTier(opSites, 0.4, 'operator', q, asked, add);
      return;
    }
    const none = { ops, sites: [] };
    if (city) rankTier([...city], 0.3, 'city', q, none, add);
    else if (admin) rankTier([...admin], 0.2, 'admin area', q, none, add);
    else if (country) rankTier(snapshot.sitesByCountry.get(country) ?? [], 0.1, 'country', q, none, add);
  }

  /**
   * "Meta's data centre in Odense" where the catalog files none of the company's sites under Odense
   * but names one after it ("Meta Odense Data center, Neder Holluf", filed under its village): the
   * record named after the town (with its name filed again beside it, "… #2") is the one meant.
   */
  function townInName(q: ResolveQuery, opSites: readonly ResolverSite[], place: QueryPlace, country: string, add: AddFn): void {
    // A code or numbered name the query gives ("JB1, its data center in Isando") is not a record
    // named after the town ("Teraco JB5 Isando Campus"): XY5 is not XY1.
    if (!q.city || (q.kind && !FACILITY_LIKE.has(q.kind)) || q.ordinal || (q.text && /\d/.test(q.text))) return;
    // "Atlanta, Texas": a site named after the Georgia Atlanta is another town's.
    const inState = (s: ResolverSite) => !q.admin || (!!place.admin && inOrBeside(s, place.admin));
    // A coded building ("Teraco JB5 Isando Campus") is one of several the company numbers there, and
    // the catalog may hold only some: not the one meant by elimination (as in rankTier).
    const coded = (s: ResolverSite) => (s.codes ?? []).length > 0 || codesInName(s.name).length > 0;
    const named = opSites.filter((s) => s.place.country === country && s.kind !== 'region' && !s.machine && !coded(s) && inState(s) && namedAfter(s, q.city!)).sort(byName);
    if (named.length > 0 && oneNameTogether(named[0], named)) add(named[0].id, LONE, 'operator + the town in its name');
  }

  /**
   * Another site of the query's operators (not a cloud region, not the same campus) within a metro's
   * reach of `site`, filed under a town news may call by the asked town's name: one with no more
   * catalog records than the asked town ("London" for a Slough building). A town with fewer records
   * than the neighbour's is not that town's metro name: "Jersey City" is not Brooklyn, "Sandviken"
   * not Gävle.
   */
  function hasNeighbour(site: ResolverSite, opSites: readonly ResolverSite[], askedCity: string | undefined): boolean {
    if (site.place.lat === undefined || site.place.lon === undefined) return false;
    const here = Math.max(site.townRecords, askedCity ? (snapshot.sitesByCityName.get(textKey(askedCity))?.length ?? 0) : 0);
    return opSites.some((s) => {
      if (s === site || s.kind === 'region' || s.place.lat === undefined || s.place.lon === undefined) return false;
      const d = km(site, s);
      return d > CAMPUS_SPREAD_KM && d <= METRO_KM && s.townRecords <= here;
    });
  }

  function operatorSites(ops: ReadonlySet<string>): readonly ResolverSite[] {
    if (ops.size === 1) return snapshot.sitesByOperator.get([...ops][0]) ?? [];
    const seen = new Set<ResolverSite>();
    for (const id of ops) for (const s of snapshot.sitesByOperator.get(id) ?? []) seen.add(s);
    return [...seen];
  }

  /** Candidates within one tier: kind and ordinal choose among them, partners weigh in. */
  function rankTier(sites: readonly ResolverSite[], base: number, label: string, q: ResolveQuery, asked: AskedOperators, add: AddFn): void {
    if (sites.length === 0) return;
    const { ops } = asked;
    const weight = (s: ResolverSite) => (ops.size > 0 ? 0.5 + 0.5 * overlap(s, ops) : 1);
    // Partners break ties; the one site in the place of a company the article names has none to
    // break, and a partner or customer the catalog does not list ("an Acme AI data centre" built by
    // Nscale) does not make it less likely.
    const loneWeight = (s: ResolverSite) => (overlap(s, ops) > 0 ? 1 : weight(s));
    const kindOk = q.kind ? sites.filter((s) => kindMatches(q.kind!, s)) : sites;
    // A GPU cluster is housed in a building: "its Quincy campus" is the building, not the machine.
    const fitting = kindOk.length > 0 ? kindOk : sites;
    const hosts = fitting.filter((s) => !s.machine);
    const preferred = campusLevel(hosts.length > 0 ? hosts : fitting, q);
    if (preferred !== sites) {
      const inPreferred = new Set(preferred);
      const others = sites.filter((s) => !inPreferred.has(s)).sort((a, b) => weight(b) - weight(a));
      for (const s of others.slice(0, MAX_CANDIDATES)) add(s.id, base * 0.3 * weight(s), `${label}, other kind`);
    }

    // "its 29th data center … the El Paso site", "its second campus in Brazil, in Hortolândia": an
    // ordinal that counts the company's sites beyond the town numbers none of the town's, and says
    // nothing against the company's one site there (below). Cloud regions are counted as listed.
    const counted = !!q.ordinal && q.ordinal > 0 && !(q.ordinalWider && q.kind !== 'region');
    if (counted) {
      // "its fifth data center in Tokyo" is the site its operator numbers 5 ("Tokyo data center 5",
      // "fifth Tokyo data center"). Counting catalog records would only be right if the catalog
      // held every one of the operator's sites there, which it cannot know for buildings; cloud
      // regions are listed completely, so they may be counted.
      // Only within a city: "Hillsboro 2" is not the operator's "second site in Europe".
      const numbered = base >= 0.85 ? preferred.filter((s) => numberedAs(aliasIndex.numbering.get(s.id) ?? '', q.ordinal!)) : [];
      if (numbered.length === 1) {
        add(numbered[0].id, Math.max(base, LONE), `${label} + its number ${q.ordinal}`);
        for (const s of preferred.slice(0, MAX_CANDIDATES)) if (s !== numbered[0]) add(s.id, base * 0.35 * weight(s), `${label}, another of its sites`);
        return;
      }
      if (q.kind !== 'region') {
        // "its first data centre in Tromsø" with the operator's one site there in the catalog: a
        // first facility has no earlier one beside it, so the lone site is the one (any later
        // ordinal could be a building the catalog lacks).
        if (q.ordinal === 1 && preferred.length === 1 && kindOk.length > 0 && base >= 0.85 && ops.size > 0) {
          add(preferred[0].id, LONE * loneWeight(preferred[0]), `${label} (its only site there, and the article's first)`);
          return;
        }
        for (const s of preferred.slice(0, MAX_CANDIDATES)) add(s.id, base * 0.35 * weight(s), `${label}; which of its sites is number ${q.ordinal} is unknown`);
        return;
      }
    }
    if (counted) {
      const pool = inOpeningOrder(preferred);
      const n = q.ordinal!;
      const rest = pool.slice(0, MAX_CANDIDATES);
      if (n > pool.length && pool.length === 1 && base >= 0.85 && ops.size > 0) {
        // "its second region in India, at Hyderabad": a provider has one region in a city; the
        // ordinal counts a wider area.
        add(pool[0].id, LONE * weight(pool[0]), `${label} (its only region there; the ordinal counts a wider area)`);
        return;
      }
      if (n <= pool.length) {
        const nth = pool[n - 1];
        // "Microsoft's first cloud region in Mexico" when the catalog lists exactly one: that one.
        const lone = pool.length === 1 && n === 1 && ops.size > 0;
        add(nth.id, (lone ? Math.max(base, LONE) : base) * weight(nth), `${label} + ordinal (${n} of ${pool.length} by opening)`);
        for (const s of rest) if (s !== nth) add(s.id, base * 0.35 * weight(s), `${label}, another of its sites`);
      } else {
        // "fifth in Tokyo" with four known: the mention is most likely a site the catalog lacks.
        for (const s of rest) add(s.id, base * 0.35 * weight(s), `${label}; ordinal ${n} beyond the ${pool.length} known`);
      }
      return;
    }
    // The operator's only site (or cloud region) in the place the article names is the one it
    // means: a city or a state, or a country for a cloud region (providers' region lists are complete).
    // A coded building ("KX4", "VR2") is one of many an operator numbers in a metro; the catalog
    // may hold only some of them, so "Kestrel's new Swindon facility" is not KX4 by elimination.
    const one =
      preferred.length === 1
        ? preferred[0]
        : (oneCampus(preferred) ?? (q.kind === 'campus' ? (campusOfBuildings(preferred) ?? oneCampusRecord(preferred) ?? campusNamedAfter(preferred, q.city)) : null) ?? besideTownRecords(preferred, q.city));
    // Only if it is alone in its metro too: the catalog files an operator's London buildings under
    // London, Slough and Acton, and "Equinix's new data center in London" is none of them for sure.
    // A building or campus is never a cloud region by elimination ("Microsoft's Dublin data center").
    // A provider's only region in a country is not the "new region in Sicily" the article places
    // in a town where the provider has none in the catalog: that is another region.
    // A cloud region's own buildings around it are its parts, not rivals for the name.
    // A campus the catalog names after the town the article places the company's campus or data
    // center in ("Google's New Albany campus", "its facility in Papillion"; the catalog's "Google
    // New Albany", "Google Papillion") is that campus, whatever else of the company's stands in the
    // metro; so, for a campus phrase, are buildings filed under one name in that town that all stand
    // together ("Microsoft data center, Quincy", "… Quincy #2" … "#8"), the first answering. A single
    // building named after a metro's town is not that sure ("a new data center in London").
    const townsCampus = !!one && base >= 0.85 && !!q.city && namedAfter(one, q.city) && ((one.kind === 'campus' && !!q.kind && FACILITY_LIKE.has(q.kind)) || (q.kind === 'campus' && oneNameTogether(one, sites)));
    // The place's other records that `one` answers for are not its neighbours.
    const alone = !!one && (kindOk.length > 0 || q.kind === undefined) && (one.kind === 'region' || townsCampus || !hasNeighbour(one, asked.sites.filter((s) => !preferred.includes(s)), q.city));
    // Nor is a company's only site in a state the one the article places in a town where the
    // catalog has none of its sites ("Equinix is building a data center in Tyler, Texas").
    const townElsewhere = base < 0.85 && asked.townNamed === true && q.kind !== 'region';
    if (one && alone && ops.size > 0 && !(one.codes ?? []).length && !townElsewhere && (base >= 0.7 || (base >= 0.6 && q.kind === 'region' && one.kind === 'region' && !(asked.placeUnknown && !nameHolds(one, q.city ?? q.admin ?? ''))))) {
      add(one.id, Math.max(base, LONE) * loneWeight(one), `${label} (${preferred.length === 1 ? 'its only site there' : 'its one campus there'})`);
      for (const s of preferred.slice(0, MAX_CANDIDATES)) if (s !== one) add(s.id, base * 0.35 * weight(s), `${label}, same grounds`);
      return;
    }
    // One site in the city string but others of the company around it, or of another kind: a guess.
    const share = (preferred.length === 1 ? 1 : 1 / Math.sqrt(preferred.length)) * (one && !alone ? NOT_ALONE : 1);
    // Among several, a site named after the place ("Stargate Abilene" for "the Abilene campus")
    // is the likelier one.
    const placeWords = preferred.length > 1 && q.city ? ` ${textKey(q.city)} ` : null;
    const named = placeWords ? new Set(preferred.filter((s) => aliasIndex.names.get(s.id)?.includes(placeWords))) : new Set<ResolverSite>();
    const favourNamed = named.size > 0 && named.size < preferred.length;
    const scored = preferred.map((s) => ({ s, score: weight(s) * (favourNamed && !named.has(s) ? 0.85 : 1) }));
    const ordered = scored.sort((a, b) => b.score - a.score || byOpening(b.s, a.s));
    const suffix = preferred.length === 1 ? '' : ` (${preferred.length} sites)`;
    for (const { s, score } of ordered.slice(0, MAX_CANDIDATES)) add(s.id, base * share * score, label + suffix);
  }

  /**
   * Every other record of the company's in the place (not a machine, not a region) is `one`'s name
   * filed again ("… Quincy #2": the catalog build's count, BUILD_COUNT) within a campus's reach:
   * one campus's buildings. Buildings named apart ("DC3", "DC6") are a real tie.
   */
  function oneNameTogether(one: ResolverSite, sites: readonly ResolverSite[]): boolean {
    const name = textKey(one.name.replace(BUILD_COUNT, ''));
    return sites.every((s) => s === one || s.machine || s.kind === 'region' || (textKey(s.name.replace(BUILD_COUNT, '')) === name && within(one, s, CAMPUS_SPREAD_KM)));
  }

  /**
   * "Oracle's Abilene campus" where the company's campus records in the town are "Stargate
   * Abilene" and "Stargate Shackelford County": the one the catalog names after the town.
   */
  function campusNamedAfter(sites: readonly ResolverSite[], town: string | undefined): ResolverSite | null {
    if (!town) return null;
    const named = sites.filter((s) => s.kind === 'campus' && !(s.codes ?? []).length && namedAfter(s, town));
    return named.length === 1 ? named[0] : null;
  }

  /**
   * "IREN's Childress site" where the catalog holds "Childress Data Center (Horizon 1)" and "IREN
   * Childress", a building a dataset placed at the town only and named by nothing but the company
   * and the town: one site filed twice. The one record that says more answers.
   */
  function besideTownRecords(sites: readonly ResolverSite[], town: string | undefined): ResolverSite | null {
    if (!town) return null;
    const specific = sites.filter((s) => !townLevelRecord(s, town));
    return specific.length === 1 ? specific[0] : null;
  }

  /** A building placed at the town only, whose name is its company's and the town's ("IREN Childress"). */
  function townLevelRecord(site: ResolverSite, town: string): boolean {
    if (site.kind !== 'facility' || (site.place.precision !== 'city' && site.place.precision !== 'region')) return false;
    const name = (aliasIndex.names.get(site.id) ?? '').split('|')[0].trim();
    const townKey = textKey(town);
    if (!` ${name} `.includes(` ${townKey} `)) return false;
    const rest = stripGeneric(` ${name} `.replace(` ${townKey} `, ' ').trim());
    return rest === '' || names.wholeNameIds(rest).some((id) => site.operatorIds.includes(id));
  }

  /** One of the site's names holds the town's whole name: "AWS New Albany" for "New Albany". */
  function namedAfter(site: ResolverSite, town: string): boolean {
    return !!aliasIndex.names.get(site.id)?.includes(` ${textKey(town)} `);
  }

  /**
   * News names a campus ("Meta's Prineville data center"), maps list its buildings ("Prineville
   * #4", "Altoona Data Center 5"). Without a number in the query, a building whose campus is a
   * candidate too, or a numbered building beside an unnumbered site, is not the one meant.
   */
  function campusLevel(sites: readonly ResolverSite[], q: ResolveQuery): readonly ResolverSite[] {
    if (sites.length < 2 || q.ordinal || (q.text && /\d/.test(q.text))) return sites;
    const ids = new Set(sites.map((s) => s.id));
    const tops = sites.filter((s) => !s.parentId || !ids.has(s.parentId));
    const unnumbered = tops.filter((s) => !NUMBERED_BUILDING.test(s.name));
    return unnumbered.length > 0 ? unnumbered : tops;
  }

  // A snapshot never changes, so neither do its answers: an article asks the same question for
  // every mention of one facility, and the background asks again for every page.
  const memo = new Map<string, Candidate[]>();
  const MEMO_LIMIT = 20_000;
  function resolveMemo(q: ResolveQuery): Candidate[] {
    const key = JSON.stringify([q.text, q.brand, q.operatorIds, q.city, q.admin, q.country, q.ordinal, q.ordinalWider, q.kind, q.beingBuilt, q.countryGuessed]);
    let hit = memo.get(key);
    if (!hit) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      hit = resolve(q);
      memo.set(key, hit);
    }
    // Callers get their own array: the cached one must not be changed by them.
    return hit.map((c) => ({ ...c }));
  }

  return { resolve: resolveMemo, operatorIdsFor: (name) => names.idsFor(name) };
}

type AddFn = (siteId: string, confidence: number, reason: string) => void;

/** The query's operators and all their sites (none when it names no operator). */
interface AskedOperators {
  ops: ReadonlySet<string>;
  sites: readonly ResolverSite[];
  /** The article names a town or state, not only a country ("a new region in Sicily"). */
  placeUnknown?: boolean;
  /** The article names a town (not a state or country written as one). */
  townNamed?: boolean;
}

/**
 * The site's code list holds the code the key ends with: spelled as the key spells it ("iad 03",
 * "kestrel iad 03" for "IAD-03"), or in any spelling ("IAD03").
 */
function listsCode(site: ResolverSite, key: string, asWritten: boolean): boolean {
  if (asWritten) return (site.codes ?? []).some((c) => key === textKey(c) || key.endsWith(` ${textKey(c)}`));
  const compact = key.replace(/ /g, '');
  return (site.codes ?? []).some((c) => compact.endsWith(textKey(c).replace(/ /g, '')));
}

function onlyOne<T>(list: readonly T[]): T | null {
  return list.length === 1 ? list[0] : null;
}

/**
 * The site's name holds the town's first word: "AWS Europe (Frankfurt)" for "Frankfurt am Main",
 * which the gazetteer and the catalog spell apart.
 */
function nameHolds(site: ResolverSite, town: string): boolean {
  const first = textKey(town).split(' ')[0];
  return first.length >= 4 && ` ${textKey(site.name)} `.includes(` ${first} `);
}

/** Filed under the state, or beside a site that is: the catalog may give a town and no state. */
function inOrBeside(site: ResolverSite, admin: ReadonlySet<ResolverSite>): boolean {
  if (admin.has(site)) return true;
  for (const other of admin) if (km(site, other) < STATE_NEIGHBOUR_KM) return true;
  return false;
}
const STATE_NEIGHBOUR_KM = 50;

/** A state's records read one by one for a name's words: beyond this many, a name alone decides. */
const MAX_STATE_SCAN = 2000;

/** How far from a city's centre news still calls a site by the city's name ("its London data centre" in Slough). */
const METRO_KM = 40;
/** What that leaves of a lone candidate's confidence: below the known threshold, still a candidate. */
const NOT_ALONE = 0.7;

/** "Prineville #4", "Altoona Data Center 5", "Building 2": one building of a campus. */
const NUMBERED_BUILDING = /(?:#\s*\d+|\b\d{1,2}[a-z]?|\b(?:building|bldg|phase|hall)\s*\w+)\s*$/i;

/** Confidence of a lone candidate of the named operator in the named place. */
const LONE = 0.85;

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** A site's names (" key | key ") number it n: "tokyo data center 5", "second seoul data center", "ty5", "harbour point iii". */
function numberedAs(names: string, n: number): boolean {
  const forms = [String(n), ORDINAL_WORDS[n], ROMAN[n]].filter(Boolean);
  const flat = ` ${names.replace(/\|/g, ' ')} `;
  return forms.some((f) => flat.includes(` ${f} `));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Read-only: built as Maps, adopted from storage as sorted tables (sorted-table.ts). */
export interface ResolverTables {
  exact: ReadonlyMap<string, readonly string[]>;
  /** Site id → " key | key | … " of its name and aliases, for whole-word tests. */
  names: ReadonlyMap<string, string>;
  /** Names without generic words: "stargate abilene" for "Stargate Abilene Campus". */
  stripped: ReadonlyMap<string, readonly string[]>;
  /** Site id → its names that may carry its number ("tokyo data center 5"), codes left out ("ap-northeast-2"). */
  numbering: ReadonlyMap<string, string>;
  /** Names without their operator's brand: "mexico central" for "Azure Mexico Central". */
  unbranded: ReadonlyMap<string, readonly string[]>;
  /** Operator names as news writes them → operator ids (operator-names.ts). */
  operatorStrong: ReadonlyMap<string, readonly string[]>;
  operatorWeak: ReadonlyMap<string, readonly string[]>;
}

const BUILD_COUNT = /\s#\d+$/;

/** "ap-northeast-2", "us-east-1", "me-central2": a code's digit is not the site's number. */
const REGION_CODE = /^[a-z]{2,}(?:-[a-z]+)*-?\d+[a-z]?$/i;

function buildAliasIndex(sites: readonly Site[], operators: readonly Operator[]): Omit<ResolverTables, 'operatorStrong' | 'operatorWeak'> {
  const operatorNames = new Map<string, string[]>();
  // With the short names the detector's lexicon reads ("STACK OSL01" for "STACK Infrastructure"):
  // places are not told apart here, so a few more than the lexicon's, which no mark ever asks for.
  for (const op of operators) operatorNames.set(op.id, [op.name, ...op.aliases, ...shortOperatorNames(op.name, () => false)].map(textKey).filter((k) => k.length > 1));
  const exact = new Map<string, string[]>();
  const stripped = new Map<string, string[]>();
  const names = new Map<string, string>();
  const numbering = new Map<string, string>();
  const unbranded = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (!key) return;
    const ids = map.get(key);
    if (!ids) map.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  // Every town and state the catalog files a site under: a brand's name minus the brand that is a
  // town and a generic word ("Kasi Cloud Lagos campus" → "Lagos campus") names no site.
  const places = new Set<string>();
  for (const site of sites) for (const p of [site.place.city, site.place.admin]) if (p) places.add(textKey(p));
  for (const site of sites) {
    const written = [site.name, ...site.aliases];
    if (site.regionCode) written.push(site.regionCode);
    // Codes are shared between companies ("AM7"): the query's operator chooses among their holders.
    // Every spelling ("TY-11" for "TY11"), and the codes only its name holds ("Atlanta ATL12").
    const codes = siteCodes(site).flatMap(codeSpellings);
    written.push(...codes);
    // A machine's own name without its institution ("ABCI 3.0"), as the detector's lexicon has it.
    written.push(...systemNames(site));
    for (const opId of site.operatorIds) for (const on of operatorNames.get(opId) ?? []) for (const code of codes) written.push(`${on} ${code}`);
    const keys = written.map(textKey);
    names.set(site.id, ` ${keys.slice(0, 1 + site.aliases.length).join(' | ')} `);
    // " #2" is the catalog build's count of records sharing a name (seed-build/assemble.ts, osm-layer.ts),
    // not the operator's numbering: "its second data center in Quincy" is not "…, Quincy #2".
    numbering.set(site.id, [site.name, ...site.aliases].filter((n) => !REGION_CODE.test(n.trim())).map((n) => textKey(n.replace(BUILD_COUNT, ''))).join(' | '));
    let cities: string[] | undefined;
    for (const key of keys) {
      const s = stripGeneric(key);
      // A name of generic words only ("Data Center") would claim every such phrase.
      if (!s) continue;
      add(exact, key, site.id);
      // A name that strips down to its own city ("Tokyo data center" → "tokyo") would swallow
      // every query for that city: keep it out.
      cities ??= cityNamesOf(site).map(textKey);
      if (s === key || !cities.includes(s)) add(stripped, s, site.id);
      // "Brazil Kestrel AI City" (a dataset's country prefix) is written "Kestrel AI City".
      const country = site.place.country ? countryByCode(site.place.country) : undefined;
      for (const cn of country ? [country.name, ...country.aliases].map(textKey) : []) {
        if (!key.startsWith(cn + ' ')) continue;
        const rest = stripGeneric(key.slice(cn.length + 1));
        if (rest && rest.includes(' ') && !cities.includes(rest)) add(unbranded, rest, site.id);
      }
      // "Azure Mexico Central" is also written "Mexico Central": the name without its brand.
      for (const opId of site.operatorIds) {
        for (const on of operatorNames.get(opId) ?? []) {
          if (!key.startsWith(on + ' ')) continue;
          const written = key.slice(on.length + 1);
          const rest = stripGeneric(written);
          if (rest && rest.includes(' ') && !cities.includes(rest)) add(unbranded, rest, site.id);
          // "Singtel DC Tuas" written "DC Tuas": one word of its own is a name only with the
          // generic word written beside it (the town alone, "Tuas", is not the site).
          else if (rest && written !== rest && !cities.includes(rest) && !places.has(rest)) add(unbranded, written, site.id);
        }
      }
    }
  }
  return { exact, stripped, names, numbering, unbranded };
}
