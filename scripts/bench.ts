/**
 * `npm run bench`: DC Lens's speed and memory goals, each figure next to a baseline measured in
 * the same run, printed as a table and written to .bench/results.json. See docs/BENCH.md.
 *
 *   npm run bench                       # everything (about 5 minutes)
 *   npm run bench -- --only detector,sync
 *   npm run bench -- --quick            # one run each, smaller browser pages: a smoke test
 *
 * Sections: detector, catalog, sync, browser (content-script size, reading, cold start, import in
 * Chromium); `--only cold` runs the cold-start part of browser alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGoals, renderTable, type SectionResult } from './bench/report';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const ALL = ['detector', 'catalog', 'catalog-install', 'sync', 'browser', 'sync-team'];
/** Sections run only when named: `cold` is part of `browser`, alone. */
const NAMED_ONLY = ['cold'];

function option(name: string): string | undefined {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = process.argv[i];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (process.argv[i + 1] ?? '');
}

const quick = process.argv.includes('--quick');
const only = option('only')?.split(',').map((s) => s.trim()).filter(Boolean) ?? ALL;
const unknown = only.filter((s) => !ALL.includes(s) && !NAMED_ONLY.includes(s));
if (unknown.length > 0) {
  console.error(`unknown section(s): ${unknown.join(', ')}; choose from ${[...ALL, ...NAMED_ONLY].join(', ')}`);
  process.exit(2);
}

const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
});

/** Which code was measured: the commit, and how many files differed from it (read-only git). */
function codeVersion(): { commit: string; changedFiles: number } {
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const changed = git(['status', '--porcelain']).split('\n').filter(Boolean).length;
  return { commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown', changedFiles: changed };
}

const started = new Date();
const machineAtStart = machine();
const code = codeVersion();
console.log(`DC Lens bench, ${started.toISOString()}${quick ? ' (quick: figures are a smoke test only)' : ''}`);
console.log(`${machineAtStart.cpu}, ${machineAtStart.cores} cores, load average ${machineAtStart.loadavg.join(' / ')} (1/5/15 min), node ${machineAtStart.node}`);
console.log(`Code: commit ${code.commit}${code.changedFiles ? ` plus ${code.changedFiles} changed file(s) in the working tree` : ''}\n`);

const work = mkdtempSync(join(tmpdir(), 'dc-lens-bench-'));
const sections: SectionResult[] = [];
const t0 = performance.now();
for (const name of only) {
  const s0 = performance.now();
  console.log(`[${name}]`);
  const out = join(work, `${name}.json`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'scripts/bench/run-section.ts'), name, out, ...(quick ? ['--quick'] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    sections.push(...(JSON.parse(readFileSync(out, 'utf8')) as SectionResult[]));
  } catch {
    sections.push({ section: name, rows: [], details: {}, notes: [], skipped: `section process failed (exit ${r.status ?? r.signal})` });
  }
  console.log(`  ${name} done in ${((performance.now() - s0) / 1000).toFixed(0)} s\n`);
}
rmSync(work, { recursive: true, force: true });
const durationMs = performance.now() - t0;
const machineAtEnd = machine();

const rows = sections.flatMap((s) => s.rows);
console.log(renderTable(rows));
console.log('\nNotes:');
for (const s of sections) {
  if (s.skipped) console.log(`- ${s.section}: SKIPPED: ${s.skipped}`);
  for (const n of s.notes) console.log(`- ${s.section}: ${n}`);
}
console.log('\nGoals:');
console.log(renderGoals(rows));
console.log(`\nTotal ${(durationMs / 1000).toFixed(0)} s; load average at the end ${machineAtEnd.loadavg.join(' / ')}.`);

mkdirSync(join(ROOT, '.bench'), { recursive: true });
const file = join(ROOT, '.bench/results.json');
writeFileSync(
  file,
  `${JSON.stringify({ startedAt: started.toISOString(), durationMs, quick, code, machine: { ...machineAtStart, loadavgAtEnd: machineAtEnd.loadavg }, sections }, null, 2)}\n`,
);
console.log(`Results: ${file}`);
