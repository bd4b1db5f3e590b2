/**
 * The background's message handlers over a real (fake-indexeddb) catalog: what the popup and the
 * manager get back, checked against the declared reply schemas, and what ends up stored.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCatalogDb, type CatalogDb } from '../../../lib/catalog/db';
import { CatalogService } from '../../../lib/catalog/service';
import { BackgroundProtocol, type BackgroundRequestType } from '../../../lib/messaging/messages';
import { createHandlers, type HandlerState } from '../../../entrypoints/background/handlers';
import type { CompiledCatalog } from '../../../entrypoints/background/catalog-state';
import type { Sources } from '../../../entrypoints/background/sources';
import { applyUserLinks } from '../../../entrypoints/background/user-links';
import { versionOf } from '../../../lib/sync/stable-json';
import { OPERATORS, SITES, siteById } from '../catalog/fixture';

let db: CatalogDb;
let service: CatalogService;
let changed: ReturnType<typeof vi.fn<(ids: string[]) => Promise<void>>>;
let handlers: ReturnType<typeof createHandlers>;

beforeEach(async () => {
  db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
  service = new CatalogService(db);
  await service.bulkPut({ operators: OPERATORS, sites: SITES });
  changed = vi.fn(async () => undefined);
  const state: HandlerState = {
    catalog: async () => service,
    // The detector index is not needed by the handlers under test.
    current: async () => ({ resolver: await service.getResolver() }) as CompiledCatalog,
    // A warm worker's: the snapshot (a woken one's stored compare catalog: compare-catalog.test.ts, cold-wake.spec.ts).
    cardCatalog: async () => {
      const snapshot = await service.getSnapshot();
      return { compare: snapshot, records: snapshot.siteById };
    },
    changed,
  };
  handlers = createHandlers(state, {} as Sources);
});

afterEach(() => {
  service.dispose();
  db.close();
});

/** Calls a handler as serveBackground does: the request parsed first, the reply checked after. */
async function call<K extends BackgroundRequestType>(type: K, payload: unknown, from = handlers): Promise<unknown> {
  const request = BackgroundProtocol[type].request.parse(payload);
  const handler = from[type] as (p: unknown, sender: object) => Promise<unknown>;
  return BackgroundProtocol[type].response.parse(await handler(request, {}));
}

const evidence = {
  url: 'https://news.example/tokyo-sixth',
  title: 'A sixth Tokyo site',
  quote: { exact: 'a sixth data center in Tokyo' },
  facts: { operator: 'Alibaba Cloud', location: 'Tokyo', capacityMW: null, gpus: null, investment: null, ordinal: 'sixth', name: null, date: null },
};

