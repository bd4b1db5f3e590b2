/** Catalog hygiene: each rule as a test over the built catalog files, and on small drafts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropFamilyAliases, fixOperatorNamedSites, projectStem, campusesFromSplitProjects } from '../../../lib/catalog/seed-build/hygiene';
import { operatorKey } from '../../../lib/catalog/seed-build/operator-registry';
import { OPERATOR_SEEDS } from '../../../lib/catalog/seed-build/operator-seeds';
import { normaliseAlias } from '../../../lib/catalog/seed-build/text';
import type { SiteDraft } from '../../../lib/catalog/seed-build/types';
import { parseSeedFile } from '../../../lib/catalog/seed-update';

const seed = parseSeedFile(readFileSync('public/seed-catalog.json', 'utf8')).seed;
const osm = parseSeedFile(readFileSync('public/catalog/osm.json', 'utf8')).seed;
const all = [...seed.sites, ...osm.sites];
const operators = new Map([...seed.operators, ...osm.operators].map((o) => [o.id, o]));

describe('hygiene over the built catalog (seed + OSM layer)', () => {
  it('an operator name is never a site alias, and no site of a known company is named only after it', () => {
    const curated = new Set(OPERATOR_SEEDS.map((o) => o.id));
    const bad: string[] = [];
    for (const s of all) {
      const names = new Set(s.operatorIds.flatMap((id) => (id === 'undisclosed' ? [] : [operators.get(id)!.name, ...operators.get(id)!.aliases].map(operatorKey))));
      for (const a of s.aliases) if (names.has(operatorKey(a))) bad.push(`${s.id} alias ${a}`);
      if (s.operatorIds.some((id) => curated.has(id)) && names.has(operatorKey(s.name))) bad.push(`${s.id} named ${s.name}`);
    }
    expect(bad).toEqual([]);
  });

  it('a family name that several sites of one company share is no single site\'s alias', () => {
    const bad: string[] = [];
    for (const s of seed.sites) {
      for (const a of s.aliases) {
        const k = `${normaliseAlias(a)} `;
        const others = seed.sites.filter((o) => o.id !== s.id && o.operatorIds.some((id) => id !== 'undisclosed' && s.operatorIds.includes(id)) && normaliseAlias(o.name).startsWith(k));
        if (others.length >= 2) bad.push(`${s.id}: ${a}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('phases of one project are buildings of one campus (QTS Richmond 1-3)', () => {
    const richmond = seed.sites.filter((s) => /^epoch-qts-richmond-\d$/.test(s.id));
    expect(richmond).toHaveLength(3);
    const parent = seed.sites.find((s) => s.id === richmond[0].parentId);
    expect(parent).toMatchObject({ kind: 'campus', name: 'QTS Richmond', operatorIds: richmond[0].operatorIds });
    expect(new Set(richmond.map((s) => s.parentId)).size).toBe(1);
  });

  it('stores the metro news uses beside the municipality', () => {
    const ashburn = all.filter((s) => s.place.city === 'Ashburn' && s.place.precision === 'site');
    expect(ashburn.length).toBeGreaterThan(10);
    expect(ashburn.filter((s) => s.place.metro !== 'Northern Virginia').map((s) => s.id)).toEqual([]);
    expect(all.filter((s) => s.place.metro && normaliseAlias(s.place.metro) === normaliseAlias(s.place.city ?? '')).map((s) => s.id)).toEqual([]);
  });

  it('no alias is a display name with a bracketed place, and codes are never aliases', () => {
    expect(all.filter((s) => s.aliases.some((a) => /\(.*\)/.test(a))).map((s) => s.id)).toEqual([]);
    expect(all.filter((s) => s.aliases.some((a) => s.codes.includes(a))).map((s) => s.id)).toEqual([]);
  });
});

const draft = (id: string, name: string, over: Partial<SiteDraft> = {}): SiteDraft => ({ id, name, kind: 'facility', operatorIds: ['qts'], place: { city: 'Sandston', country: 'US', lat: 37.5, lon: -77.3, precision: 'site' }, stamp: '2026-01-01', ...over });

describe('hygiene rules on drafts', () => {
  it('projectStem reads phases, not building codes', () => {
    expect(projectStem('QTS Richmond 2')).toBe('QTS Richmond');
    expect(projectStem('Project Celtic Phase 1')).toBe('Project Celtic');
    expect(projectStem('Equinix ATL12')).toBeUndefined();
    expect(projectStem('Iron Mountain VA-1')).toBeUndefined();
    expect(projectStem('QTS Manassas DC 2')).toBeUndefined();
  });

  it('groups phases close together into a campus, not ones far apart', () => {
    const lines: string[] = [];
    const near = [draft('a1', 'QTS Richmond 1'), draft('a2', 'QTS Richmond 2', { place: { city: 'Sandston', country: 'US', lat: 37.51, lon: -77.3, precision: 'site' } })];
    const far = [draft('c1', 'xAI Colossus 1', { operatorIds: ['xai'], place: { city: 'Memphis', country: 'US', lat: 35.06, lon: -90.09, precision: 'site' } }), draft('c2', 'xAI Colossus 2', { operatorIds: ['xai'], place: { city: 'Memphis', country: 'US', lat: 34.99, lon: -89.9, precision: 'site' } })];
    const made = campusesFromSplitProjects([...near, ...far], (_r, l) => lines.push(l));
    expect(made.map((c) => [c.id, c.name, c.kind])).toEqual([['campus-qts-richmond-sandston', 'QTS Richmond', 'campus']]);
    expect(near.map((s) => s.parentId)).toEqual(['campus-qts-richmond-sandston', 'campus-qts-richmond-sandston']);
    expect(far.map((s) => s.parentId)).toEqual([undefined, undefined]);
  });

  it('drops a programme name from one site when two others of the company carry it', () => {
    const sites = [draft('s1', 'Stargate Abilene', { operatorIds: ['openai'], aliases: ['Stargate'] }), draft('s2', 'Stargate Shackelford', { operatorIds: ['openai'] }), draft('s3', 'Stargate New Mexico', { operatorIds: ['openai'] })];
    dropFamilyAliases(sites, () => undefined);
    expect(sites[0].aliases).toEqual([]);
  });

  it('renames a site named like a known company and drops company names as aliases', () => {
    const qts = OPERATOR_SEEDS.find((o) => o.id === 'qts')!;
    const s = draft('q', 'QTS', { aliases: ['QTS Data Centers', 'QTS Phoenix campus'], place: { city: 'Phoenix', country: 'US' } });
    fixOperatorNamedSites([s], () => qts, () => true, () => undefined);
    expect(s).toMatchObject({ name: 'QTS data center, Phoenix', aliases: ['QTS Phoenix campus'] });
  });
});
