import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { findCapacities } from '../../../lib/detect/facts/capacity';
import { tokenize } from '../../../lib/detect/tokens';
import { testIndex } from './support/lexicon';

const mw = (text: string) => findCapacities(tokenize(text, 0, text.length)).map((c) => c.mw);

describe('capacity is the facility\'s, not the grid\'s', () => {
  it('skips power allocated or built for a site', () => {
    expect(mw('It has 300 megawatts of sanctioned power and a substation that could grow to 700 MW.')).toEqual([]);
    expect(mw('The campus will draw 250 MW of power.')).toEqual([250]);
    expect(mw('It can call on 400 megawatts of backup supply; 250 megawatts are under construction.')).toEqual([250]);
  });

  it('keeps a size written into a mention for that mark when its facility is given a larger one', () => {
    const text = 'Equinix finished its second Lisbon data centre, a 9 megawatt facility, last year. The company said the Lisbon data centre could grow to 40 MW at full build-out.';
    const ms = detect(text, testIndex());
    expect(ms.find((m) => m.text === '9 megawatt facility')?.facts.capacityMW).toBe(9);
  });

  it('reads "in total power" as one facility\'s size', () => {
    const text = 'Equinix opened a data centre in Porto. It offers 12MW in total power.';
    expect(detect(text, testIndex())[0].facts.capacityMW).toBe(12);
  });
});
