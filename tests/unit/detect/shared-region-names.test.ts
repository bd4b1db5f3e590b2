/**
 * Cloud providers name their regions after the same geography ("Norway Central" of one provider
 * and of another), and a region has one provider: a region its company calls by another provider's
 * region name is not that region (lib/detect/attribution.ts), nor the same facility as it
 * (lib/detect/coref-summary.ts). Invented providers and regions.
 */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';

const T0 = '2026-08-01T00:00:00.000Z';
const regions = [
  { id: 'zephyr-norwaycentral', name: 'Zephyr Norway Central', aliases: ['Norway Central'], operatorIds: ['zephyr'], city: 'Oslo' },
  // The catalog files the other provider's region by its town only.
  { id: 'kestrel-oslo-1', name: 'Kestrel Oslo', aliases: ['no-oslo-1'], operatorIds: ['kestrel'], city: 'Oslo' },
];
const companies = [
  { id: 'zephyr', name: 'Zephyr Cloud', aliases: ['Zephyr'] },
  { id: 'kestrel', name: 'Kestrel Cloud', aliases: ['Kestrel'] },
];

function scan(text: string) {
  const index = compileIndex({ sites: regions.map((r) => ({ ...r, kind: 'region' as const, country: 'NO' })), operators: companies });
  const resolver = createResolver(
    regions.map((r) => SiteSchema.parse({ id: r.id, name: r.name, aliases: r.aliases, kind: 'region', operatorIds: r.operatorIds, place: { city: r.city, country: 'NO', worldRegion: 'europe', lat: 59.9, lon: 10.7, precision: 'city' }, origin: 'seed', createdAt: T0, updatedAt: T0 })),
    companies.map((o) => OperatorSchema.parse({ id: o.id, name: o.name, kind: 'hyperscale_cloud', aliases: o.aliases, footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })),
  );
  return detect(text, index, (q) => resolver.resolve(q)).map((m) => [m.text, m.entityId]);
}

describe("another provider's region of the same name", () => {
  it('is not the region its own company calls by that name', () => {
    const ms = scan('Zephyr launched its Norway Central region in 2019. Kestrel said its Norway Central region in Oslo is now open to customers.');
    expect(ms).toEqual([
      ['its Norway Central region', 'zephyr-norwaycentral'],
      ['its Norway Central region in Oslo', 'kestrel-oslo-1'],
    ]);
  });
  it("is the region when the company is that provider's", () => {
    expect(scan('Zephyr said its Norway Central region in Oslo is now open to customers.')).toEqual([['its Norway Central region in Oslo', 'zephyr-norwaycentral']]);
  });
});
