/** foldsTo: the matcher's allocation-free confirmation agrees with normalizeWith. */
import { describe, expect, it } from 'vitest';
import { foldsTo, getFoldTable, normalizeForMatch } from '../../../lib/detect/normalize';

describe('foldsTo', () => {
  const fold = getFoldTable();
  const texts = ['AWS’s  Tokyo-Region', '  Équinix LD8 ', 'data\u00adcenter', 'Stargate—Abilene', 'a', '', '--', 'Zürich Nord 2', 'x\u200by'];
  it('is true exactly for the normalised form of the slice', () => {
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const want = normalizeForMatch(text.slice(start, end));
          expect(foldsTo(fold, text, start, end, want)).toBe(true);
          for (const other of [want + 'a', want.slice(0, -1), `${want} `, ` ${want}`, want.replace(/.$/, 'q')]) {
            if (other !== want) expect(foldsTo(fold, text, start, end, other)).toBe(false);
          }
        }
      }
    }
  });
});
