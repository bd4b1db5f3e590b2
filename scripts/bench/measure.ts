/**
 * Timing and memory helpers for the bench: warm-up runs, then the median of N timed runs, so one
 * run slowed by a busy machine does not decide the figure.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  /** Median of the timed runs, ms. */
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export interface TimeOptions {
  warmup?: number;
  runs?: number;
  /** Runs before each timed run, untimed (fresh copies, closing a database...). */
  before?: () => unknown | Promise<unknown>;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function timeIt<T>(fn: () => T | Promise<T>, opts: TimeOptions = {}): Promise<Timing & { last: T }> {
  const warmup = opts.warmup ?? 1;
  const n = Math.max(1, opts.runs ?? 5);
  let last!: T;
  for (let i = 0; i < warmup; i++) {
    await opts.before?.();
    last = await fn();
  }
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    await opts.before?.();
    const t0 = performance.now();
    last = await fn();
    runs.push(performance.now() - t0);
  }
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs, last };
}

/**
 * A callable gc() even when node was started without --expose-gc (the flag can be turned on at
 * run time; a fresh context then sees `gc`). Null if the runtime refuses.
 */
export function getGc(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
}

/** Heap plus typed-array backing stores (the detector index is mostly typed arrays). */
export function memoryNow(gc: (() => void) | null): { heapUsed: number; arrayBuffers: number; external: number } {
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers, external: m.external };
}

/** Keeps a value observable so the optimiser cannot drop the work that made it. */
export let sink: unknown = null;
export function consume(value: unknown): void {
  sink = value;
}
