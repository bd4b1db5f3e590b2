/** Catalog names that must not mark text by themselves: a run of places, another company's code. */
import { describe, expect, it } from 'vitest';
import type { ResolveQuery } from '../../../lib/catalog/query-types';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import type { LexiconOperator, LexiconSite } from '../../../lib/detect/index';

const T0 = '2026-08-01T00:00:00.000Z';

const operators: LexiconOperator[] = [
  { id: 'vrelo', name: 'Vrelo Compute', aliases: [] },
  { id: 'ostavik-cable', name: 'Ostavik Cable Network', aliases: [] },
  { id: 'harrow', name: 'Harrow Grid Services', aliases: ['Harrow'] },
];
const sites: LexiconSite[] = [
  { id: 'vrelo-portland', name: 'Vrelo Compute Portland Oregon', aliases: [], kind: 'facility', operatorIds: ['vrelo'], city: 'Portland', country: 'US' },
  { id: 'vrelo-kx7', name: 'Vrelo Compute Lyon Seven', aliases: ['KX7'], kind: 'facility', operatorIds: ['vrelo'], city: 'Lyon', country: 'FR' },
  { id: 'vrelo-fra9', name: 'Vrelo Compute Frankfurt Nine', aliases: [], codes: ['FRA9'], kind: 'facility', operatorIds: ['vrelo'], city: 'Frankfurt am Main', country: 'DE' },
  { id: 'ostavik-station', name: 'Ostavik Cable Network Landing Station', aliases: [], kind: 'facility', operatorIds: ['ostavik-cable'], city: 'Sydney', country: 'AU' },
  { id: 'harrow-dubai', name: 'Harrow Grid Services data center', aliases: [], kind: 'facility', operatorIds: ['harrow'], country: 'AE' },
];
const index = compileIndex({ sites, operators });

describe('catalog names that are places', () => {
  it('does not read "Portland, Oregon" as the site its company named after the place', () => {
    const ms = detect('The 250MW data center campus, located in Portland, Oregon, is being developed by Tarn Infrastructure.', index);
    expect(ms.map((m) => [m.text, m.entityId])).toEqual([['250MW data center campus, located in Portland, Oregon', null]]);
  });
});

describe("a site's name without its company", () => {
  it('"Landing Station" left of "Ostavik Cable Network Landing Station" is a kind of plant, not its name', () => {
    const ms = detect('The 10MW data centre is linked to the subsea cable through a landing station in Lagos.', index);
    expect(ms.map((m) => m.entityId)).not.toContain('ostavik-station');
    expect(ms.map((m) => m.text).join('|')).not.toContain('landing station');
  });
});

describe('a site named only by its company and a generic word', () => {
  it('"Harrow Grid Services data center" less the short name "Harrow" is still the company\'s name, not a site\'s', () => {
    const ms = detect('Harrow plans an $11 billion Harrow Grid Services data center campus in Fremont, Nebraska.', index);
    expect(ms.map((m) => [m.text, m.entityId, m.facts.name])).toEqual([['$11 billion Harrow Grid Services data center campus in Fremont, Nebraska', null, null]]);
  });
});

describe('a code-shaped alias', () => {
  it('names the site only beside its company, as a code does', () => {
    expect(detect('Tarn Digital opened KX7, a data center in Lyon.', index).map((m) => m.entityId)).toEqual([null, null]);
    expect(detect('Vrelo Compute opened KX7, a data center in Lyon.', index)[0].entityId).toBe('vrelo-kx7');
  });
});

