/** The pure seed-build transforms, on small realistic inputs taken from the shared datasets. */
import { describe, expect, it } from 'vitest';
import { sharedAliases, tidyAliases, unlistedSharedAliases } from '../../../lib/catalog/seed-build/alias-check';
import { launchDate } from '../../../lib/catalog/seed-build/cloud-regions-mcp';
import { parseCsv } from '../../../lib/catalog/seed-build/csv';
import { findDuplicate } from '../../../lib/catalog/seed-build/dedupe';
import { parseUsCityState } from '../../../lib/catalog/seed-build/epoch-campuses';
import { isGenericName, operatorFromName, parseUsd } from '../../../lib/catalog/seed-build/fractracker';
import { makeGazetteer, type CityRow } from '../../../lib/catalog/seed-build/gazetteer';
import { baseClusterName, summarisePhases } from '../../../lib/catalog/seed-build/gpu-clusters';
import { OperatorRegistry, splitCompanies } from '../../../lib/catalog/seed-build/operator-registry';
import { cleanUrl, tidySources } from '../../../lib/catalog/seed-build/sources';
import { normaliseAlias, parseTagged, partialDate, slugify } from '../../../lib/catalog/seed-build/text';
import type { SiteDraft } from '../../../lib/catalog/seed-build/types';

describe('csv', () => {
  it('handles quoted commas, doubled quotes and newlines inside quotes', () => {
    const rows = parseCsv('name,location,note\n"xAI Colossus 2","5420 Tulane Rd, Memphis","said ""2 GW""\nlater"\nplain,x,\n');
    expect(rows).toEqual([
      { name: 'xAI Colossus 2', location: '5420 Tulane Rd, Memphis', note: 'said "2 GW"\nlater' },
      { name: 'plain', location: 'x', note: '' },
    ]);
  });
});

describe('text helpers', () => {
  it('slugs ids and normalises aliases', () => {
    expect(slugify('OpenAI Stargate Abilene (TX)')).toBe('openai-stargate-abilene-tx');
    expect(slugify('Øvrebø & Sines')).toBe('ovrebo-and-sines');
    expect(normaliseAlias('Colossus-2')).toBe(normaliseAlias('colossus  2'));
    expect(normaliseAlias('Alibaba Cloud’s Tokyo')).toBe('alibaba clouds tokyo');
  });
  it('reads Epoch confidence tags and partial dates', () => {
    expect(parseTagged('Meta (confident) | OpenAI (speculative) | Cursor')).toEqual([
      { name: 'Meta', confidence: 'confident' },
      { name: 'OpenAI', confidence: 'speculative' },
      { name: 'Cursor', confidence: 'unknown' },
    ]);
    expect(partialDate('2025-06')).toBe('2025-06');
    expect(partialDate('3036-03-23')).toBeUndefined();
    expect(partialDate('Planned 2030')).toBeUndefined();
  });
});

describe('cloud regions', () => {
  it('cuts placeholder launch dates to the precision they carry', () => {
    expect(launchDate('aws', '2011-03-02')).toBe('2011-03-02');
    expect(launchDate('aws', '2025-01-01')).toBe('2025');
    expect(launchDate('gcp', '2016-11-01')).toBe('2016-11');
    expect(launchDate('azure', '2014-01-01')).toBeUndefined();
    expect(launchDate('aws', '')).toBeUndefined();
  });
});

