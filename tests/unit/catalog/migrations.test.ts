import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCatalogDb, readSites, type ReadProblem } from '../../../lib/catalog/db';
import { LATEST_CATALOG_VERSION, upgradeLegacySite } from '../../../lib/catalog/migrations';
import { T0 } from './fixture';

/** A site as v1 stored it: power as one `mw` number. */
const legacy = (id: string, mw: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Legacy ${id}`,
  aliases: [],
  kind: 'campus',
  operatorIds: ['xai'],
  status: 'operational',
  place: { city: 'Memphis', country: 'US' },
  gpus: {},
  investment: {},
  dates: {},
  sources: [],
  credits: [],
  origin: 'user',
  createdAt: T0,
  updatedAt: T0,
  mw,
  ...extra,
});

describe('catalog database migrations', () => {
  it('opens a v1 database with v2: capacity moves into the new shape, the city index works', async () => {
    const indexedDB = new IDBFactory();
    const v1 = await openCatalogDb('dc-lens-test', { indexedDB, IDBKeyRange, version: 1 });
    expect(v1.verno).toBe(1);
    await v1.table('sites').bulkPut([
      legacy('colossus-legacy', 300),
      legacy('no-power', undefined),
      legacy('already-new', 5, { capacity: { operationalMW: 7, plannedMW: 20 } }),
      legacy('garbage', 'lots', { operatorIds: [] }),
    ]);
    await v1.table('meta').put({ key: 'seedVersion', value: 'v1-seed' });
    v1.close();

    const db = await openCatalogDb('dc-lens-test', { indexedDB, IDBKeyRange, version: 2 });
    expect(db.verno).toBe(2);
    const raw = await db.sites.toArray();
    expect(raw.every((r) => !('mw' in r))).toBe(true);

    const problems: ReadProblem[] = [];
    const sites = readSites(raw, problems);
    const byId = Object.fromEntries(sites.map((s) => [s.id, s]));
    expect(byId['colossus-legacy'].capacity).toEqual({ operationalMW: 300 });
    expect(byId['no-power'].capacity).toEqual({});
    expect(byId['already-new'].capacity).toEqual({ operationalMW: 7, plannedMW: 20 });
    // An invalid stored record is skipped and reported, not returned and not destroyed.
    expect(byId.garbage).toBeUndefined();
    expect(problems).toEqual([{ table: 'sites', id: 'garbage', message: expect.stringContaining('operatorIds') }]);
    expect(raw.some((r) => r.id === 'garbage')).toBe(true);

    expect((await db.sites.where('place.city').equals('Memphis').primaryKeys()).sort()).toEqual([
      'already-new',
      'colossus-legacy',
      'garbage',
      'no-power',
    ]);
    expect((await db.meta.get('seedVersion'))?.value).toBe('v1-seed');
    db.close();
  });

  it('opens a v2 database with v3: the records stay, the indexes on sites and operators go, the sightings keep theirs', async () => {
    const indexedDB = new IDBFactory();
    const v2 = await openCatalogDb('dc-lens-v2', { indexedDB, IDBKeyRange, version: 2 });
    await v2.table('sites').bulkPut([legacy('a', 1), legacy('b', 2)]);
    await v2.table('operators').put({ id: 'xai', name: 'xAI', aliases: ['X.AI'] });
    v2.close();
    const db = await openCatalogDb('dc-lens-v2', { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(LATEST_CATALOG_VERSION);
    expect((await db.sites.toArray()).map((s) => s.id)).toEqual(['a', 'b']);
    expect(await db.operators.count()).toBe(1);
    const indexes = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames];
    expect(indexes('sites')).toEqual([]);
    expect(indexes('operators')).toEqual([]);
    expect(indexes('sightings').sort()).toEqual(['seenAt', 'siteId', 'url']);
    db.close();
  });

  it('the read path also upgrades a legacy record written after the upgrade', () => {
    expect(readSites([legacy('late', 42)])[0].capacity.operationalMW).toBe(42);
    expect(upgradeLegacySite({ id: 'x', mw: -3 })).toEqual({ id: 'x', capacity: {} });
    expect(upgradeLegacySite(null)).toBeNull();
  });
});
