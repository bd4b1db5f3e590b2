/**
 * Where a woken worker's first detect() goes, split in Node: fresh processes adopt a build's
 * shipped index and resolver (as a wake adopts its copies) and time detect() of the demo page's
 * text, first call and warm, under V8 settings that take one cold cost away at a time:
 *   - default: functions compiled on first call, regexps compiled on first use (bytecode, then
 *     machine code on their second run);
 *   - `--no-lazy`: every function compiled ahead, as Chromium's code cache of an installed
 *     worker's script has them (docs/BENCH.md, session 8): what a woken worker starts from;
 *   - `--no-lazy` + regexps: the same, with every regexp the call runs compiled beforehand
 *     (`new RegExp(source, flags)` run once on a two-byte subject of 1,000 characters, which V8
 *     compiles to machine code at once; regexps of equal source and flags share their code);
 *   - `--no-lazy --no-regexp-tier-up`: regexps compiled once, to machine code, on first use.
 * What is left with functions and regexps compiled is the interpreter before tier-up, feedback
 * and first-call tables; warm is the work itself. CPU time of the process (process.cpuUsage),
 * medians over rounds run alternated, so every variant sees the same load.
 *
 *   npx tsx scripts/bench/cold-first-detect.ts [--rounds 6] [--extension .output/chrome-mv3]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { detect } from '../../lib/detect';
import { collectText } from '../../lib/page/collect';
import { indexFromBytes } from '../../entrypoints/background/detector-index';
import { resolverFromBytes } from '../../entrypoints/background/resolver-store';

type Spec = [source: string, flags: string];
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DEMO = join(ROOT, 'tests/fixtures/pages/alibaba-tokyo.html');
/** From 1,000 characters V8 compiles a regexp straight to machine code; the quote makes it two-byte text, as the page's is. */
const SUBJECT = `${'Ab 1, '.repeat(167)}\u2019`;

function adopt(extension: string) {
  const bytes = (file: string) => {
    const b = readFileSync(join(extension, file));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };
  const index = indexFromBytes(bytes('shipped-index.bin'));
  const resolver = resolverFromBytes(bytes('shipped-resolver.bin'));
  if (!index || !resolver) throw new Error(`cold-first-detect: ${extension}'s shipped copies were refused: build the extension from this commit (npx wxt build)`);
  return { index, resolve: resolver.resolve.bind(resolver) };
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** One fresh process's measure: the first detect(), the least of seven more, and the regexps' compile ahead. */
function child(): void {
  const { extension, textFile, regexpsFile } = JSON.parse(process.env.COLD_FIRST_DETECT_CHILD!) as { extension: string; textFile: string; regexpsFile?: string };
  const text = readFileSync(textFile, 'utf8');
  const { index, resolve: resolveFn } = adopt(extension);
  let aheadMs = 0;
  if (regexpsFile) {
    const started = process.cpuUsage();
    for (const [source, flags] of JSON.parse(readFileSync(regexpsFile, 'utf8')) as Spec[]) new RegExp(source, flags).exec(SUBJECT);
    aheadMs = cpuMs(started);
  }
  const runs: number[] = [];
  const outputs = new Set<string>();
  for (let i = 0; i < 8; i++) {
    const started = process.cpuUsage();
    const mentions = detect(text, index, resolveFn);
    runs.push(cpuMs(started));
    outputs.add(JSON.stringify(mentions));
  }
  process.stdout.write(JSON.stringify({ firstMs: runs[0], warmMs: Math.min(...runs.slice(1)), aheadMs, identical: outputs.size === 1, output: [...outputs][0] }));
}

/** The regexps one detect() of `text` runs, seen through RegExp.prototype.exec and split (put back after). */
function regexpsRun(text: string, extension: string): Spec[] {
  const { index, resolve: resolveFn } = adopt(extension);
  const proto = RegExp.prototype;
  const { exec } = proto;
  const split = proto[Symbol.split];
  const seen = new Map<string, Spec>();
  let splitting = 0;
  const note = (re: RegExp) => void (seen.has(`${re.flags}/${re.source}`) || seen.set(`${re.flags}/${re.source}`, [re.source, re.flags]));
  proto.exec = function (this: RegExp, s: string) {
    if (splitting === 0) note(this);
    return exec.call(this, s);
  };
  // split's sticky copy (by the spec) is not what V8 compiles: it runs the regexp itself.
  proto[Symbol.split] = function (this: RegExp, s: string, limit?: number) {
    note(this);
    splitting++;
    try {
      return split.call(this, s, limit);
    } finally {
      splitting--;
    }
  };
  try {
    detect(text, index, resolveFn);
  } finally {
    proto.exec = exec;
    proto[Symbol.split] = split;
  }
  return [...seen.values()];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const rounds = Number(arg('rounds', '6'));
  const extension = resolve(arg('extension', join(ROOT, '.output/chrome-mv3')));
  const dir = mkdtempSync(join(tmpdir(), 'dc-lens-first-detect-'));
  try {
    const { document } = parseHTML(readFileSync(DEMO, 'utf8'));
    const text = collectText((document.body ?? document.documentElement) as unknown as Node).text;
    const textFile = join(dir, 'demo.txt');
    writeFileSync(textFile, text);
    const regexps = regexpsRun(text, extension);
    const regexpsFile = join(dir, 'regexps.json');
    writeFileSync(regexpsFile, JSON.stringify(regexps));
    const variants: Array<{ name: string; flags: string[]; ahead: boolean }> = [
      { name: 'default', flags: [], ahead: false },
      { name: '--no-lazy (as a code cache)', flags: ['--no-lazy'], ahead: false },
      { name: `--no-lazy + its ${regexps.length} regexps compiled ahead`, flags: ['--no-lazy'], ahead: true },
      { name: '--no-lazy --no-regexp-tier-up', flags: ['--no-lazy', '--no-regexp-tier-up'], ahead: false },
    ];
    const results = variants.map(() => [] as Array<{ firstMs: number; warmMs: number; aheadMs: number; identical: boolean; output: string }>);
    for (let r = 0; r < rounds; r++) {
      variants.forEach((v, i) => {
        const env = { ...process.env, COLD_FIRST_DETECT_CHILD: JSON.stringify({ extension, textFile, regexpsFile: v.ahead ? regexpsFile : undefined }) };
        const run = spawnSync(process.execPath, [...v.flags, '--import', 'tsx', fileURLToPath(import.meta.url)], { env, encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 26 });
        if (run.status !== 0) throw new Error(`cold-first-detect: ${v.name}: ${run.stderr}`);
        results[i].push(JSON.parse(run.stdout));
      });
    }
    const outputs = new Set(results.flat().map((x) => x.output));
    console.log(`demo page (${text.length} chars), ${extension}; ${rounds} fresh processes per variant, alternated; CPU ms, median [range]:`);
    variants.forEach((v, i) => {
      const rs = results[i];
      const first = rs.map((x) => x.firstMs);
      const ahead = v.ahead ? `; compiling them ahead ${median(rs.map((x) => x.aheadMs)).toFixed(1)}` : '';
      console.log(`  ${v.name.padEnd(44)} first ${median(first).toFixed(1).padStart(6)} [${Math.min(...first).toFixed(1)}–${Math.max(...first).toFixed(1)}], warm ${median(rs.map((x) => x.warmMs)).toFixed(1)}${ahead}`);
    });
    console.log(`  detect() output the same in every call of every process: ${outputs.size === 1 && results.flat().every((x) => x.identical)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.COLD_FIRST_DETECT_CHILD) child();
else main();
