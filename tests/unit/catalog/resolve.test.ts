import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { OPERATORS, SITES, T0 } from './fixture';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';

const resolver = createResolver(SITES, OPERATORS);
const top = (q: Parameters<typeof resolver.resolve>[0]) => resolver.resolve(q)[0];

describe('operatorIdsFor', () => {
  it('matches names, aliases and legal forms as news writes them', () => {
    expect(resolver.operatorIdsFor('Microsoft Corp.')).toEqual(['microsoft']);
    expect(resolver.operatorIdsFor('microsoft corporation')).toEqual(['microsoft']);
    expect(resolver.operatorIdsFor("Alibaba's")).toEqual(['alibaba-cloud']);
    expect(resolver.operatorIdsFor('Alibaba’s')).toEqual(['alibaba-cloud']);
    expect(resolver.operatorIdsFor('Alibaba Group Holding Ltd.')).toEqual(['alibaba-cloud']);
    expect(resolver.operatorIdsFor('Alibaba Group (Alibaba Cloud)')).toEqual(['alibaba-cloud']);
    expect(resolver.operatorIdsFor('AWS')).toEqual(['aws']);
    expect(resolver.operatorIdsFor('Google Cloud Platform')).toEqual(['google']);
  });
  it('splits partners', () => {
    expect(resolver.operatorIdsFor('SK Telecom Co. and Amazon Web Services Inc.')).toEqual(['sk-telecom', 'aws']);
    expect(resolver.operatorIdsFor('OpenAI, Oracle & Crusoe')).toEqual(['openai', 'oracle', 'crusoe']);
  });
  it('knows nothing of unknown companies', () => {
    expect(resolver.operatorIdsFor('Univa Inc.')).toEqual([]);
    expect(resolver.operatorIdsFor('')).toEqual([]);
  });
});

describe('resolve by alias or code', () => {
  it('an unambiguous code is certain', () => {
    expect(top({ text: 'me-central-1' })).toEqual({ siteId: 'aws-me-central-1', confidence: 1, reason: 'alias' });
    expect(top({ text: 'Colossus' })?.siteId).toBe('xai-colossus-1');
    expect(top({ text: 'TY11' })).toBeUndefined();
  });
  it('ignores case, punctuation and generic words', () => {
    expect(top({ text: 'AP-NORTHEAST-3' })?.siteId).toBe('aws-ap-northeast-3');
    expect(top({ text: 'Stargate Abilene campus' })).toMatchObject({ siteId: 'stargate-abilene', confidence: 1 });
  });
  it('a code shared by AWS and Alibaba is chosen by the operator in the query', () => {
    expect(top({ text: 'ap-northeast-1', operatorIds: ['alibaba-cloud'] })).toMatchObject({ siteId: 'alibaba-ap-northeast-1', confidence: 0.95 });
    expect(top({ text: 'ap-northeast-1', operatorIds: ['aws'] })).toMatchObject({ siteId: 'aws-ap-northeast-1', confidence: 0.95 });
  });
  it('without an operator, a shared code reads as its first holder, with less confidence', () => {
    const [first, second] = resolver.resolve({ text: 'ap-northeast-2' });
    expect(first.siteId).toBe('aws-ap-northeast-2');
    expect(second.siteId).toBe('alibaba-ap-northeast-2');
    expect(first.confidence).toBeLessThan(1);
    expect(first.confidence).toBeGreaterThan(second.confidence);
  });
  it('a code shared by two companies is doubted for a third, though the place fits one holder', () => {
    // Two buildings coded "KX1": one in Tokyo, one in Osaka, neither Oracle's.
    const coded = (id: string, base: string) => ({ ...SITES.find((x) => x.id === base)!, id, kind: 'facility' as const, aliases: [], codes: ['KX1'], regionCode: undefined });
    const r = createResolver([...SITES, coded('kx1-tokyo', 'aws-ap-northeast-1'), coded('kx1-osaka', 'oci-ap-osaka-1')], OPERATORS);
    expect(r.resolve({ text: 'KX1', operatorIds: ['aws'], city: 'Tokyo', country: 'JP' })[0]).toMatchObject({ siteId: 'kx1-tokyo', confidence: 0.95 });
    const c = r.resolve({ text: 'KX1', operatorIds: ['microsoft'], city: 'Tokyo', country: 'JP' }).find((x) => x.siteId === 'kx1-tokyo');
    expect(c).toMatchObject({ reason: 'alias, but another operator' });
    expect(c!.confidence).toBeLessThan(0.8);
  });
  it('an alias of another operator is doubted', () => {
    const c = top({ text: 'Colossus', operatorIds: ['openai'] });
    expect(c?.siteId).toBe('xai-colossus-1');
    expect(c?.confidence).toBeLessThan(0.8);
  });
});

