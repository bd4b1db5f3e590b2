/** A facility the article lists among new builds is not a site of that company the catalog says already stands. */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';

const T0 = '2026-08-01T00:00:00.000Z';
const lyon = { city: 'Lyon', country: 'FR', worldRegion: 'europe', lat: 45.76, lon: 4.84, precision: 'city' };
const nantes = { city: 'Nantes', country: 'FR', worldRegion: 'europe', lat: 47.22, lon: -1.55, precision: 'city' };
const site = (id: string, name: string, place: typeof lyon, status: string) =>
  SiteSchema.parse({ id, name, kind: 'facility', status, operatorIds: ['vrelo'], place, origin: 'seed', createdAt: T0, updatedAt: T0 });
const resolver = createResolver(
  [site('vrelo-lyon', 'Vrelo Compute Gerland', lyon, 'operational'), site('vrelo-nantes', 'Vrelo Compute Rezé', nantes, 'announced')],
  [OperatorSchema.parse({ id: 'vrelo', name: 'Vrelo Compute', kind: 'colocation', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
);
const index = compileIndex({ sites: [], operators: [{ id: 'vrelo', name: 'Vrelo Compute', aliases: [] }] });
const cardOf = (text: string, town: string) => detect(text, index, (q) => resolver.resolve(q)).find((m) => m.text.includes(town))?.entityId;

describe('a town listed among new builds', () => {
  const list = 'Vrelo Compute said it has begun construction on new data centers in three markets: Lyon, Nantes and Lille. ';
  it('is not the operational site the company already runs there', () => {
    expect(cardOf(`${list}The company said the Lyon data center would be its largest.`, 'Lyon')).toBeNull();
  });
  it('may still be the project the catalog lists as announced there', () => {
    expect(cardOf(`${list}The company said the Nantes data center would be its largest.`, 'Nantes')).toBe('vrelo-nantes');
  });
  it('without the list, the same sentence opens the site it runs', () => {
    expect(cardOf('Vrelo Compute said the Lyon data center would be its largest.', 'Lyon')).toBe('vrelo-lyon');
  });
});
