/** The OpenStreetMap layer transforms, on rows written for this test in the shape of the shared CSV. */
import { describe, expect, it } from 'vitest';
import type { SeedCatalog } from '../../../lib/catalog/seed-build/assemble';
import type { CsvRow } from '../../../lib/catalog/seed-build/csv';
import { makeGazetteer, type CityRow } from '../../../lib/catalog/seed-build/gazetteer';
import { OperatorRegistry } from '../../../lib/catalog/seed-build/operator-registry';
import { osmDropReason } from '../../../lib/catalog/seed-build/osm-filter';
import { buildOsmLayer } from '../../../lib/catalog/seed-build/osm-layer';
import { OsmOperators } from '../../../lib/catalog/seed-build/osm-operators';
import { readOsmRow, type OsmRow } from '../../../lib/catalog/seed-build/osm-row';
import { namesOnlyOperator, osmSite, OSM_CREDIT } from '../../../lib/catalog/seed-build/osm-sites';
import { FacilityIndex } from '../../../lib/catalog/seed-build/same-facility';
import { SiteSchema, type Site } from '../../../lib/catalog/schema';

const CITIES: CityRow[] = [
  { name: 'Amsterdam', country: 'NL', population: 800000, loc: { coordinates: [4.89, 52.37] } },
  { name: 'Diemen', country: 'NL', population: 25000, loc: { coordinates: [4.96, 52.34] } },
  { name: 'Perth', country: 'AU', population: 1900000, loc: { coordinates: [115.86, -31.95] } },
];
const gazetteer = makeGazetteer(CITIES);

let nextId = 1000;
type RowInput = { [column: string]: string | Record<string, string> | undefined; tags?: Record<string, string> };
function csvRow(over: RowInput = {}): CsvRow {
  const { tags, ...rest } = over;
  return {
    osm_type: 'way', osm_id: String(nextId++), name: '', name_en: '', ref: '', operator: '', owner: '', brand: '', addr_street: '', addr_city: '',
    addr_postcode: '', addr_state: '', country_code: 'NL', lat: '52.3031', lon: '4.9379', start_date: '', website: '', wikidata: '', operator_wikidata: '',
    other_tags: JSON.stringify(tags ?? { telecom: 'data_center' }),
    ...(rest as Record<string, string>),
  } as CsvRow;
}
const row = (over: RowInput = {}): OsmRow => readOsmRow(csvRow(over))!;

describe('osmDropReason: what is not a data center', () => {
  it('drops towers, single supercomputers, shops and disused buildings', () => {
    expect(osmDropReason(row({ name: 'Mast Noord', tags: { man_made: 'tower', telecom: 'data_center' } }), false)).toBe('tower');
    expect(osmDropReason(row({ name: 'Cluster X', tags: { man_made: 'supercomputer' } }), false)).toBe('supercomputer');
    expect(osmDropReason(row({ name: 'Net Café', tags: { amenity: 'internet_cafe', telecom: 'data_center' } }), false)).toBe('shop');
    expect(osmDropReason(row({ name: 'Old Hall', tags: { abandoned: 'yes', telecom: 'data_center' } }), false)).toBe('gone');
  });
  it('drops university and school computing rooms and server rooms, by operator or name', () => {
    expect(osmDropReason(row({ name: 'Computing Centre', operator: 'University of Exampleton' }), false)).toBe('university');
    expect(osmDropReason(row({ name: 'Rechenzentrum', owner: 'Universität Beispielstadt' }), false)).toBe('university');
    expect(osmDropReason(row({ name: 'Flexential Philadelphia - Collegeville', operator: 'Flexential' }), true)).toBeUndefined();
    expect(osmDropReason(row({ name: 'Server Room B', operator: 'Acme' }), false)).toBe('serverRoom');
  });
  it('drops an office only without a sign of a data-center building', () => {
    expect(osmDropReason(row({ name: 'Acme HQ', operator: 'Acme', tags: { office: 'company', telecom: 'data_center' } }), false)).toBe('office');
    expect(osmDropReason(row({ name: 'Equinix AM7', ref: 'AM7', operator: 'Equinix', tags: { office: 'company', telecom: 'data_center' } }), true)).toBeUndefined();
    expect(osmDropReason(row({ name: 'Acme DC', operator: 'Acme', tags: { office: 'it', building: 'data_center' } }), false)).toBeUndefined();
  });
  it('drops a feature with nothing to name it by', () => {
    expect(osmDropReason(row({ tags: { building: 'data_center' } }), false)).toBe('anonymous');
    expect(osmDropReason(row({ ref: 'SCL01' }), false)).toBeUndefined();
  });
});

