/** Open Data Center Atlas and SovereignSky transforms and the same-facility merge, on records written for this test. */
import { describe, expect, it } from 'vitest';
import { ATLAS_CREDIT, atlasSite, atlasSites, AtlasRecordSchema, sameAtlasSite } from '../../../lib/catalog/seed-build/atlas';
import { mergeFacts } from '../../../lib/catalog/seed-build/merge-facts';
import { OperatorRegistry } from '../../../lib/catalog/seed-build/operator-registry';
import { sovereignSkySites, splitSiteName } from '../../../lib/catalog/seed-build/sovereignsky';
import type { SiteDraft } from '../../../lib/catalog/seed-build/types';

const record = (over: Record<string, unknown> = {}) => ({
  id: 'polder-ai-campus',
  name: 'Polder AI campus PLD1',
  aliases: ['PLD1 Polderstad'],
  summary: '',
  location: { country: 'NL', admin1: 'Flevoland', locality: 'Polderstad (north)', lat: 52.5, lon: 5.5, precision: 'locality' },
  status: 'partially_operational',
  status_as_of: '2026-03-01',
  parties: [{ name: 'Equinix', role: 'operator' }, { name: 'Microsoft', role: 'tenant' }],
  metrics: [
    { metric: 'power_capacity', value: 40, qualifier: 'exact', unit: 'MW', basis: 'operational', power_scope: 'it_load', applies_to: 'campus', as_of: '2026-03-01' },
    { metric: 'power_capacity', value: 300, qualifier: 'up_to', unit: 'MW', basis: 'planned', power_scope: 'unspecified', applies_to: 'campus', as_of: '2026-05-01' },
    { metric: 'power_capacity', value: 20, unit: 'MW', basis: 'planned', applies_to: 'phase', as_of: '2026-06-01' },
    { metric: 'investment', value: 2000000000, qualifier: 'exact', unit: 'EUR', basis: 'reported', applies_to: 'campus', as_of: '2025-11-01' },
  ],
  milestones: [{ event: 'announced', date: '2024-02', kind: 'actual' }, { event: 'first_operational', date: '2027', kind: 'planned' }],
  sources: [{ url: 'https://example.org/polder', title: 'Polder campus', publisher: 'Example', published: '2026-03-01' }, { url: 'javascript:alert(1)' }],
  last_reviewed: '2026-10-09',
  ...over,
});
const site = (over: Partial<SiteDraft>): SiteDraft => ({ id: 'x', name: 'x', kind: 'campus', operatorIds: ['equinix'], place: { country: 'NL' }, stamp: '2026-01-01', ...over });

describe('Open Data Center Atlas', () => {
  it('keeps MW with basis, scope and date; investment in its currency; milestones as dates; https sources only', () => {
    const { site: s, partyIds } = atlasSite(AtlasRecordSchema.parse(record()), new OperatorRegistry());
    expect(s).toMatchObject({
      id: 'atlas-polder-ai-campus', kind: 'campus', operatorIds: ['equinix'], codes: ['PLD1'], status: 'operational',
      place: { city: 'Polderstad', admin: 'Flevoland', country: 'NL', precision: 'city' },
      capacity: { operationalMW: 40, plannedMW: 300, asOf: '2026-05-01', note: 'Open Data Center Atlas: up to 300 MW planned, scope unspecified' },
      investment: { amount: 2e9, currency: 'EUR', text: '2,000,000,000 EUR', asOf: '2025-11-01' },
      dates: { announced: '2024-02', expected: '2027' },
      credits: [ATLAS_CREDIT],
    });
    expect(s.investment?.usd).toBeUndefined();
    expect(s.sources?.map((x) => x.url)).toEqual(['https://kiankyars.github.io/semiconductor-atlas/', 'https://example.org/polder']);
    expect(partyIds).toEqual(expect.arrayContaining(['equinix', 'microsoft']));
  });

  it('finds the existing campus by company + distance or company + town, never by name alone', () => {
    const reg = new OperatorRegistry();
    const { site: s, partyIds } = atlasSite(AtlasRecordSchema.parse(record()), reg);
    const sameName = site({ id: 'other-co', name: 'Polder AI campus PLD1', operatorIds: ['google'], place: { country: 'NL', city: 'Polderstad' } });
    const near = site({ id: 'epoch-near', operatorIds: ['microsoft'], place: { country: 'NL', lat: 52.55, lon: 5.5, precision: 'site' } });
    const far = site({ id: 'far', operatorIds: ['equinix'], place: { country: 'NL', lat: 53.2, lon: 6.5, precision: 'site' } });
    expect(sameAtlasSite(s, partyIds, [sameName, far])).toBeUndefined();
    expect(sameAtlasSite(s, partyIds, [sameName, near, far])?.id).toBe('epoch-near');
    const town = site({ id: 'town', operatorIds: ['equinix'], place: { country: 'NL', city: 'Polderstad' } });
    expect(sameAtlasSite(s, partyIds, [town])?.id).toBe('town');
  });

  it('merges into the existing site: its id and values stay, the Atlas fills gaps and keeps a conflicting figure in a dated note', () => {
    const existing = site({ id: 'epoch-polder', name: 'Polder', operatorIds: ['equinix'], capacity: { plannedMW: 500, asOf: '2026-08' }, place: { country: 'NL', city: 'Polderstad' }, sources: [{ url: 'https://example.org/epoch' }], credits: ['Epoch AI (CC BY 4.0)'] });
    const lines: string[] = [];
    const added = atlasSites([record(), { id: 'BROKEN' }], new OperatorRegistry(), [existing], (rule, line) => lines.push(`${rule}: ${line}`));
    expect(added).toEqual([]);
    expect(existing).toMatchObject({ id: 'epoch-polder', name: 'Polder', capacity: { plannedMW: 500, asOf: '2026-08' }, codes: ['PLD1'], credits: ['Epoch AI (CC BY 4.0)', ATLAS_CREDIT] });
    expect(existing.notes).toBe('Open Data Center Atlas, as of 2026-05-01: in service 40 MW; planned 300 MW.');
    expect(existing.sources?.map((x) => x.url)).toContain('https://example.org/polder');
    expect(lines).toEqual(['atlas: same campus as an existing record, merged: atlas-polder-ai-campus -> epoch-polder (kept both: in service 40 MW; planned 300 MW)', expect.stringMatching(/^atlas: records refused \(schema\): BROKEN/)]);
  });
});