describe('resolve by operator, place and ordinal', () => {
  it('"fifth data center in Tokyo" of Alibaba is the Tokyo site it numbers 5', () => {
    const c = resolver.resolve({ operatorIds: ['alibaba-cloud'], city: 'Tokyo', ordinal: 5, kind: 'facility' });
    expect(c[0]).toMatchObject({ siteId: 'alibaba-tokyo-dc-5', confidence: 0.85 });
    expect(c[0].reason).toContain('number 5');
    // The other Tokyo sites stay as weaker candidates.
    expect(c.slice(1).every((x) => x.confidence < 0.5)).toBe(true);
    expect(c.map((x) => x.siteId)).toContain('alibaba-tokyo-dc-1');
  });
  it('an ordinal is not matched by counting buildings: the catalog may hold only some of them', () => {
    const unnumbered = SITES.map((s) => (/alibaba-tokyo-dc-\d/.test(s.id) ? SiteSchema.parse({ ...s, name: `Alibaba Tokyo site ${'ABCDE'[Number(s.id.slice(-1)) - 1]}`, aliases: [] }) : s));
    const r = createResolver(unnumbered, OPERATORS);
    const c = r.resolve({ operatorIds: ['alibaba-cloud'], city: 'Tokyo', ordinal: 5, kind: 'facility' });
    expect(c.length).toBeGreaterThan(1);
    expect(c.every((x) => x.confidence < 0.5)).toBe(true);
  });
  it('a region code\'s digit is not an ordinal ("ap-northeast-2" is not the second site)', () => {
    const c = resolver.resolve({ operatorIds: ['alibaba-cloud'], country: 'KR', ordinal: 2, kind: 'facility' });
    expect(c.every((x) => x.confidence < 0.5)).toBe(true);
  });
  it('an ordinal beyond the known sites leaves every candidate weak (a new site)', () => {
    const c = resolver.resolve({ operatorIds: ['alibaba-cloud'], city: 'Tokyo', ordinal: 6, kind: 'facility' });
    expect(c.length).toBeGreaterThan(0);
    expect(c.every((x) => x.confidence < 0.5)).toBe(true);
  });
  it('"Tokyo" finds the region whose city is Tokyo', () => {
    expect(top({ operatorIds: ['aws'], city: 'Tokyo', kind: 'region' })).toMatchObject({ siteId: 'aws-ap-northeast-1', confidence: 0.85, reason: 'operator + city (its only site there)' });
    expect(top({ operatorIds: ['google'], city: 'tokyo' })?.siteId).toBe('gcp-asia-northeast1');
  });
  it('partners and a city find the joint site first', () => {
    const c = resolver.resolve({ operatorIds: ['sk-telecom', 'aws'], city: 'Ulsan', kind: 'facility' });
    expect(c[0]).toMatchObject({ siteId: 'skt-aws-ulsan-ai', confidence: 0.85 });
    expect(top({ operatorIds: ['aws'], city: 'Ulsan' })?.siteId).toBe('skt-aws-ulsan-ai');
  });
  it('a country written where a city goes is a country query', () => {
    const c = resolver.resolve({ operatorIds: ['alibaba-cloud'], city: 'South Korea', ordinal: 2, kind: 'facility' });
    expect(c[0]?.siteId).toBe('alibaba-ap-northeast-2');
    expect(c[0].confidence).toBeLessThan(0.5); // Alibaba's second Korean site is not in the catalog.
  });
  it('operator + country when the city is unknown to the catalog', () => {
    const c = resolver.resolve({ operatorIds: ['oracle'], city: 'Chuncheon', country: 'KR' });
    expect(c[0]).toMatchObject({ siteId: 'oci-ap-seoul-1', reason: 'operator + country', confidence: 0.6 });
  });
  it("operator + admin area: the operator's only site in the state is the one meant", () => {
    expect(top({ operatorIds: ['aws'], admin: 'Virginia', country: 'US' })).toMatchObject({ siteId: 'aws-us-east-1', confidence: 0.85 });
  });
  it('a lone site at country level is certain only for a cloud region', () => {
    expect(top({ operatorIds: ['oracle'], country: 'KR', kind: 'region' })).toMatchObject({ siteId: 'oci-ap-seoul-1', confidence: 0.85 });
    expect(top({ operatorIds: ['oracle'], country: 'KR', kind: 'facility' })?.confidence).toBeLessThan(0.8);
  });
  it('place only gives weak candidates', () => {
    const c = resolver.resolve({ city: 'Osaka' });
    expect(c.map((x) => x.siteId).sort()).toEqual(['aws-ap-northeast-3', 'azure-japanwest', 'gcp-asia-northeast2', 'oci-ap-osaka-1']);
    expect(c.every((x) => x.confidence <= 0.3)).toBe(true);
    expect(resolver.resolve({ country: 'AE' }).every((x) => x.confidence <= 0.1)).toBe(true);
  });
  it('several sites in one tier share the confidence', () => {
    const c = resolver.resolve({ operatorIds: ['xai'], city: 'Memphis' });
    expect(c).toHaveLength(2);
    expect(c[0].confidence).toBeLessThan(0.85);
  });
  it('leaves deleted sites out', () => {
    const deleted = SiteSchema.parse({ ...SITES.find((s) => s.id === 'aws-me-central-1'), deletedAt: T0 });
    const r = createResolver([...SITES.filter((s) => s.id !== deleted.id), deleted], OPERATORS);
    expect(r.resolve({ text: 'me-central-1' })).toEqual([]);
  });
  it('with some opening dates unknown, the ordinal follows the names', () => {
    const undated = SITES.map((s) => (/alibaba-tokyo-dc-[234]/.test(s.id) ? SiteSchema.parse({ ...s, dates: {} }) : s));
    const r = createResolver(undated, OPERATORS);
    expect(r.resolve({ operatorIds: ['alibaba-cloud'], city: 'Tokyo', ordinal: 5 })[0]?.siteId).toBe('alibaba-tokyo-dc-5');
    expect(r.resolve({ operatorIds: ['alibaba-cloud'], city: 'Tokyo', ordinal: 2 })[0]?.siteId).toBe('alibaba-tokyo-dc-2');
  });
  it('admin areas match by name or postal code, and as a city field', () => {
    const coded = SITES.map((s) => (s.id === 'stargate-abilene' ? SiteSchema.parse({ ...s, place: { ...s.place, admin: 'TX' } }) : s));
    const r = createResolver(coded, OPERATORS);
    expect(r.resolve({ operatorIds: ['openai'], admin: 'Texas' })[0]).toMatchObject({ siteId: 'stargate-abilene', reason: 'operator + admin area (its only site there)' });
    expect(r.resolve({ operatorIds: ['openai'], city: 'Texas' })[0]).toMatchObject({ siteId: 'stargate-abilene', confidence: 0.85 });
    expect(r.resolve({ operatorIds: ['aws'], city: 'Virginia' })[0]).toMatchObject({ siteId: 'aws-us-east-1', confidence: 0.85 });
    expect(r.resolve({ operatorIds: ['aws'], admin: 'VA' })[0]?.siteId).toBe('aws-us-east-1');
  });
  it('a guessed country gives way to the catalog\'s town of that name elsewhere', () => {
    // "Abilene" as if the gazetteer's most populous namesake were abroad.
    const q = { operatorIds: ['openai'], city: 'Abilene', country: 'GB', kind: 'campus' as const, countryGuessed: true };
    expect(resolver.resolve(q)[0]).toMatchObject({ siteId: 'stargate-abilene', confidence: 0.85, reason: 'operator + city (its only site there)' });
    // A country the text wrote still says which town it is (and the memo keeps the two apart).
    expect(resolver.resolve({ ...q, countryGuessed: false })).toEqual([]);
  });
  it('a guessed country does not outweigh a name the catalog holds ("Stargate Abilene, in Barra")', () => {
    const q = { text: 'Stargate Abilene', operatorIds: ['openai'], city: 'Barra', country: 'IT', countryGuessed: true };
    expect(resolver.resolve(q)[0]).toMatchObject({ siteId: 'stargate-abilene', confidence: 1, reason: 'alias' });
    // A country the text wrote still does.
    expect(resolver.resolve({ ...q, countryGuessed: false })[0]).toMatchObject({ siteId: 'stargate-abilene', reason: 'alias, but another country' });
  });
  it('a name made of generic words only claims nothing', () => {
    const generic = SiteSchema.parse({ ...SITES[0], id: 'generic', name: 'Data Center', aliases: ['AI Campus'], regionCode: undefined });
    const r = createResolver([...SITES, generic], OPERATORS);
    expect(r.resolve({ text: 'data center' })).toEqual([]);
    expect(r.resolve({ text: 'AI campus' })).toEqual([]);
  });
});

