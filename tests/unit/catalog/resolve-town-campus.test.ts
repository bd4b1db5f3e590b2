/**
 * "Kestrel's Brackwater campus" where the catalog holds several of the company's records in the
 * town: a campus record beside its buildings, one building filed several times under one name, a
 * GPU cluster beside the building that houses it. Invented companies and places.
 */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema, type Site } from '../../../lib/catalog/schema';
import { OPERATORS, T0 } from './fixture';

const OPS = [OperatorSchema.parse({ ...OPERATORS[0], id: 'kestrel', name: 'Kestrel', aliases: [] })];

type Where = { city: string; lat: number; lon: number; precision?: 'site' | 'city' };
const site = (id: string, name: string, kind: Site['kind'], w: Where, extra: Partial<Site> = {}) =>
  SiteSchema.parse({ id, name, kind, operatorIds: ['kestrel'], place: { country: 'US', precision: 'site', ...w }, origin: 'seed', createdAt: T0, updatedAt: T0, ...extra });

const BRACK = { city: 'Brackwater', lat: 40.0, lon: -82.8 };
const at = (dLat: number, w: Where = BRACK): Where => ({ ...w, lat: w.lat + dLat });
// Another of the company's sites 20 km off, in another town of the metro.
const NEIGHBOUR = site('kestrel-fenwick', 'Kestrel Fenwick', 'facility', { city: 'Fenwick', lat: 40.18, lon: -82.8 });

const ask = (sites: Site[], kind: 'campus' | 'facility' = 'campus') => createResolver([...sites, NEIGHBOUR], OPS).resolve({ operatorIds: ['kestrel'], city: 'Brackwater', country: 'US', kind });
const known = (sites: Site[], kind?: 'campus' | 'facility') => ask(sites, kind).find((c) => c.confidence >= 0.8)?.siteId ?? null;