describe('mergeFacts', () => {
  it('does not call equal figures a conflict and keeps the existing status beside a dated other one', () => {
    const t = site({ status: 'operational', capacity: { operationalMW: 100 } });
    expect(mergeFacts(t, site({ status: 'operational', capacity: { operationalMW: 102, asOf: '2026-01' } }), { label: 'X' })).toEqual([]);
    expect(mergeFacts(t, site({ status: 'announced', capacity: { asOf: '2026-02' } }), { label: 'X' })).toEqual(['status announced']);
    expect(t.status).toBe('operational');
    expect(t.notes).toBe('X, as of 2026-02: status announced.');
  });
});

describe('SovereignSky', () => {
  it('reads codes and drops bracketed places from names', () => {
    expect(splitSiteName('OSL01 (Økern / Ulven)', 'Oslo')).toEqual({ code: 'OSL01', label: 'Økern / Ulven' });
    expect(splitSiteName('Copenhagen CPH1', 'Ballerup')).toEqual({ code: 'CPH1', label: 'Copenhagen' });
    expect(splitSiteName('Pionen (Stockholm)', 'Stockholm')).toEqual({ label: 'Pionen' });
    expect(splitSiteName('Oslo (Hovinbyen)', 'Oslo')).toEqual({ label: 'Hovinbyen' });
    expect(splitSiteName('Helsinki (The Air)', 'Vantaa')).toEqual({ label: 'Helsinki The Air' });
  });

  const row = (over: Record<string, string>) => ({
    provider_id: 'equinix', provider_name: 'Equinix', provider_type: 'datacenter_operator', provider_hq_country: 'US', site_code: 'he5', site_name: 'Helsinki HE5',
    city: 'Helsinki', country_code: 'FI', lat: '60.2', lon: '24.9', source_url: 'https://example.org/he5', updated: '2025-12-19', source_file: 'x', ...over,
  });

  it('builds operator-coded buildings and cloud regions; folds rows into the seed by code or by cloud + city', () => {
    const reg = new OperatorRegistry();
    const seeded = site({ id: 'equinix-he5', kind: 'facility', codes: ['HE5'], place: { country: 'FI', city: 'Helsinki' } });
    const ovhFra = site({ id: 'ovhcloud-de1', kind: 'region', operatorIds: ['ovhcloud'], regionCode: 'DE1', place: { country: 'DE', city: 'Frankfurt' } });
    const lines: string[] = [];
    const out = sovereignSkySites(
      [
        row({}),
        row({ site_code: 'he6', site_name: 'Espoo HE6', city: 'Espoo' }),
        row({ provider_id: 'ovh', provider_name: 'OVHcloud', provider_type: 'regional_cloud', site_code: 'fra', site_name: 'Frankfurt', city: 'Frankfurt', country_code: 'DE' }),
        row({ provider_id: 'elastx', provider_name: 'Elastx', provider_type: 'regional_cloud', site_code: 'sto1', site_name: 'Stockholm South', city: 'Stockholm', country_code: 'SE' }),
        row({ provider_id: 'elastx', provider_name: 'Elastx', provider_type: 'regional_cloud', site_code: 'sto2', site_name: 'Stockholm West', city: 'Stockholm', country_code: 'SE' }),
      ],
      reg,
      [seeded, ovhFra],
      (_rule, line) => lines.push(line),
    );
    expect(lines).toEqual(['sovereignsky-equinix-he5 -> equinix-he5', 'sovereignsky-ovh-fra -> ovhcloud-de1']);
    expect(out.map((s) => [s.id, s.name, s.kind, s.codes, s.regionCode])).toEqual([
      ['sovereignsky-equinix-he6', 'Equinix HE6', 'facility', ['HE6'], undefined],
      ['sovereignsky-elastx-sto1', 'Elastx Stockholm South', 'region', [], 'sto1'],
      ['sovereignsky-elastx-sto2', 'Elastx Stockholm West', 'region', [], 'sto2'],
    ]);
    expect(out[0].place).toMatchObject({ city: 'Espoo', country: 'FI', precision: 'city' });
  });
});