describe('background handlers', () => {
  it('site.save stores a person’s site with the page as its sighting, and tells the tabs', async () => {
    const { id: _i, origin: _o, createdAt: _c, updatedAt: _u, ...fields } = siteById('alibaba-tokyo-dc-5');
    const reply = (await call('site.save', { site: { ...fields, name: 'Alibaba Tokyo 6' }, evidence })) as { ok: true; site: { id: string } };
    expect(reply.ok).toBe(true);
    const stored = await service.getSite(reply.site.id);
    expect(stored).toMatchObject({ name: 'Alibaba Tokyo 6', origin: 'user' });
    expect(stored?.userEditedAt).toBeTruthy();
    expect((await service.sightingsForSite(reply.site.id)).map((s) => s.url)).toEqual([evidence.url]);
    expect(changed).toHaveBeenCalledWith([reply.site.id]);
  });

  it('site.save answers field errors for a site the catalog can’t take, and stores nothing', async () => {
    const { id: _i, origin: _o, createdAt: _c, updatedAt: _u, ...fields } = siteById('alibaba-tokyo-dc-5');
    const before = (await service.listSites({ limit: 1 })).total;
    const reply = (await call('site.save', { site: { ...fields, name: 'Nobody runs this', operatorIds: ['no-such-operator'] } })) as { ok: boolean; errors: Array<{ path: string }> };
    expect(reply.ok).toBe(false);
    expect(reply.errors.map((e) => e.path)).toContain('operatorIds');
    expect((await service.listSites({ limit: 1 })).total).toBe(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('site.save refuses a malformed payload at the protocol, before any handler runs', () => {
    expect(() => BackgroundProtocol['site.save'].request.parse({ site: { name: 'x' } })).toThrow();
  });

  it('site.link keeps the page as a sighting of an existing site', async () => {
    expect(await call('site.link', { siteId: 'alibaba-tokyo-dc-5', evidence })).toEqual({ ok: true });
    expect((await service.sightingsForSite('alibaba-tokyo-dc-5')).map((s) => s.title)).toEqual([evidence.title]);
    expect(changed).toHaveBeenCalledWith(['alibaba-tokyo-dc-5']);
  });

  it('site.delete and site.restore take a site out of the lists and back', async () => {
    expect(await call('site.delete', { id: 'xai-colossus-1' })).toEqual({ ok: true });
    expect(((await call('site.get', { id: 'xai-colossus-1' })) as { site: unknown }).site).toBeNull();
    const listed = async () => ((await call('catalog.list', { filter: { query: 'Colossus' } })) as { sites: Array<{ id: string }> }).sites.map((s) => s.id);
    expect(await listed()).not.toContain('xai-colossus-1');
    expect(await call('site.restore', { id: 'xai-colossus-1' })).toEqual({ ok: true });
    expect(await listed()).toContain('xai-colossus-1');
  });

  it('site.get returns the site with its operators; an unknown id is null, not an error', async () => {
    const got = (await call('site.get', { id: 'alibaba-tokyo-dc-5' })) as { site: { id: string }; operators: Array<{ id: string }> };
    expect(got.site.id).toBe('alibaba-tokyo-dc-5');
    expect(got.operators.map((o) => o.id)).toEqual(siteById('alibaba-tokyo-dc-5').operatorIds);
    expect(await call('site.get', { id: 'nope' })).toEqual({ site: null, operators: [], sightings: [] });
  });

  it('import.outcome says not-applied for an import that never committed, applied with its count once its record is there', async () => {
    expect(await call('import.outcome', { id: 'import-0001' })).toEqual({ state: 'not-applied' });
    const site = siteById('xai-colossus-1');
    const changes = { operators: [], sites: [{ record: { ...site, name: 'Colossus One' }, expected: versionOf(site) }], sightings: [] };
    await service.applyChanges(changes, { record: { id: 'import-0001', at: '2026-11-20T09:00:00.000Z', label: 'team.json' } });
    expect(await call('import.outcome', { id: 'import-0001' })).toEqual({ state: 'applied', applied: 1, at: '2026-11-20T09:00:00.000Z' });
  });

  it('a linked mention is that site on the same page from then on, and only there', async () => {
    await call('site.link', { siteId: 'alibaba-tokyo-dc-5', evidence });
    const detected = { start: 0, end: 27, text: 'a sixth  data center in Tokyo', status: 'new' as const, entityId: null, kind: 'facility' as const, confidence: 0.7, facts: evidence.facts, operatorIds: [], country: 'JP', candidates: [] };
    const [onPage] = await applyUserLinks([detected], evidence.url, service);
    expect(onPage).toMatchObject({ status: 'known', entityId: 'alibaba-tokyo-dc-5', confidence: 1 });
    expect((await applyUserLinks([detected], 'https://news.example/other', service))[0]).toBe(detected);
    await call('site.delete', { id: 'alibaba-tokyo-dc-5' });
    expect((await applyUserLinks([detected], evidence.url, service))[0].status).toBe('new');
  });

  it("a fresh install's cards before its records are written come from the records being written, without the database", async () => {
    const snapshot = await service.getSnapshot();
    // The service waits for the install: nothing may ask it.
    const early = createHandlers({
      catalog: () => new Promise<never>(() => undefined),
      current: async () => ({ resolver: snapshot }) as unknown as CompiledCatalog,
      cardCatalog: async () => ({ compare: snapshot, records: snapshot.siteById, noSightings: true }),
      changed,
    }, {} as Sources);
    const mention = { start: 0, end: 28, text: 'its fifth data center in Tokyo', status: 'known' as const, entityId: 'alibaba-tokyo-dc-5', kind: 'facility' as const, confidence: 0.9, facts: evidence.facts, operatorIds: ['alibaba-cloud'], country: 'JP', candidates: [] };
    const card = (await call('card.get', { mention }, early)) as { site: { id: string } | null; sightingCount: number } | null;
    expect(card?.site?.id).toBe('alibaba-tokyo-dc-5');
    expect(card?.sightingCount).toBe(0);
    const site = await call('site.get', { id: 'alibaba-tokyo-dc-5' }, early);
    expect(site).toMatchObject({ site: { id: 'alibaba-tokyo-dc-5' }, sightings: [] });
  });

  it('ui.openSave from a sender without a tab opens nothing', async () => {
    expect(await call('ui.openSave', { mentionId: 'a1.0.14', candidateId: null })).toEqual({ opened: false });
  });
});
