import { describe, expect, it } from 'vitest';
import { buildCatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { compare } from '../../../lib/catalog/compare';
import { OPERATORS, SITES, siteById } from './fixture';

const snapshot = buildCatalogSnapshot(SITES, OPERATORS);

describe('compare: a new mention (Alibaba\'s fifth Tokyo data center)', () => {
  const c = compare({ operatorIds: ['alibaba-cloud'], place: { city: 'Tokyo' } }, snapshot);

  it('has city, country and world-region scopes with their labels', () => {
    expect(c.scopes.map((s) => [s.scope, s.label])).toEqual([
      ['city', 'Tokyo'],
      ['country', 'Japan'],
      ['world-region', 'Asia-Pacific'],
    ]);
    expect(c.subject.place.country).toBe('JP'); // inferred from the catalog's Tokyo
    expect(c.subject.siteId).toBeNull();
  });
  it('lists the competitors present in Tokyo, the subject marked', () => {
    const tokyo = c.scopes[0];
    const byId = Object.fromEntries(tokyo.operators.map((o) => [o.operatorId, o]));
    expect(Object.keys(byId).sort()).toEqual(['alibaba-cloud', 'aws', 'google', 'microsoft', 'oracle']);
    expect(byId['alibaba-cloud']).toMatchObject({ sites: 6, isSubject: true, zones: 3, mw: null });
    expect(byId.aws).toMatchObject({ sites: 1, zones: 4, isSubject: false, operatorName: 'Amazon Web Services' });
    // Largest first: no MW known in Tokyo, so by number of sites.
    expect(tokyo.operators[0].operatorId).toBe('alibaba-cloud');
    expect(tokyo.rankByMW).toBeNull();
  });
  it('counts Japan with Osaka, and Asia-Pacific with Korea', () => {
    const japan = c.scopes[1].operators.find((o) => o.operatorId === 'aws');
    expect(japan).toMatchObject({ sites: 2, zones: 7 });
    const apac = c.scopes[2].operators.find((o) => o.operatorId === 'aws');
    // Tokyo, Osaka, Seoul, and Ulsan with SK Telecom (103 MW planned).
    expect(apac).toMatchObject({ sites: 4, mw: 103, gpus: 60_000 });
    // Largest by presence, a region counting once per zone: AWS 4+3+4 zones + Ulsan = 12,
    // Alibaba 3 zones + 5 buildings + Seoul's 1 = 9, Google 9 (3 regions of 3), Microsoft 6, Oracle 3.
    expect(c.scopes[2].operators.map((o) => o.operatorId)).toEqual(['aws', 'alibaba-cloud', 'google', 'microsoft', 'oracle', 'sk-telecom']);
    expect(c.scopes[2].operators.find((o) => o.operatorId === 'sk-telecom')).toMatchObject({ sites: 1, mw: 103 });
  });
  it('sets the subject\'s footprint beside competitors present in Japan', () => {
    expect(c.footprints[0]).toMatchObject({ operatorId: 'alibaba-cloud', regions: 29, zones: 87, asOf: '2025-06', isSubject: true });
    expect(c.footprints.slice(1).map((f) => f.operatorId).sort()).toEqual(['aws', 'google', 'microsoft', 'oracle']);
    expect(c.footprints.find((f) => f.operatorId === 'aws')).toMatchObject({ regions: 37, zones: 117, isSubject: false });
  });
});

describe('compare: a known AI campus', () => {
  const abilene = siteById('stargate-abilene');
  const c = compare({ siteId: abilene.id, operatorIds: abilene.operatorIds, place: abilene.place }, snapshot);

  it('ranks the site by MW and GPUs within the country', () => {
    const us = c.scopes.find((s) => s.scope === 'country')!;
    expect(us.label).toBe('United States');
    // Operational MW where known: Colossus 2 946, Abilene 600, Fairwater 450, Colossus 1 300.
    expect(us.rankByMW).toEqual({ rank: 2, of: 4 });
    // GPUs (count, else planned): Colossus 2 550k, Abilene 400k, Colossus 1 230k.
    expect(us.rankByGpus).toEqual({ rank: 2, of: 3 });
    expect(us.topSites.map((s) => s.siteId)).toEqual(['xai-colossus-2', 'stargate-abilene', 'microsoft-fairwater-wi', 'xai-colossus-1']);
    expect(us.topSites[1]).toMatchObject({ isSubject: true, mw: 600, operatorName: 'OpenAI & Oracle & Crusoe' });
  });
  it('a site alone in its city ranks first of one', () => {
    const city = c.scopes.find((s) => s.scope === 'city')!;
    expect(city.label).toBe('Abilene');
    expect(city.rankByMW).toEqual({ rank: 1, of: 1 });
    expect(city.operators.map((o) => o.operatorId).sort()).toEqual(['crusoe', 'openai', 'oracle']);
  });
  it('north America is the world region', () => {
    expect(c.scopes.at(-1)?.label).toBe('North America');
  });
  it('works from plain arrays too, with the same result', () => {
    expect(compare({ siteId: abilene.id, operatorIds: [], place: {} }, SITES, OPERATORS)).toEqual(c);
  });
});

describe('compare: options and edge cases', () => {
  it('keeps the subject operator even when it has no site in the scope', () => {
    const c = compare({ operatorIds: ['xai'], place: { city: 'Osaka', country: 'JP' } }, snapshot);
    const osaka = c.scopes[0];
    expect(osaka.operators.find((o) => o.operatorId === 'xai')).toMatchObject({ sites: 0, isSubject: true });
  });
  it('caps the operators listed', () => {
    const c = compare({ operatorIds: ['khazna'], place: { country: 'JP' } }, snapshot, { maxOperators: 2 });
    expect(c.scopes[0].operators).toHaveLength(3);
    expect(c.scopes[0].operators[2]).toMatchObject({ operatorId: 'khazna', isSubject: true });
  });
  it('a place the catalog does not know yields no scopes but the world region', () => {
    const c = compare({ operatorIds: ['aws'], place: { city: 'Lagos', country: 'NG' } }, snapshot);
    expect(c.scopes).toEqual([]);
    expect(c.footprints[0].operatorId).toBe('aws');
  });
});