describe('regions and states as news writes them', () => {
  it("a provider's one region in the named city, though the ordinal counts a wider area", () => {
    // "its second region in Asia Pacific, at Osaka": AWS has one region in Osaka.
    expect(top({ operatorIds: ['aws'], kind: 'region', city: 'Osaka', country: 'JP', ordinal: 2 })?.siteId).toBe('aws-ap-northeast-3');
    expect(top({ operatorIds: ['aws'], kind: 'region', city: 'Osaka', country: 'JP', ordinal: 2 })?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('a state named like its capital holds the sites filed under the city, accents aside', () => {
    // Oracle's Osaka region is filed under the city only; another company's site is filed under the
    // state. "The prefecture of Ōsaka" holds both.
    const google = SITES.find((x) => x.id === 'gcp-asia-northeast2')!;
    const inState = { ...google, id: 'gcp-sakai', place: { ...google.place, city: 'Sakai', admin: 'Osaka' } };
    const r = createResolver([...SITES, inState], OPERATORS);
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'region', admin: 'Ōsaka', country: 'JP' })[0]).toMatchObject({ siteId: 'oci-ap-osaka-1', confidence: 0.85 });
  });
});

describe("the operator's only site in the place", () => {
  it('is not made less likely by a partner or customer the catalog does not list', () => {
    expect(top({ operatorIds: ['crusoe', 'nvidia'], city: 'Abilene', kind: 'campus' })).toMatchObject({ siteId: 'stargate-abilene', confidence: 0.85 });
  });
  it('is the article\'s "first" there: a first facility has no earlier one beside it', () => {
    expect(top({ operatorIds: ['crusoe'], city: 'Abilene', kind: 'campus', ordinal: 1 })).toMatchObject({ siteId: 'stargate-abilene', confidence: 0.85 });
    // A later ordinal may be a building the catalog lacks.
    expect(top({ operatorIds: ['crusoe'], city: 'Abilene', kind: 'campus', ordinal: 2 })?.confidence).toBeLessThan(0.8);
    // Of another kind (a cloud region where the article speaks of a facility), it stays a candidate.
    expect(top({ operatorIds: ['aws'], city: 'Tokyo', kind: 'facility', ordinal: 1 })?.confidence ?? 0).toBeLessThan(0.8);
  });
});

