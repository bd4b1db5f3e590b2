import { describe, expect, it } from 'vitest';
import { barPercent, formatCount, formatDecimal, formatGpus, formatInteger, formatMW, formatUsd } from '../../../lib/format/numbers';
import { formatAsOf, formatPartialDate } from '../../../lib/format/dates';
import { formatRank } from '../../../lib/format/rank';

describe('numbers', () => {
  it('groups thousands and trims trailing zeros', () => {
    expect(formatInteger(60000)).toBe('60,000');
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatInteger(999)).toBe('999');
    expect(formatDecimal(1.2)).toBe('1.2');
    expect(formatDecimal(2.0)).toBe('2');
    expect(formatDecimal(1.25, 2)).toBe('1.25');
    expect(formatDecimal(-0.04)).toBe('0');
    expect(formatDecimal(Number.NaN)).toBe('—');
  });

  it('writes megawatts and switches to gigawatts at 1,000', () => {
    expect(formatMW(103)).toBe('103 MW');
    expect(formatMW(0)).toBe('0 MW');
    expect(formatMW(2.5)).toBe('2.5 MW');
    expect(formatMW(421.4)).toBe('421 MW');
    expect(formatMW(999.6)).toBe('1 GW');
    expect(formatMW(1200)).toBe('1.2 GW');
    expect(formatMW(1050)).toBe('1.05 GW');
    expect(formatMW(5000)).toBe('5 GW');
    expect(formatMW(12_480)).toBe('12.5 GW');
  });

  it('counts GPUs and units in the right grammatical number', () => {
    expect(formatGpus(60000)).toBe('60,000 GPUs');
    expect(formatGpus(1)).toBe('1 GPU');
    expect(formatCount(3, 'zone', 'zones')).toBe('3 zones');
    expect(formatCount(1, 'zone', 'zones')).toBe('1 zone');
  });

  it('writes dollars with a scale word', () => {
    expect(formatUsd(52.9e9)).toBe('$52.9 billion');
    expect(formatUsd(15_948_000_000)).toBe('$15.9 billion');
    expect(formatUsd(800e6)).toBe('$800 million');
    expect(formatUsd(500e9)).toBe('$500 billion');
    expect(formatUsd(1.2e12)).toBe('$1.2 trillion');
    expect(formatUsd(999_600_000)).toBe('$1 billion');
    expect(formatUsd(500_000)).toBe('$500,000');
  });

  it('turns values into bar widths without overflow or negative bars', () => {
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(300, 200)).toBe(100);
    expect(barPercent(null, 200)).toBe(0);
    expect(barPercent(-5, 200)).toBe(0);
    expect(barPercent(10, 0)).toBe(0);
  });
});

describe('dates', () => {
  it('keeps the precision of a partial date', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2025-06')).toBe('Jun 2025');
    expect(formatPartialDate('2025-06-30')).toBe('30 Jun 2025');
    expect(formatPartialDate('2025-01-05')).toBe('5 Jan 2025');
  });
  it('returns anything else unchanged', () => {
    expect(formatPartialDate('2025-13')).toBe('2025-13');
    expect(formatPartialDate('soon')).toBe('soon');
    expect(formatAsOf('2026-08')).toBe('as of Aug 2026');
    expect(formatAsOf(undefined)).toBeNull();
  });
});

describe('rank', () => {
  it('writes a rank within a scope', () => {
    expect(formatRank({ rank: 2, of: 7 }, 'MW', 'Japan')).toBe('#2 of 7 by MW in Japan');
    expect(formatRank(null, 'MW', 'Japan')).toBeNull();
    expect(formatRank({ rank: 8, of: 7 }, 'MW', 'Japan')).toBeNull();
    expect(formatRank({ rank: 0, of: 7 }, 'GPUs', 'Japan')).toBeNull();
  });
});
