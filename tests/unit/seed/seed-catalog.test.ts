/**
 * The shipped seed catalog (public/seed-catalog.json): schema-valid, sourced, consistent, and
 * reproducible from ../shared/data by scripts/build-catalog.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_ALIASES } from '../../../lib/catalog/ambiguous-aliases';
import { OperatorSchema, SiteSchema, type Operator, type Site } from '../../../lib/catalog/schema';
import { sharedAliases } from '../../../lib/catalog/seed-build/alias-check';
import { normaliseAlias } from '../../../lib/catalog/seed-build/text';

const repoRoot = path.resolve(__dirname, '../../..');
const seedFile = path.join(repoRoot, 'public/seed-catalog.json');
const raw = readFileSync(seedFile, 'utf8');
const doc = JSON.parse(raw) as { format: string; version: number; exportedAt: string; operators: unknown[]; sites: unknown[]; sightings: unknown[] };
const operators: Operator[] = doc.operators.map((o) => OperatorSchema.parse(o));
const sites: Site[] = doc.sites.map((s) => SiteSchema.parse(s));
const byId = new Map(sites.map((s) => [s.id, s]));

const regionsOf = (op: string) => sites.filter((s) => s.kind === 'region' && s.operatorIds[0] === op);
const findSite = (pred: (s: Site) => boolean) => sites.find(pred);

describe('seed catalog file', () => {
  it('uses the catalog export envelope', () => {
    expect(doc.format).toBe('dc-lens-catalog');
    expect(doc.version).toBe(1);
    expect(doc.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(doc.sightings).toEqual([]);
  });

  it('every record parses with the schemas and is a seed record', () => {
    expect(operators.length).toBe(doc.operators.length);
    for (const s of sites) expect(s.origin).toBe('seed');
    for (const o of operators) expect(o.origin).toBe('seed');
  });

  it('has at least 1,000 sites with unique, sorted ids', () => {
    expect(sites.length).toBeGreaterThanOrEqual(1000);
    const ids = sites.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const opIds = operators.map((o) => o.id);
    expect(new Set(opIds).size).toBe(opIds.length);
  });

  it('every site has at least one source and all source URLs are https', () => {
    for (const s of sites) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const src of s.sources) expect(src.url, s.id).toMatch(/^https:\/\//);
    }
    for (const o of operators) for (const src of o.sources) expect(src.url, o.id).toMatch(/^https:\/\//);
  });

  it("every site's operators and parent exist", () => {
    const opIds = new Set(operators.map((o) => o.id));
    for (const s of sites) {
      for (const id of s.operatorIds) expect(opIds.has(id), `${s.id} -> ${id}`).toBe(true);
      if (s.parentId) expect(byId.has(s.parentId), `${s.id} parent ${s.parentId}`).toBe(true);
    }
  });

  it('credits Epoch AI and FracTracker on every site built from them', () => {
    for (const s of sites) {
      if (s.id.startsWith('epoch-')) expect(s.credits, s.id).toContain('Epoch AI (CC BY 4.0)');
      if (s.id.startsWith('fractracker-')) expect(s.credits, s.id).toContain('FracTracker Alliance');
    }
  });

  it('ships nothing from the ODbL datasets (no OSM / IM3 / dgl provenance)', () => {
    expect(raw).not.toMatch(/openstreetmap|osm_id|IM3|PNNL|dgl\/cloud-regions/i);
  });

  it('shares an alias between sites only when ambiguous-aliases.ts lists it with a rule', () => {
    const listed = new Map(AMBIGUOUS_ALIASES.map((a) => [a.alias, [...a.siteIds].sort()]));
    for (const [alias, ids] of sharedAliases(sites)) {
      expect(listed.get(alias), `"${alias}" is on ${ids.join(', ')}`).toEqual(ids);
    }
    for (const a of AMBIGUOUS_ALIASES) {
      expect(['operator', 'place', 'operator+place']).toContain(a.resolveBy);
      expect(a.alias).toBe(normaliseAlias(a.alias));
      for (const id of a.siteIds) expect(byId.has(id), id).toBe(true);
    }
  });

  it.each([
    ['aws', 30], ['microsoft', 50], ['google', 30], ['oracle', 40],
    ['alibaba-cloud', 10], ['tencent-cloud', 10], ['huawei-cloud', 10],
  ])('%s has at least %i cloud regions', (op, min) => {
    expect(regionsOf(op).length).toBeGreaterThanOrEqual(min);
  });

  it('cloud regions carry their code, metro place and provider source', () => {
    const tokyo = byId.get('aws-ap-northeast-1')!;
    expect(tokyo.regionCode).toBe('ap-northeast-1');
    expect(tokyo.aliases).toContain('ap-northeast-1');
    expect(tokyo.place).toMatchObject({ city: 'Tokyo', country: 'JP', worldRegion: 'asia-pacific', precision: 'city' });
    expect(tokyo.zones).toBeGreaterThanOrEqual(3);
    const ali = byId.get('alibaba-cloud-ap-northeast-1')!;
    expect(ali.name).toBe('Alibaba Cloud Japan (Tokyo)');
    expect(ali.aliases).toContain('Alibaba Cloud Tokyo region');
    expect(byId.get('alibaba-cloud-cn-hangzhou')!.aliases).toContain('cn-hangzhou');
    expect(byId.get('huawei-cloud-af-north-1')!.place.country).toBe('EG');
  });

  it('operators carry footprint facts with date and source for the clouds', () => {
    const aws = operators.find((o) => o.id === 'aws')!;
    expect(aws.aliases).toEqual(expect.arrayContaining(['AWS', 'Amazon Web Services Inc.', 'Amazon']));
    expect(aws.footprint.regions?.value).toBe(regionsOf('aws').filter((r) => r.status === 'operational').length);
    expect(aws.footprint.regions?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(aws.footprint.regions?.source?.url).toMatch(/^https:\/\/aws\.amazon\.com\//);
    const alibaba = operators.find((o) => o.id === 'alibaba-cloud')!;
    expect(alibaba.aliases).toEqual(expect.arrayContaining(['Aliyun', 'Alibaba Group']));
    expect(operators.find((o) => o.id === 'sk-telecom')!.aliases).toContain('SKT');
  });

  it('contains the seed-article facilities', () => {
    const seoul = byId.get('alibaba-cloud-seoul-dc-1')!;
    expect(seoul).toMatchObject({ status: 'operational', parentId: 'alibaba-cloud-ap-northeast-2', place: { country: 'KR' } });
    expect(seoul.dates.opened).toBe('2022');
    expect(byId.get('alibaba-cloud-seoul-dc-2')).toMatchObject({ status: 'announced', dates: { expected: '2025-06' } });
    const tokyoDcs = sites.filter((s) => s.parentId === 'alibaba-cloud-ap-northeast-1');
    expect(tokyoDcs).toHaveLength(5);
    expect(byId.get('alibaba-cloud-tokyo-dc-5')!.dates.opened).toBe('2025');
    const ulsan = byId.get('sk-telecom-aws-ulsan-ai-data-center')!;
    expect(ulsan.operatorIds).toEqual(['sk-telecom', 'aws']);
    expect(ulsan.capacity.plannedMW).toBe(103);
    expect(ulsan.gpus.plannedCount).toBe(60000);
    expect(ulsan).toMatchObject({ status: 'announced', dates: { groundbreaking: '2025-08' }, place: { city: 'Ulsan', country: 'KR' } });
    const uae = findSite((s) => s.aliases.includes('OpenAI Stargate UAE'))!;
    expect(uae.place).toMatchObject({ country: 'AE', city: 'Abu Dhabi' });
    expect(uae.operatorIds).toEqual(expect.arrayContaining(['g42', 'openai']));
    expect(uae.parentId).toBe('uae-us-ai-campus-abu-dhabi');
  });

  it('names AI campuses as news does, with Epoch estimates labelled and dated', () => {
    const c1 = byId.get('epoch-xai-colossus-1')!;
    expect(c1.aliases).toEqual(expect.arrayContaining(['Colossus', 'Colossus 1', 'xAI Colossus']));
    expect(c1.operatorIds[0]).toBe('xai');
    expect(c1.capacity).toMatchObject({ operationalMW: 340, asOf: '2026-08' });
    expect(c1.capacity.note).toContain('Epoch AI estimate');
    expect(c1.gpus.count).toBe(230000);
    expect(byId.get('epoch-xai-colossus-2')!.aliases).toContain('Colossus 2');
    const abilene = byId.get('epoch-stargate-abilene')!;
    expect(abilene.name).toBe('Stargate Abilene');
    expect(abilene.operatorIds).toEqual(expect.arrayContaining(['oracle', 'openai', 'crusoe']));
    expect(abilene.capacity.plannedMW).toBe(2200);
    expect(findSite((s) => s.aliases.includes('Project Rainier'))!.place.admin).toBe('IN');
    expect(findSite((s) => s.aliases.includes('Prometheus'))!.operatorIds).toContain('meta');
    expect(findSite((s) => s.aliases.includes('Hyperion'))!.place.admin).toBe('LA');
    expect(findSite((s) => s.aliases.includes('Fairwater'))!.place.admin).toBe('WI');
  });

  it('FracTracker sites keep status, MW and cost as published', () => {
    const fr = sites.filter((s) => s.id.startsWith('fractracker-'));
    expect(fr.length).toBeGreaterThan(800);
    const marvel = fr.find((s) => s.name === 'Project Marvel')!;
    expect(marvel).toMatchObject({ status: 'announced', place: { city: 'Bessemer', admin: 'AL', country: 'US' } });
    expect(marvel.capacity.plannedMW).toBe(1200);
    expect(marvel.investment).toMatchObject({ text: '$14 billion', usd: 14e9 });
  });
});

describe('build-catalog --check', () => {
  const dataDir = path.resolve(repoRoot, '../shared/data');
  it.skipIf(!existsSync(dataDir))('reproduces the committed seed byte for byte', () => {
    const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
    const res = spawnSync(tsx, ['scripts/build-catalog.ts', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(res.stderr).not.toMatch(/out of date/);
    expect(res.status).toBe(0);
  }, 120_000);
  if (!existsSync(dataDir)) console.warn(`build-catalog --check skipped: ${dataDir} not found`);
});
