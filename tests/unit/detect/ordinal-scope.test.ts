/**
 * An ordinal numbers the company's sites over the area its own mark names: "its fifth data center
 * in Tokyo" counts Tokyo's, "its 29th data center" or "its second campus in Brazil" counts more
 * than the town another mark gives. Only a town's count rules out the company's one catalogued site
 * in that town (lib/detect/entities.ts sets ordinalWider; lib/catalog/resolve.ts reads it).
 * Invented company and sites.
 */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';

const T0 = '2026-08-01T00:00:00.000Z';
const records = [
  { id: 'corvane-fremont', name: 'Corvane Fremont campus', city: 'Fremont', admin: 'CA', lat: 37.5, lon: -121.9 },
  { id: 'corvane-tulsa', name: 'Corvane Tulsa campus', city: 'Tulsa', admin: 'OK', lat: 36.1, lon: -95.9 },
  { id: 'corvane-larkfield-66', name: 'Larkfield 66', city: 'Tulsa', admin: 'OK', lat: 36.3, lon: -95.6 },
];

function scan(text: string) {
  const index = compileIndex({
    sites: records.map((r) => ({ id: r.id, name: r.name, aliases: [], kind: 'campus' as const, operatorIds: ['corvane'], city: r.city, country: 'US' })),
    operators: [{ id: 'corvane', name: 'Corvane Data', aliases: ['Corvane'] }],
  });
  const resolver = createResolver(
    records.map((r) => SiteSchema.parse({ id: r.id, name: r.name, kind: 'campus', operatorIds: ['corvane'], place: { city: r.city, admin: r.admin, country: 'US', worldRegion: 'north-america', lat: r.lat, lon: r.lon, precision: 'city' }, origin: 'seed', createdAt: T0, updatedAt: T0 })),
    [OperatorSchema.parse({ id: 'corvane', name: 'Corvane Data', kind: 'developer', aliases: ['Corvane'], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  );
  return detect(text, index, (q) => resolver.resolve(q)).map((m) => [m.text, m.status, m.entityId]);
}

describe('an ordinal that counts more than the town', () => {
  it("does not rule out the company's one site in the town another mark gives", () => {
    const ms = scan("Corvane Data's Fremont campus, its 29th data center, will draw 300 MW when complete.");
    expect(ms.map((m) => m[2])).toEqual(['corvane-fremont', 'corvane-fremont']);
  });
  it("a number the name carries is the name's, not a count ('Larkfield 66')", () => {
    const ms = scan("Corvane Data's Larkfield 66 campus will draw 300 MW. Larkfield 66 sits on 90 acres near Tulsa.");
    expect(ms.map((m) => m[2])).toEqual(['corvane-larkfield-66', 'corvane-larkfield-66']);
  });
  it('a count within the town still does: the catalogued one is an earlier site', () => {
    expect(scan('Corvane Data will build its second data center in Fremont, next to the first.')[0]?.[1]).toBe('new');
  });
});
