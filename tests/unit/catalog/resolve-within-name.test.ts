/**
 * A numbered name news writes without the rest of the catalog's longer name ("Kestrel's Q6" for
 * "KESTREL - Q6 Harbourside"). Invented companies and places.
 */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema, type Site } from '../../../lib/catalog/schema';
import { OPERATORS, T0 } from './fixture';

const op = (id: string, name: string) => OperatorSchema.parse({ ...OPERATORS[0], id, name, aliases: [] });
const OPS = [op('kestrel', 'Kestrel'), op('pellan', 'Pellan'), op('orvo', 'Orvo Compute')];

const HARBOURSIDE = { city: 'Harbourside', country: 'AU', lat: -33.8, lon: 151.18, precision: 'site' } as const;
const site = (id: string, name: string, operatorIds: string[], place: Site['place'] = HARBOURSIDE, extra: Partial<Site> = {}) =>
  SiteSchema.parse({ id, name, kind: 'facility', operatorIds, place, origin: 'seed', createdAt: T0, updatedAt: T0, ...extra });

const SITES = [
  site('kestrel-q6', 'KESTREL - Q6 Harbourside', ['kestrel']),
  site('kestrel-q3', 'KESTREL - Q3 Harbourside', ['kestrel']),
  site('kestrel-marlow9', 'Kestrel MARLOW9', ['kestrel'], { city: 'Fenby', country: 'GB', lat: 51.5, lon: -0.6, precision: 'site' }),
  site('kestrel-marlow10', 'Kestrel Marlow 10', ['kestrel'], { city: 'Fenby', country: 'GB', lat: 51.5, lon: -0.6, precision: 'site' }),
  site('pellan-vrx2-a', 'Pellan VRX2-A', ['pellan'], { city: 'Dunmore', country: 'US', lat: 39.0, lon: -77.4, precision: 'site' }),
  site('pellan-vrx2-b', 'Pellan VRX2-B', ['pellan'], { city: 'Dunmore', country: 'US', lat: 39.001, lon: -77.401, precision: 'site' }),
  // A GPU cluster named after the building that houses it.
  site('orvo-cloud-tn1', 'Orvo Cloud TN1', ['orvo'], { city: 'Tarnby', country: 'IN', lat: 19.0, lon: 73.1, precision: 'site' }, { gpus: { count: 4096 } } as Partial<Site>),
];
const resolver = createResolver(SITES, OPS);
const top = (q: Parameters<typeof resolver.resolve>[0]) => resolver.resolve(q)[0];

describe('a numbered name within the operator’s longer name', () => {
  it('is the site whose name holds it, for the company named', () => {
    // Read as a name ("alias …"): the detector keeps a numbered name only when the resolver read it so (entities.ts).
    expect(top({ text: 'Q6', operatorIds: ['kestrel'], city: 'Harbourside' })).toMatchObject({ siteId: 'kestrel-q6', confidence: 0.9, reason: expect.stringMatching(/^alias/) });
    expect(top({ text: 'Marlow 9', operatorIds: ['kestrel'] })).toMatchObject({ siteId: 'kestrel-marlow9', confidence: 0.9 });
  });
  it('is not another company’s, nor a site whose number only begins the same', () => {
    expect(resolver.resolve({ text: 'Q6', operatorIds: ['pellan'] }).some((c) => c.siteId === 'kestrel-q6')).toBe(false);
    expect(resolver.resolve({ text: 'Q6' }).some((c) => c.confidence >= 0.8)).toBe(false);
    expect(resolver.resolve({ text: 'Marlow 1', operatorIds: ['kestrel'] }).some((c) => c.confidence >= 0.8)).toBe(false);
  });
  it('a code whose buildings the catalog files one by one ("VRX2-A", "VRX2-B") opens the first', () => {
    expect(top({ text: 'VRX2', operatorIds: ['pellan'], city: 'Dunmore' })).toMatchObject({ siteId: 'pellan-vrx2-a', confidence: 0.9 });
  });
  it('buildings of one code far apart are two sites: neither is opened', () => {
    const far = { city: 'Calder', country: 'US', lat: 41.5, lon: -81.7, precision: 'site' } as const;
    const r = createResolver([...SITES, site('pellan-vrx5-a', 'Pellan VRX5-A', ['pellan'], { ...far, city: 'Dunmore', lat: 39.0, lon: -77.4 }), site('pellan-vrx5-b', 'Pellan VRX5-B', ['pellan'], far)], OPS);
    expect(r.resolve({ text: 'VRX5', operatorIds: ['pellan'] }).some((c) => c.confidence >= 0.8)).toBe(false);
  });
  it('a site whose alias the words are was judged by that alias (another state), not again by its name', () => {
    const qld = { city: 'Tarra', admin: 'Queensland', country: 'AU', lat: -27.4, lon: 153.0, precision: 'site' } as const;
    const r = createResolver([...SITES, site('kestrel-tern', 'Kestrel Tern Harbourside', ['kestrel'], { ...HARBOURSIDE, admin: 'NSW' }, { aliases: ['Tern 2'] }), site('pellan-tarra', 'Pellan Tarra', ['pellan'], qld)], OPS);
    const c = r.resolve({ text: 'Tern 2', operatorIds: ['kestrel'], admin: 'Queensland' }).find((x) => x.siteId === 'kestrel-tern');
    expect(c).toMatchObject({ reason: 'alias, but another state' });
  });
  it('a machine named after its building is not the building', () => {
    expect(resolver.resolve({ text: 'TN1', operatorIds: ['orvo'] }).some((c) => c.confidence >= 0.8)).toBe(false);
  });
  it('a cloud region asked for is not a building', () => {
    expect(resolver.resolve({ text: 'Q6', operatorIds: ['kestrel'], kind: 'region' }).some((c) => c.confidence >= 0.8)).toBe(false);
  });
  it('a country the text wrote that the site is not in speaks against it', () => {
    expect(resolver.resolve({ text: 'Q6', operatorIds: ['kestrel'], country: 'NZ' }).some((c) => c.confidence >= 0.8)).toBe(false);
  });
  it('generic numbered words ("Phase 2", "Building 7") name no site', () => {
    const r = createResolver([...SITES, site('kestrel-p2', 'Kestrel Harbourside Phase 2', ['kestrel'])], OPS);
    expect(r.resolve({ text: 'Phase 2', operatorIds: ['kestrel'] }).some((c) => c.confidence >= 0.8)).toBe(false);
  });
});

