/**
 * A long page's chunks are folded in the background (lib/page/fold.ts), and the page cuts its
 * sections by their folded length without folding them: that length must be exactly the folded
 * text's, or sections (and so what is detected together, and marked) would move.
 */
import { describe, expect, it } from 'vitest';
import { foldShown, foldedLength, joinChunks } from '../../../lib/page/fold';

/** Characters innerText gives and the fold treats apart: breaks, tabs, every kind of space, words. */
const ALPHABET = ['\n', '\n', '\t', ' ', ' ', '\r', '\v', '\f', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', 'a', 'b', 'Z', '.', 'é', '😀'];

function randomText(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += ALPHABET[(x >>> 8) % ALPHABET.length];
  }
  return out;
}

describe('foldedLength', () => {
  it('is the folded text’s length, whatever the whitespace', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const raw = randomText(seed, seed % 60);
      expect(foldedLength(raw), JSON.stringify(raw)).toBe(foldShown(raw).length);
    }
  });

  it('counts a break and the whitespace after it as one separator, and trims', () => {
    expect(foldShown(' Title\n \n\tBody text \t x\n')).toBe('Title\n\nBody text \n\nx');
    expect(foldedLength(' Title\n \n\tBody text \t x\n')).toBe(20);
    expect(foldedLength('')).toBe(0);
    expect(foldedLength(' \n\t ')).toBe(0);
  });
});

describe('joinChunks', () => {
  it('folds every chunk but the walked ones, joins them as blocks and says each one’s length', () => {
    const joined = joinChunks(['A\n\tB', 'walked\ttext', ' C '], [1], 100);
    expect(joined).toEqual({ text: 'A\n\nB\n\nwalked\ttext\n\nC', lengths: [4, 11, 1] });
  });

  it('is null when the text would be longer than allowed', () => {
    expect(joinChunks(['a\nb', 'c'], [], 7)).toEqual({ text: 'a\n\nb\n\nc', lengths: [4, 1] });
    expect(joinChunks(['a\nb', 'c'], [], 6)).toBeNull();
  });
});
