/**
 * Quality gate on real news: the 60 real article excerpts of shared/eval-real/dev (third-party
 * text, read from ../shared at test time, never copied here). A missing set fails the suite: a
 * gate that skips when its data is absent would pass on a machine that cannot judge.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, figures, predict, runScorer, shippedCatalogFile } from './support/quality';

const DEV = join(SHARED, 'eval-real/dev');
const LABELS = join(DEV, 'labels.json');
const TEXTS = join(DEV, 'articles');

/**
 * Floors just under what the detector measures today (README's quality table); the issue's
 * targets are higher where today's figure is below them. A change that loses quality fails here.
 * Entity accuracy counts marks: newly found, correct marks of a facility the catalog holds under
 * a name the article never uses lower it, so its floor sits a little under today's 0.913.
 */
const SPANS = { 'min-precision': 0.96, 'min-recall-strict': 0.9, 'min-fact-accuracy': 0.87 };
const ENTITIES = { 'min-entity-accuracy': 0.905, 'max-wrong-card-rate': 0.03, 'min-group-consistency': 0.95 };

describe('real news dev set (shared/eval-real/dev)', () => {
  it('is present: the gate must not pass without its data', () => {
    expect(existsSync(LABELS), `${LABELS} is missing: check out shared/ beside the repository`).toBe(true);
    expect(existsSync(join(DEV, 'entities.json'))).toBe(true);
  });

  let predictions: Promise<string> | undefined;
  const preds = () => (predictions ??= predict(LABELS, TEXTS));

  it('spans and facts stay above the floor', async () => {
    const out = runScorer('score.mjs', ['--labels', LABELS, '--texts', TEXTS, '--predictions', await preds()], SPANS);
    expect(figures(out).precision).toBeGreaterThanOrEqual(SPANS['min-precision']);
  });

  it('cards open the right site and every facility resolves one way', async () => {
    const args = ['--labels', LABELS, '--entities', join(DEV, 'entities.json'), '--texts', TEXTS, '--predictions', await preds(), '--catalog', await shippedCatalogFile()];
    const out = runScorer('score-entities.mjs', args, ENTITIES);
    expect(figures(out).entity_accuracy).toBeGreaterThanOrEqual(ENTITIES['min-entity-accuracy']);
  });
});
