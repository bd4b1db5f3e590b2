import { describe, expect, it } from 'vitest';
import { compareFacts, formatOrdinal, parseOrdinal } from '../../../lib/format/differences';
import { extractedFactRows, siteFactRows } from '../../../lib/format/fact-rows';
import { EMPTY_FACTS } from '../../../lib/detect/types';
import { alibabaTokyoMention, alibabaTokyoSite, operators, stargateAbileneMention, stargateAbileneSite } from './fixtures';

const abileneOps = [operators.oracle, operators.openai];

describe('compareFacts', () => {
  it('reports a capacity that differs from the catalog, with both values', () => {
    const diffs = compareFacts({ ...EMPTY_FACTS, capacityMW: 103 }, alibabaTokyoSite, [operators.alibaba]);
    expect(diffs).toEqual([
      { fact: 'capacityMW', label: 'Capacity', article: '103 MW', catalog: '100 MW operational, 150 MW planned', kind: 'differs' },
    ]);
  });
  it('accepts figures that match the operational or the planned value, within rounding', () => {
    expect(compareFacts({ ...EMPTY_FACTS, capacityMW: 1200 }, stargateAbileneSite, abileneOps)).toEqual([]);
    expect(compareFacts({ ...EMPTY_FACTS, capacityMW: 420 }, stargateAbileneSite, abileneOps)).toEqual([]);
    expect(compareFacts({ ...EMPTY_FACTS, gpus: 100_000 }, stargateAbileneSite, abileneOps)).toEqual([]);
  });
  it('reports GPUs, location and operator disagreements', () => {
    const diffs = compareFacts(
      { ...EMPTY_FACTS, gpus: 400_000, location: 'Dallas', operator: 'Microsoft' },
      stargateAbileneSite,
      abileneOps,
      [],
    );
    expect(diffs.map((d) => [d.fact, d.article, d.catalog])).toEqual([
      ['operator', 'Microsoft', 'Oracle Cloud Infrastructure, OpenAI'],
      ['location', 'Dallas', 'Abilene, Texas, United States'],
      ['gpus', '400,000 GPUs', '100,000 GPUs today, 300,000 GPUs planned'],
    ]);
  });
  it('treats aliases, partial names and country names as agreement', () => {
    expect(compareFacts({ ...EMPTY_FACTS, operator: 'Alibaba', location: "Japan's capital" }, alibabaTokyoSite, [operators.alibaba])).toEqual([]);
    expect(compareFacts({ ...EMPTY_FACTS, operator: 'OCI', location: 'Abilene, Texas' }, stargateAbileneSite, abileneOps)).toEqual([]);
    // A resolved operator id is enough even when the written name is unusual.
    expect(compareFacts({ ...EMPTY_FACTS, operator: 'Big Red' }, stargateAbileneSite, abileneOps, ['oracle'])).toEqual([]);
  });
  it('says when the catalog does not record what the article states', () => {
    const diffs = compareFacts(alibabaTokyoMention.facts, alibabaTokyoSite, [operators.alibaba], alibabaTokyoMention.operatorIds);
    expect(diffs).toEqual([{ fact: 'ordinal', label: 'Order', article: 'fifth', catalog: null, kind: 'new' }]);
    const noGpus = compareFacts({ ...EMPTY_FACTS, gpus: 2000 }, alibabaTokyoSite, [operators.alibaba]);
    expect(noGpus[0]).toMatchObject({ fact: 'gpus', kind: 'new', catalog: null });
  });
  it('compares ordinals with one written in the catalog name', () => {
    const fifth = { ...alibabaTokyoSite, name: 'Alibaba Cloud Tokyo 5th data center' };
    expect(compareFacts({ ...EMPTY_FACTS, ordinal: 'fifth' }, fifth)).toEqual([]);
    expect(compareFacts({ ...EMPTY_FACTS, ordinal: 'sixth' }, fifth)[0]).toMatchObject({ catalog: '5th', kind: 'differs' });
  });
  it('is quiet for the Stargate mention except where the article disagrees', () => {
    const diffs = compareFacts(stargateAbileneMention.facts, stargateAbileneSite, abileneOps, stargateAbileneMention.operatorIds);
    expect(diffs.map((d) => d.fact)).toEqual(['gpus']);
  });
});

describe('ordinals', () => {
  it('parses words and numerals and writes suffixes', () => {
    expect(parseOrdinal('fifth')).toBe(5);
    expect(parseOrdinal('its 2nd site')).toBe(2);
    expect(parseOrdinal('second-largest')).toBe(2);
    expect(parseOrdinal('Tokyo')).toBeNull();
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map(formatOrdinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '103rd']);
  });
});

describe('fact rows', () => {
  it('keeps operational and planned capacity on separate rows', () => {
    const rows = siteFactRows(stargateAbileneSite);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['capacity-operational']).toMatchObject({ label: 'Capacity now', value: '421 MW' });
    expect(byKey['capacity-operational'].details).toContain('as of Aug 2026');
    expect(byKey['capacity-planned']).toMatchObject({ label: 'Capacity planned', value: '1.2 GW' });
    expect(byKey.gpus).toMatchObject({ value: '100,000 GPUs', details: ['NVIDIA GB200, GB300', 'as of Dec 2025'] });
    expect(byKey['gpus-planned'].value).toBe('300,000 GPUs');
    expect(byKey.investment).toMatchObject({ value: '$15.9 billion', details: ['USD estimate', 'as of Aug 2026'] });
    const announced = siteFactRows({ ...stargateAbileneSite, investment: { text: '$40 billion across three sites', usd: 40e9 } });
    expect(announced.find((r) => r.key === 'investment')).toMatchObject({
      value: '$40 billion across three sites',
      details: ['≈ $40 billion (USD estimate)'],
    });
    expect(rows.filter((r) => ['announced', 'groundbreaking', 'opened', 'expected'].includes(r.key)).map((r) => r.value)).toEqual([
      '21 Jan 2025',
      'Jun 2024',
      'Jun 2025',
      '2026',
    ]);
  });
  it('gives a cloud region its metro note, region code and zones', () => {
    const rows = siteFactRows(alibabaTokyoSite);
    const place = rows.find((r) => r.key === 'place');
    expect(place?.value).toBe('Tokyo, Japan');
    expect(place?.details).toEqual(['Asia-Pacific', 'Cloud region: located by its metro area (Tokyo), not a building.']);
    expect(rows.find((r) => r.key === 'region-code')?.value).toBe('ap-northeast-1');
    expect(rows.find((r) => r.key === 'zones')?.value).toBe('3 availability zones');
    expect(rows.find((r) => r.key === 'aliases')?.value).toBe('Alibaba Cloud Tokyo, Aliyun Tokyo');
  });
  it('lists only the facts a mention has', () => {
    const rows = extractedFactRows({ ...EMPTY_FACTS, operator: 'Alibaba Cloud', capacityMW: 103, ordinal: 'fifth' });
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual(['Operator: Alibaba Cloud', 'Capacity: 103 MW', 'Order: fifth']);
    expect(extractedFactRows(EMPTY_FACTS)).toEqual([]);
  });
});