describe('one company under several ids, and names datasets decorate', () => {
  const kestrel = OperatorSchema.parse({ ...OPERATORS[0], id: 'kestrel', name: 'Kestrel', aliases: [] });
  const kestrelDc = OperatorSchema.parse({ ...OPERATORS[0], id: 'kestrel-data-centers', name: 'Kestrel Data Centers', aliases: [] });
  const base = SITES.find((s) => s.id === 'stargate-abilene')!;
  const city = SiteSchema.parse({
    ...base,
    id: 'kestrel-ai-city',
    name: 'Brazil Kestrel AI City',
    aliases: [],
    operatorIds: ['kestrel-data-centers'],
    place: { country: 'BR', worldRegion: 'latin-america' },
  });
  const plant = SiteSchema.parse({
    ...base,
    id: 'kestrel-dc',
    name: 'Kestrel Data Center',
    aliases: [],
    operatorIds: ['kestrel-data-centers'],
    place: { ...base.place, city: 'Abilene' },
  });
  const r = createResolver([...SITES, city, plant], [...OPERATORS, kestrel, kestrelDc]);

  it('asks for every id of the company the article names', () => {
    expect(r.resolve({ text: 'Kestrel AI City', operatorIds: ['kestrel'] })[0]).toMatchObject({ siteId: 'kestrel-ai-city', confidence: 1 });
  });
  it('reads a name without the country a dataset put before it', () => {
    expect(r.resolve({ text: 'Kestrel AI City' })[0]?.siteId).toBe('kestrel-ai-city');
  });
  it('does not take the company\'s name with a generic head for its site in another city', () => {
    expect(r.resolve({ text: 'Kestrel Data Center', operatorIds: ['kestrel'], city: 'Abilene', country: 'US' })[0]?.siteId).toBe('kestrel-dc');
    expect(r.resolve({ text: 'Kestrel Data Center', operatorIds: ['kestrel-data-centers'], city: 'Memphis', country: 'US' }).find((c) => c.siteId === 'kestrel-dc')?.confidence ?? 0).toBeLessThan(0.8);
  });
});

