import { describe, expect, it } from 'vitest';
import {
  FOOTPRINT_METRICS,
  OPERATOR_METRICS,
  availableMetrics,
  barsSummary,
  footprintAsOf,
  footprintBars,
  operatorBars,
} from '../../../lib/format/bars';
import { alibabaTokyoComparison } from './fixtures';

const [tokyo, japan, apac] = alibabaTokyoComparison.scopes;

describe('bars', () => {
  it('offers only the measures some operator has', () => {
    expect(availableMetrics(OPERATOR_METRICS, tokyo.operators)).toEqual(['mw', 'gpus', 'zones', 'regions']);
    const noNumbers = tokyo.operators.map((o) => ({ ...o, mw: null, gpus: null, zones: null }));
    expect(availableMetrics(OPERATOR_METRICS, noNumbers)).toEqual(['regions']);
    expect(availableMetrics(FOOTPRINT_METRICS, alibabaTokyoComparison.footprints)).toEqual(['regions', 'zones']);
  });
  it('sorts largest first and puts unknown values last as "not reported"', () => {
    const bars = operatorBars(tokyo.operators, 'gpus');
    expect(bars.map((b) => b.valueText)).toEqual(['20,000', '12,000', 'not reported', 'not reported', 'not reported']);
    expect(bars[0].label).toBe('Amazon Web Services');
    const byMW = operatorBars(apac.operators, 'mw');
    expect(byMW.map((b) => b.label).slice(0, 2)).toEqual(['Amazon Web Services', 'Alibaba Cloud']);
    expect(byMW.find((b) => b.isSubject)?.valueText).toBe('2.3 GW');
  });
  it('compares like with like: regions with regions, facilities with facilities, never one count of both', () => {
    expect(Object.keys(OPERATOR_METRICS)).not.toContain('sites');
    const mixed = [
      { ...tokyo.operators[0], operatorId: 'cloud', operatorName: 'A Cloud', regions: 2, facilities: null },
      { ...tokyo.operators[1], operatorId: 'colo', operatorName: 'A Colo', regions: null, facilities: 5 },
    ];
    expect(operatorBars(mixed, 'facilities').map((b) => [b.label, b.valueText])).toEqual([['A Colo', '5 facilities'], ['A Cloud', 'not reported']]);
    expect(operatorBars(mixed, 'regions').map((b) => [b.label, b.valueText])).toEqual([['A Cloud', '2 regions'], ['A Colo', 'not reported']]);
  });
  it('summarises a chart in one sentence that always names the subject', () => {
    const bars = operatorBars(japan.operators, 'mw');
    expect(barsSummary('Operators in Japan by capacity', bars, "this site's operator")).toBe(
      "Operators in Japan by capacity: Amazon Web Services 400 MW, Microsoft Azure 300 MW, Google Cloud 260 MW, Oracle Cloud Infrastructure 110 MW, Alibaba Cloud 100 MW (this site's operator).",
    );
    const many = Array.from({ length: 9 }, (_, i) => ({ key: `k${i}`, label: `Op ${i}`, value: 90 - i * 10, valueText: `${90 - i * 10} MW`, isSubject: i === 7 }));
    const s = barsSummary('Operators', many, 'this site');
    expect(s).toContain('Op 7 20 MW (this site, #8)');
    expect(s).toMatch(/and 3 more\.$/);
  });
  it('dates footprints when all share one date', () => {
    expect(footprintAsOf(alibabaTokyoComparison.footprints)).toBe('as of Jun 2025');
    expect(footprintAsOf([{ ...alibabaTokyoComparison.footprints[0], asOf: '2024' }, alibabaTokyoComparison.footprints[1]])).toBeNull();
    expect(footprintBars(alibabaTokyoComparison.footprints, 'regions')[0]).toMatchObject({ label: 'Microsoft Azure', valueText: '60' });
  });
});
