/**
 * The background's catalog: the Dexie database (opened here and nowhere else), the service over
 * it, and the detector index and resolver for the service's snapshot. Both are built only when
 * the records change (after a write) and persisted for the records' revision, so a service worker
 * that wakes up with an unchanged catalog adopts them and answers pages without reading a single
 * record. It does not even wait for IndexedDB: the wake file (wake-file.ts) names the stored copies
 * of the current revision, and they are read and adopted while the database opens; the revision is
 * checked against the database once it is open. Without a usable wake file the copies are found
 * through the database (detector-index.ts, resolver-store.ts). The records are parsed only when
 * something asks for them (a card, the manager), from one cached copy (records-cache.ts). An
 * unchanged seed is not even fetched (seed-start.ts), and records validated when written are read
 * without a zod pass (lib/catalog/validate-on-write.ts). A fresh install answers pages from the
 * build's index and resolver of the shipped catalog before its records are written
 * (shipped-assets.ts); cards, the manager and every write wait for the install.
 */
import { Dexie } from 'dexie';
import { tellEveryTab } from '@/lib/browser/messaging';
import { checkingLater } from '@/lib/codec/later-checks';
import { CATALOG_DB_NAME, getMeta, openCatalogDb, type CatalogDb } from '@/lib/catalog/db';
import type { CatalogSnapshot } from '@/lib/catalog/catalog-snapshot';
import type { CompareCatalog } from '@/lib/catalog/compare-catalog';
import type { Site } from '@/lib/catalog/schema';
import type { Resolver } from '@/lib/catalog/resolve';
import { CatalogService, snapshotOfRecords, type LoadedRecords } from '@/lib/catalog/service';
import type { DetectorIndex } from '@/lib/detect';
import { detectorIndexFor, indexFromBytes, storedIndex, storedIndexFile } from './detector-index';
import { CacheStore } from './cache-store';
import { keepCompareCatalog, storedCompareCatalog } from './compare-store';
import { readFileBytes } from './file-bytes';
import { cachedRecords, keepRecords } from './records-cache';
import { ensurePlaceTable, keepPlacesOf } from './places';
import { BUILD } from './build-info';
import { resolverFromBytes, resolverWithTables, storedResolver, storedResolverFile } from './resolver-store';
import { restampRecords } from './restamp';
import { ensureSeed, installsOnEmpty } from './seed-start';
import { installedFromShipped, SHIPPED_INDEX, shippedAssets, type ShippedAssets } from './shipped-assets';
import { WakeFile } from './wake-file';
import { LEASED_TABLES, leaseWrites } from './write-lease';

/** What detecting a page needs: the detector index and the resolver of one catalog revision. */
export interface CompiledCatalog {
  resolver: Resolver;
  index: DetectorIndex;
  /** On a wake from the wake file: the addresses with sightings then (user-links.ts); else the database is asked. */
  linkedUrls?: ReadonlySet<string>;
}

/** What a card reads: the comparison's catalog and the full records of the sites it shows (live ones). */
export interface CardCatalog {
  compare: CompareCatalog;
  records: ReadonlyMap<string, Site>;
  /** A fresh install's catalog before its records are written: no sighting exists, none need be read. */
  noSightings?: true;
}

const buildId = () => BUILD?.buildId ?? 'unbuilt';

