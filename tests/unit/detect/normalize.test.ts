import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../lib/detect/normalize';

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
});
