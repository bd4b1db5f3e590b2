import { describe, expect, it } from 'vitest';
import { getFoldTable, normalizeForMatch, normalizeWith } from '../../../lib/detect/normalize';

describe('normalizeForMatch', () => {
  it('folds case, accents, hyphens, quotes and whitespace runs', () => {
    expect(normalizeForMatch('AWS’s  Tokyo-Region')).toBe('aws s tokyo region');
    expect(normalizeForMatch('  Querétaro  ')).toBe('queretaro');
    expect(normalizeForMatch('"Stargate"  ABILENE')).toBe('stargate abilene');
    expect(normalizeForMatch('ap-northeast-1')).toBe('ap northeast 1');
  });
  it('drops soft hyphens and zero-width chars inside words', () => {
    expect(normalizeForMatch('data\u00adcenter')).toBe('datacenter');
    expect(normalizeForMatch('Equi\u200bnix')).toBe('equinix');
  });
  it('keeps digits and non-Latin letters as word chars', () => {
    expect(normalizeForMatch('TY11 東京')).toBe('ty11 東京');
    expect(normalizeForMatch('...')).toBe('');
  });
  it('reads plain ASCII names (lower-cased without the table) exactly as the fold table does', () => {
    const names = ['Exoscale Ellenwood Campus VIII', 'ATL12', 'ashburn va', 'Z', '9', 'A B', 'AZ 1 b2', ' Leading', 'Trailing ', 'Two  Spaces', 'AWS-Tokyo', 'Ümraniye DC', '', ' ', 'Data_Center', 'x@y'];
    for (const name of names) expect(normalizeForMatch(name), name).toBe(normalizeWith(getFoldTable(), name));
    // Every ASCII char, alone and between two words.
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      expect(normalizeForMatch(ch)).toBe(normalizeWith(getFoldTable(), ch));
      expect(normalizeForMatch(`Ab${ch}Cd 9`)).toBe(normalizeWith(getFoldTable(), `Ab${ch}Cd 9`));
    }
  });
});
