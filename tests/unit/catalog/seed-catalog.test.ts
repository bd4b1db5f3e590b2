/**
 * The catalog queries on the real bundled seed (public/seed-catalog.json, built by
 * scripts/build-catalog.ts): the cases of the two seed articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildCatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { compare } from '../../../lib/catalog/compare';
import { openCatalogDb } from '../../../lib/catalog/db';
import { resolverFor } from '../../../lib/catalog/resolve';
import { installSeed, parseSeedFile } from '../../../lib/catalog/seed-update';
import { CatalogService } from '../../../lib/catalog/service';

const path = new URL('../../../public/seed-catalog.json', import.meta.url);
const present = existsSync(path);
const text = present ? readFileSync(path, 'utf8') : '{"operators":[],"sites":[]}';
const { seed, invalid } = parseSeedFile(text);
const snapshot = buildCatalogSnapshot(seed.sites, seed.operators);
const resolver = resolverFor(snapshot);

describe.skipIf(!present)('catalog queries on the bundled seed', () => {
  it('every seed record is valid and every site\'s operators exist', () => {
    expect(invalid).toEqual([]);
    expect(seed.sites.length).toBeGreaterThan(1000);
    const missing = seed.sites.flatMap((s) => s.operatorIds.filter((id) => !snapshot.operatorById.has(id)).map((id) => `${s.id} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('"ap-northeast-2" is AWS Seoul', () => {
    const [first] = resolver.resolve({ text: 'ap-northeast-2' });
    expect(snapshot.siteById.get(first.siteId)).toMatchObject({ operatorIds: ['aws'], place: { city: 'Seoul', country: 'KR' } });
    expect(resolver.resolve({ text: 'ap-northeast-2', operatorIds: ['alibaba-cloud'] })[0].siteId).toBe('alibaba-cloud-ap-northeast-2');
  });

  it('Alibaba Cloud\'s fifth data center in Tokyo is a Tokyo site of Alibaba', () => {
    const operatorIds = resolver.operatorIdsFor('Alibaba Cloud');
    expect(operatorIds).toEqual(['alibaba-cloud']);
    const [first] = resolver.resolve({ operatorIds, city: 'Tokyo', ordinal: 5, kind: 'facility' });
    const site = snapshot.siteById.get(first.siteId)!;
    expect(site.operatorIds).toContain('alibaba-cloud');
    expect(site.place.city).toBe('Tokyo');
    expect(site.kind).toBe('facility');
    expect(first.siteId).toBe('alibaba-cloud-tokyo-dc-5');
  });

  it('the Ulsan AI data center of SK Telecom and AWS', () => {
    const operatorIds = resolver.operatorIdsFor('SK Telecom Co. and Amazon Web Services Inc.');
    expect(operatorIds).toEqual(['sk-telecom', 'aws']);
    expect(resolver.resolve({ operatorIds, city: 'Ulsan', kind: 'facility' })[0].siteId).toBe('sk-telecom-aws-ulsan-ai-data-center');
  });

  it('names news uses', () => {
    expect(resolver.resolve({ text: 'Colossus' })[0]).toMatchObject({ siteId: 'epoch-xai-colossus-1', confidence: 1 });
    expect(resolver.resolve({ text: 'Stargate Abilene' })[0]).toMatchObject({ siteId: 'epoch-stargate-abilene', confidence: 1 });
    // A bare code is in site.codes, not an alias: it names the site only with its operator.
    expect(resolver.resolve({ text: 'Equinix TY11' })[0]?.siteId).toBe('equinix-ty11');
    expect(resolver.resolve({ operatorIds: ['openai'], city: 'Abilene', admin: 'Texas' })[0]?.siteId).toBe('epoch-stargate-abilene');
  });

  it('compare for Alibaba in Tokyo lists AWS, Azure, Google and Oracle in Tokyo and in Japan', () => {
    const c = compare({ siteId: 'alibaba-cloud-tokyo-dc-5', operatorIds: ['alibaba-cloud'], place: { city: 'Tokyo' } }, snapshot);
    const [city, country, region] = c.scopes;
    expect([city.label, country.label, region.label]).toEqual(['Tokyo', 'Japan', 'Asia-Pacific']);
    for (const scope of [city, country]) {
      const ids = scope.operators.map((o) => o.operatorId);
      expect(ids).toEqual(expect.arrayContaining(['alibaba-cloud', 'aws', 'microsoft', 'google', 'oracle']));
    }
    expect(city.operators.find((o) => o.operatorId === 'alibaba-cloud')).toMatchObject({ isSubject: true, sites: 6 });
    expect(c.footprints[0]).toMatchObject({ operatorId: 'alibaba-cloud', isSubject: true });
    expect(c.footprints.map((f) => f.operatorId)).toEqual(expect.arrayContaining(['aws', 'microsoft', 'google', 'oracle']));
  });

  it('compare ranks Stargate Abilene among US campuses by MW', () => {
    const c = compare({ siteId: 'epoch-stargate-abilene', operatorIds: [], place: {} }, snapshot);
    const us = c.scopes.find((s) => s.scope === 'country')!;
    expect(us.rankByMW?.rank).toBeGreaterThan(0);
    expect(us.rankByMW!.of).toBeGreaterThan(100);
    expect(us.topSites.some((s) => s.isSubject)).toBe(true);
  });

  it('installs into IndexedDB and searches', async () => {
    const db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
    const r = await installSeed(db, text);
    expect(r.applied).toBe(true);
    expect(r.counts?.added).toBe(seed.sites.length);
    expect((await installSeed(db, text)).applied).toBe(false);
    const service = new CatalogService(db);
    const found = await service.listSites({ filter: { query: 'aws seoul' } });
    expect(found.sites[0]?.id).toBe('aws-ap-northeast-2');
    expect((await service.listSites({ filter: { query: 'texas stargate' } })).sites.map((s) => s.id)).toContain('epoch-stargate-abilene');
    const stats = await service.stats();
    expect(stats.total).toBe(seed.sites.length);
    service.dispose();
    db.close();
  });
});
