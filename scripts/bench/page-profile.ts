/**
 * Where DC Lens's time goes on a page: CPU profiles of the page's main thread while the content
 * script reads and marks it, with self and inclusive time per content-script function (what the
 * reading bench's "script time" row adds up). For finding what to cut; figures are in
 * `npm run bench -- --only browser`.
 *
 *   npx tsx scripts/bench/page-profile.ts [--runs 3] [--path /long-realistic.html] [--out .bench/page-profile]
 *
 * The extension is DC_LENS_EXTENSION (default .output/chrome-mv3). Class methods keep their names
 * in the terser build; other functions show as mangled names with their column in content.js.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sumProfile, scriptTimes } from './cpu-profile';
import { FLOOR, PAGE_PROBE } from './in-page';
import { median } from './measure';
import { CONTENT_SCRIPT, profiled, runDcLens } from './reading';
import { startFixtureServer } from './servers';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const runs = Number(arg('runs', '3'));
const path = arg('path', '/long-realistic.html');
const out = resolve(arg('out', join(ROOT, '.bench/page-profile')));

process.env.DC_LENS_EXTENSION ||= join(ROOT, '.output/chrome-mv3');
const fixtures = await import('../../tests/e2e/fixtures');
const server = await startFixtureServer(ROOT);
const { context, dir } = await fixtures.launchWithExtension();
try {
  await fixtures.waitForCatalog(context);
  mkdirSync(out, { recursive: true });
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  const url = `http://127.0.0.1:${server.port}${path}`;
  await runDcLens(page, url);
  const script: number[] = [];
  for (let r = 1; r <= runs; r++) {
    const { result, profile } = await profiled(page, () => runDcLens(page, url));
    const file = join(out, `page-${r}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const sums = sumProfile(profile, CONTENT_SCRIPT);
    script.push(sums.scriptMs);
    console.log(`\nrun ${r}: script ${sums.scriptMs.toFixed(1)} ms, first mark ${result.firstMs.toFixed(0)} ms, last ${result.wallMs.toFixed(0)} ms, ${result.marks} marks, ${result.longTasks} long tasks; ${file}`);
    console.log('      self  inclusive  function');
    for (const line of scriptTimes(profile, CONTENT_SCRIPT, 30)) console.log(`  ${line}`);
  }
  const floor: number[] = [];
  for (let k = 0; k < 5; k++) floor.push(((await page.evaluate(FLOOR)) as { ms: number }).ms);
  const f = median(floor.slice(1));
  console.log(`\nscript time median ${median(script).toFixed(1)} ms; text-walk floor ${f.toFixed(1)} ms (on the marked page); ratio ${(median(script) / f).toFixed(2)}x`);
} finally {
  await context.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  server.stop();
}
process.exit(0);
