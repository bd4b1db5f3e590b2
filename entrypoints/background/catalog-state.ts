/**
 * The background's in-memory view of the catalog: the Dexie database (the only place it is
 * opened), a snapshot indexed for resolve and compare, and the compiled detector index. Rebuilt
 * once per catalog change, so pages never pay for compiling.
 */
import { browser } from 'wxt/browser';
import { openCatalogDb, type CatalogDb } from '@/lib/catalog/db';
import { buildCatalogSnapshot, type CatalogSnapshot } from '@/lib/catalog/catalog-snapshot';
import { resolverFor, type Resolver } from '@/lib/catalog/resolve';
import { installSeed } from '@/lib/catalog/seed-update';
import { compileIndex, type DetectorIndex } from '@/lib/detect';
import { CatalogService } from '@/lib/catalog/service';

export interface CatalogView {
  snapshot: CatalogSnapshot;
  resolver: Resolver;
  index: DetectorIndex;
}

export class CatalogState {
  readonly ready: Promise<void>;
  private db!: CatalogDb;
  private service!: CatalogService;
  private view!: CatalogView;
  private rebuilding: Promise<void> | null = null;

  constructor() {
    this.ready = this.init();
  }

  private async init(): Promise<void> {
    this.db = await openCatalogDb();
    this.service = new CatalogService(this.db);
    const seed = await fetch(browser.runtime.getURL('/seed-catalog.json')).then((r) => r.text());
    await installSeed(this.db, seed);
    await this.rebuild();
  }

  async current(): Promise<CatalogView> {
    await this.ready;
    if (this.rebuilding) await this.rebuilding;
    return this.view;
  }

  async catalog(): Promise<CatalogService> {
    await this.ready;
    return this.service;
  }

  /** Reloads the snapshot and recompiles the detector index, then tells every tab. */
  async changed(siteIds: string[]): Promise<void> {
    await this.rebuild();
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((t) =>
        t.id === undefined
          ? undefined
          : browser.tabs.sendMessage(t.id, { dcLens: 1, type: 'catalog.changed', payload: { siteIds: siteIds.slice(0, 1000) } }).catch(() => undefined),
      ),
    );
  }

  private rebuild(): Promise<void> {
    const run = (async () => {
      const { sites, operators } = await this.service.liveRecords();
      const snapshot = buildCatalogSnapshot(sites, operators);
      const index = compileIndex({
        sites: snapshot.sites.map((s) => ({
          id: s.id,
          name: s.name,
          aliases: s.aliases,
          kind: s.kind,
          operatorIds: s.operatorIds,
          city: s.place.city,
          country: s.place.country,
          regionCode: s.regionCode,
        })),
        operators: snapshot.operators.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases })),
      });
      this.view = { snapshot, resolver: resolverFor(snapshot), index };
    })();
    const tracked: Promise<void> = run.finally(() => {
      if (this.rebuilding === tracked) this.rebuilding = null;
    });
    this.rebuilding = tracked;
    return run;
  }
}