describe('OsmOperators: one company, many spellings', () => {
  it('treats every spelling under one operator:wikidata as the known company', () => {
    const rows = [
      row({ operator: 'Equinix, Inc.', operator_wikidata: 'Q851641' }),
      row({ operator: 'Equinix', operator_wikidata: 'Q851641' }),
      row({ operator: 'Equinix (Netherlands) B.V.', operator_wikidata: 'Q851641' }),
    ];
    const ops = new OsmOperators(rows, new OperatorRegistry());
    expect(rows.map((r) => ops.idFor(r))).toEqual(['equinix', 'equinix', 'equinix']);
  });
  it('maps OSM-only spellings and names without an operator tag', () => {
    const reg = new OperatorRegistry();
    const ops = new OsmOperators([], reg);
    expect(ops.idFor(row({ operator: 'Quality Technology Services' }))).toBe('qts');
    expect(ops.idFor(row({ name: 'Equinix AM7' }))).toBe('equinix');
    expect(ops.idFor(row({ name: 'Rechenzentrum Nord' }))).toBe('undisclosed');
    expect(ops.idFor(row({ operator: 'Equinix (Germany) GmbH' }))).toBe('equinix');
    expect(ops.idFor(row({ operator: 'Global Switch' }))).not.toBe('switch');
    const created = ops.idFor(row({ operator: 'Polder Hosting B.V.' }));
    expect(reg.get(created)?.name).toBe('Polder Hosting B.V.');
  });
});

describe('osmSite', () => {
  const reg = new OperatorRegistry();
  const ctx = (operatorId: string) => ({ operatorId, operatorName: operatorId === 'undisclosed' ? undefined : reg.get(operatorId)?.name, isCompanyName: (n: string) => reg.resolve(n) !== undefined, gazetteer });

  it('keeps the code apart from aliases, credits OSM and links the object', () => {
    const { site, renamedFrom } = osmSite(row({ osm_type: 'node', osm_id: '42', name: 'Equinix AM7', ref: 'AM7', operator: 'Equinix', addr_city: 'Amsterdam' }), ctx('equinix'));
    expect(renamedFrom).toBeUndefined();
    expect(site).toMatchObject({ id: 'osm-node-42', name: 'Equinix AM7', codes: ['AM7'], aliases: [], credits: [OSM_CREDIT], place: { city: 'Amsterdam', country: 'NL', precision: 'site' } });
    expect(site.sources?.[0]).toMatchObject({ url: 'https://www.openstreetmap.org/node/42', publisher: 'OpenStreetMap contributors' });
  });
  it('renames a feature named only after its operator, with its code or its town', () => {
    const perth = { country_code: 'AU', lat: '-31.96', lon: '115.85' };
    const telstra = reg.resolve('Telstra') ?? reg.ensure('Telstra', 'telecom');
    expect(osmSite(row({ name: 'Telstra', operator: 'Telstra', ...perth }), ctx(telstra)).site.name).toBe('Telstra data center, Perth');
    const aws = osmSite(row({ name: 'Amazon Web Services', ref: 'PDX111', operator: 'Amazon Web Services' }), ctx('aws'));
    expect(aws).toMatchObject({ renamedFrom: 'Amazon Web Services', site: { name: 'Amazon Web Services PDX111', codes: ['PDX111'], aliases: [] } });
    expect(osmSite(row({ name: 'Data Center' }), ctx('undisclosed')).site.name).toBe('Unnamed data center, Diemen');
  });
  it('tells a generic or company-only name from a real one', () => {
    const isCo = (n: string) => reg.resolve(n) !== undefined;
    expect(namesOnlyOperator('Google Data Center', 'Google', isCo)).toBe(true);
    expect(namesOnlyOperator('Rechenzentrum', undefined, isCo)).toBe(true);
    expect(namesOnlyOperator('Microsoft', 'Acme', isCo)).toBe(true);
    expect(namesOnlyOperator('Google Eemshaven', 'Google', isCo)).toBe(false);
  });
});

