/**
 * The page's main-thread tasks after its load event, each with its CPU time and the time DC Lens's
 * content script ran in it: a Chromium trace (tasks, with thread time) and a V8 CPU profile
 * (which script ran), recorded over CDP.
 *
 * Why not the Long Tasks API alone: it measures wall time, so on a loaded 2-core machine a 5 ms
 * slice descheduled by the OS shows up as a 200 ms "long task" (its thread time stays 5 ms); and
 * Chromium runs long tasks of its own after load on a page with many links (on the 100,000-node
 * page: AnchorElementMetricsSender::MaybeUpdateMetrics over 14,000 anchors, 55-170 ms, with no
 * extension installed), which are not DC Lens's.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface MainThreadTask {
  /** Start, ms after the load event. */
  atMs: number;
  wallMs: number;
  /** Thread (CPU) time of the task. */
  cpuMs: number;
  /** Sampled time with a frame of the content script on the stack (its JS and the DOM calls it makes). */
  contentScriptMs: number;
  /** What posted the task (Chromium's source function), when the trace says. */
  source: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { src_func?: string; data?: { isMainFrame?: boolean; isOutermostMainFrame?: boolean } };
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Top-level units of work on a renderer's main thread (a microtask checkpoint may stand alone). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'RunMicrotasks']);
const SAMPLE_US = 250;

/** Starts recording on `page`; the returned function stops and gives the tasks after load. */
export async function recordMainThread(page: Page, scriptUrlPart: string): Promise<() => Promise<MainThreadTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'v8.execute', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await stopTracing(cdp);
    await cdp.detach();
    return tasksAfterLoad(events, profile, scriptUrlPart);
  };
}

async function stopTracing(cdp: CDPSession): Promise<void> {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
}

function tasksAfterLoad(events: TraceEvent[], profile: Profile, scriptUrlPart: string): MainThreadTask[] {
  const load = events.find((e) => e.name === 'MarkLoad' && (e.args?.data?.isOutermostMainFrame ?? e.args?.data?.isMainFrame));
  if (!load) throw new Error('main-thread trace: no load event of the main frame');
  const onMain = events
    .filter((e) => e.ph === 'X' && e.pid === load.pid && e.tid === load.tid && TASKS.has(e.name) && e.ts >= load.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outermost: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of onMain) {
    if (e.ts < end) continue; // nested in the task before
    outermost.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const inScript = scriptNodes(profile, scriptUrlPart);
  const sampleAt: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) sampleAt.push((t += d));
  let i = 0;
  return outermost.map((task) => {
    const to = task.ts + (task.dur ?? 0);
    while (i < sampleAt.length && sampleAt[i] < task.ts) i++;
    let samples = 0;
    for (let k = i; k < sampleAt.length && sampleAt[k] <= to; k++) if (inScript.has(profile.samples[k])) samples++;
    return {
      atMs: (task.ts - load.ts) / 1000,
      wallMs: (task.dur ?? 0) / 1000,
      cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
      contentScriptMs: (samples * SAMPLE_US) / 1000,
      source: task.args?.src_func ?? task.name,
    };
  });
}

/** Profile nodes with a frame of the script on their stack. */
function scriptNodes(profile: Profile, scriptUrlPart: string): Set<number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Set<number>();
  const visit = (id: number, inside: boolean) => {
    const node = byId.get(id);
    if (!node) return;
    const own = inside || node.callFrame.url.includes(scriptUrlPart);
    if (own) out.add(id);
    for (const c of node.children ?? []) visit(c, own);
  };
  visit(profile.nodes[0].id, false);
  return out;
}