describe('a code of another company', () => {
  const place = { city: 'Frankfurt am Main', country: 'DE', worldRegion: 'europe', lat: 50.11, lon: 8.68, precision: 'city' };
  const resolver = createResolver(
    [SiteSchema.parse({ id: 'vrelo-fra9', name: 'Vrelo Compute Frankfurt Nine', codes: ['FRA9'], kind: 'facility', operatorIds: ['vrelo'], place, origin: 'seed', createdAt: T0, updatedAt: T0 })],
    [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  const resolve = (text: string) => detect(text, index, (q) => resolver.resolve(q)).map((m) => [m.text, m.status]);
  it('is new when a company the catalog does not know builds it', () => {
    expect(resolve('Kestrel Digital plans to build FRA9, a 60MW data centre in Frankfurt.')).toEqual([
      ['FRA9', 'new'],
      ['60MW data centre in Frankfurt', 'new'],
    ]);
  });
  it('is the catalog site beside its own company', () => {
    expect(resolve('Vrelo Compute opened FRA9 in Frankfurt, a 60MW data centre.')[0]).toEqual(['FRA9 in Frankfurt', 'known']);
  });
});

describe('a site named by a company the catalog does not know', () => {
  const place = { city: 'Lyon', country: 'FR', worldRegion: 'europe', lat: 45.76, lon: 4.84, precision: 'city' };
  const resolver = createResolver(
    [SiteSchema.parse({ id: 'vrelo-kx7', name: 'Vrelo Compute Lyon Seven', aliases: ['KX7'], kind: 'facility', operatorIds: ['vrelo'], place, origin: 'seed', createdAt: T0, updatedAt: T0 })],
    [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  it('a one-word company the headline repeats is the operator of what it opens', () => {
    const ms = detect('Tarnex opens Lyon data centre\n\nTarnex has opened KX7, its second data centre in Lyon.', index, (q) => resolver.resolve(q));
    expect(ms.find((m) => m.text === 'KX7')?.facts.operator).toBe('Tarnex');
    expect(ms.every((m) => m.status === 'new')).toBe(true);
  });
});

describe("a town's name that is also a site's name without its company", () => {
  const ostby = withVreloSite({ id: 'vrelo-ostby', name: 'Vrelo Compute Ostby', aliases: [], kind: 'facility', operatorIds: ['vrelo'], city: 'Ostby', country: 'NO' }, { city: 'Ostby', country: 'NO', worldRegion: 'europe', lat: 60.1, lon: 10.2, precision: 'city' });
  it('is not that site when a company the catalog does not know builds there', () => {
    const ms = detect('Tarn Digital will build its third data centre in Ostby, Norway.', ostby.index, ostby.resolve);
    expect(ms.length).toBe(1);
    expect(ms[0].status).toBe('new');
  });
  it('is not that site, nor its company, when the article names no company', () => {
    const ms = detect('Officials approved six projects this year, including a 160MW data centre campus in Ostby.', ostby.index, ostby.resolve);
    expect(ms.map((m) => [m.status, m.facts.operator])).toEqual([['new', null]]);
  });
});

describe('a code name the catalog knows', () => {
  const larkspur = withVreloSite({ id: 'vrelo-larkspur', name: 'Project Larkspur', aliases: [], kind: 'campus', operatorIds: ['vrelo'], city: 'Abilene', country: 'US' }, { city: 'Abilene', admin: 'Texas', country: 'US', worldRegion: 'north-america', lat: 32.4, lon: -99.7, precision: 'city' });
  it('is the catalog project when the article places it where the catalog does', () => {
    const ms = detect('Vrelo Compute unveiled Project Larkspur, a 200MW AI data center campus in Abilene, Texas.', larkspur.index, larkspur.resolve);
    expect(ms[0]).toMatchObject({ status: 'known', entityId: 'vrelo-larkspur' });
  });
});

describe('a code name the catalog knows, placed elsewhere by the article', () => {
  const larkspur = withVreloSite({ id: 'vrelo-larkspur', name: 'Project Larkspur', aliases: [], kind: 'campus', operatorIds: ['vrelo'], city: 'Abilene', country: 'US' }, { city: 'Abilene', admin: 'Texas', country: 'US', worldRegion: 'north-america', lat: 32.4, lon: -99.7, precision: 'city' });
  it('is another project, one facility with the campus it is set beside, and not the catalog operator\'s', () => {
    const ms = detect('A German developer unveiled Project Larkspur, a 100MW data center campus near Munich, Germany.', larkspur.index, larkspur.resolve);
    expect(ms.map((m) => m.status)).toEqual(['new', 'new']);
    expect(ms.map((m) => m.facts.operator)).toEqual([null, null]);
    // One facility: the campus takes the name.
    expect(ms[1].facts.name).toBe('Project Larkspur');
  });
  it("a code name's word is no place, even when a town is so called", () => {
    const laurel = withVreloSite({ id: 'vrelo-laurel', name: 'Project Laurel', aliases: [], kind: 'campus', operatorIds: ['vrelo'], city: 'Pottstown', country: 'US' }, { city: 'Pottstown', admin: 'Pennsylvania', country: 'US', worldRegion: 'north-america', lat: 40.2, lon: -75.6, precision: 'city' });
    const ms = detect('A German developer unveiled Project Laurel, a 100MW data center campus near Munich, Germany.', laurel.index, laurel.resolve);
    expect(ms.map((m) => m.status)).toEqual(['new', 'new']);
    expect(ms[0].facts.location).toBe('Munich, Germany');
  });
});

describe('catalog names made of ordinary words', () => {
  const unnamed = withVreloSite({ id: 'vrelo-secure', name: 'Secure Data Center', aliases: [], kind: 'facility', operatorIds: ['vrelo'], city: 'Alpharetta', country: 'US' }, { city: 'Alpharetta', admin: 'Georgia', country: 'US', worldRegion: 'north-america', lat: 34.07, lon: -84.29, precision: 'city' });
  it('do not name a facility the text describes in lower case', () => {
    for (const text of ['The state plans a secure data center in Huntsville.', 'A secure data center for the army will be built in Alabama.']) {
      expect(detect(text, unnamed.index, unnamed.resolve).map((m) => m.entityId)).not.toContain('vrelo-secure');
    }
  });
  it('written as a name in another state, are not that site', () => {
    // The catalog knows Alabama (it holds a site there), so it can tell the state apart.
    const huntsville = SiteSchema.parse({ id: 'other-huntsville', name: 'Other Huntsville', kind: 'facility', operatorIds: ['vrelo'], place: { city: 'Huntsville', admin: 'Alabama', country: 'US', worldRegion: 'north-america', lat: 34.73, lon: -86.59, precision: 'city' }, origin: 'seed', createdAt: T0, updatedAt: T0 });
    const resolver = createResolver([...unnamed.resolverSites, huntsville], unnamed.resolverOperators);
    const ms = detect('Army Plans Secure Data Center In Huntsville, Alabama', unnamed.index, (q) => resolver.resolve(q));
    expect(ms.map((m) => m.status)).not.toContain('known');
  });
  it('"Unit 2" and "2B" name a building only beside its company', () => {
    const unit = withVreloSite({ id: 'vrelo-unit2', name: 'Unit 2', aliases: ['2B'], kind: 'facility', operatorIds: ['vrelo'], city: 'Redhill', country: 'GB' }, { city: 'Redhill', country: 'GB', worldRegion: 'europe', lat: 51.24, lon: -0.17, precision: 'site' });
    expect(detect('The utility said Unit 2 of the reactor will power the data center campus.', unit.index, unit.resolve).map((m) => m.entityId)).not.toContain('vrelo-unit2');
    expect(detect('The township approved a $1.2B hyperscale data center campus.', unit.index, unit.resolve).map((m) => m.entityId)).not.toContain('vrelo-unit2');
    expect(detect('Vrelo Compute opened Unit 2, its newest data center in Redhill.', unit.index, unit.resolve)[0]).toMatchObject({ entityId: 'vrelo-unit2' });
  });
});

describe('a US state as news abbreviates it', () => {
  it('places the town in that state ("Lima, OH", "Rome, Ga.")', () => {
    const lima = detect('Tarn Digital will build a 300MW data center campus in Lima, OH.', index)[0];
    expect(lima.facts.location).toBe('Lima, OH');
    expect(lima.country).toBe('US');
    const rome = detect('Tarn Digital will build a data center campus in Rome, Ga., next year.', index)[0];
    expect(rome.facts.location).toBe('Rome, Ga.');
    expect(rome.country).toBe('US');
  });
  it("a country's name before a state is a town of that state ('Lebanon, Indiana'); a list of countries stays countries", () => {
    const asked: ResolveQuery[] = [];
    const ask = (q: ResolveQuery) => (asked.push(q), []);
    detect('Tarn Digital will build a data center campus in Lebanon, Indiana, next year.', index, ask);
    expect(asked.at(-1)).toMatchObject({ city: 'Lebanon', admin: 'Indiana', country: 'US' });
    detect('Tarn Digital will build a data center campus in Jordan, Minn., next year.', index, ask);
    expect(asked.at(-1)).toMatchObject({ city: 'Jordan', country: 'US' });
    detect('Tarn Digital will build a data center campus in Jordan, the company said.', index, ask);
    expect(asked.at(-1)).toMatchObject({ country: 'JO' });
    expect(asked.at(-1)?.city).toBeUndefined();
  });
});

/** The test index plus one more Vrelo site, and a resolver that holds that site at `place`. */
function withVreloSite(site: LexiconSite, place: Record<string, unknown>) {
  const index = compileIndex({ sites: [...sites, site], operators });
  const resolverSites = [SiteSchema.parse({ id: site.id, name: site.name, aliases: site.aliases, kind: site.kind, operatorIds: site.operatorIds, place, origin: 'seed', createdAt: T0, updatedAt: T0 })];
  const resolverOperators = [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })];
  const resolver = createResolver(resolverSites, resolverOperators);
  return { index, resolve: (q: Parameters<typeof resolver.resolve>[0]) => resolver.resolve(q), resolverSites, resolverOperators };
}

describe('a new facility beside the company\'s existing one in the town', () => {
  const place = { city: 'Lyon', country: 'FR', worldRegion: 'europe', lat: 45.76, lon: 4.84, precision: 'city' };
  const resolver = createResolver(
    [SiteSchema.parse({ id: 'vrelo-lyon', name: 'Vrelo Compute Lyon Campus', kind: 'campus', operatorIds: ['vrelo'], place, origin: 'seed', createdAt: T0, updatedAt: T0 })],
    [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  const status = (text: string) => detect(text, index, (q) => resolver.resolve(q)).map((m) => m.status);
  it('is not that one ("separate from the campus it already runs", "another campus in Lyon")', () => {
    expect(status('Vrelo Compute runs a data center campus in Lyon.')).toEqual(['known']);
    expect(status('Vrelo Compute has bought land for a new data center in Lyon, separate from the campus it already runs in the city.')).toEqual(['new']);
    expect(status('Vrelo Compute will build another data center campus in Lyon.')).toEqual(['new']);
  });
  // "employs 45 people" is said of offices and of data centers alike: the catalog tells them apart.
  const dcArticle = 'Vrelo Compute runs data centers in several countries, and the council approved a power deal on Monday.\n\n';
  it('a company\'s campus said to employ people is its data center when the catalog knows one there', () => {
    expect(status(`${dcArticle}The Vrelo Compute campus in Lyon employs about 45 people.`)).toEqual(['known']);
  });
  it('not a campus the catalog does not know there, nor offices in a town where it has one', () => {
    expect(status(`${dcArticle}The Vrelo Compute campus in Grenoble employs about 45 people.`)).toEqual([]);
    // Whose campus it is must be said: the catalog's one site in town is no reason to call any campus there a data center.
    expect(status(`${dcArticle}The Tarnel campus in Lyon employs about 45 people.`)).toEqual([]);
    // Nor where: a company's campus somewhere is not its one catalogued site (the resolver asks for a place).
    expect(status(`${dcArticle}The Vrelo Compute campus employs about 45 people.`)).toEqual([]);
    expect(status(`${dcArticle}Vrelo Compute\'s corporate campus in Lyon employs about 450 people.`)).toEqual([]);
  });
  it('a campus joined to a surer mark of its facility stays, known or not', () => {
    expect(status('Vrelo Compute is building a data center in Grenoble.\n\nThe Vrelo Compute campus in Grenoble employs about 45 people.')).toEqual(['new', 'new']);
  });
});

describe('a code found in the text whose holder the article never names', () => {
  const place = { city: 'Lyon', country: 'FR', worldRegion: 'europe', lat: 45.76, lon: 4.84, precision: 'city' };
  const resolver = createResolver(
    [SiteSchema.parse({ id: 'vrelo-kx9', name: 'Vrelo Compute Lyon Nine', codes: ['KX9'], kind: 'facility', operatorIds: ['vrelo'], place, origin: 'seed', createdAt: T0, updatedAt: T0 })],
    [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  const cards = (text: string) => detect(text, index, (q) => resolver.resolve(q)).filter((m) => m.text.includes('KX9')).map((m) => m.entityId);
  it('opens no card of that holder ("new KX9 instances" of a cloud product); beside its company it does', () => {
    expect(cards('The data center outage hit KX9 instances in one availability zone.')).toEqual([null]);
    expect(cards('Vrelo Compute said the data center outage hit KX9 in Lyon.')).toEqual(['vrelo-kx9']);
  });
});

describe('a catalog record named only by its town and a head word', () => {
  const place = { city: 'Lyon', country: 'FR', worldRegion: 'europe', lat: 45.76, lon: 4.84, precision: 'city' };
  const resolver = createResolver(
    [SiteSchema.parse({ id: 'lyon-dc', name: 'Lyon Data Center', kind: 'facility', operatorIds: ['vrelo'], place, origin: 'seed', createdAt: T0, updatedAt: T0 })],
    [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  const withRecord = compileIndex({ sites: [...sites, { id: 'lyon-dc', name: 'Lyon Data Center', aliases: [], kind: 'facility', operatorIds: ['vrelo'], city: 'Lyon', country: 'FR' }], operators });
  const cards = (text: string) => detect(text, withRecord, (q) => resolver.resolve(q)).filter((m) => /Lyon data center/i.test(m.text)).map((m) => m.entityId);
  it('is not the facility of a company the catalog does not know; of its own company it is', () => {
    expect(cards('Kestrel Compute opened a data center in Lyon last year. The Lyon data center now employs 40 people.')).toEqual([null]);
    expect(cards('Vrelo Compute opened a data center in Lyon last year. The Lyon data center now employs 40 people.')).toContain('lyon-dc');
  });
  it("is not the facility of an article about another company, whose own company is never read; alone it still is", () => {
    const withBoth = createResolver(
      [SiteSchema.parse({ id: 'lyon-dc', name: 'Lyon Data Center', kind: 'facility', operatorIds: ['vrelo'], place, origin: 'seed', createdAt: T0, updatedAt: T0 })],
      [
        OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 }),
        OperatorSchema.parse({ id: 'ostavik-cable', name: 'Ostavik Cable Network', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 }),
      ],
    );
    const cardsOf = (text: string) => detect(text, withRecord, (q) => withBoth.resolve(q)).filter((m) => /Lyon data center/i.test(m.text)).map((m) => m.entityId);
    expect(cardsOf('According to Ostavik Cable Network spokesperson Jane Doe, the Lyon data center will double in size.')).toEqual([null]);
    expect(cardsOf('Vrelo Compute said on Monday it would hire 100 people.\n\nResidents near the Lyon data center complained about noise.')).toEqual(['lyon-dc']);
    expect(cardsOf('Residents near the Lyon data center complained about noise.')).toEqual(['lyon-dc']);
  });
});