describe('FacilityIndex: the same facility across sources', () => {
  const at = (id: string, operatorIds: string[], lat: number, lon: number, codes: string[] = []) => ({ id, name: id, kind: 'facility' as const, operatorIds, codes, place: { country: 'NL', lat, lon, precision: 'site' as const }, stamp: '2026-01-01' });
  const index = new FacilityIndex([at('seed-am7', ['equinix'], 52.303, 4.938, ['AM7']), at('seed-nl-dc', ['digital-realty'], 52.35, 4.85)]);

  it('matches code + operator anywhere in the country, distance + operator nearby', () => {
    expect(index.find(at('x', ['equinix'], 52.0, 5.0, ['am7']), 0.5)).toMatchObject({ target: { id: 'seed-am7' }, basis: 'code' });
    expect(index.find(at('y', ['digital-realty'], 52.3505, 4.8502), 0.5)).toMatchObject({ target: { id: 'seed-nl-dc' }, basis: 'distance' });
  });
  it('never matches another operator, a different code next door, or no operator', () => {
    expect(index.find(at('a', ['google'], 52.303, 4.938), 0.5)).toBeUndefined();
    expect(index.find(at('b', ['equinix'], 52.3031, 4.9381, ['AM5']), 0.5)).toBeUndefined();
    expect(index.find(at('c', ['undisclosed'], 52.303, 4.938), 0.5)).toBeUndefined();
  });
});

describe('buildOsmLayer', () => {
  const seedSite: Site = SiteSchema.parse({
    id: 'equinix-am7', name: 'Equinix AM7', kind: 'facility', operatorIds: ['equinix'], codes: ['AM7'],
    place: { city: 'Amsterdam', country: 'NL', lat: 52.303, lon: 4.938, precision: 'site' }, sources: [{ url: 'https://example.org/am7' }],
    origin: 'seed', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const seed: SeedCatalog = { exportedAt: '2026-01-01T00:00:00.000Z', sites: [seedSite], operators: [] };
  const rows = [
    csvRow({ osm_type: 'node', osm_id: '1', name: 'Equinix AM7', ref: 'AM7', operator: 'Equinix' }),
    csvRow({ osm_type: 'node', osm_id: '2', name: 'Polder DC', operator: 'Polder Hosting', lat: '52.34', lon: '4.95' }),
    csvRow({ osm_type: 'way', osm_id: '3', name: 'Polder DC', operator: 'Polder Hosting', lat: '52.3401', lon: '4.9501' }),
    csvRow({ osm_type: 'node', osm_id: '4', name: 'Mast', tags: { man_made: 'mast' } }),
  ];
  const layer = buildOsmLayer(rows, seed, gazetteer);

  it('leaves the seed facility to the seed, merges a building mapped twice, drops the mast', () => {
    expect(layer.sites.map((s) => s.id)).toEqual(['osm-node-2']);
    expect(layer.sites[0].sources.map((s) => s.url)).toEqual(['https://www.openstreetmap.org/node/2', 'https://www.openstreetmap.org/way/3']);
    expect(layer.report['osm: same facility as a seed site, left to the seed']).toEqual([expect.stringContaining('= equinix-am7 (code)')]);
    expect(layer.report['osm: dropped, not a data center']).toEqual([expect.stringMatching(/^1 tower/)]);
  });
  it('ships only the operators the seed lacks, as valid seed records', () => {
    expect(layer.operators.map((o) => o.id)).toEqual(['polder-hosting']);
    expect(layer.sites.every((s) => s.credits.includes(OSM_CREDIT) && s.origin === 'seed')).toBe(true);
  });
});
