/** Comparisons in like units: regions with regions, facilities with facilities, MW with MW. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../../lib/catalog/compare';
import { OperatorSchema, SiteSchema, type Site } from '../../../lib/catalog/schema';

const T = '2026-01-01T00:00:00.000Z';
const op = (id: string, kind: 'hyperscale_cloud' | 'colocation') => OperatorSchema.parse({ id, name: id.toUpperCase(), kind, origin: 'seed', createdAt: T, updatedAt: T });
const site = (id: string, operator: string, kind: Site['kind'], over: Record<string, unknown> = {}) =>
  SiteSchema.parse({ id, name: id, kind, operatorIds: [operator], place: { city: 'Polderstad', country: 'NL' }, origin: 'seed', createdAt: T, updatedAt: T, ...over });

const operators = [op('cloud', 'hyperscale_cloud'), op('colo', 'colocation')];
const sites = [
  site('cloud-region', 'cloud', 'region', { zones: 3, capacity: { operationalMW: 500 } }),
  site('colo-campus', 'colo', 'campus', { capacity: { operationalMW: 60 } }),
  site('colo-b1', 'colo', 'facility', { parentId: 'colo-campus', capacity: { operationalMW: 30 } }),
  site('colo-b2', 'colo', 'facility', { parentId: 'colo-campus', capacity: { operationalMW: 30 } }),
  site('colo-other', 'colo', 'facility', { capacity: { operationalMW: 10 } }),
];

describe('compare in like units', () => {
  const city = compare({ siteId: 'colo-other', operatorIds: ['colo'], place: {} }, sites, operators).scopes[0];

  it('counts a cloud in regions and a company in facilities (a campus once), each "not reported" for the other kind', () => {
    const byId = Object.fromEntries(city.operators.map((o) => [o.operatorId, o]));
    expect(byId.cloud).toMatchObject({ regions: 1, facilities: null, zones: 3 });
    expect(byId.colo).toMatchObject({ regions: null, facilities: 2 });
  });

  it('ranks a facility by MW among facilities only, never against a region', () => {
    expect(city.rankByMW).toEqual({ rank: 4, of: 4 });
    expect(city.topSites.map((s) => s.siteId)).not.toContain('cloud-region');
  });

  it('ranks a region among regions', () => {
    const region = compare({ siteId: 'cloud-region', operatorIds: ['cloud'], place: {} }, sites, operators).scopes[0];
    expect(region.rankByMW).toEqual({ rank: 1, of: 1 });
    expect(region.topSites.map((s) => s.siteId)).toEqual(['cloud-region']);
  });
});
