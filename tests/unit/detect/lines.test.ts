import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAt, lineBetween, lineBreaks } from '../../../lib/detect/sentences';

describe('lines by the text\'s line breaks', () => {
  it('finds the line lineAt finds, for every position of the text (property)', () => {
    const piece = fc.constantFrom('a', 'Bc', ' ', '.', '\n', '\r\n', '\t', '\u2028', '\u2029', '\n\n', 'é', '|');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const breaks = lineBreaks(text);
        const got: [number, number] = [-1, -1];
        for (let pos = 0; pos <= text.length; pos++) {
          lineBetween(breaks, text.length, pos, got);
          expect(got).toEqual(lineAt(text, pos));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts a tab as a break, as lineAt does (a text table\'s cells)', () => {
    expect(lineBreaks('a\tb\nc')).toEqual([1, 3]);
  });
});
