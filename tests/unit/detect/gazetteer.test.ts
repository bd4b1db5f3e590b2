import { describe, expect, it } from 'vitest';
import { scanAutomaton } from '../../../lib/detect/automaton';
import { getPlaceTable } from '../../../lib/detect/gazetteer';

function places(text: string): Array<[string, string, string]> {
  const t = getPlaceTable();
  const hits: number[] = [];
  scanAutomaton(t.automaton, text, hits);
  const out: Array<[string, string, string]> = [];
  for (let i = 0; i < hits.length; i += 3) out.push([text.slice(hits[i + 1], hits[i + 2]), t.kinds.at(hits[i])!, t.countries.at(hits[i])!]);
  return out;
}

describe('place gazetteer (GeoNames cities, countries, regions)', () => {
  it('knows cities, small data-center towns, states, countries and world areas', () => {
    expect(places('Ulsan')).toEqual([['Ulsan', 'city', 'KR']]);
    expect(places('The Dalles')).toEqual([['The Dalles', 'city', 'US']]);
    expect(places('Wisconsin')).toEqual([['Wisconsin', 'admin', 'US']]);
    expect(places('South Korea')).toContainEqual(['South Korea', 'country', 'KR']);
    expect(places('Asia-Pacific')).toContainEqual(['Asia-Pacific', 'area', '']);
  });
  it('reads English city names and nationality adjectives', () => {
    expect(places('Frankfurt')).toEqual([['Frankfurt', 'city', 'DE']]);
    expect(places('Norwegian')).toEqual([['Norwegian', 'country', 'NO']]);
  });
  it('keeps a catalog site\'s town at any size, and Korean cities without their -si suffix', () => {
    // Boydton (about 400 people) and Inzai (no population in GeoNames) fall under the size rule.
    expect(places('Boydton')).toEqual([['Boydton', 'city', 'US']]);
    expect(places('Inzai')).toEqual([['Inzai', 'city', 'JP']]);
    expect(places('Goyang')).toEqual([['Goyang', 'city', 'KR']]);
  });
  it('leaves out ordinary words that tiny places are named after', () => {
    expect(places('mission opportunity deal hope')).toEqual([]);
  });
});
