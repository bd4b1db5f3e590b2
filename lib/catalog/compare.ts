/**
 * How does a site (or a mention's operator and place) compare with the others around it? For its
 * city, country and world region: who else is there and how big, where the site ranks, the largest
 * sites for a chart, and the operators' footprints side by side.
 *
 * It reads a CompareCatalog (compare-catalog.ts): a warm worker's snapshot, or a woken worker's
 * stored columns. Per-scope aggregates are computed once per catalog and memoised (a WeakMap keyed
 * by the catalog, so they go when it goes); a compare itself is then a few lookups, a binary
 * search per rank and small copies.
 */
import { countryByCode, WORLD_REGION_LABELS } from '../geo/countries';
import { buildCatalogSnapshot, cityKey, siteGpus, siteMW, worldRegionOfPlace } from './catalog-snapshot';
import type { CompareCatalog, CompareSite as Site } from './compare-catalog';
import type { Comparison, Footprint, OperatorInScope, Rank, Scope, ScopeComparison } from './query-types';
import { UNDISCLOSED_OPERATOR_ID, type Operator, type Place, type Site as FullSite } from './schema';
import { byName, nameSortKey, textKey } from './text-key';

export interface CompareSubject {
  siteId?: string | null;
  operatorIds: string[];
  place: Place;
}

export interface CompareOptions {
  /** Operators listed per scope (the subject's are always kept). */
  maxOperators?: number;
  topSites?: number;
  /** Footprints: the subject's operators plus competitors up to this many in all. */
  maxFootprints?: number;
}

const DEFAULTS: Required<CompareOptions> = { maxOperators: 12, topSites: 8, maxFootprints: 6 };

export function compare(subject: CompareSubject, catalog: CompareCatalog, options?: CompareOptions): Comparison;
export function compare(subject: CompareSubject, sites: readonly FullSite[], operators: readonly Operator[], options?: CompareOptions): Comparison;
export function compare(
  subject: CompareSubject,
  catalog: CompareCatalog | readonly FullSite[],
  third?: readonly Operator[] | CompareOptions,
  fourth?: CompareOptions,
): Comparison {
  const snapshot = Array.isArray(catalog)
    ? buildCatalogSnapshot(catalog as readonly FullSite[], (third as readonly Operator[]) ?? [])
    : (catalog as CompareCatalog);
  const options = { ...DEFAULTS, ...(Array.isArray(catalog) ? fourth : (third as CompareOptions | undefined)) };
  return compareIn(snapshot, subject, options);
}

interface OperatorTotals {
  sites: number;
  regions: number;
  facilities: number;
  mw: number | null;
  gpus: number | null;
  zones: number | null;
  /** Sites, a cloud region counting once per zone: the "largest first" order. */
  presence: number;
}

/** Sites are ranked only against sites of their own class: regions with regions, facilities with facilities. */
type SiteClass = 'region' | 'facility';
const classOf = (s: Site): SiteClass => (s.kind === 'region' ? 'region' : 'facility');

interface ClassStats {
  /** Known values, largest first, for ranks by binary search. */
  mwDesc: Float64Array;
  gpusDesc: Float64Array;
  /** Sites with a known MW or GPU count, largest first. */
  largest: Site[];
  largestSet: ReadonlySet<Site>;
}

interface ScopeStats {
  totals: Map<string, OperatorTotals>;
  /** Operator ids, largest first. */
  order: string[];
  byClass: Record<SiteClass, ClassStats>;
}

const memo = new WeakMap<CompareCatalog, Map<string, ScopeStats>>();

function statsFor(snapshot: CompareCatalog, key: string, sites: () => readonly Site[]): ScopeStats {
  let cache = memo.get(snapshot);
  if (!cache) memo.set(snapshot, (cache = new Map()));
  let stats = cache.get(key);
  if (!stats) cache.set(key, (stats = computeStats(snapshot, sites())));
  return stats;
}

const descending = (xs: number[]) => Float64Array.from(xs).sort().reverse();

