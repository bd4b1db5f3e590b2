/**
 * Issue "Reading": in real Chromium with the built extension, on long generated pages, DC Lens's
 * time from the page's load event until its last mark is painted, next to the text-reading floor
 * and a mark.js-style highlighter measured in the same browser on a fresh copy of the page.
 *
 * DC Lens is switched off for "localhost" in its settings, so the same page served as localhost is
 * an untouched copy (for the floor, mark.js and the control profile) and as 127.0.0.1 is read by it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { runsFor, type BenchContext } from './context';
import { sumProfile, type CpuProfile } from './cpu-profile';
import { FLOOR, markJsExpression, NATIVE_READ, PAGE_PROBE } from './in-page';
import { aliasAlternation } from './markjs';
import { median } from './measure';
import type { Row, SectionResult } from './report';
import { serveText } from './servers';

const SECTION = 'Reading (Chromium)';
/** Marks are "done" once their count has not changed for this long. */
const QUIET_MS = 1500;
export const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The function PAGE_PROBE runs at the load event, to find the load in a CPU profile. */
const LOAD_MARKER = '__benchLoadMarker';

interface Probe {
  loadAt: number | null;
  firstAt: number | null;
  lastChangeAt: number | null;
  count: number;
  longTasks: Array<[number, number]>;
  longFrames: Array<[number, number, number, number]>;
  now: number;
}

export interface ReadingEnv {
  context: BrowserContext;
  port: number;
  /** Site and operator names and aliases of the catalog the extension runs with (the seed). */
  aliases: string[];
}

const readProbe = (page: Page) => page.evaluate('window.__bench ? { ...window.__bench, now: performance.now() } : null') as Promise<Probe | null>;

/** Loads `url` and waits until DC Lens's marks stop changing; times are from the load event. */
export async function runDcLens(page: Page, url: string, timeoutMs = 90_000) {
  // A tab behind another is throttled (about one frame a second, idle callbacks only at their
  // timeout): every run happens in the front tab.
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const until = Date.now() + timeoutMs;
  for (;;) {
    const p = await readProbe(page);
    if (p && p.loadAt !== null && p.count > 0 && p.lastChangeAt !== null && p.now - p.lastChangeAt > QUIET_MS) {
      const afterLoad = <T extends [number, ...number[]]>(list: T[]) => list.filter(([start]) => start >= p.loadAt!);
      const frames = afterLoad(p.longFrames);
      const tasks = afterLoad(p.longTasks);
      return {
        wallMs: p.lastChangeAt - p.loadAt,
        firstMs: (p.firstAt ?? p.lastChangeAt) - p.loadAt,
        marks: p.count,
        longFrames: frames.length,
        longFrameMs: frames.reduce((s, f) => s + f[1], 0),
        longFrameBlockingMs: frames.reduce((s, f) => s + f[2], 0),
        longFrameContentScriptMs: frames.reduce((s, f) => s + f[3], 0),
        longTasks: tasks.length,
        longTaskMs: tasks.reduce((s, t) => s + t[1], 0),
      };
    }
    if (Date.now() > until) throw new Error(`bench: no stable DC Lens marks on ${url} within ${timeoutMs} ms`);
    await page.waitForTimeout(200);
  }
}

export async function profiled<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return { result, profile };
}

/**
 * CPU profiles of the page's main thread: DC Lens's own script time, and the busy time after load
 * it adds over the same page with DC Lens off (a control run of the same length).
 */
async function measureBusy(ctx: BenchContext, page: Page, active: string, controlPage: Page, control: string) {
  const script: number[] = [];
  const added: number[] = [];
  let wholeProfile = 0;
  const markerFound: Array<[boolean, boolean]> = [];
  for (let i = 0; i < runsFor(ctx, 3); i++) {
    const withLens = await profiled(page, () => runDcLens(page, active));
    const lens = sumProfile(withLens.profile, CONTENT_SCRIPT);
    const lensAfterLoad = sumProfile(withLens.profile, CONTENT_SCRIPT, LOAD_MARKER);
    const controlRun = await profiled(controlPage, async () => {
      await controlPage.bringToFront();
      await controlPage.goto(control, { waitUntil: 'load', timeout: 60_000 });
      await controlPage.waitForTimeout(withLens.result.wallMs + QUIET_MS + 200);
    });
    const base = sumProfile(controlRun.profile, CONTENT_SCRIPT, LOAD_MARKER);
    script.push(lens.scriptMs);
    markerFound.push([lensAfterLoad.fromFound, base.fromFound]);
    if (lensAfterLoad.fromFound && base.fromFound) added.push(lensAfterLoad.busyMs - base.busyMs);
    else {
      // The marker was not sampled: compare whole profiles (page parsing included, noisier).
      wholeProfile++;
      added.push(lens.busyMs - sumProfile(controlRun.profile, CONTENT_SCRIPT).busyMs);
    }
  }
  return { script, added, wholeProfile, markerFound };
}

