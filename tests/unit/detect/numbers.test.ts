import { describe, expect, it } from 'vitest';
import { parseCapacityAt } from '../../../lib/detect/facts/capacity';
import { findDate } from '../../../lib/detect/facts/dates';
import { parseGpusAt } from '../../../lib/detect/facts/gpus';
import { parseMoneyAt } from '../../../lib/detect/facts/money';
import { parseNumberAt, parseNumeral } from '../../../lib/detect/facts/numbers';
import { parseOrdinalAt } from '../../../lib/detect/facts/ordinal';
import { tokenize } from '../../../lib/detect/tokens';

const tk = (s: string) => tokenize(s, 0, s.length);

describe('numbers', () => {
  it('parses numerals with separators and decimals', () => {
    expect(parseNumeral('60,000')).toBe(60000);
    expect(parseNumeral('1.2')).toBe(1.2);
    expect(parseNumeral('2025')).toBe(2025);
  });
  it('parses spelled-out numbers and multipliers', () => {
    expect(parseNumberAt(tk('1.2 million'), 0)?.value).toBe(1_200_000);
    expect(parseNumberAt(tk('100k'), 0)?.value).toBe(100_000);
    expect(parseNumberAt(tk('twenty-five'), 0)?.value).toBe(25);
    expect(parseNumberAt(tk('two thousand'), 0)?.value).toBe(2000);
    expect(parseNumberAt(tk('many'), 0)).toBeNull();
  });
});

describe('capacity', () => {
  const mw = (s: string) => parseCapacityAt(tk(s), 0)?.mw ?? null;
  it('reads MW and GW in their written forms', () => {
    expect(mw('103-megawatt')).toBe(103);
    expect(mw('1.2 gigawatts')).toBe(1200);
    expect(mw('300MW')).toBe(300);
    expect(mw('300 MW')).toBe(300);
    expect(mw('1GW')).toBe(1000);
  });
  it('ignores energy and rack densities', () => {
    expect(mw('50kW')).toBeNull();
    expect(mw('300 MWh')).toBeNull();
    expect(mw('300 acres')).toBeNull();
  });
});

describe('gpus', () => {
  const n = (s: string) => parseGpusAt(tk(s), 0)?.count ?? null;
  it('needs a GPU noun or a chip model', () => {
    expect(n('60,000 graphics processing units')).toBe(60000);
    expect(n('100k H100s')).toBe(100000);
    expect(n('100,000 Nvidia GB200 chips')).toBe(100000);
    expect(n('500,000 of Amazon’s Trainium2 chips')).toBe(500000);
    expect(n('60,000 square feet')).toBeNull();
    expect(n('2 GPUs')).toBeNull();
  });
});

describe('money', () => {
  const m = (s: string) => {
    const r = parseMoneyAt(s, tk(s), 0);
    return r ? [r.text, r.value, r.currency] : null;
  };
  it('keeps the amount as written, with a bracketed conversion', () => {
    expect(m('380 billion yuan (approximately $52.9 billion) investment')).toEqual(['380 billion yuan (approximately $52.9 billion)', 380e9, 'CNY']);
    expect(m('$4 billion')).toEqual(['$4 billion', 4e9, 'USD']);
    expect(m('£190m')).toEqual(['£190m', 190e6, 'GBP']);
    expect(m('US$2bn')).toEqual(['US$2bn', 2e9, 'USD']);
    expect(m('€1.2 billion')).toEqual(['€1.2 billion', 1.2e9, 'EUR']);
  });
  it('does not read counts as money', () => {
    expect(m('2 won the bid')).toBeNull();
    expect(m('300 megawatts')).toBeNull();
  });
});

describe('ordinals', () => {
  it('reads words, numerals with suffix and hyphenated tens', () => {
    expect(parseOrdinalAt(tk('fifth'), 0)).toMatchObject({ rank: 5, text: 'fifth' });
    expect(parseOrdinalAt(tk('21st'), 0)).toMatchObject({ rank: 21, text: '21st' });
    expect(parseOrdinalAt(tk('twenty-first'), 0)).toMatchObject({ rank: 21, text: 'twenty-first' });
    expect(parseOrdinalAt(tk('five'), 0)).toBeNull();
  });
});

describe('dates', () => {
  it('finds the time phrase of a sentence', () => {
    expect(findDate('plans to launch a second data center in South Korea by the end of June, accelerating')).toBe('by the end of June');
    expect(findDate('In August of this year, they will break ground')).toBe('In August of this year');
    expect(findDate('entered the market in 2022 with a data center')).toBe('in 2022');
    expect(findDate('no time here')).toBeNull();
  });
});