/** One pass over the scope's sites; sorts on precomputed keys (the hot path of a cold compare). */
function computeStats(snapshot: CompareCatalog, sites: readonly Site[]): ScopeStats {
  const totals = new Map<string, OperatorTotals>();
  const acc: Record<SiteClass, { mws: number[]; gpus: number[]; sized: Array<{ site: Site; mw: number; gpus: number }> }> = {
    region: { mws: [], gpus: [], sized: [] },
    facility: { mws: [], gpus: [], sized: [] },
  };
  for (const site of sites) {
    const mw = siteMW(site);
    const g = siteGpus(site);
    const a = acc[classOf(site)];
    if (mw !== null) a.mws.push(mw);
    if (g !== null) a.gpus.push(g);
    if (mw !== null || g !== null) a.sized.push({ site, mw: mw ?? -1, gpus: g ?? -1 });
    // A building of a campus the catalog has counts once, as that campus.
    const building = site.parentId !== undefined && snapshot.siteById.has(site.parentId);
    const ids = site.operatorIds;
    for (let i = 0; i < ids.length; i++) {
      if (ids.indexOf(ids[i]) !== i) continue; // listed twice: count once
      if (ids[i] === UNDISCLOSED_OPERATOR_ID) continue;
      let t = totals.get(ids[i]);
      if (!t) totals.set(ids[i], (t = { sites: 0, regions: 0, facilities: 0, mw: null, gpus: null, zones: null, presence: 0 }));
      t.sites++;
      if (site.kind === 'region') t.regions++;
      else if (!building) t.facilities++;
      // MW leads nothing here: it is known for too few sites (a 0.3 MW university cluster must
      // not outrank two cloud regions), so presence orders and MW breaks ties.
      t.presence += Math.max(1, site.zones ?? 1);
      if (mw !== null) t.mw = (t.mw ?? 0) + mw;
      if (g !== null) t.gpus = (t.gpus ?? 0) + g;
      if (site.zones !== undefined) t.zones = (t.zones ?? 0) + site.zones;
    }
  }
  const rows = [...totals].map(([id, t]) => {
    const op = snapshot.operatorById.get(id);
    return { id, t, name: op ? nameSortKey(op) : id };
  });
  rows.sort((a, b) => b.t.presence - a.t.presence || (b.t.mw ?? -1) - (a.t.mw ?? -1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const classStats = (c: SiteClass): ClassStats => {
    const { mws, gpus, sized } = acc[c];
    sized.sort((a, b) => b.mw - a.mw || b.gpus - a.gpus || byName(a.site, b.site));
    const largest = sized.map((x) => x.site);
    return { mwDesc: descending(mws), gpusDesc: descending(gpus), largest, largestSet: new Set(largest) };
  };
  return { totals, order: rows.map((r) => r.id), byClass: { region: classStats('region'), facility: classStats('facility') } };
}

/**
 * Computes the aggregates of every country and world region ahead of time (about 2 passes over
 * the catalog), so no card pays for them. Optional: compare computes what it lacks on demand.
 */
export function prepareCompare(snapshot: CompareCatalog): void {
  for (const [country, sites] of snapshot.sitesByCountry) statsFor(snapshot, `country|${country}`, () => sites);
  for (const [region, sites] of snapshot.sitesByWorldRegion) statsFor(snapshot, `region|${region}`, () => sites);
}

/** Competition rank ("1, 2, 2, 4") of `value` among values sorted largest first. */
function rankOf(value: number | null, desc: Float64Array): Rank | null {
  if (value === null || desc.length === 0) return null;
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid] > value) lo = mid + 1;
    else hi = mid;
  }
  return { rank: lo + 1, of: desc.length };
}

