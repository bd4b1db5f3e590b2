/** Which words an article writes capitalised inside running sentences (the test for a name). */
import { describe, expect, it } from 'vitest';
import { capitalisedInRunningText } from '../../../lib/detect/casing';
import type { Doc } from '../../../lib/detect/context';

const docOf = (text: string) => ({ text }) as Doc;
const NAME_AFTER = /(?<=[\p{Ll}\p{N},;:] )\p{Lu}[\p{L}\p{N}]*/gu;

describe('capitalisedInRunningText', () => {
  it('finds a name after a lower-case word, a digit or , ; : and not after a full stop or in a headline', () => {
    const doc = docOf('Quiet Headline Words Here\nThe firm said Orvane would build in Zürich, Émile; 3 Kestrel. Northwind was not.');
    for (const w of ['Orvane', 'Zürich', 'Émile', 'Kestrel']) expect(capitalisedInRunningText(doc, w)).toBe(true);
    for (const w of ['Quiet', 'Headline', 'The', 'Northwind', 'Z']) expect(capitalisedInRunningText(doc, w)).toBe(false);
  });

  it('agrees with the look-behind regex run over the whole text, outside headlines, on mixed scripts', () => {
    const pieces = ['a ', 'b, ', 'Ab ', 'É', 'é ', 'Zü', 'X2 ', '3 ', '; ', ': ', '. ', 'Q', 'ß ', '\n', 'Ω ', 'x', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length;
    for (let n = 0; n < 500; n++) {
      // Long lines only, so that no line is read as a headline and the regex alone decides.
      let t = 'lower words that make this line long enough to be no headline at all, whatever follows it here ';
      for (let i = 0; i < 60; i++) t += pieces[next()];
      t = t.replace(/\n/g, ' ');
      const expected = new Set(t.match(NAME_AFTER) ?? []);
      const doc = docOf(t);
      for (const w of new Set(t.match(/\p{L}[\p{L}\p{N}]*/gu) ?? [])) expect(capitalisedInRunningText(doc, w)).toBe(expected.has(w));
    }
  });
});
