/**
 * Where a 100,000-site export's time goes in the service worker: imports the catalog through the
 * import port (as the sync-team bench does), waits for the worker to settle, then takes a CPU
 * profile of the worker over one export through the export port. For finding what to cut; the
 * figures themselves are in `npm run bench -- --only sync-team`.
 *
 *   npx tsx scripts/bench/sync-profile.ts [--sites 100000] [--out .bench/sync-profile]
 *
 * The extension is DC_LENS_EXTENSION (default .output/chrome-mv3); an unminified build names the
 * functions. Writes export.cpuprofile (Chrome DevTools › Performance opens it) and prints the
 * functions with the most self time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExport } from '../../lib/sync/format';
import { selfTimes, type CpuProfile } from './cpu-profile';
import { workerSession } from './cold-probe';
import { serveText } from './servers';
import { exportExpression, importExpression, settled } from './sync-team';
import { growCatalog, loadSeed } from './synth-catalog';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const out = resolve(arg('out', join(ROOT, '.bench/sync-profile')));

process.env.DC_LENS_EXTENSION ||= join(ROOT, '.output/chrome-mv3');
const fixtures = await import('../../tests/e2e/fixtures');
const grown = growCatalog(loadSeed(ROOT), { sites: Number(arg('sites', '100000')) });
const served = await serveText(buildExport({ operators: grown.operators, sites: grown.sites, sightings: [] }, undefined, '2026-11-22T10:00:00.000Z'));
const { context, dir } = await fixtures.launchWithExtension();
try {
  await fixtures.waitForCatalog(context);
  mkdirSync(out, { recursive: true });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await fixtures.extensionId(context)}/manager.html`);
  const imported = (await page.evaluate(importExpression(served.url))) as { applyMs: number; previewMs: number; applied: number };
  console.log(`imported ${imported.applied} records: file to preview ${Math.round(imported.previewMs)} ms, apply ${Math.round(imported.applyMs)} ms`);
  await settled(await fixtures.serviceWorker(context));
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!target) throw new Error('no service worker to profile');
  const session = await workerSession(cdp, target.targetId);
  await session.call('Profiler.enable');
  await session.call('Profiler.setSamplingInterval', { interval: 500 });
  await session.call('Profiler.start');
  const exported = (await page.evaluate(exportExpression(served.url))) as { exportMs: number; stringifyMs: number; count: number };
  const { profile } = (await session.call('Profiler.stop')) as { profile: CpuProfile };
  await session.detach();
  console.log(`export of ${exported.count} sites: ${Math.round(exported.exportMs)} ms (JSON.stringify in the page ${Math.round(exported.stringifyMs)} ms)`);
  writeFileSync(join(out, 'export.cpuprofile'), JSON.stringify(profile));
  console.log(selfTimes(profile, 25).join('\n'));
} finally {
  await context.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  await served.stop();
}
