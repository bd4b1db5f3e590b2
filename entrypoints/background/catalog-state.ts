/**
 * The background's catalog: the Dexie database (opened here and nowhere else), the service over
 * it, and the detector index compiled from the service's snapshot. The index is recompiled only
 * when the snapshot changes (after a write), so pages never pay for compiling.
 */
import { browser } from 'wxt/browser';
import { openCatalogDb } from '@/lib/catalog/db';
import type { CatalogSnapshot } from '@/lib/catalog/catalog-snapshot';
import type { Resolver } from '@/lib/catalog/resolve';
import { installSeed } from '@/lib/catalog/seed-update';
import { CatalogService } from '@/lib/catalog/service';
import type { DetectorIndex } from '@/lib/detect';
import { compileCatalogIndex } from '@/lib/detect/from-catalog';

export interface CatalogView {
  snapshot: CatalogSnapshot;
  resolver: Resolver;
  index: DetectorIndex;
}

export class CatalogState {
  readonly ready: Promise<void>;
  private service!: CatalogService;
  private compiled: { snapshot: CatalogSnapshot; index: DetectorIndex } | null = null;

  constructor() {
    this.ready = this.init();
  }

  private async init(): Promise<void> {
    const db = await openCatalogDb();
    this.service = new CatalogService(db);
    const seed = await fetch(browser.runtime.getURL('/seed-catalog.json')).then((r) => r.text());
    await installSeed(db, seed);
    await this.view();
  }

  async catalog(): Promise<CatalogService> {
    await this.ready;
    return this.service;
  }

  async current(): Promise<CatalogView> {
    await this.ready;
    return this.view();
  }

  private async view(): Promise<CatalogView> {
    const snapshot = await this.service.getSnapshot();
    if (this.compiled?.snapshot !== snapshot) this.compiled = { snapshot, index: compileCatalogIndex(snapshot.sites, snapshot.operators) };
    return { snapshot, resolver: await this.service.getResolver(), index: this.compiled.index };
  }

  /** After a write: recompile, then tell every tab so marks and cards update without a reload. */
  async changed(siteIds: string[]): Promise<void> {
    await this.current();
    const tabs = await browser.tabs.query({});
    const message = { dcLens: 1, type: 'catalog.changed', payload: { siteIds: siteIds.slice(0, 1000) } };
    await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(() => undefined))));
  }
}
