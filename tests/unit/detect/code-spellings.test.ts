/**
 * Codes as news writes them ("KV-11", "KV 11" for the catalog's "KV11"), codes that only a site's
 * name holds ("Lyon TRV12") and a campus named after its metro but filed under its suburb.
 */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema, type Site } from '../../../lib/catalog/schema';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { compileIndex, detect } from '../../../lib/detect/index';

const T0 = '2026-08-01T00:00:00.000Z';
const lyon = { city: 'Lyon', country: 'FR', worldRegion: 'europe', lat: 45.76, lon: 4.84, precision: 'city' };
const site = (id: string, name: string, extra: Record<string, unknown> = {}): Site =>
  SiteSchema.parse({ id, name, kind: 'facility', operatorIds: ['vrelo'], place: lyon, origin: 'seed', createdAt: T0, updatedAt: T0, ...extra });
const sites = [
  site('vrelo-kv11', 'Vrelo Compute KV11', { codes: ['KV11'] }),
  site('vrelo-tq4', 'Vrelo Compute TQ-4', { codes: ['TQ-4'] }),
  site('vrelo-trv12', 'Lyon TRV12'),
  site('vrelo-kv07', 'Vrelo Compute Lyon Seven', { codes: ['KV-07'] }),
  // The same building mapped again, under its code alone.
  site('vrelo-kv07-mapped', 'KV07'),
  site('vrelo-cloud-trv5', 'Vrelo Cloud TRV5', { gpus: { count: 4096 } }),
  site('vrelo-denver', 'Vrelo Compute Denver', {
    kind: 'campus',
    place: { city: 'Aurora', admin: 'CO', country: 'US', worldRegion: 'north-america', lat: 39.73, lon: -104.83, precision: 'site' },
  }),
  site('tarn-ly2', 'Tarn Hosting Lyon Two', { operatorIds: ['tarn'], codes: ['LY-2'] }),
  // The same code, run together, of another company in the same town.
  site('vrelo-ly2', 'Ambre Lyon Two', { codes: ['LY2'] }),
  site('ostax-lyn3', 'OSTAX Infrastructure LYN3', { operatorIds: ['ostax'], codes: ['LYN3'] }),
  site('ostax-lyn4', 'OSTAX Infrastructure LYN4', { operatorIds: ['ostax'], codes: ['LYN4'] }),
  // Another company's site makes Denver a town the catalog knows.
  site('tarn-denver', 'Tarn Hosting Denver One', {
    operatorIds: ['tarn'],
    place: { city: 'Denver', admin: 'CO', country: 'US', worldRegion: 'north-america', lat: 39.74, lon: -104.99, precision: 'site' },
  }),
];
const operator = (id: string, name: string) => OperatorSchema.parse({ id, name, kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 });
const operators = [operator('vrelo', 'Vrelo Compute'), operator('tarn', 'Tarn Hosting'), operator('ostax', 'OSTAX Infrastructure')];
const lexicon = lexiconFromCatalog(sites, operators);
const index = compileIndex(lexicon);
const resolver = createResolver(sites, operators);
const scan = (text: string) => detect(text, index, (q) => resolver.resolve(q)).map((m) => [m.text, m.status, m.entityId]);

describe('a catalog code written with a hyphen or a space', () => {
  it('is the site the catalog lists run together', () => {
    expect(scan('Vrelo Compute said its KV-11 data center in Lyon is full.')[0]).toEqual(['its KV-11 data center in Lyon', 'known', 'vrelo-kv11']);
    expect(scan('Vrelo Compute said its KV 11 data center in Lyon is full.')[0]).toEqual(['its KV 11 data center in Lyon', 'known', 'vrelo-kv11']);
  });
  it('and a code the catalog lists hyphenated is the site when run together', () => {
    expect(scan('Vrelo Compute said its TQ4 data center in Lyon is full.')[0]).toEqual(['its TQ4 data center in Lyon', 'known', 'vrelo-tq4']);
  });
  it('set apart by a space, names nothing away from its head word and its company', () => {
    expect(scan('Vrelo Compute listed row KV 11 of the table for investors.').map((m) => m[2])).not.toContain('vrelo-kv11');
  });
});

describe('a code of one company written in an article about another', () => {
  // (and "LY-2" written as one holder lists it is that holder's, not the other's "LY2")
  it('is the building of the company named last before it, not of a holder named later', () => {
    const text =
      'Tarn Hosting opens KV-11 in Lyon\n\nLYON — The data center operator Tarn Hosting has opened its third data center in Lyon. The new building KV-11 in the district offers 27 megawatts.\n\nKV-11 stands a few hundred metres from LY-2, which opened in 2024.\n\nTarn Hosting competes in Lyon with Vrelo Compute, which runs several data centers in the city.';
    expect(scan(text)).toEqual([
      ['KV-11 in Lyon', 'new', null],
      ['its third data center in Lyon', 'new', null],
      ['KV-11', 'new', null],
      ['KV-11', 'new', null],
      ['LY-2', 'known', 'tarn-ly2'],
    ]);
  });
});

describe('one code held by two records of one company', () => {
  it('is the record that lists it, not the one whose name only holds it', () => {
    expect(scan('Vrelo Compute said its KV07 data center in Lyon is full.')[0]).toEqual(['its KV07 data center in Lyon', 'known', 'vrelo-kv07']);
  });
});

describe('a code only a site\'s name holds', () => {
  it('is not the site in an article that names only other companies', () => {
    expect(scan('Q: Where is Tarn Hosting growing?\n\nA: Our TRV12 data center in Lyon is full.').map((m) => m[2])).not.toContain('vrelo-trv12');
  });
  it('is that site beside its company', () => {
    expect(scan('Vrelo Compute opened TRV12 in Lyon last year.')[0]).toEqual(['TRV12 in Lyon', 'known', 'vrelo-trv12']);
  });
  it('is not a GPU cluster whose name gives the building that houses it', () => {
    expect(scan('Vrelo Compute opened TRV5 in Lyon last year.').map((m) => m[2])).not.toContain('vrelo-cloud-trv5');
  });
});

describe('a campus named after its metro and filed under its suburb', () => {
  it('is known by its exact name', () => {
    expect(scan('Work continues at Vrelo Compute Denver, the company said.')).toEqual([['Vrelo Compute Denver', 'known', 'vrelo-denver']]);
  });
});

describe("a code with its company's short name", () => {
  it('is the site, as with the full name', () => {
    expect(scan("OSTAX's LYN3 data center in Lyon is full, the company said.")[0]).toEqual(["OSTAX's LYN3 data center in Lyon", 'known', 'ostax-lyn3']);
    expect(scan('The OSTAX LYN3 data center in Lyon is full.')[0]).toEqual(['OSTAX LYN3 data center in Lyon', 'known', 'ostax-lyn3']);
  });
});
