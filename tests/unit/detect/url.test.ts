/** Addresses printed in the text are page furniture (invented names and addresses). */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { insideAddress } from '../../../lib/detect/url';
import { testIndex } from './support/lexicon';

const marks = (text: string) => detect(text, testIndex()).map((m) => m.text);

describe('a web address in the text', () => {
  it('marks no site whose name its slug spells', () => {
    expect(marks('Equinix data center news.\n\nRead more at https://www.example.com/news/equinix-ty11-expansion-approved')).toEqual([]);
    expect(marks('Equinix data center news.\n\n[County approves expansion](https://example.com/2026/12/equinix-ty11-expansion)')).toEqual([]);
    expect(marks('Equinix data center news.\n\nSource: <www.example.com/story/equinix-ty11>')).toEqual([]);
  });
  it('still marks the name in the prose around it', () => {
    expect(marks('Equinix said its TY11 data center will expand (https://example.com/equinix-ty11).')).toEqual(['its TY11 data center']);
  });
});

describe('insideAddress', () => {
  const at = (text: string, word: string) => insideAddress(text, text.indexOf(word));
  it('is true inside a URL, a bare www address and an e-mail address', () => {
    expect(at('see https://example.com/equinix-ty11 now', 'ty11')).toBe(true);
    expect(at('see (www.example.com/ty11) now', 'ty11')).toBe(true);
    expect(at('write to ty11-press@example.com today', 'ty11')).toBe(true);
  });
  it('is false for words set off by brackets, quotes, slashes or a possessive', () => {
    expect(at('the site (TY11) opened', 'TY11')).toBe(false);
    expect(at('Equinix’s TY11 opened', 'TY11')).toBe(false);
    expect(at('the Tokyo/TY11 campus', 'TY11')).toBe(false);
    expect(at('TY11 opened', 'TY11')).toBe(false);
  });
});