export class CatalogState {
  readonly ready: Promise<void>;
  /**
   * The service is there (the database open, a wake's copies adopted or not): what the manager's
   * import and export wait for. `ready` also waits for the compile of a catalog without stored copies.
   */
  private readonly opened: Promise<void>;
  private service!: CatalogService;
  private db!: CatalogDb;
  private compiled: { snapshot: CatalogSnapshot; index: Promise<DetectorIndex>; resolver: Promise<Resolver> } | null = null;
  /**
   * The index and resolver adopted on wake for the records' revision then, before any record was read;
   * dropped by the first write to sites or operators (from then on they follow the snapshot).
   */
  private woken: CompiledCatalog | null = null;
  /** The records revision `woken` is of. */
  private wokenRevision: string | undefined;
  /** The stored compare catalog of `woken`'s revision, read on its first card (null: none stored). */
  private wokenCompare: { of: CompiledCatalog; compare: Promise<CompareCatalog | null> } | null = null;
  private readonly cache = new CacheStore();
  private readonly wakeFile = new WakeFile();
  /**
   * The wake from the wake file, read while the database opens, with the revision it is of and the
   * whole-column checks of its copies, run after the first answer (`verify`); null when there is none usable.
   */
  private readonly fromFile: Promise<{ woken: CompiledCatalog; revision: string; verify: () => void } | null>;
  /** Revision of the records copy in the cache (records-cache.ts). */
  private keptRevision: string | undefined;
  /** Where the current index came from: the bench reads it (dcLensPhases.indexFrom, 1 = stored). */
  private indexFrom: 'stored' | 'compiled' | undefined;
  private resolverFrom: 'stored' | 'built' | undefined;
  /** This worker's start and what its answers came from, for the bench and e2e tests (dcLensPhases). */
  private readonly phases: Record<string, number>;
  /** Whether the index came from the build's asset (dcLensPhases.shippedIndex). */
  private shippedIndex = false;
  /**
   * A fresh install's answers before its records are written: the build's index and resolver of
   * the shipped catalog (shipped-assets.ts), or null (not a fresh install, or no usable assets).
   * Nothing writes the catalog meanwhile: every write waits for the service, which waits for the install.
   */
  private readonly early: Promise<CompiledCatalog | null>;
  private earlyFound!: (early: CompiledCatalog | null) => void;
  /** The cards of that window: the records the install is writing, held until it has written them. */
  private earlyCards: Promise<CardCatalog | null>;
  private earlyCardsFound!: (cards: CardCatalog) => void;
  /** Null once `ready` settles, either way: what the early answers race against. */
  private readonly settled: Promise<null>;

  constructor() {
    // Phases of this worker's start, in ms since it started: `npm run bench` reads them.
    const phases: Record<string, number> = { init: performance.now() };
    (globalThis as { dcLensPhases?: Record<string, number> }).dcLensPhases = phases;
    this.phases = phases;
    this.fromFile = this.wakeFromFile(phases).catch((error: unknown) => {
      console.warn('DC Lens: wake file not used', error);
      return null;
    });
    let opened!: () => void;
    const service = new Promise<void>((resolve) => (opened = resolve));
    this.early = new Promise((resolve) => (this.earlyFound = resolve));
    this.earlyCards = new Promise((resolve) => (this.earlyCardsFound = resolve));
    this.ready = this.init(phases, opened);
    this.settled = this.ready.then(() => null, () => null);
    // The copies kept for the next wake are written after this worker's first answer, not before.
    this.cache.holdWritesUntil(this.ready);
    // A database that fails to open fails what waits for the service too.
    this.opened = Promise.race([service, this.ready]);
  }

  /** The copies the wake file names, adopted without IndexedDB; null when there is no usable file. */
  private async wakeFromFile(phases: Record<string, number>): Promise<{ woken: CompiledCatalog; revision: string; verify: () => void } | null> {
    const generation = this.wakeFile.generation;
    const wake = await this.wakeFile.read(buildId());
    phases.wakeRead = performance.now();
    if (!wake) return null;
    const [indexBytes, resolverBytes] = await Promise.all([readFileBytes(wake.index), readFileBytes(wake.resolver)]);
    phases.fileRead = performance.now();
    // Their shapes are checked now, every column's contents after the first answer (`checked`).
    const { value: copies, verify } = checkingLater(() => ({
      index: indexBytes && indexFromBytes(indexBytes),
      resolver: resolverBytes && resolverFromBytes(resolverBytes),
    }));
    const { index, resolver } = copies;
    // A write since the read began removed the file first: these copies may be of the records before it.
    if (!index || !resolver || generation !== this.wakeFile.generation) return null;
    phases.fileAdopted = performance.now();
    return { woken: this.adopt({ index, resolver, linkedUrls: new Set(wake.linkedUrls) }), revision: wake.revision, verify };
  }

