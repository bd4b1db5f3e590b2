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
import { resolverWithTables } from './resolver-store';
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
  private compiled: { snapshot: CatalogSnapshot; index: Promise<DetectorIndex>; resolver: Promise<Resolver> } | null = null;
  private readonly cache = new CacheStore();
  /** Revision of the records copy in the cache (records-cache.ts). */
  private keptRevision: string | undefined;
  /** Where the current index came from: the bench reads it (dcLensPhases.indexFrom, 1 = stored). */
  private indexFrom: 'stored' | 'compiled' | undefined;
  private resolverFrom: 'stored' | 'built' | undefined;

  constructor() {
    this.ready = this.init();
  }

  private async init(): Promise<void> {
    // Phases of this worker's start, in ms since it started: `npm run bench` reads them.
    const phases: Record<string, number> = { init: performance.now() };
    (globalThis as { dcLensPhases?: Record<string, number> }).dcLensPhases = phases;
    const db = await openCatalogDb(CATALOG_DB_NAME, { recordStamp: BUILD?.recordStamp });
    phases.opened = performance.now();
    await ensureSeed(db);
    phases.seed = performance.now();
    // The records as this worker's previous life left them, when nothing was written since.
    const initial = db.recordStamp ? await cachedRecords(db, this.cache) : null;
    this.keptRevision = initial?.revision;
    phases.cached = performance.now();
    this.service = new CatalogService(db, initial ? { initialRecords: initial } : {});
    await this.service.getSnapshot();
    phases.snapshot = performance.now();
    const view = await this.view();
    phases.ready = performance.now();
    phases.indexFrom = this.indexFrom === 'stored' ? 1 : 0;
    phases.resolverFrom = this.resolverFrom === 'stored' ? 1 : 0;
    void view;
    (globalThis as { dcLensReadyAt?: number }).dcLensReadyAt = phases.ready;
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
      // The revision the snapshot's records were read at keys what is persisted for them.
      const records = await this.service.viewRecords();
      const compiled = {
        snapshot,
        index: detectorIndexFor(snapshot, this.cache, ensurePlaceTable, records.revision).then((r) => {
          this.indexFrom = r.from;
          return r.index;
        }),
        resolver: resolverWithTables(snapshot, this.cache, records.revision).then((r) => {
          this.resolverFrom = r.from;
          return r.resolver;
        }),
      };
      // A failed compile is not kept: the next request tries again.
      Promise.all([compiled.index, compiled.resolver]).catch(() => {
        if (this.compiled === compiled) this.compiled = null;
      });
      this.compiled = compiled;
      keepRecords(this.cache, records, this.keptRevision);
      this.keptRevision = records.revision ?? this.keptRevision;
    }
    const [index, resolver] = await Promise.all([this.compiled.index, this.compiled.resolver]);
    return { snapshot, resolver, index };
  }

  /** After a write: recompile, then tell every tab so marks and cards update without a reload. */
  async changed(siteIds: string[]): Promise<void> {
    await this.current();
    await tellEveryTab('catalog.changed', { siteIds: siteIds.slice(0, 1000) });
  }
}
