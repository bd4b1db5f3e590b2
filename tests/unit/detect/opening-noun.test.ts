/**
 * "TY11, the latest building on its Fenwick campus. The building will provide 24 MW": a sentence
 * opening with a bare noun gives its figures to the facility of the sentence before that the noun
 * names, not always to the last one (lib/detect/attribution.ts, namedByOpeningNoun). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const capacities = (text: string) => Object.fromEntries(detect(text, testIndex()).map((m) => [m.text, m.facts.capacityMW]));
const opening = 'Equinix has completed the shell of TY11, the latest building on its Fenwick data center campus.';

describe('a following sentence opening with a bare noun', () => {
  it('"The building …" is the building named before the campus', () => {
    const c = capacities(`${opening} The seven-storey building will provide 24 MW of IT load when fully fitted out.`);
    expect(c['TY11']).toBe(24);
    expect(c['its Fenwick data center campus']).toBeNull();
  });
  it('"… and bring the campus to about 32 MW": the figure after the campus is named again is the campus\'s', () => {
    const c = capacities(`${opening} The new building will add 12 MW and bring the campus to about 32 MW.`);
    expect(c['TY11']).toBe(12);
    expect(c['its Fenwick data center campus']).toBe(32);
  });
  it('"The campus …" stays the campus named last', () => {
    const c = capacities(`${opening} The campus will reach 300 MW when complete.`);
    expect(c['its Fenwick data center campus']).toBe(300);
    expect(c['TY11']).toBeNull();
  });
});

describe('a cloud region named last', () => {
  it('is not what "That campus …" is about', () => {
    const c = capacities('Customers moved workloads to ap-northeast-1 in March. Equinix is also building an AI hub in Fenwick. That campus will have 300 MW of capacity when complete.');
    expect(c['ap-northeast-1']).toBeNull();
  });
});

describe('a sentence whose subject is another company', () => {
  const facts = (text: string) => detect(text, testIndex()).map((m) => m.facts);
  it('gives the facility before it nothing through "it": "it" is that company ("Tarnel Capital said it valued its stake at …")', () => {
    expect(facts('Equinix has opened its KX5 data center in Fenwick.\n\nTarnel Capital said it valued its stake in the company at US$7 billion.')[0].investment).toBeNull();
  });
  it('still does through a facility\'s noun ("Tarnel Capital, its anchor tenant, said the data center will draw 30 MW")', () => {
    expect(facts('Equinix has opened its KX5 data center in Fenwick.\n\nTarnel Capital, its anchor tenant, said the data center will draw 30 MW.')[0].capacityMW).toBe(30);
  });
});

describe('a town the gazetteer does not know, in a city-state', () => {
  it('"KX5 in Kestrelby, its fifth data centre in Singapore … the fifth site in Singapore" is one facility', () => {
    const text = 'Equinix opens KX5 in Kestrelby as Singapore eases curbs\n\nEquinix has opened KX5, its fifth data centre in Singapore, in the Kestrelby area.\n\nKX5 is connected to KX1, KX2 and KX3, the company said.\n\n"The fifth site in Singapore will help customers expand," said Equinix\'s president.';
    expect(detect(text, testIndex()).at(-1)?.facts.name).toBe('KX5');
  });
});