function subjectPlace(snapshot: CompareCatalog, subject: CompareSubject, site: Site | undefined): Place {
  const place: Place = { ...subject.place, ...(site ? definedOnly(site.place) : {}) };
  if (!place.country && place.city) {
    const countries = new Set((snapshot.sitesByCityName.get(textKey(place.city)) ?? []).map((s) => s.place.country));
    if (countries.size === 1) place.country = [...countries][0];
  }
  return place;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function compareIn(snapshot: CompareCatalog, subject: CompareSubject, options: Required<CompareOptions>): Comparison {
  const site = subject.siteId ? snapshot.siteById.get(subject.siteId) : undefined;
  const operatorIds = subject.operatorIds.length > 0 ? subject.operatorIds : (site?.operatorIds ?? []);
  const place = subjectPlace(snapshot, subject, site);
  const subjectOps = new Set(operatorIds);
  const scopes: ScopeComparison[] = [];

  const orders: Partial<Record<Scope, readonly string[]>> = {};
  const addScope = (scope: Scope, label: string, key: string, sites: () => readonly Site[]) => {
    const stats = statsFor(snapshot, key, sites);
    if (stats.totals.size === 0 && !site) return;
    orders[scope] = stats.order;
    scopes.push(scopeComparison(snapshot, scope, label, stats, site, subjectOps, options));
  };

  if (place.city) {
    const city = place.city;
    const country = place.country;
    addScope('city', city, `city|${cityKey(country, city)}`, () =>
      country
        ? (snapshot.sitesByCity.get(cityKey(country, city)) ?? [])
        : (snapshot.sitesByCityName.get(textKey(city)) ?? []).filter((s) => s.place.city && textKey(s.place.city) === textKey(city)),
    );
  }
  if (place.country) {
    const country = place.country;
    addScope('country', countryByCode(country)?.name ?? country, `country|${country}`, () => snapshot.sitesByCountry.get(country) ?? []);
  }
  const region = worldRegionOfPlace(place);
  if (region) addScope('world-region', WORLD_REGION_LABELS[region], `region|${region}`, () => snapshot.sitesByWorldRegion.get(region) ?? []);

  return {
    subject: { siteId: site?.id ?? null, operatorIds: [...operatorIds], place },
    scopes,
    footprints: footprints(snapshot, operatorIds, orders, options.maxFootprints),
  };
}

function operatorNames(snapshot: CompareCatalog, ids: readonly string[]): string {
  return ids.map((id) => snapshot.operatorById.get(id)?.name ?? id).join(' & ');
}

function scopeComparison(
  snapshot: CompareCatalog,
  scope: Scope,
  label: string,
  stats: ScopeStats,
  site: Site | undefined,
  subjectOps: ReadonlySet<string>,
  options: Required<CompareOptions>,
): ScopeComparison {
  const row = (id: string): OperatorInScope => {
    const t = stats.totals.get(id);
    return {
      operatorId: id,
      operatorName: snapshot.operatorById.get(id)?.name ?? id,
      sites: t?.sites ?? 0,
      regions: t?.regions || null,
      facilities: t?.facilities || null,
      mw: t?.mw ?? null,
      gpus: t?.gpus ?? null,
      zones: t?.zones ?? null,
      isSubject: subjectOps.has(id),
    };
  };
  const operators = stats.order.slice(0, options.maxOperators).map(row);
  for (const id of subjectOps) if (!operators.some((o) => o.operatorId === id)) operators.push(row(id));

  // MW with MW of the same kind: a site ranks among facilities, a region among regions; the chart
  // of largest sites shows the subject's class (facilities for a mention without a site).
  const cls = stats.byClass[site ? classOf(site) : 'facility'];
  const inScope = site && cls.largestSet.has(site);
  const top = cls.largest.slice(0, options.topSites);
  if (site && inScope && !top.includes(site)) top.push(site);
  return {
    scope,
    label,
    operators,
    rankByMW: site ? rankOf(siteMW(site), cls.mwDesc) : null,
    rankByGpus: site ? rankOf(siteGpus(site), cls.gpusDesc) : null,
    topSites: top.map((s) => ({
      siteId: s.id,
      name: s.name,
      operatorName: operatorNames(snapshot, s.operatorIds),
      mw: siteMW(s),
      gpus: siteGpus(s),
      isSubject: s === site,
    })),
  };
}

function footprintOf(op: Operator, isSubject: boolean): Footprint {
  const f = op.footprint;
  const dates = [f.regions, f.zones, f.facilities, f.totalMW].map((d) => d?.asOf).filter((d): d is string => !!d);
  return {
    operatorId: op.id,
    operatorName: op.name,
    regions: f.regions?.value ?? null,
    zones: f.zones?.value ?? null,
    facilities: f.facilities?.value ?? null,
    totalMW: f.totalMW?.value ?? null,
    asOf: dates.length ? dates.sort().at(-1)! : null,
    isSubject,
  };
}

const hasFootprint = (op: Operator) => Object.values(op.footprint).some((d) => d !== undefined);
const footprintSize = (op: Operator) =>
  op.footprint.regions?.value ?? op.footprint.facilities?.value ?? (op.footprint.totalMW?.value ?? 0) / 100;

/**
 * The subject's operators first, then competitors with footprint data: those present in the same
 * country (then world region) by size there, then other operators of the same kind, largest first.
 */
function footprints(
  snapshot: CompareCatalog,
  operatorIds: readonly string[],
  orders: Partial<Record<Scope, readonly string[]>>,
  max: number,
): Footprint[] {
  const out: Footprint[] = [];
  const taken = new Set<string>();
  for (const id of operatorIds) {
    const op = snapshot.operatorById.get(id);
    if (op && !taken.has(id)) {
      out.push(footprintOf(op, true));
      taken.add(id);
    }
  }
  const offer = (op: Operator | undefined) => {
    if (out.length >= max || !op || taken.has(op.id) || !hasFootprint(op)) return;
    out.push(footprintOf(op, false));
    taken.add(op.id);
  };
  for (const scope of ['country', 'world-region'] as const) {
    for (const id of orders[scope] ?? []) {
      if (out.length >= max) break;
      offer(snapshot.operatorById.get(id));
    }
  }
  const kinds = new Set(operatorIds.map((id) => snapshot.operatorById.get(id)?.kind).filter(Boolean));
  if (out.length < max && kinds.size > 0) {
    const sameKind = snapshot.operators.filter((op) => kinds.has(op.kind) && hasFootprint(op)).sort((a, b) => footprintSize(b) - footprintSize(a));
    for (const op of sameKind) offer(op);
  }
  return out;
}
