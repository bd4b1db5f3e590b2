/**
 * The built extension the browser benches load: built into a folder of the bench's own (never the
 * lead's .output), or taken as is from BENCH_EXTENSION; and the content script's gzip size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from './context';
import type { SectionResult } from './report';

export const BENCH_OUT_DIR = process.env.BENCH_OUT_DIR || join(tmpdir(), 'dc-lens-bench-out');

/** Path of the chrome-mv3 build, or an error message. */
export function buildExtension(ctx: BenchContext): { path: string; buildMs: number | null } | { error: string } {
  if (process.env.BENCH_EXTENSION) {
    const path = process.env.BENCH_EXTENSION;
    return existsSync(join(path, 'manifest.json')) ? { path, buildMs: null } : { error: `BENCH_EXTENSION=${path} has no manifest.json` };
  }
  ctx.log(`build: wxt build into ${BENCH_OUT_DIR}`);
  const t0 = performance.now();
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ctx.root, env: { ...process.env, WXT_OUT_DIR: BENCH_OUT_DIR }, encoding: 'utf8', shell: false });
  const path = join(BENCH_OUT_DIR, 'chrome-mv3');
  if (r.status !== 0 || !existsSync(join(path, 'manifest.json'))) {
    return { error: `wxt build failed (exit ${r.status}): ${(r.stderr || r.stdout || '').split('\n').slice(-8).join(' ').slice(0, 600)}` };
  }
  return { path, buildMs: performance.now() - t0 };
}

export function benchContentSize(extensionPath: string): SectionResult {
  const file = join(extensionPath, 'content-scripts/content.js');
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const cssFile = join(extensionPath, 'content-scripts/content.css');
  const css = existsSync(cssFile) ? gzipSync(readFileSync(cssFile), { level: 9 }).length : 0;
  return {
    section: 'Content script',
    rows: [
      {
        section: 'Content script',
        measure: 'content-scripts/content.js, gzip -9',
        value: gz,
        unit: 'bytes',
        baseline: { label: 'uncompressed', value: raw.length, unit: 'bytes' },
        ratio: gz / raw.length,
        goal: { text: '< 30 KB gz', met: gz < 30 * 1024 },
      },
    ],
    details: { file, rawBytes: raw.length, gzipBytes: gz, cssGzipBytes: css },
    notes: [`content.css adds ${css} bytes gzipped. Built from the working tree at bench time.`],
  };
}