describe('operators', () => {
  it('maps the many spellings of one company to one id', () => {
    const ops = new OperatorRegistry();
    expect(ops.resolve('Amazon Data Services Inc')).toBe('aws');
    expect(ops.resolve('Amazon')).toBe('aws');
    expect(ops.resolve('aliyun')).toBe('alibaba-cloud');
    expect(ops.resolve('Alibaba Group')).toBe('alibaba-cloud');
    expect(ops.resolve('oci')).toBe('oracle');
    expect(ops.resolve('Microsoft Azure')).toBe('microsoft');
    expect(ops.resolve('SpaceXAI')).toBe('xai');
    expect(ops.resolve('Open AI')).toBe('openai');
    expect(ops.resolve('Some Unknown Co')).toBeUndefined();
  });
  it('splits multi-company cells and skips hedged or generic parts', () => {
    expect(splitCompanies('Compass, QTS Data Centers')).toEqual(['Compass', 'QTS Data Centers']);
    expect(splitCompanies('Open AI and Oracle', true)).toEqual(['Open AI', 'Oracle']);
    expect(splitCompanies('AT&T')).toEqual(['AT&T']);
    const ops = new OperatorRegistry();
    expect(ops.idsIn('DC 12 14 DE LLC (Amazon)', true)).toEqual(['aws']);
    expect(ops.idsIn('Google (unconfirmed)', false)).toEqual([]);
    expect(ops.idsIn('Open AI and Oracle', false)).toEqual(['openai', 'oracle']);
    expect(ops.idsIn('Vantage Data Centers VA2 LLC; Ryan Dorsett', true)).toEqual(['vantage-data-centers']);
    expect(ops.ensure('LLC data center')).toBe('undisclosed');
    const id = ops.ensure('Logistic Land Investments LLC');
    expect(id).toBe('logistic-land-investments');
    expect(ops.ensure('Logistic Land Investments, LLC'.replace(',', ''))).toBe(id);
  });
  it('finds the builder in FracTracker names without inventing one', () => {
    const ops = new OperatorRegistry();
    const row = (name: string) => ({ name }) as never;
    expect(operatorFromName(row('Sacramento EdgeConneX Edge Data Center (EDC) (SAC01)'), ops)).toBe('edgeconnex');
    expect(operatorFromName(row('Cielo Digital Infrastructure'), ops)).toBe('cielo-digital-infrastructure');
    expect(operatorFromName(row('Project Marvel'), ops)).toBeUndefined();
    expect(operatorFromName(row('Janesville Data Center'), ops)).toBeUndefined();
  });
});

describe('FracTracker helpers', () => {
  it('parses announced costs', () => {
    expect(parseUsd('$14 billion')).toBe(14e9);
    expect(parseUsd('$600 million')).toBe(6e8);
    expect(parseUsd('$1.5B')).toBe(1.5e9);
    expect(parseUsd('undisclosed')).toBeUndefined();
  });
  it('recognises generic names', () => {
    expect(isGenericName('Meta Data Center', 'Meta')).toBe(true);
    expect(isGenericName('Data center', 'Windstream')).toBe(true);
    expect(isGenericName('Project Marvel', 'Logistic Land Investments LLC')).toBe(false);
  });
});

describe('Epoch helpers', () => {
  it('reads US city and state from street addresses', () => {
    expect(parseUsCityState('5420 Tulane Rd, Memphis, TN 38109')).toEqual({ city: 'Memphis', admin: 'TN' });
    expect(parseUsCityState('601 Kuna Mora Rd,  Kuna ID 83634')).toEqual({ city: 'Kuna', admin: 'ID' });
    expect(parseUsCityState('Bayin, Ulanqab, China')).toBeUndefined();
  });
  it('collapses GPU-cluster phases: latest existing for today, largest planned for later', () => {
    expect(baseClusterName('xAI Colossus Memphis Phase 2')).toBe('xAI Colossus Memphis');
    expect(baseClusterName('NVIDIA CoreWeave Eos-DFW Rumored Phase 2')).toBe('NVIDIA CoreWeave Eos-DFW');
    const phase = (name: string, status: string, date: string, chips: string, mw: string) =>
      ({ name, status, first_operational_date: date, total_ai_chips: chips, chip_quantity_primary: chips, chip_type_primary: 'NVIDIA H100 SXM5 80GB', power_mw: mw, first_operational_date_note: status === 'Planned' ? 'Planned 2026' : '', source_urls: 'https://archive.ph/oHQSA' }) as never;
    const f = summarisePhases([
      phase('P1', 'Existing', '2024-09-02', '100000', '150'),
      phase('P3', 'Existing', '2025-07-22', '230000', '352.4'),
      phase('P2', 'Existing', '2025-02-18', '200000', '280.3'),
      phase('Next', 'Planned', '', '550000', '1409.4'),
    ]);
    expect(f).toMatchObject({ gpuCount: 230000, gpuPlanned: 550000, gpuAsOf: '2025-07-22', plannedMW: 1409.4, opened: '2024-09-02', expected: '2026' });
  });
});

