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
