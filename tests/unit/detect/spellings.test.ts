/** The spelling table behind tokens: one spelling per way of writing a word, however many words a page holds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellingTest, tokenize } from '../../../lib/detect/tokens';

const calls = new Map<string, number>();
/** Counts how often each spelling is asked: a spelling test runs once per spelling. */
const counted = spellingTest((tk, i) => {
  calls.set(tk.text(i), (calls.get(tk.text(i)) ?? 0) + 1);
  return tk.text(i).length % 2 === 0;
});

let run = 0;

describe('spellings', () => {
  it('gives every word its own text and one spelling, while the table grows past its first sizes (property)', () => {
    // Thousands of distinct words (the table starts at 4,096 slots and doubles when half full),
    // met again in other sentences, in other orders.
    fc.assert(
      fc.property(fc.integer({ min: 2500, max: 6000 }), fc.nat(), (n, seed) => {
        // Distinct words (i ^ seed differs for every i), capitalised or not, new to the table in
        // every run (the table and its answers outlive a run).
        run++;
        const words = Array.from({ length: n }, (_, i) => `${i % 3 ? 'w' : 'W'}${run.toString(36)}q${((i ^ seed) >>> 0).toString(36)}`);
        calls.clear();
        const order = [...words, ...words].map((w, k) => [w, (k * 7919 + seed) % 104729] as const).sort((a, b) => a[1] - b[1]).map(([w]) => w);
        for (let from = 0; from < order.length; from += 40) {
          const sentence = order.slice(from, from + 40).join(' ');
          const tk = tokenize(sentence, 0, sentence.length);
          expect(tk.length).toBe(Math.min(40, order.length - from));
          for (let i = 0; i < tk.length; i++) {
            expect(tk.text(i)).toBe(sentence.slice(tk.start(i), tk.end(i)));
            expect(counted(tk, i)).toBe(tk.text(i).length % 2 === 0);
          }
        }
        // Asked twice per word, answered by its spelling after the first time.
        expect(calls.size).toBe(words.length);
        for (const n of calls.values()) expect(n).toBe(1);
      }),
      { numRuns: 2 },
    );
  });
});