describe('a campus and buildings mapped on their own', () => {
  const base = SITES.find((s) => s.id === 'stargate-abilene')!;
  const at = (id: string, kind: 'campus' | 'facility', lat: number) =>
    SiteSchema.parse({ ...base, id, name: `Site ${id}`, aliases: [], kind, operatorIds: ['crusoe'], place: { ...base.place, city: 'Abilene', lat, precision: 'site' } });
  // Two buildings about 4 km from the campus's point: too far for one record's duplicates, near enough for its buildings.
  const r = createResolver([...SITES.filter((s) => s.id !== 'stargate-abilene'), at('campus', 'campus', 32.5), at('b1', 'facility', 32.536), at('b2', 'facility', 32.537)], OPERATORS);

  it('is the campus the article means by "a campus in <town>"', () => {
    expect(r.resolve({ operatorIds: ['crusoe'], city: 'Abilene', kind: 'campus' })[0]).toMatchObject({ siteId: 'campus', confidence: 0.85 });
  });
  it('is not chosen for "a data center in <town>", which may be any of the buildings', () => {
    expect(r.resolve({ operatorIds: ['crusoe'], city: 'Abilene', kind: 'facility' })[0]?.confidence ?? 0).toBeLessThan(0.8);
  });
});

describe('a name written apart from its place', () => {
  // Two unrelated sites filed under the family's bare name: one elsewhere in the same country, one abroad.
  const elsewhere = (id: string, city: string, admin: string, country: string) =>
    SiteSchema.parse({ id, name: 'Stargate', kind: 'facility', operatorIds: ['xai'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city, admin, country, worldRegion: 'north-america', lat: 41, lon: -81, precision: 'city' } });
  const r = createResolver([...SITES, elsewhere('warren-stargate', 'Warren', 'Ohio', 'US'), elsewhere('toronto-stargate', 'Toronto', 'Ontario', 'CA')], OPERATORS);
  it('"the Stargate campus in Abilene" is the site named "Stargate Abilene"', () => {
    expect(r.resolve({ text: 'Stargate', operatorIds: ['openai'], city: 'Abilene', admin: 'Texas', country: 'US' })[0]).toMatchObject({ siteId: 'stargate-abilene', confidence: 1 });
  });
  it('a shared name in another city and state than the article says is no match by country', () => {
    const [first] = r.resolve({ text: 'Stargate', operatorIds: ['kestrel-unknown'], city: 'Amarillo', admin: 'Texas', country: 'US' });
    expect(first?.confidence ?? 0).toBeLessThan(0.8);
  });
  it('a name the catalog gives one site, written with another place, is the site named with that place', () => {
    const atlanta = SiteSchema.parse({ id: 'fairwater-atlanta', name: 'Fairwater Atlanta', kind: 'campus', operatorIds: ['microsoft'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city: 'Atlanta', admin: 'Georgia', country: 'US', worldRegion: 'north-america', lat: 33.7, lon: -84.4, precision: 'city' } });
    const withAtlanta = createResolver([...SITES, atlanta], OPERATORS);
    expect(withAtlanta.resolve({ text: 'Fairwater', operatorIds: ['microsoft'], city: 'Atlanta', country: 'US' })[0]).toMatchObject({ siteId: 'fairwater-atlanta', confidence: 1 });
    expect(withAtlanta.resolve({ text: 'Fairwater', operatorIds: ['microsoft'], city: 'Mount Pleasant', admin: 'Wisconsin', country: 'US' })[0]?.siteId).toBe('microsoft-fairwater-wi');
  });
  it('a town named with another state is another town: the company\'s site in the namesake is no match', () => {
    const place = (city: string, admin: string, lat: number, lon: number) => ({ city, admin, country: 'US', worldRegion: 'north-america' as const, lat, lon, precision: 'city' as const });
    const dc = (id: string, p: ReturnType<typeof place>) => SiteSchema.parse({ id, name: id, kind: 'campus', operatorIds: ['microsoft'], origin: 'seed', createdAt: T0, updatedAt: T0, place: p });
    const withAtlanta = createResolver([...SITES, dc('ms-atlanta-ga', place('Atlanta', 'Georgia', 33.7, -84.4)), dc('ms-dallas-tx', place('Dallas', 'Texas', 32.8, -96.8))], OPERATORS);
    expect(withAtlanta.resolve({ operatorIds: ['microsoft'], city: 'Atlanta', admin: 'Georgia', country: 'US', kind: 'campus' })[0]).toMatchObject({ siteId: 'ms-atlanta-ga', confidence: 0.85 });
    const texas = withAtlanta.resolve({ operatorIds: ['microsoft'], city: 'Atlanta', admin: 'Texas', country: 'US', kind: 'campus' });
    expect(texas.find((c) => c.siteId === 'ms-atlanta-ga')?.confidence ?? 0).toBeLessThan(0.8);
    expect(texas[0]?.confidence ?? 0).toBeLessThan(0.8);
  });
  it('the name alone still decides when it names one site', () => {
    expect(r.resolve({ text: 'Stargate UAE', city: 'Abu Dhabi', country: 'AE' })[0]).toMatchObject({ siteId: 'stargate-uae', confidence: 1 });
  });
});

