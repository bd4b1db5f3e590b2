import { describe, expect, it } from 'vitest';
import { WORLD_REGIONS } from '../../../lib/catalog/schema';
import { COUNTRIES, WORLD_REGION_LABELS, countryByCode, countryByName, worldRegionOf } from '../../../lib/geo/countries';

describe('countries table', () => {
  it('covers every ISO 3166-1 alpha-2 country once', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    const codes = COUNTRIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(WORLD_REGIONS).toContain(c.worldRegion);
    }
  });

  it('looks countries up by code, case-insensitively', () => {
    expect(countryByCode('KR')?.name).toBe('South Korea');
    expect(countryByCode('jp')?.name).toBe('Japan');
    expect(countryByCode('ZZ')).toBeUndefined();
  });

  it.each([
    ['US', 'US'], ['U.S.', 'US'], ['United States', 'US'], ['America', 'US'], ['usa', 'US'],
    ['UK', 'GB'], ['U.K.', 'GB'], ['Britain', 'GB'], ['Scotland', 'GB'],
    ['UAE', 'AE'], ['U.A.E.', 'AE'], ['the Emirates', 'AE'], ['United Arab Emirates', 'AE'],
    ['Korea', 'KR'], ['south korea', 'KR'], ['Republic of Korea', 'KR'], ['S. Korea', 'KR'],
    ['North Korea', 'KP'], ['Taiwan', 'TW'], ['Hong Kong', 'HK'], ['Mainland China', 'CN'], ['China', 'CN'],
    ['Czech Republic', 'CZ'], ['Czechia', 'CZ'], ['the Netherlands', 'NL'], ['Turkey', 'TR'],
    ['Ivory Coast', 'CI'], ["Côte d’Ivoire", 'CI'], ['Russia', 'RU'], ['Vietnam', 'VN'],
  ])('countryByName(%j) = %s', (name, code) => {
    expect(countryByName(name)?.code).toBe(code);
  });

  it('does not guess for ambiguous or unknown names', () => {
    expect(countryByName('Congo')).toBeUndefined();
    expect(countryByName('Atlantis')).toBeUndefined();
  });

  it('assigns the world regions DC Lens groups by', () => {
    expect(worldRegionOf('KR')).toBe('asia-pacific');
    expect(worldRegionOf('JP')).toBe('asia-pacific');
    expect(worldRegionOf('AE')).toBe('middle-east');
    expect(worldRegionOf('SA')).toBe('middle-east');
    expect(worldRegionOf('DE')).toBe('europe');
    expect(worldRegionOf('GB')).toBe('europe');
    expect(worldRegionOf('US')).toBe('north-america');
    expect(worldRegionOf('CA')).toBe('north-america');
    expect(worldRegionOf('MX')).toBe('latin-america');
    expect(worldRegionOf('BR')).toBe('latin-america');
    expect(worldRegionOf('ZA')).toBe('africa');
    expect(worldRegionOf('EG')).toBe('africa');
    expect(worldRegionOf('AU')).toBe('asia-pacific');
    expect(worldRegionOf('IN')).toBe('asia-pacific');
    expect(worldRegionOf('XX')).toBeUndefined();
  });

  it('labels every world region', () => {
    for (const r of WORLD_REGIONS) expect(WORLD_REGION_LABELS[r]).toBeTruthy();
    expect(WORLD_REGION_LABELS['asia-pacific']).toBe('Asia-Pacific');
    expect(WORLD_REGION_LABELS.europe).toBe('Europe');
  });
});
