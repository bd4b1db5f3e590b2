/**
 * The OpenStreetMap layer (public/catalog/osm.json, ODbL): its own database file, never merged into
 * the CC BY / MIT seed. Features that are not data centers are dropped (osm-filter.ts); two features
 * of one building are merged; a feature that is the same facility as a seed site is left out of the
 * layer, so a site never appears twice and no OSM data flows into the seed (the seed record stays
 * the card; the count of such features is printed).
 */
import { OperatorSchema, SiteSchema, type Operator, type Site } from '../schema';
import type { SeedCatalog } from './assemble';
import type { CsvRow } from './csv';
import { addMetros, dropBracketAliases } from './hygiene';
import { OperatorRegistry } from './operator-registry';
import { OPERATOR_SEEDS } from './operator-seeds';
import { OSM_DROP_REASONS, osmDropReason, type OsmDropReason } from './osm-filter';
import { OsmOperators } from './osm-operators';
import { readOsmRow } from './osm-row';
import { OSM_DATE, osmSite } from './osm-sites';
import { FacilityIndex } from './same-facility';
import { cmp, normaliseAlias, thousands } from './text';
import type { Gazetteer, OperatorSeed, SiteDraft } from './types';

/** A mapped building within this distance of a seed site of the same operator is that site. */
export const OSM_SEED_RADIUS_KM = 0.5;
/** Two OSM features of one operator with the same name this close are one building mapped twice. */
export const OSM_TWIN_RADIUS_KM = 0.2;

export const OSM_LAYER = { name: 'osm', licence: 'ODbL-1.0', attribution: '© OpenStreetMap contributors', file: 'catalog/osm.json' } as const;

export interface OsmLayer {
  exportedAt: string;
  operators: Operator[];
  sites: Site[];
  report: Record<string, string[]>;
}

const stampTs = (d: string) => `${d}T00:00:00.000Z`;

function registryFor(seed: SeedCatalog): OperatorRegistry {
  const curated = new Set(OPERATOR_SEEDS.map((o) => o.id));
  const fromSeed: OperatorSeed[] = seed.operators.filter((o) => !curated.has(o.id)).map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, kind: o.kind, hqCountry: o.hqCountry }));
  return new OperatorRegistry([...OPERATOR_SEEDS, ...fromSeed]);
}

