/**
 * Issue "Detector": detect() over 500,000 words of news prose with a 10,000-alias index, next to
 * the bare cost of reading the text and a mark.js-style alternation regex over the same aliases;
 * plus compiling, shipping and loading the index, and its memory.
 */
import { deserialize, serialize } from 'node:v8';
import { buildCatalogSnapshot } from '../../lib/catalog/catalog-snapshot';
import { resolverFor } from '../../lib/catalog/resolve';
import { compileIndex, detect, loadIndex, serializeIndex } from '../../lib/detect/index';
import { lexiconFromCatalog } from '../../lib/detect/from-catalog';
import { runsFor, type BenchContext } from './context';
import { aliasRegex, aliasRegexSource, countMatches } from './markjs';
import { consume, getGc, memoryNow, timeIt } from './measure';
import { buildProse } from './prose';
import type { Row, SectionResult } from './report';
import { growCatalog, loadSeed, siteAliases } from './synth-catalog';

const SECTION = 'Detector';
const WORDS = 500_000;
const ALIASES = 10_000;

/** Sums every char code, so the loop cannot be optimised away: the floor of touching the text. */
function bareRead(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

export async function benchDetector(ctx: BenchContext): Promise<SectionResult> {
  const gc = getGc();
  const seed = loadSeed(ctx.root);
  const catalog = growCatalog(seed, { aliases: ALIASES });
  const aliases = siteAliases(catalog.sites);
  const snapshot = buildCatalogSnapshot(catalog.sites, catalog.operators);
  const lexicon = lexiconFromCatalog(snapshot.sites, snapshot.operators);
  const resolver = resolverFor(snapshot);
  const prose = buildProse(ctx.root, WORDS);
  const text = prose.text;
  const per100k = (ms: number) => (ms * 100_000) / prose.words;
  ctx.log(`detector: ${catalog.sites.length} sites, ${aliases.length} aliases; ${prose.words} words (${text.length} chars)`);

  // Memory first, while the shared place table (gazetteer) is not built yet.
  const m0 = memoryNow(gc);
  const c0 = performance.now();
  let index = compileIndex(lexicon);
  const firstCompileMs = performance.now() - c0;
  const m1 = memoryNow(gc);
  consume(index);
  const coldHeap = m1.heapUsed - m0.heapUsed + (m1.arrayBuffers - m0.arrayBuffers);
  index = null as never;
  // Without the place table: three more indexes held at once, the growth averaged (less noise).
  const m2 = memoryNow(gc);
  const held = [compileIndex(lexicon), compileIndex(lexicon), compileIndex(lexicon)];
  const m3 = memoryNow(gc);
  const warmHeap = (m3.heapUsed - m2.heapUsed + (m3.arrayBuffers - m2.arrayBuffers)) / held.length;
  index = held[0];
  held.length = 1;
  const r0 = memoryNow(gc);
  let re: RegExp | null = aliasRegex(aliases);
  countMatches(text.slice(0, 200_000), re);
  const r1 = memoryNow(gc);
  const regexHeap = r1.heapUsed - r0.heapUsed;
  consume(re);
  re = null;

  ctx.log('detector: compile');
  const compile = await timeIt(() => compileIndex(lexicon), { warmup: 1, runs: runsFor(ctx, 5) });
  // mark.js's "compile": join the source, build the RegExp, run it once (V8 compiles on first use).
  let salt = 0;
  const regexBuild = await timeIt(
    () => {
      const r = aliasRegex(aliases, String(salt++));
      r.test('warm up the regex compiler');
      return r;
    },
    { warmup: 1, runs: runsFor(ctx, 5) },
  );

  const wire = serialize(serializeIndex(index));
  const regexSourceBytes = Buffer.byteLength(aliasRegexSource(aliases));
  const load = await timeIt(() => loadIndex(deserialize(wire)), { warmup: 2, runs: runsFor(ctx, 7) });
  const loadOnly = await timeIt(() => loadIndex(index), { warmup: 2, runs: runsFor(ctx, 7) });

  ctx.log('detector: reading the text');
  const bare = await timeIt(() => bareRead(text), { warmup: 2, runs: runsFor(ctx, 7) });
  ctx.log('detector: mark.js-style regex');
  const regex = aliasRegex(aliases);
  const mark = await timeIt(() => countMatches(text, regex), { warmup: 1, runs: runsFor(ctx, 3) });
  ctx.log('detector: detect()');
  const withResolver = await timeIt(() => detect(text, index, (q) => resolver.resolve(q)), { warmup: 1, runs: runsFor(ctx, 3) });
  const withoutResolver = await timeIt(() => detect(text, index), { warmup: 0, runs: runsFor(ctx, 3) });

  const bareMs = per100k(bare.median);
  const markMs = per100k(mark.median);
  const detectMs = per100k(withResolver.median);
  const rows: Row[] = [
    { section: SECTION, measure: 'bare read: sum of every char code, per 100k words', value: bareMs, unit: 'ms', runs: bare.runs.length },
    {
      section: SECTION,
      measure: `mark.js-style: one ${aliases.length}-alias regex, matchAll, per 100k words`,
      value: markMs,
      unit: 'ms',
      baseline: { label: 'bare read', value: bareMs, unit: 'ms' },
      ratio: markMs / bareMs,
      runs: mark.runs.length,
    },
    {
      section: SECTION,
      measure: 'detect() with resolver, per 100k words',
      value: detectMs,
      unit: 'ms',
      baseline: { label: 'bare read', value: bareMs, unit: 'ms' },
      ratio: detectMs / bareMs,
      goal: { text: '<= 1.5x bare read', met: detectMs / bareMs <= 1.5 },
      runs: withResolver.runs.length,
    },
    {
      section: SECTION,
      measure: 'detect() with resolver vs mark.js-style, per 100k words',
      value: detectMs,
      unit: 'ms',
      baseline: { label: 'mark.js-style', value: markMs, unit: 'ms' },
      ratio: detectMs / markMs,
      runs: withResolver.runs.length,
    },
    {
      section: SECTION,
      measure: 'detect() without resolver, per 100k words',
      value: per100k(withoutResolver.median),
      unit: 'ms',
      baseline: { label: 'bare read', value: bareMs, unit: 'ms' },
      ratio: withoutResolver.median / bare.median,
      runs: withoutResolver.runs.length,
    },
    {
      section: SECTION,
      measure: `compileIndex, ${aliases.length} site aliases (${index.main.patterns.length} patterns)`,
      value: compile.median,
      unit: 'ms',
      baseline: { label: 'build mark.js regex', value: regexBuild.median, unit: 'ms' },
      ratio: compile.median / regexBuild.median,
      goal: { text: '< 100 ms', met: compile.median < 100 },
      runs: compile.runs.length,
    },
    {
      section: SECTION,
      measure: 'compileIndex, first call in a process (also builds the shared place table)',
      value: firstCompileMs,
      unit: 'ms',
      baseline: { label: 'build mark.js regex', value: regexBuild.median, unit: 'ms' },
      ratio: firstCompileMs / regexBuild.median,
      runs: 1,
    },
    {
      section: SECTION,
      measure: 'serialized index (structured clone, v8.serialize)',
      value: wire.length,
      unit: 'bytes',
      baseline: { label: 'mark.js regex source', value: regexSourceBytes, unit: 'bytes' },
      ratio: wire.length / regexSourceBytes,
    },
    {
      section: SECTION,
      measure: 'loadIndex of the serialized index (deserialize + check)',
      value: load.median,
      unit: 'ms',
      baseline: { label: 'build mark.js regex', value: regexBuild.median, unit: 'ms' },
      ratio: load.median / regexBuild.median,
      goal: { text: '< 10 ms', met: load.median < 10 },
      runs: load.runs.length,
      note: `loadIndex alone (already deserialized): ${loadOnly.median.toFixed(3)} ms`,
    },
    {
      section: SECTION,
      measure: gc ? 'index heap, incl. the shared place table (first compile)' : 'index heap (no gc available: rough)',
      value: coldHeap,
      unit: 'bytes',
      baseline: { label: 'mark.js regex heap', value: regexHeap, unit: 'bytes' },
      ratio: coldHeap / regexHeap,
    },
    {
      section: SECTION,
      measure: 'index heap, excl. place table (already cached; mean of 3 held)',
      value: warmHeap,
      unit: 'bytes',
      baseline: { label: 'mark.js regex heap', value: regexHeap, unit: 'bytes' },
      ratio: warmHeap / regexHeap,
    },
  ];
  return {
    section: SECTION,
    rows,
    details: {
      sites: catalog.sites.length,
      aliases: aliases.length,
      patterns: index.main.patterns.length,
      words: prose.words,
      chars: text.length,
      articles: prose.articles,
      mentions: withResolver.last.length,
      regexMatches: mark.last,
      gcAvailable: !!gc,
      runsMs: {
        bareRead: bare.runs,
        markjs: mark.runs,
        detectWithResolver: withResolver.runs,
        detectWithoutResolver: withoutResolver.runs,
        compileIndex: compile.runs,
        buildRegex: regexBuild.runs,
        deserializeAndLoad: load.runs,
        loadIndexOnly: loadOnly.runs,
      },
      firstCompileMs,
      serializedBytes: wire.length,
      heapBytes: { coldIncludingPlaces: coldHeap, warm: warmHeap, regex: regexHeap },
    },
    notes: [
      `Text: ${prose.articles} articles (seed + dev set) repeated to ${prose.words.toLocaleString('en-US')} words, ${text.length.toLocaleString('en-US')} chars; detect() is one call on the whole text, as the background gets a page's text.`,
      `detect() found ${withResolver.last.length} mentions; the regex found ${mark.last} alias matches.`,
      'Index heap = heapUsed + arrayBuffers growth across compileIndex, measured between forced GCs.',
    ],
  };
}
