/**
 * Runs the detector over a labelled set and scores it with the shared scorers
 * (shared/eval-spec/score.mjs for spans and facts, score-entities.mjs for which card each mark
 * opens). Texts are read where they live at test time; nothing of them is copied into the repo.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createResolver } from '../../../../lib/catalog/resolve';
import { loadShippedCatalog } from '../../../../lib/catalog/shipped';
import { lexiconFromCatalog } from '../../../../lib/detect/from-catalog';
import { readableFacts } from '../../../../lib/format/written';
import { compileIndex, detect, type DetectorIndex, type ResolveFn } from '../../../../lib/detect/index';

export const ROOT = resolve(__dirname, '../../../..');
export const SHARED = resolve(ROOT, '../shared');

interface Loaded {
  index: DetectorIndex;
  resolve: ResolveFn;
  companyName: (operatorId: string) => string | undefined;
  /** The combined catalog as one file, for score-entities' --catalog. */
  catalogFile: string;
}
let cached: Promise<Loaded> | undefined;

/** What the extension ships: the seed and its layers (the OpenStreetMap layer), combined. */
async function load(): Promise<Loaded> {
  const { sites, operators } = await loadShippedCatalog((p) => readFileSync(join(ROOT, 'public', p), 'utf8'));
  const index = compileIndex(lexiconFromCatalog(sites, operators));
  const resolver = createResolver(sites, operators);
  const catalogFile = join(mkdtempSync(join(tmpdir(), 'dc-lens-catalog-')), 'shipped.json');
  writeFileSync(catalogFile, JSON.stringify({ sites: sites.map((s) => ({ id: s.id, name: s.name })) }));
  const companies = new Map(operators.map((o) => [o.id, o.name]));
  return { index, resolve: resolver.resolve.bind(resolver), companyName: (id) => companies.get(id), catalogFile };
}

export const shippedCatalogFile = async (): Promise<string> => (await (cached ??= load())).catalogFile;

/** The detector's marks for every labelled file, in the scanner's JSON shape, written to a temp file. */
export async function predict(labels: string, texts: string): Promise<string> {
  const { index, resolve: r, companyName } = await (cached ??= load());
  const files = (JSON.parse(readFileSync(labels, 'utf8')) as Array<{ file: string }>).map((a) => a.file);
  const predictions = files.map((file) => {
    const mentions = detect(readFileSync(join(texts, file), 'utf8'), index, r);
    // Scored as a reader sees them (and as `npm run scan` prints them).
    return { file, mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, status: m.status, entityId: m.entityId, kind: m.kind, facts: readableFacts(m, companyName) })) };
  });
  const out = join(mkdtempSync(join(tmpdir(), 'dc-lens-score-')), 'pred.json');
  writeFileSync(out, JSON.stringify(predictions));
  return out;
}

/** Runs a shared scorer with thresholds; a miss throws with the scorer's whole report. */
export function runScorer(script: string, args: string[], thresholds: Record<string, number>): string {
  const all = [join(SHARED, 'eval-spec', script), ...args];
  for (const [k, v] of Object.entries(thresholds)) all.push(`--${k}`, String(v));
  try {
    return execFileSync('node', all, { encoding: 'utf8', maxBuffer: 32 << 20 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`${script} below thresholds:\n${(err.stdout ?? '').split('\n').slice(-25).join('\n')}\n${err.stderr ?? ''}`);
  }
}

/** "precision=0.912 recall_strict=…" → { precision: 0.912, … } */
export function figures(report: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of report.matchAll(/([a-z_]+)=([\d.]+)/g)) out[m[1]] = Number(m[2]);
  return out;
}
