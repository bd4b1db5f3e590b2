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

describe("a town's guessed country against the one its sentence writes", () => {
  const asked = (text: string) => {
    const qs: ResolveQuery[] = [];
    detect(text, testIndex(), (q) => (qs.push(q), []));
    return qs.find((q) => q.text === 'Hyperion');
  };
  it('the written country wins ("Iskandar Puteri, Johor": the most populous Iskandar is not in Malaysia)', () => {
    expect(asked('Meta said Hyperion, its campus in Iskandar Puteri, Johor, would reach 120 MW.')).toMatchObject({ city: 'Iskandar', country: 'MY', countryGuessed: true });
  });
  it('a country the text writes with the town stays', () => {
    expect(asked('Meta said Hyperion, its campus in Iskandar, Uzbekistan, would reach 120 MW.')).toMatchObject({ country: 'UZ' });
  });
});
