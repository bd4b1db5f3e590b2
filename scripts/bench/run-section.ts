/**
 * Runs one bench section in its own process (scripts/bench.ts starts one per section, with
 * --expose-gc), so no section's heap or optimised code colours the next one's figures.
 * Usage: node --expose-gc --import tsx scripts/bench/run-section.ts <section> <out.json> [--quick]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchBrowser, benchColdOnly } from './browser';
import { benchCatalog } from './catalog';
import { benchCatalogInstall } from './catalog-install';
import type { BenchContext } from './context';
import { benchDetector } from './detector';
import type { SectionResult } from './report';
import { benchSync } from './sync';
import { benchSyncTeam } from './sync-team';

export const SECTIONS: Record<string, (ctx: BenchContext) => Promise<SectionResult | SectionResult[]>> = {
  detector: benchDetector,
  catalog: benchCatalog,
  'catalog-install': benchCatalogInstall,
  sync: benchSync,
  'sync-team': benchSyncTeam,
  browser: benchBrowser,
  cold: benchColdOnly,
};

const [name, outFile] = process.argv.slice(2);
const run = SECTIONS[name];
if (!run || !outFile) {
  console.error(`usage: run-section.ts <${Object.keys(SECTIONS).join('|')}> <out.json> [--quick]`);
  process.exit(2);
}
const ctx: BenchContext = {
  root: fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, ''),
  quick: process.argv.includes('--quick'),
  log: (m) => process.stderr.write(`  ${m}\n`),
};
const result = await run(ctx);
writeFileSync(outFile, JSON.stringify(Array.isArray(result) ? result : [result]));
// Playwright, Dexie and timers may hold the event loop open: the result is written, leave.
process.exit(0);
