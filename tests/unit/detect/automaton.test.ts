import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, isAutomaton, scanAutomaton, type Automaton } from '../../../lib/detect/automaton';
import { normalizeForMatch } from '../../../lib/detect/normalize';

function matches(a: Automaton, text: string): Array<[string, string]> {
  const hits: number[] = [];
  scanAutomaton(a, text, hits);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < hits.length; i += 3) out.push([a.patterns.at(hits[i])!, text.slice(hits[i + 1], hits[i + 2])]);
  return out;
}

describe('word automaton', () => {
  const a = buildAutomaton(['data center', 'new york', 'york', 'new york city', 'ap northeast 1', 'aws', 'tokyo'].map(normalizeForMatch));

  it('matches whole words only, with offsets into the original text', () => {
    const text = "AWS’s ap-northeast-1 region; New-York City's DATA  Center near Yorkshire, tokyo.";
    expect(matches(a, text)).toEqual([
      ['aws', 'AWS'],
      ['ap northeast 1', 'ap-northeast-1'],
      ['new york', 'New-York'],
      ['york', 'York'],
      ['new york city', 'New-York City'],
      ['data center', 'DATA  Center'],
      ['tokyo', 'tokyo'],
    ]);
  });

  it('does not match inside longer words', () => {
    expect(matches(a, 'awsome datacenters Tokyoite newyork')).toEqual([]);
  });

  it('finds a match that ends the text and one that fills it', () => {
    expect(matches(a, 'in Tokyo')).toEqual([['tokyo', 'Tokyo']]);
    expect(matches(a, 'aws')).toEqual([['aws', 'aws']]);
  });

  it('scans a window only', () => {
    const hits: number[] = [];
    const text = 'Tokyo and AWS and Tokyo';
    scanAutomaton(a, text, hits, 6, 14);
    expect(hits).toEqual([a.patterns.indexOf('aws'), 10, 13]);
  });

  it('survives structured cloning', () => {
    const copy = structuredClone(a);
    expect(isAutomaton(copy)).toBe(true);
    expect(matches(copy, 'new york city')).toEqual(matches(a, 'new york city'));
    expect(isAutomaton({ ...copy, slots: [] })).toBe(false);
  });

  it('agrees with a naive whole-word search (property)', () => {
    const word = fc.constantFrom('ab', 'abc', 'b', 'ca', 'x1', 'new', 'york');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 30 }), (pats, words) => {
        const patterns = [...new Set(pats.map((p) => p.join(' ')))];
        const auto = buildAutomaton(patterns);
        const text = words.join(' ');
        const got = matches(auto, text).map(([p]) => p).sort();
        const expected: string[] = [];
        for (const p of patterns) {
          const pw = p.split(' ');
          for (let i = 0; i + pw.length <= words.length; i++) if (pw.every((w, k) => words[i + k] === w)) expected.push(p);
        }
        expect(got).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
