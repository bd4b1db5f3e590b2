/**
 * Marks the catalog answered with one site share that facility's facts, and a facility only described ("Corvane's proposed data center campus") that coreference kept apart
 * from the company's one catalogued facility of the article is that facility once the catalog has
 * answered (lib/detect/join-known.ts). Invented company and sites.
 */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import type { LexiconOperator, LexiconSite } from '../../../lib/detect/index';

const T0 = '2026-08-01T00:00:00.000Z';
const operators: LexiconOperator[] = [{ id: 'corvane', name: 'Corvane Data', aliases: ['Corvane'] }];
const fremont: LexiconSite = { id: 'corvane-fremont', name: 'Corvane Fremont campus', aliases: [], kind: 'campus', operatorIds: ['corvane'], city: 'Fremont', country: 'US' };
const ashgrove: LexiconSite = { id: 'corvane-ashgrove', name: 'Corvane Ashgrove campus', aliases: [], kind: 'campus', operatorIds: ['corvane'], city: 'Ashgrove', country: 'US' };
const tulsa: LexiconSite = { id: 'corvane-tulsa', name: 'Corvane Tulsa campus', aliases: [], kind: 'campus', operatorIds: ['corvane'], city: 'Tulsa', country: 'US' };
const place = (city: string, admin: string) => ({ city, admin, country: 'US', worldRegion: 'north-america', lat: 40, lon: -100, precision: 'city' });

function scanner(sites: LexiconSite[]) {
  const index = compileIndex({ sites, operators });
  const resolver = createResolver(
    sites.map((s) => SiteSchema.parse({ id: s.id, name: s.name, kind: 'campus', operatorIds: ['corvane'], place: place(s.city!, s.city === 'Tulsa' ? 'OK' : 'CA'), origin: 'seed', createdAt: T0, updatedAt: T0 })),
    [OperatorSchema.parse({ id: 'corvane', name: 'Corvane Data', kind: 'developer', aliases: ['Corvane'], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  return (text: string, facts = false) => detect(text, index, (q) => resolver.resolve(q)).map((m) => (facts ? [m.text, m.entityId, m.facts.capacityMW, m.facts.gpus] : [m.text, m.status, m.entityId]));
}

const HEARING =
  "The council voted 6-2 on Tuesday to annex land for Corvane Data's proposed data center campus on the city's east side. " +
  'The developer told aldermen the Fremont campus would include six buildings on 280 acres.\n\n' +
  'Residents raised concerns about generator noise and water use.\n\n' +
  'The mayor said the Corvane data center would bring $11 million a year in property taxes.';

describe('a described facility joins its company\'s one known facility', () => {
  it('every mark of the company\'s campus opens its card, before and after the placed one', () => {
    expect(scanner([fremont])(HEARING)).toEqual([
      ["Corvane Data's proposed data center campus", 'known', 'corvane-fremont'],
      ['Fremont campus', 'known', 'corvane-fremont'],
      ['Corvane data center', 'known', 'corvane-fremont'],
    ]);
  });

  it('not when the article places another facility of the company elsewhere', () => {
    const ms = scanner([fremont, tulsa])(`${HEARING}\n\nCorvane Data already runs its Tulsa campus in Oklahoma.`);
    expect(ms[0]).toEqual(["Corvane Data's proposed data center campus", 'new', null]);
    expect(ms.at(-1)).toEqual(['its Tulsa campus in Oklahoma', 'known', 'corvane-tulsa']);
  });

  it('not when a new facility of the company is brought in after the known one', () => {
    const ms = scanner([fremont])(HEARING.replace('The mayor said', 'Corvane Data also plans a new data center elsewhere in the state. The mayor said'));
    expect(ms.find((m) => m[0] === 'Corvane data center')?.[1]).toBe('new');
  });
});

describe('marks the catalog answered with one site', () => {
  it('share the facility\'s facts though coreference kept them apart (a headline\'s name, a state-level reference)', () => {
    expect(scanner([fremont])('Corvane Fremont campus to get 60,000 GPUs\n\nCorvane Data said on Monday its California data center would reach 300 MW.', true)).toEqual([
      ['Corvane Fremont campus', 'corvane-fremont', 300, 60000],
      ['its California data center', 'corvane-fremont', 300, 60000],
    ]);
  });
});

describe('a town before the head and a city after "near"', () => {
  it('"its Ashgrove campus near Fremont" is the company\'s Ashgrove site, the city a landmark', () => {
    expect(scanner([fremont, ashgrove])('Corvane Data opened the first data hall at its Ashgrove data center campus near Fremont.')).toEqual([
      ['its Ashgrove data center campus near Fremont', 'known', 'corvane-ashgrove'],
    ]);
  });
});
