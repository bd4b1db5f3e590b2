/** The short names news gives a company whose catalog name ends in its trade. */
import { describe, expect, it } from 'vitest';
import { shortOperatorNames } from '../../../lib/catalog/operator-short-names';

const isPlace = (s: string) => ['lyon', 'tarnby'].includes(s);

describe('shortOperatorNames', () => {
  it('drops the trade (and a legal form) when what is left is a brand', () => {
    expect(shortOperatorNames('VRELO Infrastructure', isPlace)).toEqual(['VRELO']);
    expect(shortOperatorNames('Kestrel Edge Data Centres', isPlace)).toEqual(['Kestrel Edge']);
    expect(shortOperatorNames('OstaviX Telekommunikation GmbH', isPlace)).toEqual(['OstaviX Telekommunikation', 'OstaviX']);
    expect(shortOperatorNames('4K Data Center S.A.', isPlace)).toEqual(['4K Data Center', '4K']);
  });
  it('keeps nothing that would mark ordinary words, places or roads', () => {
    expect(shortOperatorNames('Lantern Data Centers', isPlace)).toEqual([]);
    expect(shortOperatorNames('Lyon Edge Datacenters', isPlace)).toEqual([]);
    expect(shortOperatorNames('Ostavik Road Technologies', isPlace)).toEqual([]);
    expect(shortOperatorNames('HAYDEN TECHNOLOGIES LLC', isPlace)).toEqual([]);
    expect(shortOperatorNames('Vrelo Compute', isPlace)).toEqual([]);
  });
});
