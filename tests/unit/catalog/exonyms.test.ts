/** A city written in English finds a site the catalog files under the local name, and back. Invented companies. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { cityKeys } from '../../../lib/catalog/exonyms';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import { OPERATORS, T0 } from './fixture';

const op = OperatorSchema.parse({ ...OPERATORS[0], id: 'kestrel', name: 'Kestrel', aliases: [] });
const site = (id: string, city: string, country: string) =>
  SiteSchema.parse({ id, name: `Kestrel ${id}`, kind: 'facility', operatorIds: ['kestrel'], place: { city, country, lat: 50, lon: 20, precision: 'site' }, origin: 'seed', createdAt: T0, updatedAt: T0 });

describe('exonyms', () => {
  it('give a city its other names, folded; a city with none keeps its own', () => {
    expect(cityKeys('München')).toEqual(['munich', 'munchen', 'muenchen']);
    expect(cityKeys('Frankfurt')).toContain('frankfurt am main');
    expect(cityKeys('Tokyo')).toEqual(['tokyo']);
  });
  it('let "Warsaw" find the company\'s site filed under "Warszawa", and "München" the one under "Munich"', () => {
    const r = createResolver([site('waw1', 'Warszawa', 'PL'), site('muc1', 'Munich', 'DE')], [op]);
    expect(r.resolve({ operatorIds: ['kestrel'], city: 'Warsaw', country: 'PL', kind: 'facility' })[0]).toMatchObject({ siteId: 'waw1', reason: expect.stringMatching(/city/) });
    expect(r.resolve({ operatorIds: ['kestrel'], city: 'München', country: 'DE', kind: 'facility' })[0]).toMatchObject({ siteId: 'muc1', reason: expect.stringMatching(/city/) });
  });
});
