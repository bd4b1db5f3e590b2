/** Doc's look-ups over the page's operator hits give what a scan of every hit gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc, type Hit } from '../../../lib/detect/context';

/** A Doc with only these operator hits, sorted as the constructor sorts them (start, then longer first). */
function docWith(operators: Hit[]): Doc {
  const doc = Object.create(Doc.prototype) as Doc & { firstOperators: null };
  operators.sort((a, b) => a.start - b.start || b.end - a.end);
  Object.assign(doc, { operators, firstOperators: null });
  return doc;
}

const hits = fc.array(
  fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 12 }), fc.nat(5)).map(([start, length, ref]): Hit => ({ start, end: start + length, type: 2, ref, needsContext: false })),
  { maxLength: 30 },
);

describe('Doc look-ups over operator hits', () => {
  it('lastOperatorEndingBy is the last hit in list order that ends by pos (property)', () => {
    fc.assert(
      fc.property(hits, (list) => {
        const doc = docWith(list);
        for (let pos = 0; pos <= 75; pos++) {
          let last: Hit | undefined;
          for (const o of doc.operators) if (o.end <= pos) last = o;
          expect(doc.lastOperatorEndingBy(pos)).toBe(last);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('firstOperatorAt is where the first hit of that operator starts (property)', () => {
    fc.assert(
      fc.property(hits, (list) => {
        const doc = docWith(list);
        for (let ref = 0; ref <= 6; ref++) expect(doc.firstOperatorAt(ref)).toBe(doc.operators.find((h) => h.ref === ref)?.start ?? -1);
      }),
      { numRuns: 300 },
    );
  });
});
