import { describe, expect, it } from 'vitest';
import { SITE_KINDS, SITE_STATUSES, WORLD_REGIONS } from '../../../lib/catalog/schema';
import { countryName, kindLabel, statusLabel, worldRegionLabel } from '../../../lib/format/labels';
import { placeLine, placePrecisionNote, placeWorldRegionLabel } from '../../../lib/format/place';
import { hostLabel, safeHref } from '../../../lib/format/url';

describe('labels', () => {
  it('has a distinct, non-empty label for every status, kind and world region', () => {
    const statuses = SITE_STATUSES.map(statusLabel);
    expect(new Set(statuses).size).toBe(SITE_STATUSES.length);
    expect(statusLabel('under_construction')).toBe('Under construction');
    expect(SITE_KINDS.map(kindLabel)).toEqual(['Facility', 'Campus', 'Cloud region', 'Project']);
    expect(WORLD_REGIONS.map(worldRegionLabel)).toContain('Asia-Pacific');
    expect(WORLD_REGIONS.every((r) => worldRegionLabel(r) !== r)).toBe(true);
  });
  it('names countries, falling back to the code', () => {
    expect(countryName('JP')).toBe('Japan');
    expect(countryName('KR')).toBe('South Korea');
    expect(countryName('XX')).toBe('XX');
  });
});

describe('place', () => {
  it('drops an admin area that repeats the city and adds the country name', () => {
    expect(placeLine({ city: 'Tokyo', admin: 'Tokyo', country: 'JP' })).toBe('Tokyo, Japan');
    expect(placeLine({ city: 'Abilene', admin: 'Texas', country: 'US' })).toBe('Abilene, Texas, United States');
    expect(placeLine({})).toBeNull();
  });
  it('labels the world region the background filled in (the card has no countries table)', () => {
    expect(placeWorldRegionLabel({ country: 'JP', worldRegion: 'asia-pacific' })).toBe('Asia-Pacific');
    expect(placeWorldRegionLabel({ country: 'JP' })).toBeNull();
    expect(placeWorldRegionLabel({ country: 'DE', worldRegion: 'europe' })).toBe('Europe');
    expect(placeWorldRegionLabel({})).toBeNull();
  });
  it('says a cloud region is located by its metro', () => {
    expect(placePrecisionNote({ city: 'Tokyo' }, 'region')).toMatch(/metro area \(Tokyo\)/);
    expect(placePrecisionNote({ city: 'Abilene', precision: 'site' }, 'campus')).toBeNull();
  });
});

describe('safeHref', () => {
  it('keeps http(s) links and refuses every other scheme', () => {
    expect(safeHref('https://openai.com/index/five-new-stargate-sites/')).toBe('https://openai.com/index/five-new-stargate-sites/');
    expect(safeHref(' http://example.org/a ')).toBe('http://example.org/a');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '//evil.example/x', 'not a url', '']) {
      expect(safeHref(bad)).toBeNull();
    }
    expect(safeHref(`https://example.org/${'a'.repeat(3000)}`)).toBeNull();
  });
  it('labels a link by its host', () => {
    expect(hostLabel('https://www.reuters.com/business/x')).toBe('reuters.com');
    expect(hostLabel('javascript:alert(1)')).toBeNull();
  });
});
