/**
 * Regression gates on articles we wrote (seed articles, the self-written dev and held-out sets),
 * scored by the shared scorer with the bundled catalog and resolver. Real news is gated in
 * real-dev.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED, predict, runScorer } from './support/quality';

async function score(labels: string, texts: string, mins: Record<string, number>): Promise<string> {
  return runScorer('score.mjs', ['--labels', labels, '--texts', texts, '--predictions', await predict(labels, texts)], mins);
}

describe('detector quality on self-written text (shared scorer)', () => {
  it('seed articles: every strict mention, no false positive, facts right', async () => {
    expect(existsSync(join(SHARED, 'eval-spec/seed-labels.json')), 'shared/ must sit beside the repository').toBe(true);
    const out = await score(join(SHARED, 'eval-spec/seed-labels.json'), join(SHARED, 'fixtures/seed-articles'), {
      'min-precision': 0.95,
      'min-recall-strict': 0.95,
      'min-fact-accuracy': 0.9,
    });
    expect(out).toMatch(/precision=/);
  });

  it('dev set: precision, strict recall and facts above the floor', async () => {
    const out = await score(join(ROOT, 'tests/fixtures/dev/labels.json'), join(ROOT, 'tests/fixtures/dev'), {
      'min-precision': 0.9,
      'min-recall-strict': 0.85,
      'min-fact-accuracy': 0.7,
    });
    expect(out).toMatch(/precision=/);
  });

  // Written without looking at the detector and never tuned on (tests/fixtures/heldout/README.md).
  it('held-out set: precision 0.90, strict recall 0.85, facts near 0.80', async () => {
    const out = await score(join(ROOT, 'tests/fixtures/heldout/labels.json'), join(ROOT, 'tests/fixtures/heldout'), {
      'min-precision': 0.9,
      'min-recall-strict': 0.85,
      'min-fact-accuracy': 0.75,
    });
    expect(out).toMatch(/precision=/);
  });
});
