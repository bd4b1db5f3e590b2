import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCatalogDb, type CatalogDb } from '../../../lib/catalog/db';
import { CatalogService, CatalogValidationError } from '../../../lib/catalog/service';
import { StaleChangeSetError } from '../../../lib/sync/apply';
import { versionOf } from '../../../lib/sync/stable-json';
import { OPERATORS, SITES, siteById } from './fixture';

let db: CatalogDb;
let service: CatalogService;
let clock: number;
let counter: number;

beforeEach(async () => {
  db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
  clock = Date.parse('2026-11-22T10:00:00.000Z');
  counter = 0;
  service = new CatalogService(db, { now: () => new Date((clock += 1000)), randomId: () => `r${++counter}` });
  await service.bulkPut({ operators: OPERATORS, sites: SITES });
});

afterEach(() => {
  service.dispose();
  db.close();
});

const evidence = {
  url: 'https://www.example.com/news/alibaba-tokyo-fifth',
  title: 'Alibaba Cloud Opens Fifth Tokyo Data Center',
  quote: { exact: 'fifth data center in Tokyo', prefix: 'has launched its ', suffix: ', the company' },
  facts: { operator: 'Alibaba Cloud', location: 'Tokyo', capacityMW: null, gpus: null, investment: null, ordinal: 'fifth', name: null, date: null },
};

describe('CatalogService reads', () => {
  it('gets sites by id, in the order asked, skipping unknown ids', async () => {
    expect((await service.getSite('xai-colossus-1'))?.name).toBe('xAI Colossus 1');
    expect(await service.getSite('nope')).toBeNull();
    expect((await service.getSites(['oci-ap-tokyo-1', 'nope', 'aws-ap-northeast-1'])).map((s) => s.id)).toEqual(['oci-ap-tokyo-1', 'aws-ap-northeast-1']);
  });

  it('reads sites by id without loading the catalog, live ones only, as stored now', async () => {
    const fresh = new CatalogService(db);
    let fullReads = 0;
    const toArray = db.sites.toArray.bind(db.sites);
    db.sites.toArray = (() => (fullReads++, toArray())) as typeof db.sites.toArray;
    try {
      await service.deleteSite('oci-ap-tokyo-1');
      expect((await fresh.sitesById(['xai-colossus-1', 'nope', 'oci-ap-tokyo-1', 'aws-ap-northeast-1'])).map((s) => s.id)).toEqual(['xai-colossus-1', 'aws-ap-northeast-1']);
      expect(fullReads).toBe(0);
      await service.putSite({ ...siteById('xai-colossus-1'), name: 'Colossus renamed' });
      expect((await fresh.sitesById(['xai-colossus-1']))[0].name).toBe('Colossus renamed');
      // Once loaded, from what is loaded (kept current by the change events).
      await fresh.getSnapshot();
      expect((await fresh.sitesById(['xai-colossus-1']))[0].name).toBe('Colossus renamed');
    } finally {
      db.sites.toArray = toArray;
      fresh.dispose();
    }
  });

  it('searches every word over names, codes, places, countries and operators', async () => {
    const ids = async (query: string, extra = {}) => (await service.listSites({ filter: { query }, limit: 100, ...extra })).sites.map((s) => s.id);
    expect(await ids('ap-northeast-2')).toEqual(['alibaba-ap-northeast-2', 'aws-ap-northeast-2']);
    expect((await ids('aws tokyo'))).toEqual(['aws-ap-northeast-1']);
    expect((await ids('amazon seoul'))).toEqual(['aws-ap-northeast-2']);
    expect((await ids('alibaba tokyo'))).toHaveLength(6);
    expect(await ids('japan oracle')).toEqual(expect.arrayContaining(['oci-ap-tokyo-1', 'oci-ap-osaka-1']));
    expect(await ids('colossus')).toEqual(['xai-colossus-1', 'xai-colossus-2']);
    expect(await ids('korea 103')).toEqual([]); // numbers are not searched, words are
    expect(await ids('stargate')).toEqual(['stargate-abilene', 'stargate-uae']);
  });

  it('filters, sorts and pages', async () => {
    const all = await service.listSites({ filter: { country: 'US' }, sort: 'capacity', limit: 2 });
    expect(all.total).toBe(5);
    expect(all.sites.map((s) => s.id)).toEqual(['xai-colossus-2', 'stargate-abilene']);
    const next = await service.listSites({ filter: { country: 'US' }, sort: 'capacity', offset: 2, limit: 2 });
    expect(next.sites.map((s) => s.id)).toEqual(['microsoft-fairwater-wi', 'xai-colossus-1']);
    const aws = await service.listSites({ filter: { operatorId: 'aws', kind: 'facility' } });
    expect(aws.sites.map((s) => s.id)).toEqual(['skt-aws-ulsan-ai']);
    const byName = await service.listSites({ filter: { query: 'tokyo data center' }, sort: 'name', limit: 3 });
    expect(byName.sites.map((s) => s.name)).toEqual(['Alibaba Cloud Tokyo Data Center 1', 'Alibaba Cloud Tokyo Data Center 2', 'Alibaba Cloud Tokyo Data Center 3']);
  });

  it('counts by operator, country, kind, status and origin', async () => {
    const stats = await service.stats();
    expect(stats.total).toBe(SITES.length);
    expect(stats.byOperator[0]).toEqual({ id: 'alibaba-cloud', name: 'Alibaba Cloud', count: 8 });
    expect(stats.byOperator.find((o) => o.id === 'aws')?.count).toBe(6);
    expect(stats.byCountry.find((c) => c.id === 'JP')).toEqual({ id: 'JP', name: 'Japan', count: 14 });
    expect(stats.byKind).toEqual({ region: 21, facility: 6, campus: 5 });
    expect(stats.byOrigin).toEqual({ seed: SITES.length });
    expect(stats.points).toContainEqual([35.06, -90.1, 'campus']);
  });

  it('sorts operators by name', async () => {
    expect((await service.listOperators()).map((o) => o.id).slice(0, 3)).toEqual(['alibaba-cloud', 'aws', 'crusoe']);
  });
});

