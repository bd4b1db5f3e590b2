/**
 * A country the text never wrote is the gazetteer's guess, and so is the state it gives the town:
 * the resolver is told so (countryGuessed), and a guess does not outweigh a name the catalog holds.
 */
import { describe, expect, it } from 'vitest';
import type { ResolveQuery } from '../../../lib/catalog/query-types';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

function queryOf(text: string): ResolveQuery | undefined {
  const asked: ResolveQuery[] = [];
  detect(text, testIndex(), (q) => {
    asked.push(q);
    return [];
  });
  return asked.find((q) => q.text === 'Hyperion');
}

describe('a guessed state and country', () => {
  it('a town whose most populous namesake lies in a state the text never wrote ("Kingsville" is in Texas)', () => {
    const q = queryOf('Meta said Hyperion, its campus in Kingsville, would reach 120 MW.');
    expect(q).toMatchObject({ city: 'Kingsville', country: 'US', countryGuessed: true });
  });
  it('a state the text wrote is no guess', () => {
    const q = queryOf('Meta said Hyperion, its campus in Kingsville, Texas, would reach 120 MW.');
    expect(q?.country).toBe('US');
    expect(q?.countryGuessed).toBeUndefined();
  });
});
