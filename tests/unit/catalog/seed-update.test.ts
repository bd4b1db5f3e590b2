import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMeta, openCatalogDb } from '../../../lib/catalog/db';
import { SiteSchema, type Site } from '../../../lib/catalog/schema';
import { fingerprint, installLayer, installSeed, OSM_LAYER, parseSeedFile, parsesToItself, planSeedUpdate, type SeedCatalog } from '../../../lib/catalog/seed-update';
import { CatalogService } from '../../../lib/catalog/service';
import { OPERATORS, SITES, siteById } from './fixture';

const T1 = '2026-09-01T00:00:00.000Z';
const edited = (s: Site, changes: Partial<Site>): Site => SiteSchema.parse({ ...s, ...changes });

function seedFile(sites: Site[], exportedAt = T1, operators = OPERATORS) {
  return JSON.stringify({ format: 'dc-lens-catalog', version: 1, exportedAt, operators, sites, sightings: [] });
}

describe('planSeedUpdate (pure)', () => {
  const colossus = siteById('xai-colossus-1');
  const abilene = siteById('stargate-abilene');
  const tokyo = siteById('aws-ap-northeast-1');
  const seoul = siteById('aws-ap-northeast-2');
  const osaka = siteById('aws-ap-northeast-3');

  it('updates untouched seed sites, keeps edited, deleted and user sites', () => {
    const current = [
      colossus,
      edited(abilene, { notes: 'my note', userEditedAt: T1 }),
      edited(tokyo, { deletedAt: T1 }),
      edited(seoul, { origin: 'user' }),
      osaka,
    ];
    const next = (s: Site) => edited(s, { capacity: { operationalMW: 999 }, updatedAt: T1 });
    const seed: SeedCatalog = { version: 'v2', operators: OPERATORS, sites: [next(colossus), next(abilene), next(tokyo), next(seoul), osaka] };
    const plan = planSeedUpdate({ sites: current, operators: OPERATORS }, seed);
    expect(plan.putSites.map((s) => s.id)).toEqual(['xai-colossus-1']);
    expect(plan.putSites[0].capacity.operationalMW).toBe(999);
    expect(plan.counts).toMatchObject({ added: 0, updated: 1, unchanged: 1, keptEdited: 2, keptNotSeed: 1, removed: 0 });
    expect(plan.putOperators).toEqual([]);
  });

  it('adds new seed sites and removes dropped ones only when untouched and unreferenced', () => {
    const dc1 = siteById('alibaba-tokyo-dc-1'); // its parent is the Alibaba Tokyo region
    const region = siteById('alibaba-ap-northeast-1');
    const userChild = edited(siteById('alibaba-tokyo-dc-2'), { id: 'user-child', origin: 'user', parentId: 'alibaba-ap-northeast-1' });
    const current = [colossus, abilene, osaka, region, edited(tokyo, { userEditedAt: T1 }), userChild];
    const seed: SeedCatalog = { version: 'v2', operators: OPERATORS, sites: [dc1] };
    const plan = planSeedUpdate({ sites: current, operators: OPERATORS, sightedSiteIds: new Set(['xai-colossus-1']) }, seed);
    expect(plan.putSites.map((s) => s.id)).toEqual(['alibaba-tokyo-dc-1']);
    // Colossus has a sighting, the region is the parent of a user's site and of the new dc1,
    // Tokyo was edited: all stay. Abilene and Osaka go.
    expect(plan.deleteSiteIds.sort()).toEqual(['aws-ap-northeast-3', 'stargate-abilene']);
    expect(plan.counts).toMatchObject({ added: 1, removed: 2, keptReferenced: 2 });
  });

  it('a seed record is seed data whatever it claims', () => {
    const claim = edited(colossus, { origin: 'user', userEditedAt: T1, deletedAt: T1 });
    const plan = planSeedUpdate({ sites: [], operators: [] }, { version: 'v1', operators: OPERATORS, sites: [claim] });
    expect(plan.putSites[0]).toMatchObject({ origin: 'seed' });
    expect(plan.putSites[0].userEditedAt).toBeUndefined();
    expect(plan.putSites[0].deletedAt).toBeUndefined();
  });

  it('updates seed operators, keeps a person\'s, removes unused dropped ones', () => {
    const aws = OPERATORS.find((o) => o.id === 'aws')!;
    const khazna = OPERATORS.find((o) => o.id === 'khazna')!;
    const crusoe = OPERATORS.find((o) => o.id === 'crusoe')!;
    const xai = OPERATORS.find((o) => o.id === 'xai')!;
    const current = { sites: [colossus], operators: [aws, { ...khazna, origin: 'user' as const }, crusoe, xai] };
    const seed: SeedCatalog = {
      version: 'v2',
      operators: [{ ...aws, aliases: [...aws.aliases, 'Amazon AWS'] }, { ...khazna, name: 'Khazna' }],
      sites: [],
    };
    const plan = planSeedUpdate(current, seed);
    expect(plan.putOperators.map((o) => o.id)).toEqual(['aws']);
    // Colossus leaves the seed but keeps nothing pointing at it... it is removed, so xAI goes too;
    // Crusoe has no site left either.
    expect(plan.deleteSiteIds).toEqual(['xai-colossus-1']);
    expect(plan.deleteOperatorIds.sort()).toEqual(['crusoe', 'xai']);
  });
});

