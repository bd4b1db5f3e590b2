import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, checkAutomatonLinks, isAutomaton, scanAutomaton, type Automaton } from '../../../lib/detect/automaton';
import { normalizeForMatch } from '../../../lib/detect/normalize';

/** Every pattern occurrence found by comparing words one by one, sorted: what the automaton must find. */
function naiveMatches(patterns: readonly string[], words: readonly string[]): string[] {
  const expected: string[] = [];
  for (const p of patterns) {
    const pw = p.split(' ');
    for (let i = 0; i + pw.length <= words.length; i++) if (pw.every((w, k) => words[i + k] === w)) expected.push(p);
  }
  return expected.sort();
}

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
    expect(isAutomaton({ ...copy, firstChild: [] })).toBe(false);
    expect(isAutomaton({ ...copy, edgeWord: copy.edgeWord.subarray(1) })).toBe(false);
    expect(isAutomaton({ ...copy, rootSlots: new Int32Array(6) })).toBe(false);
  });

  it('refuses the hash-table layout stored before sorted child ranges', () => {
    const { firstChild: _f, edgeWord: _e, rootSlots: _r, ...rest } = a;
    const older = { ...rest, slots: new Int32Array(16 * 3).fill(-1) };
    expect(isAutomaton(older)).toBe(false);
  });

  it('keeps children as sorted ranges after their parent, links pointing to lower nodes', () => {
    const { firstChild, edgeWord, fail, dictLink } = a;
    const nodes = fail.length;
    expect(firstChild.length).toBe(nodes + 1);
    for (let v = 0; v < nodes; v++) {
      expect(firstChild[v]).toBeGreaterThan(v);
      for (let c = firstChild[v] + 1; c < firstChild[v + 1]; c++) expect(edgeWord[c]).toBeGreaterThan(edgeWord[c - 1]);
      if (v > 0) expect(fail[v]).toBeLessThan(v);
      if (v > 0) expect(dictLink[v]).toBeLessThan(v);
    }
    expect(() => checkAutomatonLinks(a)).not.toThrow();
  });

  it('has a links check that notices damaged numbers', () => {
    const damaged = (change: (b: Automaton) => void) => {
      const b = structuredClone(a);
      change(b);
      return () => checkAutomatonLinks(b);
    };
    const deep = a.fail.length - 1;
    expect(damaged((b) => (b.fail[deep] = deep))).toThrow(/failure link/);
    expect(damaged((b) => (b.dictLink[deep] = deep + 1))).toThrow(/dictionary link/);
    expect(damaged((b) => (b.out[deep] = a.patternWords.length))).toThrow(/output/);
    expect(damaged((b) => (b.firstChild[1] = 0))).toThrow(/child ranges/);
    // Two of the root's children swapped.
    expect(damaged((b) => ([b.edgeWord[1], b.edgeWord[2]] = [b.edgeWord[2], b.edgeWord[1]]))).toThrow(/sibling order|root table/);
    expect(damaged((b) => (b.rootSlots[b.rootSlots.findIndex((x, i) => i % 2 === 1 && x > 0)] = 0))).toThrow(/root table/);
  });

  it('ends its scan on links damaged into loops (and finds nothing false)', () => {
    const b = structuredClone(a);
    b.fail.fill(b.fail.length - 1);
    b.dictLink.fill(b.dictLink.length - 1);
    const hits: number[] = [];
    scanAutomaton(b, 'new york city data center new york aws tokyo '.repeat(20), hits);
    expect(hits.length).toBeLessThan(1000);
  });

  it('steps through nodes with thousands of children as it does through few (property)', () => {
    // A root and a node ('x') with 3,000 children each, beside single chains.
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const patterns = [...many, ...many.map((w) => `x ${w}`), 'x w17 y', 'w5 w6 w7'];
    const auto = buildAutomaton(patterns);
    expect(() => checkAutomatonLinks(auto)).not.toThrow();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('x', 'y', 'z'), fc.integer({ min: 0, max: 3100 }).map((i) => `w${i}`)), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const got = matches(auto, text).map(([p]) => p).sort();
        expect(got).toEqual(naiveMatches(patterns, words));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with a naive whole-word search (property)', () => {
    const word = fc.constantFrom('ab', 'abc', 'b', 'ca', 'x1', 'new', 'york');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 30 }), (pats, words) => {
        const patterns = [...new Set(pats.map((p) => p.join(' ')))];
        const auto = buildAutomaton(patterns);
        const text = words.join(' ');
        const got = matches(auto, text).map(([p]) => p).sort();
        expect(got).toEqual(naiveMatches(patterns, words));
      }),
      { numRuns: 200 },
    );
  });

  it('with capitalStarts, finds exactly the full scan\'s matches that start with a capital, in its order (property)', () => {
    // Words in several casings, digits, a char outside ASCII and separators: patterns overlap, nest
    // and share suffixes, so failure and dictionary links decide which states are reached.
    const word = fc.constantFrom('ab', 'Ab', 'AB', 'abc', 'Abc', 'b', 'B', 'ca', 'Ca', '1x', 'Élan', 'élan', 'new', 'New', 'york', 'York');
    const sep = fc.constantFrom(' ', '  ', '-', ', ', '\u00ad', '. ');
    const capital = (text: string, at: number) => {
      const c = text.charCodeAt(at);
      return !(c < 65 || (c > 90 && c < 128));
    };
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(word, sep), { maxLength: 30 }),
        fc.nat(),
        (pats, parts, cut) => {
          const patterns = [...new Set(pats.map((p) => normalizeForMatch(p.join(' '))))];
          const auto = buildAutomaton(patterns);
          const text = parts.map(([w, s]) => w + s).join('');
          const from = text.length > 0 ? cut % text.length : 0;
          const full: number[] = [];
          scanAutomaton(auto, text, full, from, text.length);
          const wanted: number[] = [];
          for (let i = 0; i < full.length; i += 3) if (capital(text, full[i + 1])) wanted.push(full[i], full[i + 1], full[i + 2]);
          const some: number[] = [];
          scanAutomaton(auto, text, some, from, text.length, true);
          const kept: number[] = [];
          for (let i = 0; i < some.length; i += 3) if (capital(text, some[i + 1])) kept.push(some[i], some[i + 1], some[i + 2]);
          expect(kept).toEqual(wanted);
          // Nothing that the full scan does not find.
          for (let i = 0; i < some.length; i += 3) expect(full.join()).toContain(`${some[i]},${some[i + 1]},${some[i + 2]}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});