describe('a campus phrase and the company’s records in the town', () => {
  it('the one campus record, named after the town, beside buildings far and many', () => {
    const buildings = [0.09, 0.1, 0.11, 0.12, 0.13, 0.14].map((d, i) => site(`b${i}`, `Kestrel data center, Brackwater${i ? ` #${i + 1}` : ''}`, 'facility', at(d)));
    expect(known([site('kestrel-brackwater', 'Kestrel Brackwater', 'campus', { ...BRACK, precision: 'city' }), ...buildings])).toBe('kestrel-brackwater');
  });
  it('a campus named after the town, though another of the company’s sites stands in the metro', () => {
    expect(known([site('kestrel-brackwater', 'Kestrel Brackwater', 'campus', BRACK)])).toBe('kestrel-brackwater');
    // "its Brackwater data center" is the campus too; a single building of that name is not sure
    // enough beside the metro's other site ("a new data center in London").
    expect(known([site('kestrel-brackwater', 'Kestrel Brackwater', 'campus', BRACK)], 'facility')).toBe('kestrel-brackwater');
    expect(known([site('kestrel-brackwater', 'Kestrel Brackwater', 'facility', BRACK)], 'facility')).toBeNull();
    // A campus the catalog does not call by the town.
    expect(known([site('kestrel-heron', 'Kestrel Heron Park', 'campus', BRACK)])).toBeNull();
  });
  it('one name filed several times in one place ("…, Brackwater #2") is one campus: the first answers', () => {
    const same = [site('q1', 'Kestrel data center, Brackwater', 'facility', BRACK), site('q2', 'Kestrel data center, Brackwater #2', 'facility', at(0.002)), site('q3', 'Kestrel data center, Brackwater #3', 'facility', at(0.004))];
    expect(known(same)).toBe('q1');
    // 8 km apart: two sites.
    expect(known([same[0], site('q9', 'Kestrel data center, Brackwater #2', 'facility', at(0.07))])).toBeNull();
  });
  it('of two campus records in the town, the one named after it', () => {
    expect(known([site('kb', 'Kestrel Brackwater', 'campus', BRACK), site('kh', 'Kestrel Heron Park', 'campus', at(0.09))])).toBe('kb');
  });
  it('a building a dataset placed at the town only, named by the company and the town, is the other record filed again', () => {
    // No other site of the company in the metro here: the town-level record 11 km off is no neighbour.
    const alone = (sites: Site[]) => createResolver(sites, OPS).resolve({ operatorIds: ['kestrel'], city: 'Brackwater', country: 'US', kind: 'facility' }).find((c) => c.confidence >= 0.8)?.siteId ?? null;
    const townLevel = site('k-town', 'Kestrel Brackwater', 'facility', { ...BRACK, precision: 'city' });
    const precise = site('k-h1', 'Brackwater Data Center (Horizon 1)', 'facility', at(0.1));
    expect(alone([townLevel, precise])).toBe('k-h1');
    // Placed precisely, or named by more than the company and town, or a campus: two sites.
    expect(alone([site('k-town', 'Kestrel Brackwater', 'facility', BRACK), precise])).toBeNull();
    expect(alone([site('k-east', 'Kestrel Brackwater East', 'facility', { ...BRACK, precision: 'city' }), precise])).toBeNull();
    expect(alone([site('k-town', 'Kestrel Brackwater', 'campus', { ...BRACK, precision: 'city' }), precise])).toBeNull();
  });
  it('buildings named apart, with no campus record, are a real tie', () => {
    expect(known([site('d3', 'Kestrel Brackwater DC3', 'facility', BRACK), site('d6', 'Kestrel Brackwater DC6', 'facility', at(0.002))])).toBeNull();
    expect(known([site('c1', 'Kestrel Brackwater North', 'campus', BRACK), site('c2', 'Kestrel Brackwater South', 'campus', at(0.09))])).toBeNull();
  });
  it('a GPU cluster in the town is housed in the building: the building answers', () => {
    // Placed by the town only, as GPU datasets often do.
    const cluster = site('kestrel-cluster', 'Kestrel Supercluster', 'facility', { ...BRACK, precision: 'city' }, { gpus: { count: 10000 } } as Partial<Site>);
    const r = createResolver([site('kestrel-bw', 'Kestrel data center, Brackwater', 'facility', BRACK), cluster], OPS);
    expect(r.resolve({ operatorIds: ['kestrel'], city: 'Brackwater', country: 'US', kind: 'facility' })[0]).toMatchObject({ siteId: 'kestrel-bw', confidence: 0.85 });
  });
});

describe('a town the catalog files none of the company’s sites under, but names one after', () => {
  const HOLM = { city: 'Holm', lat: 55.37, lon: 10.48 };
  const odenby = [site('o1', 'Kestrel Odenby Data Center, Holm', 'facility', HOLM), site('o2', 'Kestrel Odenby Data Center, Holm #2', 'facility', at(0.002, HOLM))];
  const askIn = (sites: Site[], extra: object = {}) => createResolver(sites, OPS).resolve({ operatorIds: ['kestrel'], city: 'Odenby', country: 'US', kind: 'facility', ...extra });
  it('is the record named after it', () => {
    expect(askIn(odenby)[0]).toMatchObject({ siteId: 'o1', confidence: 0.85, reason: 'operator + the town in its name' });
  });
  it('not when the company has a site filed under the town, nor among records named apart, nor for an ordinal', () => {
    const filed = site('o9', 'Kestrel Tower', 'facility', { city: 'Odenby', lat: 41.0, lon: -80.0 });
    expect(askIn([...odenby, filed]).some((c) => c.reason === 'operator + the town in its name')).toBe(false);
    const apart = [odenby[0], site('o3', 'Kestrel Odenby Two', 'facility', at(0.002, HOLM))];
    expect(askIn(apart).some((c) => c.confidence >= 0.8)).toBe(false);
    expect(askIn(odenby, { ordinal: 2 }).some((c) => c.reason === 'operator + the town in its name')).toBe(false);
    // A coded building named after the town is one of several the company numbers there.
    expect(askIn([site('o5', 'Kestrel KX5 Odenby Campus', 'facility', HOLM)]).some((c) => c.reason === 'operator + the town in its name')).toBe(false);
    // "KX1, its data center in Odenby": a code the record does not hold.
    expect(askIn(odenby, { text: 'KX1' }).some((c) => c.reason === 'operator + the town in its name')).toBe(false);
    // A cloud region asked for is not a building named after the town.
    expect(askIn(odenby, { kind: 'region' }).some((c) => c.reason === 'operator + the town in its name')).toBe(false);
  });
});

describe('a town the detector read as the facility’s name ("its Brackwater campus" with no place)', () => {
  const heron = site('kestrel-heron', 'Kestrel Heron Park', 'campus', BRACK);
  const other = SiteSchema.parse({ id: 'pellan-fenby', name: 'Pellan Fenby', kind: 'campus', operatorIds: ['pellan'], place: { city: 'Fenby', country: 'US', lat: 45, lon: -90, precision: 'site' }, origin: 'seed', createdAt: T0, updatedAt: T0 });
  const ops = [...OPS, OperatorSchema.parse({ ...OPERATORS[0], id: 'pellan', name: 'Pellan', aliases: [] })];
  const r = createResolver([heron, other], ops);
  it('is asked as the town the catalog files the company’s site under', () => {
    expect(r.resolve({ text: 'Brackwater', operatorIds: ['kestrel'], kind: 'campus' })[0]).toMatchObject({ siteId: 'kestrel-heron', confidence: 0.85 });
    // Though another company's site is called so.
    const named = SiteSchema.parse({ ...other, id: 'pellan-brackwater', name: 'Brackwater', place: { ...other.place, city: 'Fenby' } });
    const r2 = createResolver([heron, other, named], ops);
    expect(r2.resolve({ text: 'Brackwater', operatorIds: ['kestrel'], kind: 'campus' })[0]).toMatchObject({ siteId: 'kestrel-heron', confidence: 0.85 });
  });
  it('not a town of another company’s site (the company is asked without a place), nor with a place already asked', () => {
    const fenby = r.resolve({ text: 'Fenby', operatorIds: ['kestrel'], kind: 'campus' });
    expect(fenby.some((c) => c.confidence >= 0.8)).toBe(false);
    expect(fenby.find((c) => c.siteId === 'kestrel-heron')?.reason).toBe('operator');
    expect(r.resolve({ text: 'Brackwater', operatorIds: ['kestrel'], kind: 'campus', city: 'Fenby' }).some((c) => c.siteId === 'kestrel-heron' && c.confidence >= 0.8)).toBe(false);
    // Nor when the words name one of the company's sites: the name answered.
    const own = SiteSchema.parse({ ...heron, id: 'kestrel-brackwater-x', name: 'Brackwater', place: { ...heron.place, city: 'Fenby' } });
    const r3 = createResolver([heron, own], ops).resolve({ text: 'Brackwater', operatorIds: ['kestrel'], kind: 'campus' });
    expect(r3[0]).toMatchObject({ siteId: 'kestrel-brackwater-x', confidence: 1 });
    expect(r3.some((c) => c.siteId === 'kestrel-heron' && c.confidence >= 0.8)).toBe(false);
  });
});