export function buildOsmLayer(csv: CsvRow[], seed: SeedCatalog, gazetteer: Gazetteer): OsmLayer {
  const report: Record<string, string[]> = {};
  const note = (rule: string, line: string) => (report[rule] ??= []).push(line);
  const rows = csv.map(readOsmRow).filter((r) => r !== undefined);
  const registry = registryFor(seed);
  const operators = new OsmOperators(rows, registry);
  const seedOperatorIds = new Set(seed.operators.map((o) => o.id));
  const curated = new Set(OPERATOR_SEEDS.map((o) => o.id));
  const dropped = new Map<OsmDropReason, number>();

  const drafts: SiteDraft[] = [];
  /** Sites whose name the build wrote: two of them side by side are two buildings, not one mapped twice. */
  const renamed = new Set<string>();
  for (const row of rows) {
    const operatorId = operators.idFor(row);
    const knownOperator = operatorId !== 'undisclosed' && (seedOperatorIds.has(operatorId) || curated.has(operatorId));
    const reason = osmDropReason(row, knownOperator);
    if (reason) {
      dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
      continue;
    }
    const operatorName = operatorId === 'undisclosed' ? undefined : registry.get(operatorId)?.name;
    const { site, renamedFrom } = osmSite(row, { operatorId, operatorName, isCompanyName: (n) => registry.resolve(n) !== undefined, gazetteer });
    if (renamedFrom !== undefined || site.name !== row.name) renamed.add(site.id);
    if (renamedFrom !== undefined) note('osm: named only after its operator or generically, renamed', `${site.id}: "${renamedFrom}" -> "${site.name}"`);
    drafts.push(site);
  }
  for (const [reason, n] of [...dropped].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))) note('osm: dropped, not a data center', `${thousands(n)} ${reason}: ${OSM_DROP_REASONS[reason]}`);

  // One building mapped twice (a node and a way): same operator and code, or same name close by.
  const kept: SiteDraft[] = [];
  const twins = new FacilityIndex([], { coarseTargets: true });
  for (const s of drafts.sort((a, b) => cmp(a.id, b.id))) {
    const m = twins.find(s, OSM_TWIN_RADIUS_KM);
    const sameName = !renamed.has(s.id) && !renamed.has(m?.target.id ?? '') && normaliseAlias(m?.target.name ?? '') === normaliseAlias(s.name);
    if (m && (m.basis === 'code' || sameName)) {
      m.target.sources = [...(m.target.sources ?? []), ...(s.sources ?? [])].slice(0, 20);
      note('osm: one building mapped twice, merged', `${s.id} -> ${m.target.id} (${m.basis})`);
      continue;
    }
    twins.add(s);
    kept.push(s);
  }

  // Same facility as a seed site: the seed record stays; the feature is not shipped again.
  const seedIndex = new FacilityIndex(seed.sites as unknown as SiteDraft[]);
  const layer: SiteDraft[] = [];
  for (const s of kept) {
    const m = seedIndex.find(s, OSM_SEED_RADIUS_KM);
    if (m) note('osm: same facility as a seed site, left to the seed', `${s.id} "${s.name}" = ${m.target.id} (${m.basis}${m.km !== undefined ? ` ${m.km.toFixed(2)} km` : ''})`);
    else layer.push(s);
  }
  disambiguate(layer, seed.sites);
  addMetros(layer, gazetteer, note);
  dropBracketAliases(layer, note);

  const sites = layer.map(({ stamp, ...d }) => {
    const r = SiteSchema.safeParse({ ...d, origin: 'seed', createdAt: stampTs(stamp), updatedAt: stampTs(stamp) });
    if (!r.success) throw new Error(`invalid OSM site ${d.id}: ${r.error.message}`);
    return r.data;
  });
  const used = new Set(sites.flatMap((s) => s.operatorIds));
  const ops = registry
    .usedSeeds()
    .filter((o) => used.has(o.id) && !seedOperatorIds.has(o.id))
    .map((o) => {
      const r = OperatorSchema.safeParse({ id: o.id, name: o.name, aliases: o.aliases ?? [], kind: o.kind, hqCountry: o.hqCountry, sources: o.sources ?? [], origin: 'seed', createdAt: stampTs(OSM_DATE), updatedAt: stampTs(OSM_DATE) });
      if (!r.success) throw new Error(`invalid OSM operator ${o.id}: ${r.error.message}`);
      return r.data;
    });
  return { exportedAt: stampTs(OSM_DATE), operators: ops.sort((a, b) => cmp(a.id, b.id)), sites: sites.sort((a, b) => cmp(a.id, b.id)), report };
}

/** Layer names that repeat a seed name or another layer name get their town, then a number. */
function disambiguate(layer: SiteDraft[], seedSites: readonly Site[]): void {
  const taken = new Set(seedSites.flatMap((s) => [s.name, ...s.aliases]).map(normaliseAlias));
  const count = new Map<string, number>();
  for (const s of layer) count.set(normaliseAlias(s.name), (count.get(normaliseAlias(s.name)) ?? 0) + 1);
  for (const s of layer) {
    const k = normaliseAlias(s.name);
    if ((count.get(k) ?? 0) < 2 && !taken.has(k)) continue;
    const town = s.place?.city;
    if (town && !s.name.includes(town)) s.name = `${s.name}, ${town}`;
  }
  const seen = new Map<string, number>();
  for (const s of layer) {
    const k = normaliseAlias(s.name);
    const n = (seen.get(k) ?? (taken.has(k) ? 1 : 0)) + 1;
    seen.set(k, n);
    if (n > 1) s.name = `${s.name} #${n}`;
  }
}
