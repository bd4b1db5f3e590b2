/** Elliptical mentions (lib/detect/elliptical.ts): a facility whose head word the sentence leaves out. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const marks = (text: string) => detect(text, testIndex()).map((m) => [m.text, m.facts.location, m.facts.ordinal]);

describe('elliptical mentions', () => {
  it('reads "another in <place>" and "a third in <place>" after a data-center head', () => {
    expect(marks('Kestrel Cloud opened a data center in Seoul last year and will open another in Incheon.')).toEqual([
      ['data center in Seoul', 'Seoul', null],
      ['another in Incheon', 'Incheon', null],
    ]);
    expect(marks('Vrelo has two data centers in Osaka, and plans a third in Kobe.')).toEqual([['third in Kobe', 'Kobe', 'third']]);
  });
  it('is no other facility when set off after a mention, and needs a data-center head before it', () => {
    expect(marks('Nimbus opened a data center in Jakarta, the first in Indonesia.')).toEqual([['data center in Jakarta', 'Jakarta', 'first']]);
    expect(marks('Kestrel won a race in Seoul and will run another in Incheon.')).toEqual([]);
  });
});
