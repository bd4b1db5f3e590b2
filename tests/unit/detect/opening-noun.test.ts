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