  /**
   * Runs the wake copies' whole-column checks (lib/codec/later-checks.ts). Damaged copies are
   * dropped: what follows reads the database's copies (checked at once, so refused) or compiles,
   * and every tab is told to ask again, since its first answer may have come from them.
   */
  private checked(file: { woken: CompiledCatalog; verify: () => void }): void {
    try {
      file.verify();
    } catch (error) {
      console.warn('DC Lens: the wake copies are damaged; compiling', error);
      if (this.woken === file.woken) this.woken = null;
      setTimeout(() => void tellEveryTab('catalog.changed', { siteIds: [] }).catch(() => undefined), 0);
    }
  }

  private async init(phases: Record<string, number>, opened: () => void): Promise<void> {
    // A wake from the wake file answers before the database is opened: Dexie's set-up and the
    // open's callbacks run on the worker's one thread and would otherwise land between the files'
    // reads and the first answer. One task later, the answers waiting on the adoption have run.
    const early = await this.fromFile;
    if (early) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      phases.verifyFrom = performance.now();
      this.checked(early);
    }
    phases.openFrom = performance.now();
    const db = await openCatalogDb(CATALOG_DB_NAME, {
      recordStamp: BUILD?.recordStamp,
      // Backstop of the lease below: a write without an explicit transaction does not pass through it.
      writeGuard: (tables) => {
        if (!this.wakeFile.writing && tables.some((t) => LEASED_TABLES.has(t))) throw new Error(`DC Lens: catalog write outside the wake file's lease (${tables.join(', ')})`);
      },
    });
    leaseWrites(db, (write) => this.wakeFile.lease(write));
    this.db = db;
    phases.opened = performance.now();
    // A fresh install answers from the build's index and resolver of what it is about to store.
    const shipped = (await installsOnEmpty(db)) ? await shippedAssets(phases) : null;
    if (shipped) {
      phases.answerable = performance.now();
      (globalThis as { dcLensAnswerableAt?: number }).dcLensAnswerableAt = phases.answerable;
      keepPlacesOf(shipped.index);
    }
    this.earlyFound(shipped && { index: shipped.index, resolver: shipped.resolver, linkedUrls: new Set() });
    // A first install hands over the records it stored: the first compile does not read them back.
    let installed: LoadedRecords | null = null;
    const planned = (records: LoadedRecords) => {
      const snapshot = snapshotOfRecords(records.sites, [...records.operators]);
      this.earlyCardsFound({ compare: snapshot, records: snapshot.siteById, noSightings: true });
    };
    await ensureSeed(db, BUILD?.seedHash, phases, (records) => (installed = records), shipped ? planned : undefined);
    phases.seed = performance.now();
    // Written: cards read the service from now on, and the early snapshot is let go.
    this.earlyCards = Promise.resolve(null);
    // Had it found records after all, the early answers were of another catalog: tabs read again.
    if (shipped && !installed) setTimeout(() => void tellEveryTab('catalog.changed', { siteIds: [] }).catch(() => undefined), 0);
    // The records as this worker's previous life left them, when nothing was written since: read
    // when the service first needs them, which a wake that adopts its stored index and resolver puts off.
    this.service = new CatalogService(db, {
      initialRecords: async () => {
        if (installed) return installed;
        const initial = db.recordStamp ? await cachedRecords(db, this.cache) : null;
        this.keptRevision = initial?.revision;
        return initial;
      },
    });
    const file = await this.fromFile;
    const revision = db.recordStamp ? await getMeta(db, 'recordsRevision') : undefined;
    let woken: CompiledCatalog | null = null;
    if (file && this.woken === file.woken) {
      if (revision === file.revision) woken = file.woken;
      else {
        // Written by something that took no lease (another context's raw write): the first
        // answers came from older copies; drop them and have every tab read again.
        this.woken = null;
        setTimeout(() => void tellEveryTab('catalog.changed', { siteIds: [] }).catch(() => undefined), 0);
      }
    }
    phases.fromFile = woken ? 1 : 0;
    woken ??= await this.wakeFromDatabase(revision);
    phases.adopted = performance.now();
    opened();
    if (woken) {
      this.wokenRevision = revision;
      this.indexFrom = 'stored';
      this.resolverFrom = 'stored';
      if (!phases.fromFile) this.keepWakeFile(revision);
    } else {
      await this.service.getSnapshot();
      phases.snapshot = performance.now();
      await this.compiledCatalog(installed ? (shipped ?? undefined) : undefined);
    }
    phases.ready = performance.now();
    phases.indexFrom = this.indexFrom === 'stored' ? 1 : 0;
    phases.resolverFrom = this.resolverFrom === 'stored' ? 1 : 0;
    phases.records = woken ? 0 : 1;
    phases.shippedIndex = this.shippedIndex ? 1 : 0;
    (globalThis as { dcLensReadyAt?: number }).dcLensReadyAt = phases.ready;
    // After the first compile, so a page waiting for marks does not wait for a one-time rewrite.
    restampRecords(db).catch((error: unknown) => console.warn('DC Lens: records not re-stamped', error));
  }

  /** The index and resolver stored for the database's records revision, or null when either is missing. */
  private async wakeFromDatabase(revision: string | undefined): Promise<CompiledCatalog | null> {
    if (!revision) return null;
    const [index, resolver] = await Promise.all([storedIndex(this.cache, revision), storedResolver(this.cache, revision)]);
    return index && resolver ? this.adopt({ index, resolver }) : null;
  }

  /** Answers from `woken` until the first write to sites or operators, whoever makes it. */
  private adopt(woken: CompiledCatalog): CompiledCatalog {
    keepPlacesOf(woken.index);
    const prefix = `idb://${CATALOG_DB_NAME}/`;
    const onMutated = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((p) => p.startsWith(`${prefix}sites/`) || p.startsWith(`${prefix}operators/`))) return;
      if (this.woken === woken) this.woken = null;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
    Dexie.on('storagemutated', onMutated);
    this.woken = woken;
    return woken;
  }

  /**
   * Writes the wake file for `revision` once its copies are stored as files and if the database is
   * still at that revision (wake-file.ts refuses it while a write runs or after one began).
   */
  private keepWakeFile(revision: string | undefined): void {
    if (!revision) return;
    const make = async () => {
      const [current, index, resolver, linkedUrls] = await Promise.all([
        getMeta(this.db, 'recordsRevision'),
        storedIndexFile(this.cache, revision),
        storedResolverFile(this.cache, revision),
        this.service.sightingUrls(),
      ]);
      if (current !== revision || !index || !resolver) return null;
      return { format: 'dc-lens-wake' as const, version: 1 as const, build: buildId(), revision, index, resolver, linkedUrls };
    };
    // The copies' own writes (encoding, files) are waited for outside the wake file's queue: a
    // write the user makes meanwhile must not wait for them, only for the short checks in `make`.
    this.cache
      .written()
      .then(() => this.wakeFile.keep(make))
      .catch((error: unknown) => console.warn('DC Lens: wake file not written', error));
  }


  async catalog(): Promise<CatalogService> {
    await this.opened;
    return this.service;
  }

  async current(): Promise<CompiledCatalog> {
    // The wake file's copies answer before the database is open, until something drops them.
    const file = await this.fromFile;
    if (file && this.woken === file.woken) return file.woken;
    const early = await Promise.race([this.early, this.settled]);
    if (early && !this.service) return early;
    await this.ready;
    return this.woken ?? this.compiledCatalog();
  }

  /**
   * What a card for `ids` (its site, its candidates) reads. After a wake: the compare catalog stored
   * for the woken revision and the records of `ids` read by id, so no other record is parsed or
   * held; once a write dropped the woken copies (or none was stored), the live snapshot.
   */
  async cardCatalog(ids: readonly string[]): Promise<CardCatalog> {
    // A fresh install's early answers (see `early`): their cards come from the records being written.
    if (await Promise.race([this.early, this.settled])) {
      const early = await Promise.race([this.earlyCards, this.settled]);
      if (early && !this.service) return early;
    }
    await this.ready;
    for (let woken = this.woken; woken && this.wokenRevision; woken = this.woken) {
      if (this.wokenCompare?.of !== woken) this.wokenCompare = { of: woken, compare: storedCompareCatalog(this.cache, this.wokenRevision) };
      const [compare, sites] = await Promise.all([this.wokenCompare.compare, this.service.sitesById(ids)]);
      // A write meanwhile dropped the woken copies: ask again, of what follows it.
      if (this.woken !== woken) continue;
      if (compare) {
        this.phases.cardFromStored = 1;
        return { compare, records: new Map(sites.map((s) => [s.id, s])) };
      }
      break;
    }
    this.phases.cardFromStored = 0;
    const snapshot = await this.service.getSnapshot();
    // Stored for the next wake's cards when none was (a copy of an earlier build is keyed apart).
    if (this.woken) keepCompareCatalog(this.cache, snapshot, (await this.service.loadedRecords()).revision);
    return { compare: snapshot, records: snapshot.siteById };
  }

  /** The live catalog's snapshot (parses the records on first use after a wake). */
  async snapshot(): Promise<CatalogSnapshot> {
    await this.ready;
    return this.service.getSnapshot();
  }

  /** `shipped`: a fresh install's assets, of exactly the records the service holds (installed on an empty catalog). */
  private async compiledCatalog(shipped?: ShippedAssets): Promise<CompiledCatalog> {
    const snapshot = await this.service.getSnapshot();
    if (this.compiled?.snapshot !== snapshot) {
      // The revision the snapshot's records were read at keys what is persisted for them.
      const records = await this.service.loadedRecords();
      const given = shipped && installedFromShipped(shipped, this.cache, records.revision);
      const compiled = {
        snapshot,
        index: (given ? Promise.resolve(given.index) : detectorIndexFor(snapshot, this.cache, ensurePlaceTable, records.revision, SHIPPED_INDEX)).then((r) => {
          this.indexFrom = r.from === 'compiled' ? 'compiled' : 'stored';
          this.shippedIndex = r.from === 'shipped';
          if (r.from !== 'compiled') keepPlacesOf(r.index);
          return r.index;
        }),
        resolver: (given ? Promise.resolve(given.resolver) : resolverWithTables(snapshot, this.cache, records.revision)).then((r) => {
          this.resolverFrom = r.from === 'stored' ? 'stored' : 'built';
          if (r.from !== 'stored') keepCompareCatalog(this.cache, snapshot, records.revision);
          return r.resolver;
        }),
      };
      // A failed compile is not kept: the next request tries again.
      Promise.all([compiled.index, compiled.resolver]).then(
        () => this.keepWakeFile(records.revision),
        () => {
          if (this.compiled === compiled) this.compiled = null;
        },
      );
      this.compiled = compiled;
      keepRecords(this.cache, records, this.keptRevision);
      this.keptRevision = records.revision ?? this.keptRevision;
    }
    const [index, resolver] = await Promise.all([this.compiled.index, this.compiled.resolver]);
    return { resolver, index };
  }

  /**
   * After a write: recompile, then tell every tab so marks and cards update without a reload.
   * With `after` (an import from the manager: sync-activity.ts) the tabs are told first, and the
   * recompile waits for `after` unless a page asks for it sooner: the manager's next export or
   * import must not queue behind it.
   */
  async changed(siteIds: string[], after?: Promise<void>): Promise<void> {
    // The stored copies a wake adopted are of the records before this write (storagemutated
    // drops them too; this does not depend on when Dexie fires it).
    this.woken = null;
    const tell = () => tellEveryTab('catalog.changed', { siteIds: siteIds.slice(0, 1000) });
    if (after) await tell();
    await after;
    await this.current();
    if (!after) await tell();
  }
}