describe('a name the company’s longer catalog name ends with, after its brand', () => {
  const NSW = { city: 'Harbourside', admin: 'NSW', country: 'AU', lat: -33.8, lon: 151.18, precision: 'site' } as const;
  const QLD = { city: 'Tarra', admin: 'Queensland', country: 'AU', lat: -27.4, lon: 153.0, precision: 'site' } as const;
  const r = createResolver([...SITES, site('kestrel-goodwin', 'Kestrel Goodwin', ['kestrel'], NSW), site('pellan-tarra', 'Pellan Tarra', ['pellan'], QLD), site('pellan-data', 'Pellan Data Center', ['pellan'], NSW), site('kestrel-bay', 'Kestrel Bay', ['kestrel'], NSW)], OPS);
  it('is that site, for the company named ("Kestrel\'s Goodwin campus")', () => {
    expect(r.resolve({ text: 'Goodwin', operatorIds: ['kestrel'] })[0]).toMatchObject({ siteId: 'kestrel-goodwin', confidence: 0.9 });
  });
  it('not for another company, nor generic words, nor in a state the text wrote and the site is not in', () => {
    expect(r.resolve({ text: 'Goodwin', operatorIds: ['pellan'] }).some((c) => c.confidence >= 0.8)).toBe(false);
    expect(r.resolve({ text: 'Data Center', operatorIds: ['pellan'] }).some((c) => c.confidence >= 0.8)).toBe(false);
    // A word of three letters is too short to tell (an abbreviation, "Bay").
    expect(r.resolve({ text: 'Bay', operatorIds: ['kestrel'] }).some((c) => c.siteId === 'kestrel-bay' && c.reason.startsWith('alias'))).toBe(false);
    expect(r.resolve({ text: 'Goodwin', operatorIds: ['kestrel'], admin: 'Queensland' }).some((c) => c.confidence >= 0.8)).toBe(false);
  });

  it('a brand\'s name written without the brand keeps its generic word: "DC Halmer" is "Kestrel DC Halmer"', () => {
    const r = createResolver([...SITES, site('kestrel-dc-halmer', 'Kestrel DC Halmer', ['kestrel'], { country: 'SG', lat: 1.3, lon: 103.6, precision: 'site' } as Site['place']), site('pellan-ostby-campus', 'Pellan Ostby Campus', ['pellan'], { city: 'Vennby', country: 'US', lat: 39.0, lon: -77.4, precision: 'site' })], OPS);
    expect(r.resolve({ text: 'DC Halmer', operatorIds: ['kestrel'], country: 'SG' })[0]).toMatchObject({ siteId: 'kestrel-dc-halmer', reason: expect.stringMatching(/^alias/) });
    expect(r.resolve({ text: 'DC Halmer' })[0]).toMatchObject({ siteId: 'kestrel-dc-halmer', confidence: 1 });
    // Its one word alone is not the name; nor is a town and a generic word, asked in that town (the
    // catalog files the campus under a neighbouring town).
    expect(r.resolve({ text: 'Halmer' }).some((c) => c.siteId === 'kestrel-dc-halmer')).toBe(false);
    expect(r.resolve({ text: 'Ostby Campus', city: 'Ostby', country: 'US' }).some((c) => c.siteId === 'pellan-ostby-campus' && c.reason.startsWith('alias'))).toBe(false);
  });
});
