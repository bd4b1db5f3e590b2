/**
 * A cold wake's CPU profile read as steps (scripts/bench/cold-profile.ts): the busy stretches in
 * time order, each with the source files its samples ran in, and the bundle's top-level evaluation
 * split by what it called. Source files come from the bundle's source map (an unminified build).
 */
import type { CpuProfile } from './cpu-profile';

interface Frame {
  functionName: string;
  url: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface Node {
  id: number;
  callFrame: Frame;
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The source file of each generated line (its first mapped segment), from a v3 source map. */
export class SourceMapLines {
  private readonly byLine: Array<number | undefined> = [];
  constructor(private readonly map: { sources: string[]; mappings: string }) {
    let source = 0;
    map.mappings.split(';').forEach((line, i) => {
      let first: number | undefined;
      for (const segment of line.split(',')) {
        if (!segment) continue;
        const fields = decodeVlq(segment);
        if (fields.length < 2) continue;
        source += fields[1];
        // Later segments still advance the running source index.
        first ??= source;
      }
      this.byLine[i] = first;
    });
  }

  /** `line` is 0-based (as in CPU profiles); node_modules paths shortened to their package. */
  sourceOf(line: number): string {
    for (let l = line; l >= 0; l--) {
      const s = this.byLine[l];
      if (s !== undefined) return shorten(this.map.sources[s]);
    }
    return '?';
  }
}

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function shorten(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm < 0) return path.replace(/^(\.\.\/)+/, '');
  const rest = path.slice(nm + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Lines for the console: each busy stretch (idle gaps under `gapMs` joined) with its start, length
 * and top sources; then the top level's time by callee source.
 */
export function wakeSteps(profile: CpuProfile, lines: SourceMapLines | null, bundle: string, gapMs = 2): string[] {
  const nodes = profile.nodes as Node[];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sourceOfFrame = (f: Frame) => {
    if (SPECIAL.has(f.functionName) && !f.url) return f.functionName;
    if (!f.url.includes(bundle)) return f.url ? f.url.split('/').pop() ?? f.url : `(native) ${f.functionName}`;
    return lines ? lines.sourceOf(f.lineNumber ?? 0) : `${bundle}:${(f.lineNumber ?? 0) + 1}`;
  };
  const stackOf = (id: number) => {
    const stack: Node[] = [];
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1)) stack.push(n);
    return stack.reverse();
  };
  // The bundle's top level: the script and its IIFE, both at line 0 (the innermost of them counts).
  const isTopLevel = (n: Node) => n.callFrame.url.includes(bundle) && (n.callFrame.lineNumber ?? 0) === 0;
  const topOf = (stack: Node[]) => {
    let k = -1;
    while (k + 1 < stack.length && (isTopLevel(stack[k + 1]) || SPECIAL.has(stack[k + 1].callFrame.functionName))) k++;
    return stack[k] && isTopLevel(stack[k]) ? k : -1;
  };

  const out: string[] = [];
  const segments: Array<{ start: number; end: number; sources: Map<string, number> }> = [];
  const topLevel = new Map<string, number>();
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const name = node.callFrame.functionName;
    if (name === '(idle)') continue;
    const source = sourceOfFrame(node.callFrame);
    let seg = segments[segments.length - 1];
    if (!seg || t - seg.end > gapMs) segments.push((seg = { start: t, end: t, sources: new Map() }));
    seg.end = t + ms;
    seg.sources.set(source, (seg.sources.get(source) ?? 0) + ms);
    const stack = stackOf(node.id);
    const top = topOf(stack);
    if (top >= 0) {
      const callee = stack[top + 1];
      const key = callee ? `${callee.callFrame.functionName || '(anonymous)'} (${sourceOfFrame(callee.callFrame)})` : 'its own statements';
      topLevel.set(key, (topLevel.get(key) ?? 0) + ms);
    }
  }
  for (const s of segments) {
    const busy = [...s.sources.values()].reduce((a, b) => a + b, 0);
    if (busy < 1) continue;
    const top = [...s.sources].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    out.push(`${s.start.toFixed(1).padStart(7)} → ${s.end.toFixed(1).padStart(7)} ms  busy ${busy.toFixed(1).padStart(6)} ms: ${top.join(', ')}`);
  }
  const total = [...topLevel.values()].reduce((a, b) => a + b, 0);
  out.push(`bundle top level ${total.toFixed(1)} ms: ${[...topLevel].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  // The top level's own lines by source (positionTicks: samples per line of the top-level function).
  if (lines) {
    const own = new Map<string, number>();
    const interval = profile.samples.length ? (profile.endTime - profile.startTime) / 1000 / profile.samples.length : 0;
    for (const n of nodes) if (isTopLevel(n)) for (const p of n.positionTicks ?? []) {
      const s = lines.sourceOf(p.line - 1);
      own.set(s, (own.get(s) ?? 0) + p.ticks * interval);
    }
    out.push(`top level's own lines by source (≈ms): ${[...own].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
  return out;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * Lines for the console from a trace of one wake: Chromium's service-worker start events (any
 * process) and the worker thread's own events of 0.5 ms or more, in time order, from the first
 * start event; a compile's args say whether V8's code cache served it.
 */
export function traceSteps(events: TraceEvent[], bundle: string): string[] {
  const compile = events.find((e) => /compile/i.test(e.name) && String(e.args?.data?.url ?? '').includes(bundle));
  if (!compile) return ['(no compile of the bundle in the trace)'];
  const start = events.filter((e) => /ServiceWorker|EmbeddedWorker/.test(e.name)).sort((a, b) => a.ts - b.ts);
  const t0 = Math.min(start[0]?.ts ?? compile.ts, compile.ts);
  const own = events.filter((e) => e.pid === compile.pid && e.tid === compile.tid && (e.dur ?? 0) >= 500);
  const picked = [...start.filter((e) => e.ph !== 'n'), ...own].sort((a, b) => a.ts - b.ts);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of picked) {
    const key = `${e.name}@${e.ts}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const data = e.args?.data ?? {};
    const info = Object.entries(data)
      .filter(([k]) => /cache|stream|url|size|eager/i.test(k))
      .map(([k, v]) => `${k}=${String(v).split('/').pop()}`)
      .join(' ');
    out.push(`${((e.ts - t0) / 1000).toFixed(1).padStart(7)} ms ${e.dur !== undefined ? `${(e.dur / 1000).toFixed(1).padStart(6)} ms` : `${e.ph.padStart(9)}`}  ${e.cat}/${e.name}${info ? `  ${info}` : ''}`);
    if (out.length >= 60) break;
  }
  return out;
}
