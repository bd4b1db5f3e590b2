/**
 * Issue "Saving and syncing": export, read back, merge and apply 100,000 sites, next to
 * JSON.stringify / JSON.parse of the same data. Multi-second steps are warmed up on a 10,000-site
 * slice (to get the code optimised) and then timed on the full catalog.
 */
import { applyChangeSet } from '../../lib/sync/apply';
import { applyChoices } from '../../lib/sync/choices';
import { buildExport, parseExportFile, type ParsedFile } from '../../lib/sync/format';
import { createMemoryStore } from '../../lib/sync/memory-store';
import { planMerge } from '../../lib/sync/merge';
import type { Catalog } from '../../lib/sync/types';
import { runsFor, sizeFor, type BenchContext } from './context';
import { consume, median } from './measure';
import type { Row, SectionResult } from './report';
import { growCatalog, loadSeed } from './synth-catalog';

const SECTION = 'Sync';
const NOW = '2026-11-22T10:00:00.000Z';
const EMPTY: Catalog = { operators: [], sites: [], sightings: [] };

function parsed(text: string): ParsedFile {
  const r = parseExportFile(text);
  if (!r.ok) throw new Error(`bench: export did not read back: ${r.message}`);
  return r.file;
}

/** One warm-up on the small input, then `runs` timed runs on the big one; median, ms. */
async function timed<I>(small: I, big: I, runs: number, fn: (input: I) => unknown): Promise<{ median: number; runs: number[] }> {
  consume(await fn(small));
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    consume(await fn(big));
    out.push(performance.now() - t0);
  }
  return { median: median(out), runs: out };
}

export async function benchSync(ctx: BenchContext): Promise<SectionResult> {
  const seed = loadSeed(ctx.root);
  const grown = growCatalog(seed, { sites: sizeFor(ctx, 100_000) });
  const big: Catalog = { operators: grown.operators, sites: grown.sites, sightings: [] };
  const small: Catalog = { operators: grown.operators, sites: grown.sites.slice(0, sizeFor(ctx, 10_000)), sightings: [] };
  const runs = runsFor(ctx, 3);
  const bigText = buildExport(big, undefined, NOW);
  const smallText = buildExport(small, undefined, NOW);
  const bigJson = JSON.stringify(big);
  const smallJson = JSON.stringify(small);
  const texts = { small: smallText, big: bigText };
  ctx.log(`sync: ${big.sites.length} sites, export ${(bigText.length / 1e6).toFixed(1)} MB`);

  ctx.log('sync: export / stringify');
  const exp = await timed(small, big, runs, (c) => buildExport(c, undefined, NOW));
  const stringify = await timed(small, big, runs, (c) => JSON.stringify(c));
  ctx.log('sync: parse / JSON.parse');
  const parse = await timed(smallText, bigText, runs, (t) => parsed(t));
  const jsonParse = await timed(smallJson, bigJson, runs, (t) => JSON.parse(t));
  const files = { small: parsed(texts.small), big: parsed(texts.big) };
  ctx.log('sync: planMerge');
  const planEmpty = await timed(files.small, files.big, runs, (f) => planMerge(EMPTY, f, { now: NOW }));
  const planSame = await timed([small, files.small] as const, [big, files.big] as const, runs, ([c, f]) => planMerge(c, f, { now: NOW }));
  const plan = planMerge(EMPTY, files.big, { now: NOW });
  const smallPlan = planMerge(EMPTY, files.small, { now: NOW });
  const samePlan = planMerge(big, files.big, { now: NOW });
  ctx.log('sync: applyChoices + applyChangeSet (memory store)');
  const apply = await timed(smallPlan, plan, runs, async (p) => applyChangeSet(createMemoryStore(EMPTY), applyChoices(p, {}, { now: NOW })));

  const row = (measure: string, value: { median: number; runs: number[] }, base: { median: number }, baseLabel: string): Row => ({
    section: SECTION,
    measure,
    value: value.median,
    unit: 'ms',
    baseline: { label: baseLabel, value: base.median, unit: 'ms' },
    ratio: value.median / base.median,
    runs: value.runs.length,
  });
  const n = big.sites.length.toLocaleString('en-US');
  const rows: Row[] = [
    row(`buildExport, ${n} sites (${(bigText.length / 1024 / 1024).toFixed(0)} MB)`, exp, stringify, 'JSON.stringify'),
    row('parseExportFile of that text (parse + validate)', parse, jsonParse, 'JSON.parse'),
    row('planMerge into an empty catalog', planEmpty, jsonParse, 'JSON.parse'),
    row('planMerge into an identical catalog', planSame, jsonParse, 'JSON.parse'),
    row('applyChoices + applyChangeSet (memory store)', apply, jsonParse, 'JSON.parse'),
  ];
  return {
    section: SECTION,
    rows,
    details: {
      sites: big.sites.length,
      operators: big.operators.length,
      exportBytes: Buffer.byteLength(bigText),
      jsonBytes: Buffer.byteLength(bigJson),
      planEmptyCounts: plan.counts,
      planIdenticalCounts: samePlan.counts,
      runsMs: { buildExport: exp.runs, stringify: stringify.runs, parseExportFile: parse.runs, jsonParse: jsonParse.runs, planEmpty: planEmpty.runs, planIdentical: planSame.runs, apply: apply.runs },
    },
    notes: [
      `Warm-up: each step once on a ${small.sites.length.toLocaleString('en-US')}-site slice, then ${runs} timed runs on all ${n} sites.`,
      `The memory store (lib/sync/memory-store.ts) structured-clones every record it stores, as IndexedDB would.`,
      `planMerge into the identical catalog: ${samePlan.counts.unchanged} unchanged, ${samePlan.counts.added} added, ${samePlan.counts.conflicts} conflicts.`,
    ],
  };
}
