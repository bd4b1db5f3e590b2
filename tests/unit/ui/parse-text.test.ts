import { describe, expect, it } from 'vitest';
import { dateFieldFor, parseMegawatts, parseNumberInput, parseOrdinal, parsePartialDate } from '../../../lib/ui/parse-text';

describe('parseNumberInput', () => {
  it('reads the ways people write numbers', () => {
    expect(parseNumberInput('300')).toBe(300);
    expect(parseNumberInput(' 1,200 ')).toBe(1200);
    expect(parseNumberInput('1 200 000')).toBe(1_200_000);
    expect(parseNumberInput('1.5')).toBe(1.5);
    expect(parseNumberInput('1,5')).toBe(1.5);
    expect(parseNumberInput('100,000')).toBe(100_000);
  });
  it('refuses units, words and negatives', () => {
    for (const s of ['', '1 GW', 'three', '-5', '1.2.3', '1e3']) expect(parseNumberInput(s)).toBeNaN();
  });
});

describe('parseMegawatts', () => {
  it('accepts MW and GW units', () => {
    expect(parseMegawatts('300')).toBe(300);
    expect(parseMegawatts('300 MW')).toBe(300);
    expect(parseMegawatts('1,200MW')).toBe(1200);
    expect(parseMegawatts('1.8 GW')).toBe(1800);
    expect(parseMegawatts('0.25gw')).toBe(250);
    expect(parseMegawatts('1.8 TW')).toBeNaN();
    expect(parseMegawatts('GW')).toBeNaN();
  });
});

describe('parseOrdinal', () => {
  it('reads words, suffixes and numbers', () => {
    expect(parseOrdinal('fifth')).toBe(5);
    expect(parseOrdinal('Third')).toBe(3);
    expect(parseOrdinal('12th')).toBe(12);
    expect(parseOrdinal('No. 7')).toBe(7);
    expect(parseOrdinal('latest')).toBeNull();
    expect(parseOrdinal(null)).toBeNull();
  });
});

describe('parsePartialDate', () => {
  it('keeps the precision the text has', () => {
    expect(parsePartialDate('by 2027')).toBe('2027');
    expect(parsePartialDate('June 2025')).toBe('2025-06');
    expect(parsePartialDate('in Sept. 2026')).toBe('2026-09');
    expect(parsePartialDate('30 June 2025')).toBe('2025-06-30');
    expect(parsePartialDate('June 30, 2025')).toBe('2025-06-30');
    expect(parsePartialDate('2025-06-30')).toBe('2025-06-30');
    expect(parsePartialDate('2025-06')).toBe('2025-06');
  });
  it('does not take the verb "may" or a city for a month', () => {
    expect(parsePartialDate('may open in 2027')).toBe('2027');
    expect(parsePartialDate('Marseille, 2026')).toBe('2026');
    expect(parsePartialDate('May 2026')).toBe('2026-05');
  });
  it('returns null without a year', () => {
    expect(parsePartialDate('next year')).toBeNull();
    expect(parsePartialDate(null)).toBeNull();
  });
});

describe('dateFieldFor', () => {
  it('files the date under what the phrase is about', () => {
    expect(dateFieldFor('expected online by 2027')).toBe('expected');
    expect(dateFieldFor('opened in 2019')).toBe('opened');
    expect(dateFieldFor('broke ground in March 2025')).toBe('groundbreaking');
    expect(dateFieldFor('June 2025')).toBe('announced');
  });
});