/**
 * A read of the page (the floor's walk, or the native read) run once in a fresh isolated world (as
 * content scripts run) on a page just loaded: what a content script's first read of the page pays. A
 * world makes its own JS wrapper for every node it touches, and the floor's main world may already
 * have them (the realistic page builds its DOM from a script). Returns the read's own ms.
 */
async function inFreshIsolatedWorld(page: Page, expression: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `dc-lens-bench-${Date.now()}` });
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.executionContextId, returnByValue: true });
    return (result.value as { ms: number }).ms;
  } finally {
    await cdp.detach();
  }
}

/** The long realistic page: header menus, an article, a sidebar and a nested comment thread (about 97k elements). */
const REALISTIC = '/long-realistic.html';

/** A page to read: served as 127.0.0.1 (DC Lens reads it) and as localhost (DC Lens is off there). */
interface BenchPage {
  /** Path and query, on both hosts. */
  path: string;
  port: number;
  /** What the rows call it, after its node count. */
  kind: string;
  /** Issue 11's realistic page (goal <= 2x) rather than the reading issue's generated ones (<= 1.5x). */
  realistic: boolean;
  /** Whether the mark.js-style row is measured (on the served copy of the realistic page that stage had not finished after 10 minutes at load 10-13). */
  markJs: boolean;
}

/**
 * The realistic page as a server would send it: the DOM its script built, serialized as static
 * HTML (the script left out). News pages mostly come as HTML, and a page whose own script built
 * every node has made the main world's JS wrappers for them, which the floor (in that world) then
 * reuses; here the main world has none either. The parser joins the script's adjacent text nodes.
 */
async function serveStaticRealistic(env: ReadingEnv): Promise<{ port: number; stop: () => Promise<void> }> {
  const page = await env.context.newPage();
  try {
    await page.goto(`http://localhost:${env.port}${REALISTIC}`, { waitUntil: 'load', timeout: 60_000 });
    const html = (await page.evaluate("document.querySelector('body > script')?.remove(), '<!doctype html>' + document.documentElement.outerHTML")) as string;
    const served = await serveText(html, 'text/html; charset=utf-8');
    return { port: Number(new URL(served.url).port), stop: served.stop };
  } finally {
    await page.close();
  }
}

