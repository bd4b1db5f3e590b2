/**
 * Where a cold wake's time goes: CPU profiles of the extension's service worker from its very
 * first instruction (the worker waits, paused, until the profiler runs: a browser-level CDP
 * session auto-attaches with waitForDebuggerOnStart) until the page's first mark, and a trace of
 * one more wake for what Chromium does around the script (its compile, whether V8's code cache
 * served it). For finding what to make lazy; figures are in `npm run bench -- --only cold`.
 *
 *   npx tsx scripts/bench/cold-profile.ts [--runs 3] [--out .bench/cold-profile]
 *
 * The extension is DC_LENS_EXTENSION (default .output/chrome-mv3, a `wxt build`); a build with
 * source maps (background.js.map beside it) and no minifier names the source file of every
 * sample. Writes wake-N.cpuprofile (Chrome DevTools › Performance opens it) and wake.trace.json,
 * and prints the worker's phases (catalog-state.ts), the wake's busy stretches in time order with
 * their sources, the top level's time by callee, and the functions with the most self time.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectCdp, launchChromium, withWebSocket, type Cdp } from './cold-cdp';
import { FIRST_MARK_PROBE } from './cold-probe';
import { SourceMapLines, traceSteps, wakeSteps } from './cold-steps';
import { selfTimes, type CpuProfile } from './cpu-profile';
import { startFixtureServer } from './servers';

withWebSocket();
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const runs = Number(arg('runs', '3'));
const out = resolve(arg('out', join(ROOT, '.bench/cold-profile')));
const extension = resolve(process.env.DC_LENS_EXTENSION || join(ROOT, '.output/chrome-mv3'));
const mapFile = join(extension, 'background.js.map');
const lines = existsSync(mapFile) ? new SourceMapLines(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const server = await startFixtureServer(ROOT);
const dir = mkdtempSync(join(tmpdir(), 'dc-lens-cold-profile-'));
const { child, wsUrl } = await launchChromium(extension, dir);
const cdp = await connectCdp(wsUrl);
try {
  mkdirSync(out, { recursive: true });
  const worker = await attachWorker(cdp);
  // Asked from here: an evaluation sent before the worker's script ran never sees its globals.
  for (let i = 0; i < 1200 && (await evaluate(cdp, worker, 'typeof globalThis.dcLensReady')) !== 'object'; i++) await sleep(50);
  await evaluate(cdp, worker, 'globalThis.dcLensReady.then(() => 1)');
  await cdp.send('Target.detachFromTarget', { sessionId: worker });
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId: page } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  await cdp.send('Page.enable', {}, page);
  await cdp.send('Runtime.enable', {}, page);
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FIRST_MARK_PROBE }, page);
  const url = `http://127.0.0.1:${server.port}/alibaba-tokyo.html`;
  const warm = [await firstMark(cdp, page, url), await firstMark(cdp, page, url)];
  console.log(`warm load → first mark: ${warm.map((m) => m.toFixed(0)).join(', ')} ms`);
  for (let r = 1; r <= runs + 1; r++) {
    const tracing = r > runs;
    await stopWorkers(cdp, page);
    const started = pausedWorker(cdp, !tracing);
    const trace: unknown[] = [];
    if (tracing) await startTrace(cdp, trace);
    const coldMs = await firstMark(cdp, page, url);
    const w = await started;
    const phases = await evaluate(cdp, w.sessionId, 'globalThis.dcLensPhases');
    console.log(`\nwake ${r}${tracing ? ' (traced, not profiled)' : ''}: load → first mark ${coldMs.toFixed(0)} ms; worker phases (ms since it started): ${Object.entries(phases as Record<string, number>).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
    if (tracing) {
      await endTrace(cdp);
      await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true });
      const file = join(out, 'wake.trace.json');
      writeFileSync(file, JSON.stringify({ traceEvents: trace }));
      console.log(`  ${file}; Chromium's steps for the worker (ms from its first trace event):`);
      for (const line of traceSteps(trace as never, 'background.js')) console.log(`  ${line}`);
      continue;
    }
    const { profile } = await cdp.send<{ profile: CpuProfile }>('Profiler.stop', {}, w.sessionId);
    // Also detaches the worker's session.
    await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true });
    const file = join(out, `wake-${r}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  ${file}\n  busy stretches (ms from the profile's start, the worker paused before its first instruction):`);
    for (const line of wakeSteps(profile, lines, 'background.js')) console.log(`  ${line}`);
    console.log('  self time:');
    for (const line of selfTimes(profile, 20)) console.log(`  ${line}`);
  }
} finally {
  cdp.close();
  child.kill();
  await sleep(300);
  // Chromium may still be writing its profile as it exits: retried, not a crash at the end of a run.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  server.stop();
}
process.exit(0);

async function evaluate(c: Cdp, sessionId: string, expression: string): Promise<unknown> {
  const r = await c.send<{ result: { value?: unknown }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
  if (r.exceptionDetails) throw new Error(`evaluate: ${r.exceptionDetails.text}`);
  return r.result.value;
}

async function extensionWorkers(c: Cdp): Promise<string[]> {
  const { targetInfos } = await c.send<{ targetInfos: Array<{ targetId: string; type: string; url: string }> }>('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')).map((t) => t.targetId);
}

async function attachWorker(c: Cdp): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const [targetId] = await extensionWorkers(c);
    if (targetId) return (await c.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })).sessionId;
    await sleep(50);
  }
  throw new Error('no extension service worker');
}

async function stopWorkers(c: Cdp, page: string): Promise<void> {
  await c.send('ServiceWorker.enable', {}, page);
  await c.send('ServiceWorker.stopAllWorkers', {}, page);
  for (let i = 0; i < 50 && (await extensionWorkers(c)).length > 0; i++) await sleep(20);
  await sleep(300);
}

/** Load event → the frame with the first highlight (the probe's clock), as cold-probe.ts's firstMark. */
async function firstMark(c: Cdp, page: string, url: string): Promise<number> {
  const loaded = new Promise<void>((resolveLoad) => {
    const off = c.on('Page.loadEventFired', (_p, s) => {
      if (s !== page) return;
      off();
      resolveLoad();
    });
  });
  await c.send('Page.navigate', { url }, page);
  await loaded;
  const until = Date.now() + 60_000;
  for (;;) {
    const p = (await evaluate(c, page, 'window.__cold')) as { loadAt: number | null; firstAt: number | null } | null;
    if (p?.loadAt != null && p.firstAt != null) return p.firstAt - p.loadAt;
    if (Date.now() > until) throw new Error(`no DC Lens mark on ${url}`);
    await sleep(20);
  }
}

