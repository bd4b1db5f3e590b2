/**
 * The background's catalog: the Dexie database (opened here and nowhere else), the service over
 * it, and the detector index and resolver for the service's snapshot. Both are built only when
 * the records change (after a write) and persisted for the records' revision, so a service worker
 * that wakes up with an unchanged catalog adopts them (detector-index.ts, resolver-store.ts) and
 * answers pages without reading a single record; the records are parsed only when something asks
 * for them (a card, the manager), from one cached copy (records-cache.ts). An unchanged seed is
 * not even fetched (seed-start.ts), and records validated when written are read without a zod
 * pass (lib/catalog/validate-on-write.ts).
 */
import { Dexie } from 'dexie';
import { tellEveryTab } from '@/lib/browser/messaging';
import { CATALOG_DB_NAME, getMeta, openCatalogDb, type CatalogDb } from '@/lib/catalog/db';
import type { CatalogSnapshot } from '@/lib/catalog/catalog-snapshot';
import type { Resolver } from '@/lib/catalog/resolve';
import { CatalogService } from '@/lib/catalog/service';
import type { DetectorIndex } from '@/lib/detect';
import { detectorIndexFor, storedIndex } from './detector-index';
import { CacheStore } from './cache-store';
import { cachedRecords, keepRecords } from './records-cache';
import { ensurePlaceTable } from './places';
import { BUILD } from './build-info';
import { resolverWithTables, storedResolver } from './resolver-store';
import { restampRecords } from './restamp';
import { ensureSeed } from './seed-start';

/** What detecting a page needs: the detector index and the resolver of one catalog revision. */
export interface CompiledCatalog {
  resolver: Resolver;
  index: DetectorIndex;
}

export class CatalogState {
  readonly ready: Promise<void>;
  private service!: CatalogService;
  private compiled: { snapshot: CatalogSnapshot; index: Promise<DetectorIndex>; resolver: Promise<Resolver> } | null = null;
  /**
   * The index and resolver adopted on wake for the records' revision then, before any record was read;
   * dropped by the first write to sites or operators (from then on they follow the snapshot).
   */
  private woken: CompiledCatalog | null = null;
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
    // The records as this worker's previous life left them, when nothing was written since: read
    // when the service first needs them, which a wake that adopts its stored index and resolver puts off.
    this.service = new CatalogService(db, {
      initialRecords: async () => {
        const initial = db.recordStamp ? await cachedRecords(db, this.cache) : null;
        this.keptRevision = initial?.revision;
        return initial;
      },
    });
    this.woken = await this.wake(db);
    phases.adopted = performance.now();
    if (this.woken) {
      this.indexFrom = 'stored';
      this.resolverFrom = 'stored';
    } else {
      await this.service.getSnapshot();
      phases.snapshot = performance.now();
      await this.compiledCatalog();
    }
    phases.ready = performance.now();
    phases.indexFrom = this.indexFrom === 'stored' ? 1 : 0;
    phases.resolverFrom = this.resolverFrom === 'stored' ? 1 : 0;
    phases.records = this.woken ? 0 : 1;
    (globalThis as { dcLensReadyAt?: number }).dcLensReadyAt = phases.ready;
    // After the first compile, so a page waiting for marks does not wait for a one-time rewrite.
    restampRecords(db).catch((error: unknown) => console.warn('DC Lens: records not re-stamped', error));
  }

  /** The index and resolver stored for the database's records revision, or null when either is missing. */
  private async wake(db: CatalogDb): Promise<CompiledCatalog | null> {
    const revision = db.recordStamp ? await getMeta(db, 'recordsRevision') : undefined;
    if (!revision) return null;
    const [index, resolver] = await Promise.all([storedIndex(this.cache, revision), storedResolver(this.cache, revision)]);
    if (!index || !resolver) return null;
    const prefix = `idb://${db.name}/`;
    const onMutated = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((p) => p.startsWith(`${prefix}sites/`) || p.startsWith(`${prefix}operators/`))) return;
      this.woken = null;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
    Dexie.on('storagemutated', onMutated);
    return { index, resolver };
  }

  async catalog(): Promise<CatalogService> {
    await this.ready;
    return this.service;
  }

  async current(): Promise<CompiledCatalog> {
    await this.ready;
    return this.woken ?? this.compiledCatalog();
  }

  /** The live catalog's snapshot (parses the records on first use after a wake). */
  async snapshot(): Promise<CatalogSnapshot> {
    await this.ready;
    return this.service.getSnapshot();
  }

  private async compiledCatalog(): Promise<CompiledCatalog> {
    const snapshot = await this.service.getSnapshot();
    if (this.compiled?.snapshot !== snapshot) {
      // The revision the snapshot's records were read at keys what is persisted for them.
      const records = await this.service.loadedRecords();
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
    return { resolver, index };
  }

  /** After a write: recompile, then tell every tab so marks and cards update without a reload. */
  async changed(siteIds: string[]): Promise<void> {
    // The stored copies a wake adopted are of the records before this write (storagemutated
    // drops them too; this does not depend on when Dexie fires it).
    this.woken = null;
    await this.current();
    await tellEveryTab('catalog.changed', { siteIds: siteIds.slice(0, 1000) });
  }
}
