/** A correction appended to an article: the retracted company is not the facility's (invented facility names). */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const operatorsOf = (text: string, mark: string) => detect(text, testIndex()).filter((m) => m.text === mark).map((m) => m.facts.operator);

describe('a correction', () => {
  it('"said B operates the C data center. It is operated by A." gives A', () => {
    const text = "Crusoe's Tamsin data center used 20 percent more water last year.\n\nCorrection: An earlier version of this article said Equinix operates the Tamsin data center. It is operated by Crusoe.";
    expect(operatorsOf(text, 'Tamsin data center')).toEqual(['Crusoe']);
  });

  it('"incorrectly said the C data center belongs to B; it belongs to A." gives A', () => {
    const text = 'The Tamsin data center used 20 percent more water last year.\n\nCorrection: An earlier version of this story incorrectly said the Tamsin data center belongs to Equinix; it belongs to Crusoe.';
    expect(operatorsOf(text, 'Tamsin data center').at(-1)).toBe('Crusoe');
  });

  it('a company that says it operates a facility, outside a correction, is still its operator', () => {
    expect(operatorsOf('Equinix said it operates the Tamsin data center.', 'Tamsin data center')).toEqual(['Equinix']);
  });
});

describe('a correction of the place', () => {
  it('keeps the company: "… said Meta\'s data center was in Eagle Mountain. It is in Odense."', () => {
    const text = "Correction: An earlier version of this story said Meta's data center was in Eagle Mountain. It is in Odense.";
    expect(detect(text, testIndex()).map((m) => m.facts.operator)).toEqual(['Meta']);
  });
});