describe('de-duplication', () => {
  const site = (id: string, ops: string[], lat: number, lon: number, precision: 'site' | 'city' = 'site'): SiteDraft =>
    ({ id, name: id, kind: 'campus', operatorIds: ops, place: { lat, lon, precision }, stamp: '2026-08-01' }) as SiteDraft;
  const colossus = site('epoch-xai-colossus-1', ['xai'], 35.059722, -90.156389);
  it('matches within 2 km and a shared operator only', () => {
    expect(findDuplicate(site('fr-a', ['xai'], 35.0597, -90.1564), [colossus])?.id).toBe('epoch-xai-colossus-1');
    expect(findDuplicate(site('fr-b', ['meta'], 35.0597, -90.1564), [colossus])).toBeUndefined();
    expect(findDuplicate(site('fr-c', ['xai'], 35.2, -90.1564), [colossus])).toBeUndefined();
    expect(findDuplicate(site('fr-d', ['xai'], 35.0597, -90.1564), [site('town', ['xai'], 35.0597, -90.1564, 'city')])).toBeUndefined();
  });
});

describe('aliases', () => {
  it('reports shared aliases unless listed with the same sites', () => {
    const sites = [
      { id: 'aws-ap-northeast-1', name: 'AWS Asia Pacific (Tokyo)', aliases: ['ap-northeast-1'] },
      { id: 'alibaba-cloud-ap-northeast-1', name: 'Alibaba Cloud Japan (Tokyo)', aliases: ['ap-northeast-1'] },
      { id: 'x', name: 'Colossus', aliases: [] },
      { id: 'y', name: 'Other', aliases: ['colossus'] },
    ];
    expect([...sharedAliases(sites).keys()]).toEqual(['ap northeast 1', 'colossus']);
    const listed = [{ alias: 'ap northeast 1', siteIds: ['aws-ap-northeast-1', 'alibaba-cloud-ap-northeast-1'], resolveBy: 'operator' as const }];
    expect(unlistedSharedAliases(sites, listed)).toEqual([{ alias: 'colossus', siteIds: ['x', 'y'] }]);
    expect(tidyAliases('Colossus 2', ['Colossus-2', 'Colossus II', 'colossus ii'])).toEqual(['Colossus II']);
  });
});

describe('sources', () => {
  it('drops tracking parameters, merges duplicates and names archived publishers', () => {
    expect(cleanUrl('https://www.wbrc.com/2025/11/19/x/?fbclid=abc&id=2')).toBe('https://www.wbrc.com/2025/11/19/x/?id=2');
    const out = tidySources([
      { url: 'https://web.archive.org/web/20250515200336/https://www.commerce.gov/news/x', publisher: 'web.archive.org' },
      { url: 'https://web.archive.org/web/20250515200336/https://www.commerce.gov/news/x', title: 'Press release', publisher: 'U.S. Department of Commerce' },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ title: 'Press release', publisher: 'U.S. Department of Commerce' });
    expect(tidySources([{ url: 'https://web.archive.org/web/2025/https://www.commerce.gov/a' }])[0].publisher).toBe('commerce.gov');
  });
});

describe('gazetteer', () => {
  const row = (name: string, country: string, adminCode: string, population: number, lon: number, lat: number): CityRow => ({
    name, country, adminCode, population, altName: '', loc: { coordinates: [lon, lat] },
  });
  const g = makeGazetteer([
    row('Columbus', 'US', 'OH', 905748, -82.99879, 39.96118),
    row('Columbus', 'US', 'GA', 206922, -84.98771, 32.46098),
    row('Jining', 'CN', '25', 450327, 116.58139, 35.405),
    row('Jining', 'CN', '20', 258757, 113.10583, 41.0275),
    row('Frankfurt am Main', 'DE', '05', 650000, 8.68417, 50.11552),
  ]);
  it('honours the US state and prefers big cities elsewhere', () => {
    expect(g.locate('Columbus', 'US', 'GA')?.lat).toBeCloseTo(32.46, 1);
    expect(g.locate('Columbus', 'US', 'TX')).toBeUndefined();
    expect(g.locate('Frankfurt', 'DE')?.name).toBe('Frankfurt am Main');
    expect(g.locate('Ulanqab', 'CN')?.lat).toBeCloseTo(41.03, 1);
  });
});
