/** The anchored scan for numbered names finds exactly what a global run of its regex finds. */
import { describe, expect, it } from 'vitest';
import { NUMBERED_NAME, numberedNameMatches } from '../../../lib/detect/numbered-scan';

const everywhere = (text: string) => [...text.matchAll(new RegExp(NUMBERED_NAME.source, 'gu'))].map((m) => [m.index, m[0], m[1], m[2]]);
const anchored = (text: string) => numberedNameMatches(text).map((m) => [m.index, m[0], m[1], m[2]]);

describe('numberedNameMatches', () => {
  it('finds the same names, groups and offsets as the regex run over every character', () => {
    const texts = [
      'Equinix Osaka 4 opened next to the Tokyo 7 campus; KTR Leeds 1 and Harbour Point III follow.',
      'The Andes West 3 region and Kyoto West 2, Pune-3 and St. Louis 2 (not Phase 2 or 40 MW).',
      "O'Neill & Sons 12 vs. Zürich Nord 2, Ärzte 1, 𝐀lpha 2 and Mr. Smith 3 walked 5 miles.",
      'A 1 B 2 C 3 D 4 E 5 F 6',
      'Lima 2-3 and Lima 22.5 and Lima 2,000 and Lima 2% and Lima IX and Lima XI and Lima VIII.',
      // Five words before a number, a name running on past a number-like "I" ("Foo Ix 2"), years.
      'In 2024 Alpha Beta Gamma Delta Epsilon 3 opened, then Foo Ix 2, Zeta-Ix 5 and A B C D 4 in 2030.',
    ];
    for (const t of texts) expect(anchored(t)).toEqual(everywhere(t));
    expect(anchored(texts[0]).map((m) => m[1])).toEqual(['Equinix Osaka 4', 'Tokyo 7', 'KTR Leeds 1', 'Harbour Point III']);
  });

  it('agrees with the regex on random text made of the characters names and numbers are made of', () => {
    const pieces = ['A', 'I', 'V', 'X', 'a', 'é', 'É', '𝐀', ' ', ' ', '-', '.', "'", '’', '&', '1', '2', '0', ',', '%', 'MW', '\n', 'St.', 'Mr.', 'Tier'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length;
    for (let n = 0; n < 2000; n++) {
      let t = '';
      for (let i = 0; i < 40; i++) t += pieces[next()];
      expect(anchored(t)).toEqual(everywhere(t));
    }
  });
});
