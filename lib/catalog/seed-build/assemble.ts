/**
 * Turns the shared datasets into the seed catalog: runs every transform, links and de-duplicates
 * them, validates every record against the catalog schemas, and returns records sorted by id.
 * Pure: all inputs are passed in, and nothing depends on the clock.
 */
import { AMBIGUOUS_ALIASES } from '../ambiguous-aliases';
import { OperatorSchema, SiteSchema, type Operator, type Site } from '../schema';
import { tidyAliases, unlistedSharedAliases } from './alias-check';
import { cloudmuxRegionSites } from './cloud-regions-cloudmux';
import { mcpRegionSites } from './cloud-regions-mcp';
import type { CsvRow } from './csv';
import { epochCampusSites } from './epoch-campuses';
import { operatorFootprints } from './footprint';
import { mergeFracTrackerDuplicates } from './dedupe';
import { fractrackerSites } from './fractracker';
import { atlasSites } from './atlas';
import { moveCodeAliases } from './codes';
import { alibabaRegionLaunches, applyClusterFacts, clusterSites, linkedClusterFacts } from './gpu-clusters';
import { MANUAL_PATCHES, manualSites } from './manual-sites';
import { addMetros, campusesFromSplitProjects, dropBracketAliases, dropFamilyAliases, fixOperatorNamedSites } from './hygiene';
import { OperatorRegistry } from './operator-registry';
import { OPERATOR_SEEDS } from './operator-seeds';
import { sovereignSkySites } from './sovereignsky';
import { tidySources } from './sources';
import { cmp, normaliseAlias } from './text';
import { EPOCH_CREDIT, type Gazetteer, type SiteDraft } from './types';

export interface SeedInputs {
  mcp: CsvRow[];
  cloudmux: CsvRow[];
  epochAug: CsvRow[];
  epochMay: CsvRow[];
  epochTimelines: CsvRow[];
  gpuClusters: CsvRow[];
  fractracker: CsvRow[];
  sovereignsky: CsvRow[];
  /** Open Data Center Atlas project records (parsed JSON, validated here). */
  atlas: unknown[];
}

export interface SeedCatalog {
  exportedAt: string;
  operators: Operator[];
  sites: Site[];
  /** What the build changed or dropped, by rule: rule -> lines (printed, and listed in docs/catalog-build.md). Not serialized. */
  report?: Record<string, string[]>;
}

export const stampToTimestamp = (d: string) => `${d}T00:00:00.000Z`;

/** Long-tail sites (FracTracker, GPU clusters) whose names collide get their place appended. */
function disambiguateNames(sites: SiteDraft[]): void {
  const byName = new Map<string, SiteDraft[]>();
  for (const s of sites) byName.set(normaliseAlias(s.name), [...(byName.get(normaliseAlias(s.name)) ?? []), s]);
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const s of group) {
      if (!/^(fractracker|epoch-gpu)-/.test(s.id)) continue;
      const where = [s.place?.city, s.place?.admin].filter(Boolean).join(', ');
      if (where && !s.name.includes(where)) s.name = `${s.name} (${where})`;
    }
  }
  const seen = new Map<string, number>();
  for (const s of [...sites].sort((a, b) => cmp(a.id, b.id))) {
    const k = normaliseAlias(s.name);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > 1 && /^(fractracker|epoch-gpu)-/.test(s.id)) s.name = `${s.name} #${n}`;
  }
}

/** Clouds whose region codes news quotes; their shared codes are listed in ambiguous-aliases.ts. */
const MAJOR_CLOUDS = new Set(['aws', 'microsoft', 'google', 'oracle', 'alibaba-cloud', 'tencent-cloud', 'huawei-cloud']);

/** A small cloud's region code ("sgp1", "us-east-1" at Crusoe) that clashes with another name is dropped. */
function dropMinorRegionCodeClashes(sites: SiteDraft[]): void {
  const count = new Map<string, number>();
  for (const s of sites) for (const a of [s.name, ...(s.aliases ?? [])]) count.set(normaliseAlias(a), (count.get(normaliseAlias(a)) ?? 0) + 1);
  for (const s of sites) {
    if (s.kind !== 'region' || MAJOR_CLOUDS.has(s.operatorIds?.[0] ?? '') || !s.regionCode) continue;
    const code = normaliseAlias(s.regionCode);
    if ((count.get(code) ?? 0) > 1) s.aliases = (s.aliases ?? []).filter((a) => normaliseAlias(a) !== code);
  }
}

