/** Catalog names that must not mark text by themselves: a run of places, another company's code. */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import type { LexiconOperator, LexiconSite } from '../../../lib/detect/index';

const T0 = '2026-08-01T00:00:00.000Z';

const operators: LexiconOperator[] = [
  { id: 'vrelo', name: 'Vrelo Compute', aliases: [] },
  { id: 'ostavik-cable', name: 'Ostavik Cable Network', aliases: [] },
];
const sites: LexiconSite[] = [
  { id: 'vrelo-portland', name: 'Vrelo Compute Portland Oregon', aliases: [], kind: 'facility', operatorIds: ['vrelo'], city: 'Portland', country: 'US' },
  { id: 'vrelo-kx7', name: 'Vrelo Compute Lyon Seven', aliases: ['KX7'], kind: 'facility', operatorIds: ['vrelo'], city: 'Lyon', country: 'FR' },
  { id: 'vrelo-fra9', name: 'Vrelo Compute Frankfurt Nine', aliases: [], codes: ['FRA9'], kind: 'facility', operatorIds: ['vrelo'], city: 'Frankfurt am Main', country: 'DE' },
  { id: 'ostavik-station', name: 'Ostavik Cable Network Landing Station', aliases: [], kind: 'facility', operatorIds: ['ostavik-cable'], city: 'Sydney', country: 'AU' },
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

/** The test index plus one more Vrelo site, and a resolver that holds that site at `place`. */
function withVreloSite(site: LexiconSite, place: Record<string, unknown>) {
  const index = compileIndex({ sites: [...sites, site], operators });
  const resolver = createResolver(
    [SiteSchema.parse({ id: site.id, name: site.name, aliases: site.aliases, kind: site.kind, operatorIds: site.operatorIds, place, origin: 'seed', createdAt: T0, updatedAt: T0 })],
    [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  return { index, resolve: (q: Parameters<typeof resolver.resolve>[0]) => resolver.resolve(q) };
}
