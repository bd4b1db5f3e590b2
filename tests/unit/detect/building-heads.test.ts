import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

const spans = (text: string) => detect(text, testIndex()).map((m) => m.text);

describe('a data-center building, a megasite and a gigawatt campus are facilities', () => {
  it('marks a data-center building and a company\'s numbered building in a town', () => {
    expect(spans('Kestrel Cloud will add a new data center building in Lubbock next year.')).toEqual(['new data center building in Lubbock']);
    expect(spans('Regulators approved a water permit for a data center in Lubbock. Kestrel Cloud\'s sixth Lubbock building will use it.')).toEqual([
      'data center in Lubbock',
      'Kestrel Cloud\'s sixth Lubbock building',
    ]);
  });

  it('leaves out a building that is a part of a campus, a verb or an office, and still reads a catalog\'s "Building 7" as its name', () => {
    const text =
      'Kestrel Cloud opened a data center campus in Lubbock. Its first building is full, and the second building at the campus opens in May. ' +
      'Kestrel Cloud is building a 60MW building for offices, and an office building in Lubbock.';
    expect(spans(text)).toEqual(['data center campus in Lubbock']);
    expect(spans('Equinix opened a data center in Tokyo. The second building at TY11 opens in May.')).toEqual(['data center in Tokyo', 'TY11']);
    const index = compileIndex({ sites: [...SITES, { id: 'kx-b7', name: 'Building 7', aliases: [], kind: 'facility', operatorIds: ['equinix'], city: 'Lubbock', country: 'US' }], operators: OPERATORS });
    const ms = detect('Equinix said work continues on its data center campus in Lubbock, and on Building 7 at the same campus.', index);
    expect(ms.map((m) => m.text)).toContain('Building 7');
  });

  it('marks a megasite and a gigawatt campus', () => {
    expect(spans('Data centers need power. Meta said work on its Louisiana megasite and on Kestrel Cloud\'s gigawatt campus in Lubbock continues.')).toEqual([
      'its Louisiana megasite',
      'Kestrel Cloud\'s gigawatt campus in Lubbock',
    ]);
  });
});

describe('a facility phrase in the possessive', () => {
  it('marks a named one and leaves a bare one out', () => {
    expect(spans('Engineers redesigned Kestrel Cloud\'s Lubbock data center\'s cooling system.')).toEqual(['Kestrel Cloud\'s Lubbock data center']);
    expect(spans('Kestrel Cloud opened a data center in Lubbock. The data center\'s cooling uses no water.')).toEqual(['data center in Lubbock']);
  });

  it('marks the campus, not its building, in "the campus\'s first building"', () => {
    expect(spans('Data centers need power. Kestrel Cloud\'s Lubbock campus\'s first building opened in 2012.')).toEqual(['Kestrel Cloud\'s Lubbock campus']);
  });
});

describe('a numbered newcomer is another facility', () => {
  it('does not join "a third campus" to the campus of the sentence before', () => {
    const ms = detect('Kestrel Cloud runs a data center campus in Lubbock. It is weighing a third campus, perhaps in Ohio.', testIndex());
    expect(ms.map((m) => m.text)).toEqual(['data center campus in Lubbock', 'third campus']);
    // One facility's marks share their facts: the newcomer's ordinal is not the first campus's, nor its town the newcomer's.
    expect(ms[0].facts.ordinal).toBeNull();
    expect(ms[1].facts.location).toBeNull();
  });
});