export function buildSeedCatalog(input: SeedInputs, gazetteer: Gazetteer): SeedCatalog {
  const changes: Record<string, string[]> = {};
  const report = (rule: string, line: string) => (changes[rule] ??= []).push(line);
  const operators = new OperatorRegistry();
  const regions = [...mcpRegionSites(input.mcp, operators, gazetteer), ...cloudmuxRegionSites(input.cloudmux, operators, gazetteer)];
  const campuses = epochCampusSites({ aug: input.epochAug, may: input.epochMay, timelines: input.epochTimelines }, operators, gazetteer);
  const manual = manualSites();
  for (const s of manual) for (const id of s.operatorIds ?? []) operators.use(id);

  const byId = new Map<string, SiteDraft>();
  for (const s of [...regions, ...campuses, ...manual]) {
    if (byId.has(s.id)) throw new Error(`duplicate site id ${s.id}`);
    byId.set(s.id, s);
  }
  for (const [id, facts] of linkedClusterFacts(input.gpuClusters)) {
    const target = byId.get(id);
    if (!target) throw new Error(`GPU cluster link points at missing site ${id}`);
    applyClusterFacts(target, facts);
  }
  for (const [id, launch] of alibabaRegionLaunches(input.gpuClusters)) {
    const region = byId.get(id);
    if (!region) throw new Error(`Alibaba launch for missing region ${id}`);
    region.dates = { ...region.dates, opened: launch.opened };
    if (launch.confirmedExisting && region.status === 'unknown' && !/cease operations/.test(region.notes ?? '')) {
      region.status = 'operational';
      region.notes = (region.notes ?? '').replace(/ ?Region code present in cloudmux[^.]*\./, ' Epoch AI lists this region as operating.');
    }
    region.sources = [...(region.sources ?? []), ...launch.sources];
    region.credits = [...new Set([...(region.credits ?? []), EPOCH_CREDIT])];
    const later = launch.later.length ? ` Further data centers per Epoch AI: ${launch.later.join('; ')}.` : '';
    region.notes = `${region.notes ?? ''} Opening year${later ? ' and later phases' : ''}: Epoch AI GPU clusters data (2025).${later}`.trim();
  }
  for (const [id, patch] of Object.entries(MANUAL_PATCHES)) {
    const target = byId.get(id);
    if (!target) throw new Error(`manual patch for missing site ${id}`);
    patch(target);
  }

  const clusters = clusterSites(input.gpuClusters, operators, gazetteer);
  const fracs = mergeFracTrackerDuplicates(fractrackerSites(input.fractracker, operators), [...campuses, ...manual]);
  const base = [...byId.values(), ...clusters, ...fracs];
  const atlas = atlasSites(input.atlas, operators, base, report);
  const all = [...base, ...atlas, ...sovereignSkySites(input.sovereignsky, operators, [...base, ...atlas], report)];
  const ids = new Set<string>();
  for (const s of all) {
    if (ids.has(s.id)) throw new Error(`duplicate site id ${s.id}`);
    ids.add(s.id);
    s.aliases = tidyAliases(s.name, s.aliases ?? []);
    s.sources = tidySources(s.sources ?? []);
    const moved = moveCodeAliases(s);
    if (moved.length) report('codes: code-like aliases moved to codes', `${s.id}: ${moved.join(', ')}`);
  }
  for (const c of campusesFromSplitProjects(all, report)) {
    if (ids.has(c.id)) throw new Error(`duplicate site id ${c.id}`);
    ids.add(c.id);
    all.push(c);
  }
  dropFamilyAliases(all, report);
  const curated = new Set(OPERATOR_SEEDS.map((o) => o.id));
  fixOperatorNamedSites(all, (id) => operators.get(id), (id) => curated.has(id), report);
  dropBracketAliases(all, report);
  addMetros(all, gazetteer, report);
  disambiguateNames(all);
  dropMinorRegionCodeClashes(all);

  const unlisted = unlistedSharedAliases(all, AMBIGUOUS_ALIASES);
  if (unlisted.length > 0) {
    const lines = unlisted.slice(0, 40).map((u) => `  "${u.alias}": ${u.siteIds.join(', ')}`);
    throw new Error(`aliases shared by several sites without a rule in ambiguous-aliases.ts (${unlisted.length}):\n${lines.join('\n')}`);
  }

  const sites = all
    .sort((a, b) => cmp(a.id, b.id))
    .map(({ stamp, ...draft }) => {
      const parsed = SiteSchema.safeParse({ ...draft, origin: 'seed', createdAt: stampToTimestamp(stamp), updatedAt: stampToTimestamp(stamp) });
      if (!parsed.success) throw new Error(`invalid site ${draft.id}: ${parsed.error.message}`);
      return parsed.data;
    });
  for (const s of sites) if (s.parentId && !ids.has(s.parentId)) throw new Error(`site ${s.id}: parent ${s.parentId} missing`);

  const latest = [...all.map((s) => s.stamp)].sort().at(-1)!;
  const ops = operatorFootprints(operators.usedSeeds(), sites).map((o) => {
    const parsed = OperatorSchema.safeParse(o);
    if (!parsed.success) throw new Error(`invalid operator ${o.id}: ${parsed.error.message}`);
    return parsed.data;
  });
  const known = new Set(ops.map((o) => o.id));
  for (const s of sites) for (const id of s.operatorIds) if (!known.has(id)) throw new Error(`site ${s.id}: unknown operator ${id}`);

  return { exportedAt: stampToTimestamp(latest), operators: ops.sort((a, b) => cmp(a.id, b.id)), sites, report: changes };
}