async function benchSize(ctx: BenchContext, env: ReadingEnv, target: BenchPage) {
  const { path, realistic } = target;
  const active = `http://127.0.0.1:${target.port}${path}`;
  const control = `http://localhost:${target.port}${path}`;
  // One tab per host: a cross-site navigation would move the tab to another renderer process,
  // and the CPU profile with it.
  const page = await env.context.newPage();
  const controlPage = await env.context.newPage();
  await page.addInitScript(PAGE_PROBE);
  await controlPage.addInitScript(PAGE_PROBE);
  await controlPage.goto(control, { waitUntil: 'load', timeout: 60_000 });
  const runs = runsFor(ctx, 3);

  ctx.log(`reading ${path}: DC Lens, load to last mark (1 warm-up + ${runs})`);
  await runDcLens(page, active);
  const dc: Awaited<ReturnType<typeof runDcLens>>[] = [];
  for (let i = 0; i < runs; i++) dc.push(await runDcLens(page, active));
  const wall = median(dc.map((r) => r.wallMs));
  const domNodes = (await page.evaluate(
    "document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null).numberValue",
  )) as number;

  ctx.log(`reading ${path}: main-thread profiles (DC Lens and control)`);
  const { script, added, wholeProfile, markerFound } = await measureBusy(ctx, page, active, controlPage, control);

  ctx.log(`reading ${path}: floor and mark.js-style on an untouched copy`);
  const floor: number[] = [];
  const isolated: number[] = [];
  const native: number[] = [];
  const mark: Array<{ scriptMs: number; layoutMs: number; paintedMs: number; matches: number; textNodes: number }> = [];
  const alternation = aliasAlternation(env.aliases);
  await controlPage.bringToFront();
  for (let i = 0; i < runs + 1; i++) {
    await controlPage.goto(control, { waitUntil: 'load', timeout: 60_000 });
    await controlPage.waitForTimeout(300);
    const controlMarks = (await readProbe(controlPage))?.count ?? 0;
    if (controlMarks > 0) throw new Error('bench: DC Lens marked the localhost copy; the control is not clean');
    // First, before the main world's walks make the text nodes' strings.
    const iso = await inFreshIsolatedWorld(controlPage, FLOOR);
    const f = [];
    for (let k = 0; k < 3; k++) f.push(((await controlPage.evaluate(FLOOR)) as { ms: number }).ms);
    const m = target.markJs ? ((await controlPage.evaluate(markJsExpression(alternation))) as (typeof mark)[number]) : null;
    // The native read on a load of its own, so that no walk before it has read the page, once the
    // page has been laid out and painted: innerText and the chunks' heights read layout, and on the
    // script-built page the first layout (hundreds of ms, the page's own) can still be pending 300 ms
    // after load; a read before it would force it and count it.
    await controlPage.goto(control, { waitUntil: 'load', timeout: 60_000 });
    await controlPage.waitForTimeout(300);
    await controlPage.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const nat = await inFreshIsolatedWorld(controlPage, NATIVE_READ);
    if (i === 0) continue; // warm-up page
    floor.push(...f.slice(1));
    isolated.push(iso);
    native.push(nat);
    if (m) mark.push(m);
  }
  await page.close();
  await controlPage.close();

  const floorMs = median(floor);
  const isolatedMs = median(isolated);
  const nativeMs = median(native);
  const markMs = median(mark.map((m) => m.paintedMs));
  const scriptMs = median(script);
  const addedMs = median(added);
  const label = `${(domNodes / 1000).toFixed(0)}k-node ${target.kind}`;
  const vsFloor = (value: number) => ({ baseline: { label: 'text-walk floor', value: floorMs, unit: 'ms' }, ratio: value / floorMs });
  const rows: Row[] = [
    { section: SECTION, measure: `${label}: text-walk floor (firstChild/nextSibling, join)`, value: floorMs, unit: 'ms', runs: floor.length },
    {
      section: SECTION,
      measure: `${label}: the same walk, first run in a fresh isolated world (a content script's own first walk)`,
      value: isolatedMs,
      unit: 'ms',
      ...vsFloor(isolatedMs),
      runs: isolated.length,
    },
    {
      section: SECTION,
      measure: `${label}: its visible text read natively (innerText of chunks at most 3000 px tall), first run in a fresh isolated world`,
      value: nativeMs,
      unit: 'ms',
      ...vsFloor(nativeMs),
      runs: native.length,
    },
    ...(mark.length ? [{ section: SECTION, measure: `${label}: mark.js-style (walk + ${env.aliases.length}-name regex + <mark> wraps), to next frame`, value: markMs, unit: 'ms', ...vsFloor(markMs), runs: mark.length }] : []),
    {
      section: SECTION,
      measure: `${label}: DC Lens, load event to last mark painted (wall)`,
      value: wall,
      unit: 'ms',
      ...vsFloor(wall),
      goal: { text: '<= 1.5x floor', met: wall / floorMs <= 1.5 },
      runs: dc.length,
    },
    {
      section: SECTION,
      measure: `${label}: DC Lens, load event to first mark painted (wall)`,
      value: median(dc.map((r) => r.firstMs)),
      unit: 'ms',
      ...vsFloor(median(dc.map((r) => r.firstMs))),
      runs: dc.length,
    },
    {
      section: SECTION,
      measure: `${label}: DC Lens script time on the page's main thread (profiled)`,
      value: scriptMs,
      unit: 'ms',
      ...vsFloor(scriptMs),
      // Issue 11 asks 2x of the long realistic page; the reading issue asked 1.5x of the generated ones.
      goal: realistic ? { text: '<= 2x floor (busy)', met: scriptMs / floorMs <= 2 } : { text: '<= 1.5x floor (busy)', met: scriptMs / floorMs <= 1.5 },
      runs: script.length,
    },
    {
      section: SECTION,
      measure: `${label}: main-thread busy time after load added by DC Lens (vs control page)`,
      value: addedMs,
      unit: 'ms',
      ...vsFloor(addedMs),
      runs: added.length,
    },
  ];
  const details = {
    path,
    domNodes,
    marks: dc.map((r) => r.marks),
    markJsMatches: mark.map((m) => m.matches),
    markJs: mark,
    dcLensRuns: dc,
    floorRunsMs: floor,
    isolatedWalkRunsMs: isolated,
    nativeReadRunsMs: native,
    scriptVsIsolatedWalk: scriptMs / isolatedMs,
    scriptRunsMs: script,
    addedBusyRunsMs: added,
    addedBusyWholeProfileRuns: wholeProfile,
    loadMarkerFound: markerFound,
  };
  const sum = (f: (r: (typeof dc)[number]) => number) => dc.reduce((s, r) => s + f(r), 0);
  const note =
    `${label}: DC Lens script time is ${(scriptMs / isolatedMs).toFixed(2)}x the isolated-world walk. DC Lens painted ${dc[0]?.marks} marks` +
    (mark.length ? `, mark.js-style wrapped ${mark[0].matches} name matches in ${mark[0].textNodes} text nodes. ` : '. ') +
    `After load, over ${dc.length} DC Lens runs: ${sum((r) => r.longTasks)} long tasks (${sum((r) => r.longTaskMs).toFixed(0)} ms), ` +
    `${sum((r) => r.longFrames)} long animation frames (${sum((r) => r.longFrameMs).toFixed(0)} ms; scripts attributed to the content script: ${sum((r) => r.longFrameContentScriptMs).toFixed(0)} ms).`;
  return { rows, details, note: wholeProfile > 0 ? `${note} Added busy time: ${wholeProfile} of ${added.length} runs compared whole profiles (load marker not sampled).` : note };
}

