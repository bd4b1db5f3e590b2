/** Main-thread time from a V8 CPU profile (CDP Profiler): idle, busy, and under one script. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string }; children?: number[] }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSums {
  totalMs: number;
  idleMs: number;
  /** Everything but idle: JS, GC, and native work (style, layout, paint: "(program)"). */
  busyMs: number;
  /** Samples with a frame of `scriptUrlPart` on the stack (JS and the DOM calls it makes). */
  scriptMs: number;
  gcMs: number;
  /** Whether `fromFunction` was found; when not, the sums cover the whole profile. */
  fromFound: boolean;
}

/**
 * Sums sample time; with `fromFunction`, only from the first sample inside a function of that
 * name (a marker the page calls, e.g. at its load event).
 */
export function sumProfile(profile: CpuProfile, scriptUrlPart: string, fromFunction?: string): ProfileSums {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inScript = new Map<number, boolean>();
  const inMarker = new Map<number, boolean>();
  const kind = new Map<number, 'idle' | 'gc' | 'other'>();
  const visit = (id: number, parentIn: boolean, parentMarker: boolean) => {
    const node = byId.get(id);
    if (!node) return;
    const own = node.callFrame.url.includes(scriptUrlPart);
    const marker = parentMarker || (fromFunction !== undefined && node.callFrame.functionName === fromFunction);
    inScript.set(id, parentIn || own);
    inMarker.set(id, marker);
    const name = node.callFrame.functionName;
    kind.set(id, name === '(idle)' ? 'idle' : name === '(garbage collector)' ? 'gc' : 'other');
    for (const c of node.children ?? []) visit(c, parentIn || own, marker);
  };
  visit(profile.nodes[0].id, false, false);
  const first = fromFunction === undefined ? -1 : profile.samples.findIndex((id) => inMarker.get(id));
  const sums = { totalMs: 0, idleMs: 0, busyMs: 0, scriptMs: 0, gcMs: 0, fromFound: first >= 0 };
  // timeDeltas[i] is the gap before sample i: sample i lasts until sample i + 1.
  for (let i = Math.max(0, first); i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const id = profile.samples[i];
    sums.totalMs += ms;
    const k = kind.get(id);
    if (k === 'idle') sums.idleMs += ms;
    else sums.busyMs += ms;
    if (k === 'gc') sums.gcMs += ms;
    if (inScript.get(id)) sums.scriptMs += ms;
  }
  return sums;
}

/** Self time per function (name, file, line), the largest first. */
export function selfTimes(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame as { functionName: string; url: string; lineNumber?: number } | undefined;
    if (!f) return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${(f.lineNumber ?? -1) + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`);
}

/**
 * Self and inclusive time of every function of the script whose URL holds `scriptUrlPart`
 * (recursion counted once per sample), the largest inclusive first; native calls it makes (DOM
 * methods) are listed under their own names with "<-" and the script function that called them.
 */
export function scriptTimes(profile: CpuProfile, scriptUrlPart: string, top: number): string[] {
  type Frame = { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (f: Frame) => `${f.functionName || '(anonymous)'}:${f.columnNumber ?? -1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)?.callFrame as Frame | undefined;
    if (!leaf) return;
    const seen = new Set<string>();
    let ownLeaf = true;
    let nativeUnder: string | null = null;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame as Frame;
      if (!f.url.includes(scriptUrlPart)) {
        if (n === id) ownLeaf = false;
        continue;
      }
      const k = keyOf(f);
      if (!ownLeaf && nativeUnder === null) {
        nativeUnder = `${leaf.functionName || '(native)'} <- ${k}`;
        add(self, nativeUnder, ms);
        add(total, nativeUnder, ms);
      }
      if (ownLeaf && seen.size === 0) add(self, k, ms);
      if (!seen.has(k)) add(total, k, ms);
      seen.add(k);
    }
  });
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `${(self.get(k) ?? 0).toFixed(1).padStart(8)} ${ms.toFixed(1).padStart(9)}  ${k}`);
}
