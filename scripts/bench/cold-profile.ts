/**
 * Where a cold wake's time goes: CPU profiles of the extension's service worker, started when
 * Chromium creates the worker (the content script's message on page load woke it) and stopped
 * once it answered with marks. For finding what to make lazy or persist; figures are in
 * `npm run bench -- --only cold`.
 *
 *   npx tsx scripts/bench/cold-profile.ts [--runs 3] [--out .bench/cold-profile]
 *
 * The extension is DC_LENS_EXTENSION (default .output/chrome-mv3, a `wxt build`); an unminified
 * build names the functions. Writes wake-N.cpuprofile (Chrome DevTools › Performance opens it)
 * and prints the worker's phases (catalog-state.ts) and the functions with the most self time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { selfTimes, type CpuProfile } from './cpu-profile';
import { FIRST_MARK_PROBE, firstMark, stopWorkers, workerSession, type WorkerSession } from './cold-probe';
import { startFixtureServer } from './servers';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const runs = Number(arg('runs', '3'));
const out = resolve(arg('out', join(ROOT, '.bench/cold-profile')));

process.env.DC_LENS_EXTENSION ||= join(ROOT, '.output/chrome-mv3');
const fixtures = await import('../../tests/e2e/fixtures');
const server = await startFixtureServer(ROOT);
const { context, dir } = await fixtures.launchWithExtension();
try {
  await fixtures.waitForCatalog(context);
  mkdirSync(out, { recursive: true });
  const page = await context.newPage();
  await page.addInitScript(FIRST_MARK_PROBE);
  const url = `http://127.0.0.1:${server.port}/alibaba-tokyo.html`;
  const warm = [await firstMark(page, url), await firstMark(page, url)];
  console.log(`warm load → first mark: ${warm.map((m) => m.toFixed(0)).join(', ')} ms`);
  const cdp = await context.newCDPSession(page);
  let profiling: Promise<WorkerSession> | null = null;
  cdp.on('Target.targetCreated', (e: { targetInfo: { targetId: string; type: string; url: string } }) => {
    const t = e.targetInfo;
    if (profiling || t.type !== 'service_worker' || !t.url.startsWith('chrome-extension://')) return;
    profiling = workerSession(cdp, t.targetId).then(async (s) => {
      await s.call('Profiler.enable');
      await s.call('Profiler.setSamplingInterval', { interval: 200 });
      await s.call('Profiler.start');
      return s;
    });
  });
  for (let r = 1; r <= runs; r++) {
    await stopWorkers(cdp, context);
    profiling = null;
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const coldMs = await firstMark(page, url);
    await cdp.send('Target.setDiscoverTargets', { discover: false });
    const sw = await fixtures.serviceWorker(context);
    const phases = (await sw.evaluate('globalThis.dcLensPhases')) as Record<string, number>;
    console.log(`\nwake ${r}: load → first mark ${coldMs.toFixed(0)} ms; worker phases (ms since it started): ${Object.entries(phases).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
    const session = profiling as Promise<WorkerSession> | null;
    if (!session) {
      console.log('  (the worker was not seen starting: no profile)');
      continue;
    }
    const s = await session;
    const { profile } = (await s.call('Profiler.stop')) as { profile: CpuProfile };
    await s.detach();
    const file = join(out, `wake-${r}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  ${file}; self time:`);
    for (const line of selfTimes(profile, 25)) console.log(`  ${line}`);
  }
} finally {
  await context.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  server.stop();
}
process.exit(0);