describe('CatalogService writes', () => {
  it('putSite by a person stamps updatedAt and userEditedAt, keeps origin and createdAt', async () => {
    const before = siteById('aws-ap-northeast-1');
    const saved = await service.putSite({ ...before, zones: 5, origin: 'user', createdAt: '2030-01-01T00:00:00.000Z' });
    expect(saved).toMatchObject({ origin: 'seed', createdAt: before.createdAt, zones: 5 });
    expect(saved.userEditedAt).toBe(saved.updatedAt);
    expect(saved.updatedAt > before.updatedAt).toBe(true);
    expect((await service.getSite(before.id))?.zones).toBe(5); // the cached view was refreshed
  });

  it('putSite creates a user site with a fresh id and validates it', async () => {
    const created = await service.putSite({ name: 'Alibaba Cloud Tokyo Data Center 6', kind: 'facility', operatorIds: ['alibaba-cloud'], place: { city: 'Tokyo', country: 'JP' } });
    expect(created.id).toBe('user-r1');
    expect(created.origin).toBe('user');
    expect((await service.listSites({ filter: { query: 'tokyo data center 6' } })).sites.map((s) => s.id)).toEqual(['user-r1']);

    await expect(service.putSite({ name: 'x', kind: 'facility', operatorIds: ['nobody'] })).rejects.toThrow(CatalogValidationError);
    const bad = await service.putSite({ name: '', kind: 'moon base', operatorIds: ['aws'], sources: [{ url: 'javascript:alert(1)' }] }).catch((e) => e);
    expect(bad).toBeInstanceOf(CatalogValidationError);
    expect((bad as CatalogValidationError).issues.map((i) => i.path).sort()).toEqual(['kind', 'name', 'sources.0.url']);
  });

  it('soft deletes with an undo token; an old token does not revive a later deletion', async () => {
    const first = await service.deleteSite('xai-colossus-1');
    expect(first?.token).toMatch(/^xai-colossus-1@/);
    expect(await service.getSite('xai-colossus-1')).toBeNull();
    expect((await service.getSite('xai-colossus-1', { includeDeleted: true }))?.deletedAt).toBeDefined();
    expect((await service.listSites({ filter: { query: 'colossus' } })).sites.map((s) => s.id)).toEqual(['xai-colossus-2']);
    expect((await service.listSites({ filter: { query: 'colossus', includeDeleted: true } })).total).toBe(2);
    expect(await service.deleteSite('xai-colossus-1')).toBeNull();

    expect((await service.restoreSite(first!.token))?.deletedAt).toBeUndefined();
    const second = await service.deleteSite('xai-colossus-1');
    expect(await service.restoreSite(first!.token)).toBeNull();
    expect(await service.restoreSite(second!.token)).not.toBeNull();
    await service.deleteSite('xai-colossus-1');
    expect(await service.restoreSite('xai-colossus-1')).not.toBeNull(); // a plain id works too
    expect((await service.getResolver()).resolve({ text: 'Colossus' })[0]?.siteId).toBe('xai-colossus-1');
  });

  it('keeps sightings, one per quote and page', async () => {
    const a = await service.addSighting({ ...evidence, siteId: 'alibaba-tokyo-dc-5', seenAt: '2026-11-20T09:00:00.000Z' });
    const again = await service.addSighting({ ...evidence, siteId: 'alibaba-tokyo-dc-5', seenAt: '2026-11-21T09:00:00.000Z' });
    expect(again.id).toBe(a.id);
    await service.addSighting({ ...evidence, quote: { exact: 'Fifth Tokyo Data Center' }, siteId: 'alibaba-tokyo-dc-5' });
    const list = await service.sightingsForSite('alibaba-tokyo-dc-5');
    expect(list).toHaveLength(2);
    expect(list[0].seenAt > list[1].seenAt).toBe(true);
    expect(await service.countSightings('alibaba-tokyo-dc-5')).toBe(2);
    await expect(service.addSighting({ ...evidence, siteId: 'no-such-site' })).rejects.toThrow(/no site/);
    await expect(service.addSighting({ ...evidence, url: 'javascript:alert(1)' })).rejects.toThrow(CatalogValidationError);
  });

  it('gives an export every record: soft-deleted sites, sightings, and what a write made around it holds', async () => {
    await service.addSighting({ ...evidence, siteId: 'alibaba-tokyo-dc-5' });
    await service.deleteSite('xai-colossus-1');
    const all = await service.allRecords();
    expect(all.sites).toHaveLength(SITES.length);
    expect(all.sites.find((s) => s.id === 'xai-colossus-1')?.deletedAt).toBeDefined();
    expect(all.sightings.map((s) => s.siteId)).toEqual(['alibaba-tokyo-dc-5']);
    await db.sites.put({ ...siteById('aws-ap-northeast-1'), name: 'Renamed around the service' });
    expect((await service.allRecords()).sites.find((s) => s.id === 'aws-ap-northeast-1')?.name).toBe('Renamed around the service');
  });

  it('gives an export the records stored now, not a loaded copy of another revision', async () => {
    const stamped = await openCatalogDb('dc-lens-stamped', { indexedDB: new IDBFactory(), IDBKeyRange, recordStamp: 'stamp-t' });
    await stamped.operators.bulkPut([...OPERATORS]);
    await stamped.sites.bulkPut([...SITES]);
    // As a woken worker's copy from its previous life, made before the last write.
    const woken = new CatalogService(stamped, { initialRecords: { sites: [], operators: [], revision: 'an-older-revision' } });
    const all = await woken.allRecords();
    expect(all.sites).toHaveLength(SITES.length);
    expect(all.operators).toHaveLength(OPERATORS.length);
    woken.dispose();
    stamped.close();
  });

  it("saveUserSite stamps a person's site, creates typed operators first and keeps the page as a sighting", async () => {
    const { id: _id, origin: _o, createdAt: _c, updatedAt: _u, ...fields } = siteById('alibaba-tokyo-dc-5');
    const site = await service.saveUserSite({ ...fields, name: 'Alibaba Tokyo 6', newOperatorNames: ['Univa Inc.'] }, evidence);
    expect(site).toMatchObject({ name: 'Alibaba Tokyo 6', origin: 'user', userEditedAt: site.updatedAt });
    expect(site.id).toMatch(/^user-/);
    expect(site.operatorIds).toEqual(['user-univa-r1', ...fields.operatorIds]);
    expect(await service.countSightings(site.id)).toBe(1);
    // A bad sighting refuses the save: no site, no operator.
    const before = (await service.listSites({ filter: { includeDeleted: true }, limit: 1 })).total;
    await expect(service.saveUserSite({ ...fields, name: 'Alibaba Tokyo 7', newOperatorNames: ['Zeta Corp'] }, { ...evidence, url: 'ftp://x' })).rejects.toThrow(CatalogValidationError);
    expect((await service.listSites({ filter: { includeDeleted: true }, limit: 1 })).total).toBe(before);
    expect((await service.listOperators()).some((o) => o.name === 'Zeta Corp')).toBe(false);
  });

  it('ensureUserOperator finds a known operator by any spelling, or creates one', async () => {
    expect((await service.ensureUserOperator('Microsoft Corp.')).id).toBe('microsoft');
    const created = await service.ensureUserOperator('Univa Inc.');
    expect(created).toMatchObject({ id: 'user-univa-r1', name: 'Univa Inc.', origin: 'user', kind: 'developer' });
    expect((await service.ensureUserOperator('UNIVA')).id).toBe(created.id);
  });

  it('a person editing a seed operator makes it theirs', async () => {
    const aws = OPERATORS.find((o) => o.id === 'aws')!;
    const edited = await service.putOperator({ ...aws, aliases: [...aws.aliases, 'Amazon AWS'] });
    expect(edited.origin).toBe('user');
    expect(edited.createdAt).toBe(aws.createdAt);
  });

  it('bulkPut is all or nothing', async () => {
    const good = { ...siteById('xai-colossus-1'), id: 'import-1', origin: 'import' };
    const dangling = { ...siteById('xai-colossus-1'), id: 'import-2', operatorIds: ['unknown-op'] };
    await expect(service.bulkPut({ sites: [good, dangling] })).rejects.toThrow(/unknown operator unknown-op/);
    expect(await service.getSite('import-1')).toBeNull();
    const invalid = await service.bulkPut({ sites: [good, { ...good, id: 'BAD ID' }] }).catch((e) => e);
    expect((invalid as CatalogValidationError).issues[0].path).toBe('sites[1].id');
    expect(await service.bulkPut({ sites: [good] })).toEqual({ sites: 1, operators: 0, sightings: 0 });
  });

  it('allRecords exports tombstones and skips invalid stored rows', async () => {
    await service.deleteSite('stargate-uae');
    await db.sites.put({ id: 'broken' } as never);
    const all = await service.allRecords();
    expect(all.sites).toHaveLength(SITES.length);
    expect(all.sites.find((s) => s.id === 'stargate-uae')?.deletedAt).toBeDefined();
    expect(all.operators).toHaveLength(OPERATORS.length);
    expect(all.problems.map((p) => p.id)).toEqual(['broken']);
  });

  it('sees writes made around it (another module writing to the tables)', async () => {
    expect(await service.getSite('aws-ap-northeast-1')).not.toBeNull();
    await db.sites.delete('aws-ap-northeast-1');
    expect(await service.getSite('aws-ap-northeast-1')).toBeNull();
    expect((await service.liveRecords()).sites).toHaveLength(SITES.length - 1);
  });
});

