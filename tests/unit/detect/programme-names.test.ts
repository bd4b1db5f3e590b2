/**
 * A programme's name is not one facility: "Zephyrgate" names campuses in several towns (the
 * catalog's "Zephyrgate Abilene", "Zephyrgate Lordstown") and one record is filed as plain
 * "Zephyrgate Data Center". The programme written as the holder finds its site in the article's
 * town (lib/catalog/resolve.ts, brandName); the family's word and a head word are that record only
 * in its town (lib/detect/entities.ts); a name that modifies a set of sites names none
 * (lib/detect/candidates.ts). Invented programme, companies and records.
 */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';

const T0 = '2026-08-01T00:00:00.000Z';
const records = [
  { id: 'zg-abilene', name: 'Zephyrgate Abilene', operatorIds: ['larkspur'], city: 'Abilene', admin: 'TX' },
  { id: 'zg-lordstown', name: 'Zephyrgate Lordstown', operatorIds: ['larkspur'], city: 'Lordstown', admin: 'OH' },
  { id: 'zg-warren', name: 'Zephyrgate Data Center', operatorIds: ['brackwater'], city: 'Warren', admin: 'OH' },
  { id: 'zg-one', name: 'Zephyrgate 1', operatorIds: ['larkspur'], city: 'Lordstown', admin: 'OH' },
  { id: 'vx-abilene', name: 'Vexmoor Abilene campus', operatorIds: ['vexmoor'], city: 'Abilene', admin: 'TX' },
];
const companies = [
  { id: 'larkspur', name: 'Larkspur Compute' },
  { id: 'brackwater', name: 'Brackwater Developer LLC' },
  { id: 'vexmoor', name: 'Vexmoor' },
];

function scan(text: string) {
  const index = compileIndex({
    sites: records.map((r) => ({ id: r.id, name: r.name, aliases: [], kind: 'campus' as const, operatorIds: r.operatorIds, city: r.city, country: 'US' })),
    operators: companies.map((o) => ({ id: o.id, name: o.name, aliases: [] })),
  });
  const resolver = createResolver(
    records.map((r) =>
      SiteSchema.parse({ id: r.id, name: r.name, kind: 'campus', operatorIds: r.operatorIds, place: { city: r.city, admin: r.admin, country: 'US', worldRegion: 'north-america', lat: 40, lon: -90, precision: 'city' }, origin: 'seed', createdAt: T0, updatedAt: T0 }),
    ),
    companies.map((o) => OperatorSchema.parse({ id: o.id, name: o.name, kind: 'developer', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })),
  );
  return detect(text, index, (q) => resolver.resolve(q)).map((m) => [m.text, m.status, m.entityId, m.facts.location]);
}

describe('a programme written as the holder', () => {
  it("finds the programme's site in the article's town", () => {
    expect(scan("Zephyrgate's data center campus in Abilene, Texas, will draw 900 MW.")).toEqual([
      ["Zephyrgate's data center campus in Abilene, Texas", 'known', 'zg-abilene', 'Abilene, Texas'],
    ]);
  });

  it('not without a place: the programme has sites in several towns', () => {
    expect(scan("Zephyrgate's next data center campus will break ground next year.")[0]?.slice(1, 3)).toEqual(['new', null]);
  });

  it('not in a town where the catalog files no site of that name', () => {
    expect(scan("Zephyrgate's new data center campus in Denton, Texas, will break ground next year.")[0]?.[1]).toBe('new');
  });
});

describe('the family word written with a town or a state', () => {
  it("is the family's site the resolver finds there, not the record filed under the bare words", () => {
    expect(scan('Larkspur Compute said the Zephyrgate data center campus in Abilene, Texas, is running.')[0]?.slice(1, 3)).toEqual(['known', 'zg-abilene']);
  });
  it("in a state, is the state's one site of the family", () => {
    expect(scan('Larkspur Compute said work continues at the Zephyrgate data center campus in Texas.')[0]?.slice(1, 3)).toEqual(['known', 'zg-abilene']);
  });
});

describe("a name family's word and a head word", () => {
  it('are not the record filed under those words when the article does not put it in that town', () => {
    expect(scan('The first Zephyrgate data center opened in Abilene last year.')[0]?.slice(0, 3)).toEqual(['first Zephyrgate data center', 'new', null]);
    expect(scan('Construction continues at the Zephyrgate data center near Lordstown, Ohio.')[0]?.[1]).toBe('new');
  });

  it('are that record in its town, and its family word is no town', () => {
    expect(scan('Local officials approved the Zephyrgate Data Center in Warren, Ohio.')[0]?.slice(0, 3)).toEqual(['Zephyrgate Data Center in Warren, Ohio', 'known', 'zg-warren']);
    expect(scan('The Zephyrgate Data Center will cost $3.6 billion.')[0]?.[3]).toBeNull();
  });

  it('a numbered member of the family is its own record wherever the article is', () => {
    expect(scan('Larkspur Compute said Zephyrgate 1 is now fully leased.')[0]?.slice(0, 3)).toEqual(['Zephyrgate 1', 'known', 'zg-one']);
  });
});

describe('a catalog name that modifies a set of sites', () => {
  it('names no facility', () => {
    expect(scan('The Zephyrgate data center sites will hold 400,000 GPUs between them.')).toEqual([]);
    expect(scan('Larkspur will build five new Zephyrgate Data Center sites across the Midwest.')).toEqual([]);
  });

  it('a name followed by a verb or a place still does', () => {
    expect(scan('The Zephyrgate Data Center opened in Warren, Ohio, in March.')[0]?.slice(0, 3)).toEqual(['Zephyrgate Data Center', 'known', 'zg-warren']);
  });
});
