import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES } from './support/lexicon';

// A campus the catalog files under its country only (a dataset that gives no town).
const index = compileIndex({
  sites: [...SITES, { id: 'nimbus-ai-city', name: 'Nimbus AI City', aliases: [], kind: 'campus', operatorIds: ['oracle'], country: 'BR' }],
  operators: OPERATORS,
});
const resolve = (q: { text?: string }) => (q.text === 'Nimbus AI City' ? [{ siteId: 'nimbus-ai-city', confidence: 1, reason: 'alias' }] : []);
const placeOf = (text: string, mark: string) => detect(text, index, resolve).find((m) => m.text === mark)?.facts.location ?? null;

describe("the catalog's place on a card", () => {
  it("gives a known site's country only when the article places it nowhere nearer", () => {
    expect(placeOf('Oracle plans Nimbus AI City, its largest campus.', 'Nimbus AI City')).toBe('Brazil');
    const text = 'Oracle opened a data center in Porto Alegre last year. Oracle now plans Nimbus AI City, its largest campus.';
    expect(placeOf(text, 'Nimbus AI City')).toBe('Porto Alegre');
  });
});