/**
 * The next extension worker the browser starts: held before its first instruction, profiled (not
 * when traced: the profiler makes V8 collect source positions while it compiles), then run.
 */
function pausedWorker(c: Cdp, profile: boolean): Promise<{ sessionId: string }> {
  return new Promise((resolveWorker, reject) => {
    const off = c.on('Target.attachedToTarget', (p) => {
      const e = p as { sessionId: string; targetInfo: { type: string; url: string }; waitingForDebugger: boolean };
      void (async () => {
        if (!e.targetInfo.url.startsWith('chrome-extension://')) {
          if (e.waitingForDebugger) await c.send('Runtime.runIfWaitingForDebugger', {}, e.sessionId).catch(() => undefined);
          return;
        }
        off();
        if (profile) {
          await c.send('Profiler.enable', {}, e.sessionId);
          await c.send('Profiler.setSamplingInterval', { interval: 100 }, e.sessionId);
          await c.send('Profiler.start', {}, e.sessionId);
        }
        await c.send('Runtime.runIfWaitingForDebugger', {}, e.sessionId);
        resolveWorker({ sessionId: e.sessionId });
      })().catch(reject);
    });
    void c.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker' }] }).catch(reject);
  });
}

async function startTrace(c: Cdp, events: unknown[]): Promise<void> {
  c.on('Tracing.dataCollected', (p) => events.push(...(p.value as unknown[])));
  const categories = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'ServiceWorker', 'loading', 'blink.worker', 'extensions'];
  await c.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
}

async function endTrace(c: Cdp): Promise<void> {
  const done = new Promise<void>((r) => c.on('Tracing.tracingComplete', () => r()));
  await c.send('Tracing.end');
  await done;
}