describe('CatalogService values kept beside the records, and writes that land together', () => {
  const site = (id: string) => siteById(id);
  const update = (id: string, name: string) => ({ operators: [], sites: [{ record: { ...site(id), name }, expected: versionOf(site(id)) }], sightings: [] });

  it('stores values by key and lists them by prefix; never under a key the catalog keeps itself', async () => {
    await service.storeValue('source:b', { n: 2 });
    await service.storeValue('source:a', { n: 1 });
    await service.storeValue('base:a', { n: 3 });
    expect(await service.storedValue('source:a')).toEqual({ n: 1 });
    expect(await service.storedValue('source:none')).toBeUndefined();
    expect(await service.storedValues('source:')).toEqual([{ n: 1 }, { n: 2 }]);
    await service.applyChanges(update('xai-colossus-2', 'Colossus Two'), { record: { id: 'import-0001', at: '2026-11-20T09:00:00.000Z', label: 'a.json' } });
    expect((await service.importRecord('import-0001'))?.applied).toBe(1);
    expect(await service.storedValues('')).toEqual([{ n: 3 }, { n: 1 }, { n: 2 }]); // not the import record
    for (const key of ['recordsRevision', 'seedVersion', 'import:import-0001']) {
      await expect(service.storeValue(key, 'x')).rejects.toThrow(/keeps itself/);
      await expect(service.writeTogether({ deleteKeys: [key] })).rejects.toThrow(/keeps itself/);
      await expect(service.applyChanges(update('xai-colossus-1', 'X'), { also: { storeValues: { [key]: 1 } } })).rejects.toThrow(/keeps itself/);
    }
    expect((await service.getSite('xai-colossus-1'))?.name).toBe('xAI Colossus 1');
  });

  it('applies a change set with sites deleted for good and values stored in the same transaction, and shows it at once', async () => {
    await service.storeValue('source:a', 'old');
    await service.applyChanges(update('xai-colossus-1', 'Colossus One'), {
      also: { deleteSiteIds: ['stargate-uae'], storeValues: { 'source:a': 'new', 'base:a': [1] } },
    });
    expect((await service.getSite('xai-colossus-1'))?.name).toBe('Colossus One');
    expect(await service.getSite('stargate-uae', { includeDeleted: true })).toBeNull(); // gone, not a tombstone
    expect(await service.storedValues('')).toEqual([[1], 'new']);
  });

  it('writes nothing of `also` when the change set is refused', async () => {
    await service.putSite({ ...site('xai-colossus-1'), name: 'Edited meanwhile' });
    const refused = service.applyChanges(update('xai-colossus-1', 'Colossus One'), { also: { deleteSiteIds: ['stargate-uae'], storeValues: { 'source:a': 'new' } } });
    await expect(refused).rejects.toBeInstanceOf(StaleChangeSetError);
    expect(await service.getSite('stargate-uae')).not.toBeNull();
    expect(await service.storedValue('source:a')).toBeUndefined();
  });

  it('writeTogether removes sites for good with their values', async () => {
    await service.storeValue('source:a', 'state');
    await service.storeValue('base:a', 'base');
    await service.writeTogether({ deleteSiteIds: ['stargate-uae', 'stargate-abilene'], deleteKeys: ['source:a', 'base:a'] });
    expect((await service.listSites({ filter: { query: 'stargate', includeDeleted: true } })).total).toBe(0);
    expect(await service.storedValues('')).toEqual([]);
    expect(service.recordStamp).toBeUndefined(); // opened without one: every row is parsed
  });
});