describe('planSeedUpdate never touches a person\'s work (property)', () => {
  const flags = fc.record({ inStore: fc.boolean(), inSeed: fc.boolean(), origin: fc.constantFrom('seed', 'user', 'import'), edited: fc.boolean(), deleted: fc.boolean(), changed: fc.boolean() });
  it('holds for any mix of stored and seed sites', () => {
    fc.assert(
      fc.property(fc.array(flags, { minLength: SITES.length, maxLength: SITES.length }), (fs) => {
        const current: Site[] = [];
        const seedSites: Site[] = [];
        SITES.forEach((site, i) => {
          const f = fs[i];
          if (f.inStore) current.push(edited(site, { origin: f.origin as Site['origin'], userEditedAt: f.edited ? T1 : undefined, deletedAt: f.deleted ? T1 : undefined }));
          if (f.inSeed) seedSites.push(f.changed ? edited(site, { notes: 'new seed text' }) : site);
        });
        const plan = planSeedUpdate({ sites: current, operators: OPERATORS }, { version: 'x', operators: OPERATORS, sites: seedSites });
        const personal = new Set(current.filter((s) => s.origin !== 'seed' || s.userEditedAt || s.deletedAt).map((s) => s.id));
        for (const s of plan.putSites) expect(personal.has(s.id)).toBe(false);
        for (const id of plan.deleteSiteIds) expect(personal.has(id)).toBe(false);
        // Every seed site ends up stored; nothing outside the seed is added.
        const stored = new Set([...current.map((s) => s.id), ...plan.putSites.map((s) => s.id)]);
        for (const s of seedSites) expect(stored.has(s.id)).toBe(true);
        const seedIds = new Set(seedSites.map((s) => s.id));
        for (const s of plan.putSites) expect(seedIds.has(s.id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('installSeed (IndexedDB)', () => {
  it('installs once, skips the same file, applies a newer one without losing edits', async () => {
    const db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
    const service = new CatalogService(db);
    const v1 = seedFile(SITES, '2026-08-01T00:00:00.000Z');

    const first = await installSeed(db, v1);
    expect(first).toMatchObject({ applied: true, previousVersion: null, counts: { added: SITES.length } });
    expect(await db.sites.count()).toBe(SITES.length);
    expect(await getMeta(db, 'seedVersion')).toBe(first.version);
    expect(await installSeed(db, v1)).toMatchObject({ applied: false, version: first.version });

    // A person edits Abilene, deletes the UAE Stargate and adds a site; a sighting points at Colossus 2.
    await service.putSite({ ...siteById('stargate-abilene'), notes: 'Checked on site visit.' });
    await service.deleteSite('stargate-uae');
    await service.putSite({ name: 'Alibaba Cloud Tokyo Data Center 6', kind: 'facility', operatorIds: ['alibaba-cloud'], place: { city: 'Tokyo', country: 'JP' } });
    await service.addSighting({
      url: 'https://example.com/colossus-2',
      quote: { exact: 'Colossus 2' },
      facts: { operator: 'xAI', location: 'Memphis', capacityMW: null, gpus: null, investment: null, ordinal: null, name: 'Colossus 2', date: null },
      siteId: 'xai-colossus-2',
    });

    // The next seed: Abilene and Colossus 1 grow, Stargate UAE and Colossus 2 and Fairwater leave.
    const grow = (s: Site) => edited(s, { capacity: { operationalMW: 1000 }, updatedAt: T1 });
    const gone = new Set(['stargate-uae', 'xai-colossus-2', 'microsoft-fairwater-wi']);
    const v2Sites = SITES.filter((s) => !gone.has(s.id)).map((s) => (s.id === 'stargate-abilene' || s.id === 'xai-colossus-1' ? grow(s) : s));
    const second = await installSeed(db, seedFile(v2Sites));
    expect(second).toMatchObject({ applied: true, previousVersion: first.version });
    expect(second.counts).toMatchObject({ updated: 1, keptEdited: 2, removed: 1, keptReferenced: 1 });

    expect((await service.getSite('xai-colossus-1'))?.capacity.operationalMW).toBe(1000);
    expect((await service.getSite('stargate-abilene'))?.notes).toBe('Checked on site visit.');
    expect((await service.getSite('stargate-abilene'))?.capacity.operationalMW).toBe(600);
    expect((await service.getSite('stargate-uae', { includeDeleted: true }))?.deletedAt).toBeDefined();
    expect(await service.getSite('xai-colossus-2')).not.toBeNull();
    expect(await service.getSite('microsoft-fairwater-wi')).toBeNull();
    expect((await service.listSites({ filter: { origin: 'user' } })).total).toBe(1);
    expect(await getMeta(db, 'seedVersion')).toBe(second.version);
    service.dispose();
    db.close();
  });

  it('skips invalid seed records without removing their stored copies', async () => {
    const db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
    await installSeed(db, seedFile(SITES));
    const broken = SITES.map((s) => (s.id === 'xai-colossus-1' ? { ...s, sources: [{ url: 'javascript:alert(1)' }] } : s));
    const r = await installSeed(db, seedFile(broken as Site[], '2026-10-01T00:00:00.000Z'));
    expect(r.invalid).toEqual([{ collection: 'sites', index: SITES.findIndex((s) => s.id === 'xai-colossus-1'), message: expect.stringContaining('sources.0.url') }]);
    expect(r.counts?.removed).toBe(0);
    expect(await db.sites.get('xai-colossus-1')).toBeDefined();
    db.close();
  });
});

describe('installLayer (a shipped layer beside the seed)', () => {
  const osmSite = (n: number, name: string) =>
    SiteSchema.parse({
      id: `osm-way-${n}`, name, kind: 'facility', operatorIds: [OPERATORS[0].id], credits: ['OpenStreetMap contributors (ODbL)'],
      sources: [{ url: `https://www.openstreetmap.org/way/${n}` }], origin: 'seed', createdAt: T1, updatedAt: T1,
    });
  const layerOps = OPERATORS.slice(0, 1);

  it('installs the layer next to the seed; updating either never removes the other', async () => {
    const db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
    // A seed operator with no site yet: a layer's install must not remove it (only the seed's may).
    const lonely = { ...OPERATORS[0], id: 'lonely-operator', name: 'Lonely Operator' };
    await installSeed(db, seedFile(SITES, '2026-08-01T00:00:00.000Z', [...OPERATORS, lonely]));
    const layerV1 = seedFile([osmSite(1, 'Polder One'), osmSite(2, 'Polder Two')], T1, layerOps);
    expect((await installLayer(db, OSM_LAYER, layerV1)).counts).toMatchObject({ added: 2, removed: 0, operatorsRemoved: 0 });
    expect(await db.operators.get('lonely-operator')).toBeDefined();
    expect(await db.sites.count()).toBe(SITES.length + 2);

    // A newer seed without one of its own sites: the layer's records stay.
    const v2 = SITES.filter((s) => s.id !== 'microsoft-fairwater-wi');
    expect((await installSeed(db, seedFile(v2, '2026-10-01T00:00:00.000Z'))).counts).toMatchObject({ removed: 1 });
    expect(await db.sites.get('osm-way-1')).toBeDefined();

    // A newer layer drops one of its records: only that one goes; seed sites stay.
    const r = await installLayer(db, OSM_LAYER, seedFile([osmSite(1, 'Polder One')], T1, layerOps));
    expect(r.counts).toMatchObject({ removed: 1, unchanged: 1 });
    expect(await db.sites.get('osm-way-2')).toBeUndefined();
    expect(await db.sites.count()).toBe(v2.length + 1);
    db.close();
  });

  it('refuses records a layer does not own (a layer cannot overwrite a seed site)', async () => {
    const db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
    await installSeed(db, seedFile(SITES));
    const hijack = edited(siteById('xai-colossus-1'), { name: 'Not Colossus' });
    const r = await installLayer(db, OSM_LAYER, seedFile([hijack, osmSite(3, 'Polder Three')], T1, layerOps));
    expect(r.invalid).toEqual([expect.objectContaining({ message: expect.stringContaining('not a osm layer id') })]);
    expect((await db.sites.get('xai-colossus-1'))?.name).toBe(siteById('xai-colossus-1').name);
    expect(await db.sites.get('osm-way-3')).toBeDefined();
    db.close();
  });
});

describe('files the build validated', () => {
  const text = readFileSync(new URL('../../../public/seed-catalog.json', import.meta.url), 'utf8');

  it('are read without a zod pass to the same records, and only for their exact bytes', () => {
    expect(parsesToItself(text)).toBe(true);
    const checked = parseSeedFile(text);
    const trusted = parseSeedFile(text, new Set([fingerprint(text)]));
    expect(trusted).toEqual(checked);
    // Another file (here: one record broken) is not the validated one: it is checked record by record.
    const broken = text.replace('"kind":"region"', '"kind":"spaceport"');
    expect(broken).not.toBe(text);
    expect(parsesToItself(broken)).toBe(false);
    const reread = parseSeedFile(broken, new Set([fingerprint(text)]));
    expect(reread.invalid).toHaveLength(1);
    expect(reread.seed.sites).toHaveLength(checked.seed.sites.length - 1);
  });
});
