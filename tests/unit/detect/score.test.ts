/**
 * End-to-end quality gate: the detector over the labelled articles (seed set and dev set), scored
 * by the shared scorer (shared/eval-spec/score.mjs) with the bundled seed catalog and resolver.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { compileIndex, detect } from '../../../lib/detect/index';

const ROOT = resolve(__dirname, '../../..');
const SHARED = resolve(ROOT, '../shared');
const SCORER = join(SHARED, 'eval-spec/score.mjs');
const CATALOG = join(ROOT, 'public/seed-catalog.json');

function setup() {
  const raw = JSON.parse(readFileSync(CATALOG, 'utf8')) as { sites: unknown[]; operators: unknown[] };
  const sites = raw.sites.map((s) => SiteSchema.parse(s));
  const operators = raw.operators.map((o) => OperatorSchema.parse(o));
  const index = compileIndex(lexiconFromCatalog(sites, operators));
  const resolver = createResolver(sites, operators);
  return { index, resolve: resolver.resolve.bind(resolver) };
}

function score(labels: string, texts: string, mins: Record<string, number>): string {
  const { index, resolve: r } = setup();
  const files = (JSON.parse(readFileSync(labels, 'utf8')) as Array<{ file: string }>).map((a) => a.file);
  const predictions = files.map((file) => {
    const mentions = detect(readFileSync(join(texts, file), 'utf8'), index, r);
    return { file, mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, status: m.status, entityId: m.entityId, kind: m.kind, facts: m.facts })) };
  });
  const out = join(mkdtempSync(join(tmpdir(), 'dc-lens-score-')), 'pred.json');
  writeFileSync(out, JSON.stringify(predictions));
  const args = [SCORER, '--labels', labels, '--texts', texts, '--predictions', out];
  for (const [k, v] of Object.entries(mins)) args.push(`--${k}`, String(v));
  try {
    return execFileSync('node', args, { encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string };
    throw new Error(`below thresholds:\n${err.stdout ?? ''}`);
  }
}

describe.skipIf(!existsSync(SCORER) || !existsSync(CATALOG))('detector quality (shared scorer)', () => {
  it('seed articles: every strict mention, no false positive, facts right', () => {
    const out = score(join(SHARED, 'eval-spec/seed-labels.json'), join(SHARED, 'fixtures/seed-articles'), {
      'min-precision': 0.95,
      'min-recall-strict': 0.95,
      'min-fact-accuracy': 0.9,
    });
    expect(out).toMatch(/precision=/);
  });

  const dev = join(ROOT, 'tests/fixtures/dev/labels.json');
  it.skipIf(!existsSync(dev))('dev set: precision, strict recall and facts above the floor', () => {
    const out = score(dev, join(ROOT, 'tests/fixtures/dev'), {
      'min-precision': 0.9,
      'min-recall-strict': 0.85,
      'min-fact-accuracy': 0.7,
    });
    expect(out).toMatch(/precision=/);
  });

  // Written without looking at the detector and never tuned on (tests/fixtures/heldout/README.md):
  // the product's targets on articles the detector has not seen.
  const heldout = join(ROOT, 'tests/fixtures/heldout/labels.json');
  it.skipIf(!existsSync(heldout))('held-out set: the product targets (precision 0.90, strict recall 0.85) and facts near 0.80', () => {
    const out = score(heldout, join(ROOT, 'tests/fixtures/heldout'), {
      'min-precision': 0.9,
      'min-recall-strict': 0.85,
      'min-fact-accuracy': 0.75,
    });
    expect(out).toMatch(/precision=/);
  });
});