describe('the lone candidate, counted over the metro', () => {
  const at = (id: string, name: string, city: string, lat: number, lon: number, kind: 'facility' | 'region' = 'facility') =>
    SiteSchema.parse({ id, name, kind, operatorIds: ['oracle'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city, country: 'GB', worldRegion: 'europe', lat, lon, precision: 'site' } });
  const r = createResolver([...SITES, at('o-london', 'Oracle London One', 'London', 51.51, -0.02), at('o-slough', 'Oracle Slough Two', 'Slough', 51.52, -0.45)], OPERATORS);
  it("is only a candidate when the company has another site in the metro, under another town's name", () => {
    const [first] = r.resolve({ operatorIds: ['oracle'], city: 'London', country: 'GB', kind: 'facility' });
    expect(first.siteId).toBe('o-london');
    expect(first.confidence).toBeLessThan(0.8);
  });
  it('is the one when it is alone in the metro', () => {
    const alone = createResolver([...SITES, at('o-london', 'Oracle London One', 'London', 51.51, -0.02)], OPERATORS);
    expect(alone.resolve({ operatorIds: ['oracle'], city: 'London', country: 'GB', kind: 'facility' })[0]).toMatchObject({ siteId: 'o-london' });
    expect(alone.resolve({ operatorIds: ['oracle'], city: 'London', country: 'GB', kind: 'facility' })[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
  it("is the provider's one cloud region in the city, whatever buildings of its own stand around it", () => {
    const withBuilding = createResolver([...SITES, at('o-london-region', 'Oracle UK South', 'London', 51.5, -0.1, 'region'), at('o-slough', 'Oracle Slough Two', 'Slough', 51.52, -0.45)], OPERATORS);
    expect(withBuilding.resolve({ operatorIds: ['oracle'], city: 'London', country: 'GB', kind: 'region' })[0]).toMatchObject({ siteId: 'o-london-region' });
    expect(withBuilding.resolve({ operatorIds: ['oracle'], city: 'London', country: 'GB', kind: 'region' })[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
  it("is the one in a town with fewer records than the metro's: news names the town, not the metro, for it", () => {
    // Two other companies' London records make London the metro name; Slough has only Oracle's.
    const other = (id: string, lat: number) => SiteSchema.parse({ id, name: id, kind: 'facility', operatorIds: ['equinix'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city: 'London', country: 'GB', worldRegion: 'europe', lat, lon: -0.05, precision: 'site' } });
    const metro = createResolver([...SITES, at('o-london', 'Oracle London One', 'London', 51.51, -0.02), at('o-slough', 'Oracle Slough Two', 'Slough', 51.52, -0.45), other('e-l1', 51.5), other('e-l2', 51.49)], OPERATORS);
    const [slough] = metro.resolve({ operatorIds: ['oracle'], city: 'Slough', country: 'GB', kind: 'facility' });
    expect(slough).toMatchObject({ siteId: 'o-slough' });
    expect(slough.confidence).toBeGreaterThanOrEqual(0.8);
    // The metro's name still does not pick its one record over the company's Slough building.
    expect(metro.resolve({ operatorIds: ['oracle'], city: 'London', country: 'GB', kind: 'facility' })[0].confidence).toBeLessThan(0.8);
  });
  it('is the one a named project is (a project is a facility to come)', () => {
    const r = createResolver([...SITES, at('o-reading', 'Oracle Reading One', 'Reading', 51.45, -0.97)], OPERATORS);
    expect(r.resolve({ operatorIds: ['oracle'], city: 'Reading', country: 'GB', kind: 'project' })[0]).toMatchObject({ siteId: 'o-reading', confidence: 0.85 });
  });
  it('is one site though a second dataset files it again at its town only, close by', () => {
    const townOnly = SiteSchema.parse({ id: 'o-reading-town', name: 'Project Kite (Oracle)', kind: 'facility', operatorIds: ['oracle'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city: 'Reading', country: 'GB', worldRegion: 'europe', lat: 51.455, lon: -0.975, precision: 'city' } });
    const r = createResolver([...SITES, at('o-reading', 'Oracle Reading One', 'Reading', 51.45, -0.97), townOnly], OPERATORS);
    expect(r.resolve({ operatorIds: ['oracle'], city: 'Reading', country: 'GB', kind: 'facility' })[0].confidence).toBeGreaterThanOrEqual(0.8);
    // Two records placed only at the town may be two sites: no pick.
    const twoTownOnly = createResolver([...SITES, { ...townOnly }, { ...townOnly, id: 'o-reading-town-2', name: 'Project Wren (Oracle)' }], OPERATORS);
    expect(twoTownOnly.resolve({ operatorIds: ['oracle'], city: 'Reading', country: 'GB', kind: 'facility' })[0].confidence).toBeLessThan(0.8);
  });
  it('a building is never a cloud region by elimination', () => {
    const regionOnly = createResolver([...SITES, at('o-london-region', 'Oracle UK South', 'London', 51.5, -0.1, 'region')], OPERATORS);
    expect(regionOnly.resolve({ operatorIds: ['oracle'], city: 'London', country: 'GB', kind: 'facility' })[0]?.confidence ?? 0).toBeLessThan(0.8);
  });
});

describe("the catalog build's count of records sharing a name", () => {
  const quincy = (id: string, name: string) =>
    SiteSchema.parse({ id, name, kind: 'facility', operatorIds: ['oracle'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city: 'Quincy', admin: 'Washington', country: 'US', worldRegion: 'north-america', lat: 47.23, lon: -119.85, precision: 'site' } });
  it('"#2" is not the operator\'s numbering: "its second data center in Quincy" is no sure match', () => {
    const r = createResolver([...SITES, quincy('q1', 'Oracle data center, Quincy'), quincy('q2', 'Oracle data center, Quincy #2')], OPERATORS);
    expect(r.resolve({ operatorIds: ['oracle'], city: 'Quincy', country: 'US', kind: 'facility', ordinal: 2 })[0]?.confidence ?? 0).toBeLessThan(0.8);
  });
  it('the operator\'s own number still is ("Oracle Quincy 2")', () => {
    const r = createResolver([...SITES, quincy('q1', 'Oracle Quincy 1'), quincy('q2', 'Oracle Quincy 2')], OPERATORS);
    expect(r.resolve({ operatorIds: ['oracle'], city: 'Quincy', country: 'US', kind: 'facility', ordinal: 2 })[0]).toMatchObject({ siteId: 'q2' });
    expect(r.resolve({ operatorIds: ['oracle'], city: 'Quincy', country: 'US', kind: 'facility', ordinal: 2 })[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a name in a state the catalog does not file the site under', () => {
  const at = (id: string, name: string, city: string, admin: string | undefined, lat: number, lon: number) =>
    SiteSchema.parse({ id, name, kind: 'facility', operatorIds: ['oracle'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city, ...(admin ? { admin } : {}), country: 'MX', worldRegion: 'latin-america', lat, lon, precision: 'site' } });
  // A town's record without its state, beside the state's other sites.
  const r = createResolver([...SITES, at('town-qx4', 'Oracle QX4', 'Cerrillos', undefined, 20.9, -100.6), at('capital-qx1', 'Oracle QX1', 'Santiago', 'Queretaro', 20.6, -100.4), at('far-qx9', 'Oracle QX9', 'Monterrey', undefined, 25.7, -100.3)], OPERATORS);
  it('is that site when it lies beside the state\'s sites', () => {
    expect(r.resolve({ text: 'Oracle QX4', operatorIds: ['oracle'], admin: 'Queretaro', country: 'MX' })[0]).toMatchObject({ siteId: 'town-qx4', confidence: 1 });
  });
  it('is doubted when it lies far from them', () => {
    expect(r.resolve({ text: 'Oracle QX9', operatorIds: ['oracle'], admin: 'Queretaro', country: 'MX' })[0]?.confidence ?? 0).toBeLessThan(0.8);
  });
});

describe("a provider's only region in a country", () => {
  const region = SiteSchema.parse({ id: 'oracle-oslo-region', name: 'Oracle Cloud Norway (Oslo)', kind: 'region', operatorIds: ['oracle'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city: 'Oslo', country: 'NO', worldRegion: 'europe', lat: 59.9, lon: 10.7, precision: 'city' } });
  const r = createResolver([...SITES, region], OPERATORS);
  it('is the region the article places in the country only', () => {
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'region', country: 'NO' })[0]).toMatchObject({ siteId: 'oracle-oslo-region' });
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'region', country: 'NO' })[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
  it('is not "a new region in Bergen": that is another one', () => {
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'region', city: 'Bergen', country: 'NO' })[0]?.confidence ?? 0).toBeLessThan(0.8);
  });
  it('is the region the article names by a spelling of its town the catalog writes shorter ("Oslo Municipality")', () => {
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'region', city: 'Oslo Municipality', country: 'NO' })[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe("a company's only site in a state", () => {
  const site = SiteSchema.parse({ id: 'oracle-dallas-one', name: 'Oracle Dallas One', kind: 'facility', operatorIds: ['oracle'], origin: 'seed', createdAt: T0, updatedAt: T0, place: { city: 'Dallas', admin: 'Texas', country: 'US', worldRegion: 'north-america', lat: 32.78, lon: -96.8, precision: 'site' } });
  const r = createResolver([...SITES.filter((s) => s.place.admin !== 'Texas'), site], OPERATORS);
  it('is the one the article places in the state only', () => {
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'facility', admin: 'Texas', country: 'US' })[0]).toMatchObject({ siteId: 'oracle-dallas-one' });
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'facility', admin: 'Texas', country: 'US' })[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
  it('is not the one the article places in another town of the state ("a data center in Tyler, Texas")', () => {
    expect(r.resolve({ operatorIds: ['oracle'], kind: 'facility', city: 'Tyler', admin: 'Texas', country: 'US' })[0]?.confidence ?? 0).toBeLessThan(0.8);
  });
});

describe('a company filed under its one-word name and, by another dataset, under its longer name', () => {
  const op = (id: string, name: string) => OperatorSchema.parse({ id, name, kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 });
  const site = (id: string, operatorIds: string[]) =>
    SiteSchema.parse({ id, name: id, kind: 'facility', operatorIds, origin: 'seed', createdAt: T0, updatedAt: T0, place: { city: 'Reading', country: 'GB', worldRegion: 'europe', lat: 51.45, lon: -0.97, precision: 'site' } });
  it('is asked for whole: "Corvo" finds the site filed under "Corvo Communications", and the other way round', () => {
    const r = createResolver([site('cc-reading', ['corvo-communications'])], [op('corvo', 'Corvo'), op('corvo-communications', 'Corvo Communications')]);
    expect(r.resolve({ operatorIds: ['corvo'], city: 'Reading', country: 'GB', kind: 'facility' })[0]).toMatchObject({ siteId: 'cc-reading', confidence: 0.85 });
    const back = createResolver([site('c-reading', ['corvo'])], [op('corvo', 'Corvo'), op('corvo-communications', 'Corvo Communications')]);
    expect(back.resolve({ operatorIds: ['corvo-communications'], city: 'Reading', country: 'GB', kind: 'facility' })[0]).toMatchObject({ siteId: 'c-reading', confidence: 0.85 });
  });
  it('and weighed as one company: its coded building in the town is as likely as when asked by the longer name', () => {
    const coded = SiteSchema.parse({ ...site('cc-rdg1', ['corvo-communications']), codes: ['RDG1'] });
    const r = createResolver([coded], [op('corvo', 'Corvo'), op('corvo-communications', 'Corvo Communications')]);
    const alone = createResolver([coded], [op('corvo-communications', 'Corvo Communications')]);
    const asLong = alone.resolve({ operatorIds: ['corvo-communications'], city: 'Reading', country: 'GB', kind: 'facility' })[0].confidence;
    expect(r.resolve({ operatorIds: ['corvo'], city: 'Reading', country: 'GB', kind: 'facility' })[0].confidence).toBe(asLong);
  });
  it('not when the longer names are several, or the word is a trade ("Telecom")', () => {
    const two = createResolver([site('cc-reading', ['corvo-communications'])], [op('corvo', 'Corvo'), op('corvo-communications', 'Corvo Communications'), op('corvo-energy', 'Corvo Energy')]);
    expect(two.resolve({ operatorIds: ['corvo'], city: 'Reading', country: 'GB', kind: 'facility' })[0]?.siteId).toBeUndefined();
    const trade = createResolver([site('tc-reading', ['telecom-corvania'])], [op('telecom', 'Telecom'), op('telecom-corvania', 'Telecom Corvania')]);
    expect(trade.resolve({ operatorIds: ['telecom'], city: 'Reading', country: 'GB', kind: 'facility' })[0]?.siteId).toBeUndefined();
  });
});
