/** A facility changing hands: the catalog lists it under the seller, the article's company is the buyer. */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';

const T0 = '2026-08-01T00:00:00.000Z';
const lyon = { city: 'Lyon', country: 'FR', worldRegion: 'europe', lat: 45.76, lon: 4.84, precision: 'city' };
const resolver = createResolver(
  [SiteSchema.parse({ id: 'vrelo-lyon', name: 'Vrelo Compute Gerland', kind: 'facility', status: 'operational', operatorIds: ['vrelo'], place: lyon, origin: 'seed', createdAt: T0, updatedAt: T0 })],
  [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
);
const index = compileIndex({ sites: [], operators: [{ id: 'vrelo', name: 'Vrelo Compute', aliases: [] }] });
const lyonMark = (text: string) => detect(text, index, (q) => resolver.resolve(q)).find((m) => m.text.includes('Lyon'));

describe('a facility bought from a company', () => {
  it("opens the seller's catalog site, and keeps the buyer as the article's company", () => {
    const m = lyonMark('Kestrel Capital has acquired the Lyon data center from Vrelo Compute.');
    expect(m?.entityId).toBe('vrelo-lyon');
    expect(m?.facts.operator).toBe('Kestrel Capital');
  });
  it('reads the seller only after a buying word: "moved its servers to the Lyon data center from …" is no sale', () => {
    expect(lyonMark('Kestrel Capital moved its servers to the Lyon data center from Vrelo Compute.')?.entityId).toBeNull();
  });
});
