/** Realistic catalog records for the sync tests, normalized through the schemas (defaults filled). */
import { OperatorSchema, SightingSchema, SiteSchema } from '../../../lib/catalog/schema';
import type { Operator, OperatorKind, Sighting, Site, SiteInput } from '../../../lib/catalog/schema';
import type { Catalog } from '../../../lib/sync/types';

export const T0 = '2026-01-21T00:00:00.000Z';
export const T1 = '2026-03-02T09:30:00.000Z';
export const T2 = '2026-05-14T16:05:00.000Z';
export const T3 = '2026-08-01T12:00:00.000Z';
export const T4 = '2026-11-22T10:00:00.000Z';

export function operator(id: string, name: string, kind: OperatorKind, extra: Partial<Operator> = {}): Operator {
  return OperatorSchema.parse({ id, name, kind, origin: 'seed', createdAt: T0, updatedAt: T0, ...extra });
}

export function site(input: Partial<SiteInput> & Pick<SiteInput, 'id' | 'name' | 'kind' | 'operatorIds'>): Site {
  return SiteSchema.parse({ origin: 'seed', createdAt: T0, updatedAt: T0, ...input });
}

export const aws = operator('aws', 'Amazon Web Services', 'hyperscale_cloud', {
  aliases: ['AWS', 'Amazon'],
  hqCountry: 'US',
  footprint: { regions: { value: 37, asOf: '2026-01' } },
});
export const xai = operator('xai', 'xAI', 'ai_lab', { hqCountry: 'US' });
export const equinix = operator('equinix', 'Equinix', 'colocation', { hqCountry: 'US' });
export const openai = operator('openai', 'OpenAI', 'ai_lab', { hqCountry: 'US' });

export const awsTokyo = site({
  id: 'aws-ap-northeast-1',
  name: 'AWS Asia Pacific (Tokyo)',
  aliases: ['ap-northeast-1', 'Tokyo region'],
  kind: 'region',
  operatorIds: ['aws'],
  status: 'operational',
  place: { city: 'Tokyo', country: 'JP', worldRegion: 'asia-pacific', lat: 35.6895, lon: 139.6917, precision: 'city' },
  regionCode: 'ap-northeast-1',
  zones: 4,
  dates: { opened: '2011-03' },
  sources: [{ url: 'https://aws.amazon.com/about-aws/global-infrastructure/regions_az/', title: 'Regions and Availability Zones' }],
});

export const colossus = site({
  id: 'xai-colossus-1',
  name: 'Colossus',
  aliases: ['Colossus 1', 'xAI Memphis supercomputer'],
  kind: 'campus',
  operatorIds: ['xai'],
  status: 'operational',
  place: { city: 'Memphis', admin: 'Tennessee', country: 'US', worldRegion: 'north-america', lat: 35.06, lon: -90.16 },
  capacity: { operationalMW: 150, plannedMW: 300, asOf: '2025-06' },
  gpus: { count: 200000, chip: 'NVIDIA H100/H200', asOf: '2025-06' },
  dates: { announced: '2024-06', opened: '2024-09' },
  credits: ['Epoch AI (CC BY 4.0)'],
  notes: 'Built in a former Electrolux factory.',
});

export const abilene = site({
  id: 'stargate-abilene',
  name: 'Stargate Abilene',
  kind: 'campus',
  operatorIds: ['openai'],
  status: 'under_construction',
  place: { city: 'Abilene', admin: 'Texas', country: 'US', worldRegion: 'north-america', lat: 32.5, lon: -99.78 },
  capacity: { operationalMW: 200, plannedMW: 1200 },
  investment: { text: '$40 billion', usd: 40e9 },
  dates: { announced: '2025-01', expected: '2026' },
});

export const ty11 = site({
  id: 'equinix-ty11',
  name: 'Equinix TY11',
  aliases: ['TY11'],
  kind: 'facility',
  operatorIds: ['equinix'],
  status: 'operational',
  place: { city: 'Tokyo', country: 'JP', worldRegion: 'asia-pacific' },
  dates: { opened: '2017' },
});

export const sighting1: Sighting = SightingSchema.parse({
  id: 's-0001',
  url: 'https://example.com/news/colossus-expands',
  title: 'xAI expands Colossus',
  quote: { exact: 'Colossus in Memphis', prefix: 'the ', suffix: ' now runs' },
  facts: { operator: 'xAI', location: 'Memphis', capacityMW: 150, gpus: 200000, investment: null, ordinal: null, name: 'Colossus' },
  siteId: 'xai-colossus-1',
  seenAt: T1,
});

export function catalog(partial: Partial<Catalog> = {}): Catalog {
  return { operators: [], sites: [], sightings: [], ...partial };
}

export const seedCatalog: Catalog = {
  operators: [aws, xai, equinix, openai],
  sites: [awsTokyo, colossus, abilene, ty11],
  sightings: [sighting1],
};

/** Sorted copies, so catalogs compare regardless of record order. */
export function normalized(c: Catalog): Catalog {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { operators: byId(c.operators), sites: byId(c.sites), sightings: byId(c.sightings) };
}