export async function benchReading(ctx: BenchContext, env: ReadingEnv, sizes: readonly number[]): Promise<SectionResult> {
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const notes: string[] = [];
  const pages: Array<[string, BenchPage]> = sizes.map((n) => [`nodes${n}`, { path: `/generated/big.html?nodes=${n}&mentions=1`, port: env.port, kind: 'page', realistic: false, markJs: true }]);
  if (!ctx.quick) pages.push(['realistic', { path: REALISTIC, port: env.port, kind: 'realistic page (menus, article, comment thread; built by its script)', realistic: true, markJs: true }]);
  for (const [key, target] of pages) {
    const r = await benchSize(ctx, env, target);
    rows.push(...r.rows);
    details[key] = r.details;
    notes.push(r.note);
  }
  if (!ctx.quick) {
    const served = await serveStaticRealistic(env);
    try {
      const r = await benchSize(ctx, env, { path: '/long-realistic-static.html', port: served.port, kind: 'realistic page, server-rendered copy (the same DOM as static HTML)', realistic: true, markJs: false });
      rows.push(...r.rows);
      details.realisticStatic = r.details;
      notes.push(r.note);
    } finally {
      await served.stop();
    }
  }
  notes.push(
    'Wall time runs from the load event (DC Lens starts after it) to the animation frame in which the highlight count last changed: it includes idle waits between 8 ms slices, the round trip to the background and detect() there (another process), so it is not CPU time.',
    'Script time: CPU-profile samples with a frame of content.js on the stack (its JS and the DOM calls it makes), sampled every 0.2 ms; style, layout and paint of the highlights are not in it. Added busy time: non-idle main-thread samples from the load event on, in the DC Lens run minus in the same page with DC Lens off, over the same span (includes style, layout, paint and GC; noisy, it can even come out negative).',
    'The floor is the same page\'s text read in one synchronous walk, in the page\'s own world; mark.js-style is timed from building its regex to the next frame after wrapping.',
  );
  return { section: SECTION, rows, details, notes };
}
