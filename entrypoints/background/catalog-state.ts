/**
 * The background's catalog: the Dexie database (opened here and nowhere else), the service over
 * it, and the detector index for the service's snapshot. The index is compiled only when the
 * snapshot's lexicon changes (after a write) and persisted, so a service worker that wakes up
 * adopts the stored index instead of compiling (detector-index.ts), an unchanged seed is not
 * even fetched (seed-start.ts), records validated when written are read without a zod pass
 * (lib/catalog/validate-on-write.ts), and an unchanged catalog is not even read row by row: its
 * parsed records come back from one cached copy (records-cache.ts).
 */
import { tellEveryTab } from '@/lib/browser/messaging';
import { CATALOG_DB_NAME, openCatalogDb } from '@/lib/catalog/db';
import type { CatalogSnapshot } from '@/lib/catalog/catalog-snapshot';
import type { Resolver } from '@/lib/catalog/resolve';
import { CatalogService } from '@/lib/catalog/service';
import type { DetectorIndex } from '@/lib/detect';
import { detectorIndexFor } from './detector-index';
import { CacheStore } from './cache-store';
import { cachedRecords, keepRecords } from './records-cache';
import { ensurePlaceTable } from './places';
import { BUILD } from './build-info';
import { restampRecords } from './restamp';
import { ensureSeed } from './seed-start';

export interface CatalogView {
  snapshot: CatalogSnapshot;
  resolver: Resolver;
  index: DetectorIndex;
}

export class CatalogState {
  readonly ready: Promise<void>;
  private service!: CatalogService;
  private compiled: { snapshot: CatalogSnapshot; index: Promise<DetectorIndex> } | null = null;
  private readonly indexes = new IndexStore();

  constructor() {
    this.ready = this.init();
  }

  private async init(): Promise<void> {
    const db = await openCatalogDb(CATALOG_DB_NAME, { recordStamp: BUILD?.recordStamp });
    this.service = new CatalogService(db);
    await ensureSeed(db);
    await this.view();
    // After the first view, so a page waiting for marks does not wait for a one-time rewrite.
    restampRecords(db).catch((error: unknown) => console.warn('DC Lens: records not re-stamped', error));
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
    if (this.compiled?.snapshot !== snapshot) {
      const compiled = { snapshot, index: detectorIndexFor(snapshot, this.indexes, ensurePlaceTable).then((r) => r.index) };
      // A failed compile is not kept: the next request tries again.
      compiled.index.catch(() => {
        if (this.compiled === compiled) this.compiled = null;
      });
      this.compiled = compiled;
    }
    const [index, resolver] = await Promise.all([this.compiled.index, this.service.getResolver()]);
    return { snapshot, resolver, index };
  }

  /** After a write: recompile, then tell every tab so marks and cards update without a reload. */
  async changed(siteIds: string[]): Promise<void> {
    await this.current();
    await tellEveryTab('catalog.changed', { siteIds: siteIds.slice(0, 1000) });
  }
}
