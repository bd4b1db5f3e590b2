/**
 * The catalog as the background uses it: reads, searches, edits, soft deletes, sightings, stats,
 * export and import. Reads are served from the loaded catalog (every live record parsed once, plus
 * the snapshot, search index and resolver built from them), rebuilt lazily after any write to the
 * sites or operators tables, whether it came through this service or not (Dexie's
 * `storagemutated` event). Writes always go to IndexedDB first.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import { buildCatalogSnapshot, siteGpus, siteMW, type CatalogSnapshot } from './catalog-snapshot';
import { META, readOperators, readSightings, readSites, type CatalogDb, type ReadProblem } from './db';
import { resolverFor, type Resolver } from './resolve';
import {
  OperatorSchema,
  SightingSchema,
  SiteSchema,
  type Operator,
  type OperatorKind,
  type Origin,
  type Sighting,
  type Site,
  type SiteKind,
  type SiteStatus,
} from './schema';
import { buildSiteSearchIndex, type SiteSearchIndex } from './site-search';
import { countryByCode } from '../geo/countries';
import { byName, operatorKey } from './text-key';
import { dexieStore, isImportRecordKey, readImportRecord } from './sync-store';
import { applyChangeSet, type ApplyOptions, type ApplyResult, type ImportRecord } from '../sync/apply';
import type { ChangeSet } from '../sync/choices';
import type { Catalog } from '../sync/types';

/** Matches lib/messaging/messages.ts's SiteFilterSchema, plus includeDeleted for the manager's bin. */
export interface SiteFilters {
  /** Free text: every word must prefix a word of a name, code, place or operator. */
  query?: string;
  operatorId?: string;
  country?: string;
  status?: SiteStatus;
  kind?: SiteKind;
  origin?: Origin;
  /** Soft-deleted sites are hidden unless asked for. */
  includeDeleted?: boolean;
}

/** Same names as lib/messaging/messages.ts's SortSchema, plus relevance for searches. */
export type SiteSort = 'relevance' | 'name' | 'updated' | 'capacity' | 'gpus' | 'country';

export interface ListSitesQuery {
  filter?: SiteFilters;
  /** Default: relevance when there is a query, else name. */
  sort?: SiteSort;
  offset?: number;
  limit?: number;
}

export interface CatalogStats {
  total: number;
  byOperator: Array<{ id: string; name: string; count: number }>;
  byCountry: Array<{ id: string; name: string; count: number }>;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  byOrigin: Record<string, number>;
  /** [lat, lon, kind] of every live site with coordinates, for the map (coloured by kind). */
  points: Array<[number, number, string]>;
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** A write refused because the record is invalid; `issues` are ready for a form. */
export class CatalogValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path || 'record'}: ${i.message}`).join('; '));
    this.name = 'CatalogValidationError';
  }
}

const issuesOf = (error: z.ZodError, prefix = ''): FieldIssue[] =>
  error.issues.map((i) => ({ path: prefix + i.path.join('.'), message: i.message }));

export interface CatalogServiceOptions {
  /** Clock, for tests. */
  now?: () => Date;
  /** Random part of new ids, for tests. */
  randomId?: () => string;
  /**
   * Records already parsed (all sites, soft-deleted included, and operators), used for the first
   * load instead of reading the tables: the background's copy from its previous life, when the
   * records' revision says nothing changed since. A function is called when the first load is
   * built (not before), so a worker that answers from stored copies never reads the records.
   */
  initialRecords?: LoadedRecords | (() => Promise<LoadedRecords | null>);
}

/** The records a load parsed and the records' revision they were read at (validate-on-write.ts). */
export interface LoadedRecords {
  sites: Site[];
  operators: Operator[];
  revision?: string;
}

/** What the service holds in memory: the parsed records, the snapshot built from them, and indexes built on first use. */
interface LoadedCatalog {
  /** All parsed sites, soft-deleted included. */
  sites: Site[];
  byId: Map<string, Site>;
  operators: Operator[];
  problems: ReadProblem[];
  revision?: string;
  snapshot: CatalogSnapshot;
  /** Built on first use: only the manager searches. */
  search?: SiteSearchIndex;
  resolver?: Resolver;
}

/**
 * Writes that land with others or not at all. Sites are deleted for good (not soft-deleted: a
 * tombstone would travel in exports); keys name values kept with storeValue.
 */
export interface AlsoWrite {
  deleteSiteIds?: readonly string[];
  storeValues?: Readonly<Record<string, unknown>>;
  deleteKeys?: readonly string[];
}

/** The meta keys the catalog itself keeps (db.ts's META, import records): no other module's value may overwrite them. */
const isCatalogKey = (key: string): boolean => Object.hasOwn(META, key) || isImportRecordKey(key);

function ownKey(key: string): string {
  if (isCatalogKey(key)) throw new Error(`DC Lens: "${key}" is a key the catalog keeps itself`);
  return key;
}

function checkKeys(also: AlsoWrite | undefined): void {
  for (const key of [...Object.keys(also?.storeValues ?? {}), ...(also?.deleteKeys ?? [])]) ownKey(key);
}

export type WriteBy = 'user' | 'system';

/** A site as a form sends it: no stamps, and operators the catalog lacks named in newOperatorNames. */
export interface UserSitePayload {
  operatorIds: string[];
  newOperatorNames?: string[];
  [field: string]: unknown;
}

/** Where a site was seen, before it is linked to the site (id and time are the service's). */
export type SightingDraft = Omit<z.input<typeof SightingSchema>, 'id' | 'siteId' | 'seenAt'>;

/**
 * The live catalog of loaded records (operators sorted by name: the array given is sorted in
 * place), as the service builds it; the build compiles the shipped
 * catalog's index and resolver from the same (scripts/shipped-index.ts).
 */
export function snapshotOfRecords(sites: readonly Site[], operators: Operator[]): CatalogSnapshot {
  return buildCatalogSnapshot(sites, operators.sort(byName));
}

export class CatalogService {
  /** Private: every read and write goes through the methods below, so what is loaded is never stale behind the service's back. */
  readonly #db: CatalogDb;
  private current: Promise<LoadedCatalog> | null = null;
  private generation = 0;
  private readonly now: () => Date;
  private readonly randomId: () => string;
  private initialRecords: CatalogServiceOptions['initialRecords'];
  private readonly onMutated = (parts: Record<string, unknown>) => {
    const prefix = `idb://${this.#db.name}/`;
    if (Object.keys(parts).some((p) => p.startsWith(`${prefix}sites/`) || p.startsWith(`${prefix}operators/`))) this.invalidate();
  };

  constructor(db: CatalogDb, options: CatalogServiceOptions = {}) {
    this.#db = db;
    this.now = options.now ?? (() => new Date());
    this.randomId = options.randomId ?? (() => globalThis.crypto.randomUUID());
    this.initialRecords = options.initialRecords;
    Dexie.on('storagemutated', this.onMutated);
  }

  /** Stops listening for changes; the database stays open (its owner closes it). */
  dispose(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
  }

  /** Drops what is loaded; the next read loads it again from the database. */
  invalidate(): void {
    this.generation++;
    this.current = null;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private async loaded(): Promise<LoadedCatalog> {
    while (!this.current) {
      const generation = this.generation;
      const pending = this.load();
      this.current = pending;
      try {
        await pending;
      } catch (e) {
        this.current = null;
        throw e;
      }
      // A write landed while loading: what was read may be stale, load again.
      if (generation !== this.generation) this.current = null;
    }
    return this.current;
  }

  private async load(): Promise<LoadedCatalog> {
    const problems: ReadProblem[] = [];
    const given = this.initialRecords;
    this.initialRecords = undefined;
    const initial = typeof given === 'function' ? ((await given()) ?? undefined) : given;
    // The revision is read in the same transaction as the records, so it names exactly them.
    const [rawSites, rawOperators, revisionRow] = initial
      ? [[], [], { key: 'recordsRevision', value: initial.revision }]
      : await this.#db.transaction('r', this.#db.sites, this.#db.operators, this.#db.meta, () =>
          Promise.all([this.#db.sites.toArray(), this.#db.operators.toArray(), this.#db.meta.get('recordsRevision')]),
        );
    const sites = initial?.sites ?? readSites(rawSites, problems, this.#db.recordStamp);
    const operators = initial?.operators ?? readOperators(rawOperators, problems, this.#db.recordStamp);
    const snapshot = snapshotOfRecords(sites, operators);
    return {
      sites,
      byId: new Map(sites.map((s) => [s.id, s])),
      // Sorted by name in place by snapshotOfRecords.
      operators,
      problems,
      revision: typeof revisionRow?.value === 'string' ? revisionRow.value : undefined,
      snapshot,
    };
  }

  /** The live catalog, indexed for compare and resolve; shared until the next change. */
  async getSnapshot(): Promise<CatalogSnapshot> {
    return (await this.loaded()).snapshot;
  }

  async getResolver(): Promise<Resolver> {
    const loaded = await this.loaded();
    return (loaded.resolver ??= resolverFor(loaded.snapshot));
  }

  /** Every parsed site (soft-deleted included) and operator as loaded now: what `initialRecords` takes. */
  async loadedRecords(): Promise<LoadedRecords> {
    const { sites, operators, revision } = await this.loaded();
    return { sites, operators, revision };
  }

  /** Live sites and all operators, as parsed on the last load (shared arrays: do not mutate). */
  async liveRecords(): Promise<{ sites: readonly Site[]; operators: readonly Operator[] }> {
    const { snapshot } = await this.loaded();
    return { sites: snapshot.sites, operators: snapshot.operators };
  }

  /** Stored records that failed validation on the last load (skipped, not deleted). */
  async readProblems(): Promise<ReadProblem[]> {
    return [...(await this.loaded()).problems];
  }

  async getSite(id: string, options: { includeDeleted?: boolean } = {}): Promise<Site | null> {
    const site = (await this.loaded()).byId.get(id);
    return site && (options.includeDeleted || !site.deletedAt) ? site : null;
  }

  /** The live sites among `ids`, in the order asked; unknown ids are left out. */
  async getSites(ids: readonly string[]): Promise<Site[]> {
    const { byId } = await this.loaded();
    return ids.map((id) => byId.get(id)).filter((s): s is Site => !!s && !s.deletedAt);
  }

  /**
   * As getSites, without loading the catalog when it is not loaded: the rows are read by id (a
   * card needs one record, and parsing all 100,000 to show it would keep them all in memory).
   */
  async sitesById(ids: readonly string[]): Promise<Site[]> {
    if (this.current) return this.getSites(ids);
    const rows = await this.#db.sites.bulkGet([...ids]);
    return readSites(rows, undefined, this.#db.recordStamp).filter((s) => !s.deletedAt);
  }

  async getOperator(id: string): Promise<Operator | null> {
    return (await this.loaded()).snapshot.operatorById.get(id) ?? null;
  }

  /** Sorted by name. */
  async listOperators(): Promise<Operator[]> {
    return [...(await this.loaded()).operators];
  }

  async listSites(q: ListSitesQuery = {}): Promise<{ sites: Site[]; total: number }> {
    const loaded = await this.loaded();
    const f = q.filter ?? {};
    const keep = (s: Site) =>
      (!f.operatorId || s.operatorIds.includes(f.operatorId)) &&
      (!f.country || s.place.country === f.country) &&
      (!f.status || s.status === f.status) &&
      (!f.kind || s.kind === f.kind) &&
      (!f.origin || s.origin === f.origin);
    const query = f.query?.trim() ?? '';
    let matched: Site[];
    if (query) {
      loaded.search ??= buildSiteSearchIndex(loaded.sites, loaded.operators);
      matched = loaded.search.search(query, (s) => (f.includeDeleted || !s.deletedAt) && keep(s));
    } else {
      matched = loaded.sites.filter((s) => (f.includeDeleted || !s.deletedAt) && keep(s));
    }
    const sort = q.sort ?? (query ? 'relevance' : 'name');
    if (sort !== 'relevance') matched = matched.slice().sort(SORTS[sort]);
    else if (!query) matched = matched.slice().sort(SORTS.name);
    const offset = Math.max(0, q.offset ?? 0);
    const limit = Math.max(0, q.limit ?? 50);
    return { sites: matched.slice(offset, offset + limit), total: matched.length };
  }

  /**
   * Creates or updates a site. `by: 'user'` marks it edited by a person, which protects it from seed
   * updates. Origin and creation time of an existing site are kept; a new site made by a person is
   * `origin: 'user'` with a fresh `user-…` id when it has none. Throws CatalogValidationError.
   */
  async putSite(input: unknown, options: { by?: WriteBy } = {}): Promise<Site> {
    const by = options.by ?? 'user';
    const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const now = this.stamp();
    const site = await this.#db.transaction('rw', this.#db.sites, this.#db.operators, async () => {
      const id = typeof raw.id === 'string' && raw.id ? raw.id : `user-${this.randomId()}`;
      const existingRaw = await this.#db.sites.get(id);
      const existing = existingRaw ? readSites([existingRaw])[0] : undefined;
      const candidate = {
        ...raw,
        id,
        origin: existing?.origin ?? raw.origin ?? (by === 'user' ? 'user' : 'import'),
        createdAt: existing?.createdAt ?? raw.createdAt ?? now,
        updatedAt: now,
        userEditedAt: by === 'user' ? now : (existing?.userEditedAt ?? raw.userEditedAt),
        deletedAt: existing ? existing.deletedAt : raw.deletedAt,
      };
      const parsed = SiteSchema.safeParse(candidate);
      if (!parsed.success) throw new CatalogValidationError(issuesOf(parsed.error));
      await this.assertOperatorsExist([parsed.data], []);
      await this.#db.sites.put(parsed.data);
      return parsed.data;
    });
    this.invalidate();
    return site;
  }

  /**
   * A person's save from a form, with the page that prompted it: operators typed by name are
   * created first (the form's operator is the site's main one), the site is stamped as putSite
   * stamps a person's edit, and the page is kept as a sighting of it. Throws
   * CatalogValidationError (nothing of the site is written then).
   */
  async saveUserSite(payload: UserSitePayload, evidence?: SightingDraft): Promise<Site> {
    // A bad sighting refuses the whole save before anything is written.
    const sightingCheck = evidence && SightingSchema.safeParse({ ...evidence, id: 'pending', seenAt: this.stamp() });
    if (sightingCheck && !sightingCheck.success) throw new CatalogValidationError(issuesOf(sightingCheck.error, 'sighting.'));
    const { newOperatorNames, ...draft } = payload;
    const created: string[] = [];
    for (const name of newOperatorNames ?? []) created.push((await this.ensureUserOperator(name)).id);
    const site = await this.putSite({ ...draft, operatorIds: [...created, ...draft.operatorIds] }, { by: 'user' });
    if (evidence) await this.addSighting({ ...evidence, siteId: site.id });
    return site;
  }

  /**
   * Creates or updates an operator. A person's edit of a seed operator makes it `origin: 'user'`
   * (operators have no userEditedAt), so seed updates leave it alone from then on.
   */
  async putOperator(input: unknown, options: { by?: WriteBy } = {}): Promise<Operator> {
    const by = options.by ?? 'user';
    const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const now = this.stamp();
    const operator = await this.#db.transaction('rw', this.#db.operators, async () => {
      const id = typeof raw.id === 'string' && raw.id ? raw.id : `user-${this.randomId()}`;
      const existing = readOperators([await this.#db.operators.get(id)])[0];
      const parsed = OperatorSchema.safeParse({
        ...raw,
        id,
        origin: by === 'user' ? 'user' : (existing?.origin ?? raw.origin ?? 'import'),
        createdAt: existing?.createdAt ?? raw.createdAt ?? now,
        updatedAt: now,
      });
      if (!parsed.success) throw new CatalogValidationError(issuesOf(parsed.error));
      await this.#db.operators.put(parsed.data);
      return parsed.data;
    });
    this.invalidate();
    return operator;
  }

  /**
   * The operator a person typed: an existing one when the name or an alias matches ("Microsoft
   * Corp." finds Microsoft), else a new `origin: 'user'` operator.
   */
  async ensureUserOperator(name: string, kind: OperatorKind = 'developer'): Promise<Operator> {
    const key = operatorKey(name);
    const known = (await this.loaded()).operators.find((o) => [o.name, ...o.aliases].some((n) => operatorKey(n) === key));
    if (known) return known;
    const slug = key.normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return this.putOperator({ id: `user-${slug ? `${slug}-` : ''}${this.randomId().slice(0, 8)}`, name: name.trim(), kind }, { by: 'user' });
  }

  /** Soft delete; the token undoes exactly this deletion. Null when there is no such live site. */
  async deleteSite(id: string): Promise<{ token: string } | null> {
    const now = this.stamp();
    const done = await this.#db.transaction('rw', this.#db.sites, async () => {
      const site = readSites([await this.#db.sites.get(id)])[0];
      if (!site || site.deletedAt) return false;
      await this.#db.sites.put({ ...site, deletedAt: now, updatedAt: now });
      return true;
    });
    if (!done) return null;
    this.invalidate();
    return { token: `${id}@${now}` };
  }

  /**
   * Undoes a soft delete, given the token from deleteSite or just the site's id. A token only
   * restores the deletion it came from, so an old undo cannot revive a site deleted again later.
   */
  async restoreSite(tokenOrId: string): Promise<Site | null> {
    const at = tokenOrId.indexOf('@');
    const id = at < 0 ? tokenOrId : tokenOrId.slice(0, at);
    const deletedAt = at < 0 ? null : tokenOrId.slice(at + 1);
    const now = this.stamp();
    const restored = await this.#db.transaction('rw', this.#db.sites, async () => {
      const site = readSites([await this.#db.sites.get(id)])[0];
      if (!site?.deletedAt || (deletedAt !== null && site.deletedAt !== deletedAt)) return null;
      const { deletedAt: _gone, ...rest } = site;
      const next: Site = { ...rest, updatedAt: now };
      await this.#db.sites.put(next);
      return next;
    });
    if (restored) this.invalidate();
    return restored;
  }

  /**
   * Records where a site (or a new mention) was seen. The same quote on the same page for the same
   * site is one sighting: seeing it again only updates `seenAt` and the facts.
   */
  async addSighting(input: unknown): Promise<Sighting> {
    const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const parsed = SightingSchema.safeParse({
      ...raw,
      id: raw.id ?? `s-${this.randomId()}`,
      seenAt: raw.seenAt ?? this.stamp(),
    });
    if (!parsed.success) throw new CatalogValidationError(issuesOf(parsed.error));
    const sighting = parsed.data;
    return this.#db.transaction('rw', this.#db.sightings, this.#db.sites, async () => {
      if (sighting.siteId && !(await this.#db.sites.get(sighting.siteId))) {
        throw new CatalogValidationError([{ path: 'siteId', message: `no site ${sighting.siteId}` }]);
      }
      const samePage = readSightings(await this.#db.sightings.where('url').equals(sighting.url).toArray());
      const same = samePage.find((s) => s.siteId === sighting.siteId && s.quote.exact === sighting.quote.exact);
      const stored = same ? { ...sighting, id: same.id } : sighting;
      await this.#db.sightings.put(stored);
      return stored;
    });
  }

  /** Newest first. */
  async sightingsForSite(siteId: string): Promise<Sighting[]> {
    const rows = readSightings(await this.#db.sightings.where('siteId').equals(siteId).toArray());
    return rows.sort((a, b) => (a.seenAt < b.seenAt ? 1 : a.seenAt > b.seenAt ? -1 : 0));
  }

  /** Every sighting recorded on the page at `url` (what the user saved or linked there). */
  async sightingsAtUrl(url: string): Promise<Sighting[]> {
    return readSightings(await this.#db.sightings.where('url').equals(url).toArray());
  }

  /** Every page address with a sighting, read from the index alone (no sighting is parsed). */
  async sightingUrls(): Promise<string[]> {
    return (await this.#db.sightings.orderBy('url').uniqueKeys()).filter((u): u is string => typeof u === 'string');
  }

  /** The record an import wrote with its changes, if that import committed (lib/sync/apply.ts). */
  async importRecord(id: string): Promise<ImportRecord | undefined> {
    return readImportRecord(this.#db, id);
  }

  /** The stamp rows validated by this build carry (validate-on-write.ts); a value stamped so is trusted as written. */
  get recordStamp(): string | undefined {
    return this.#db.recordStamp;
  }

  /** A value another module keeps beside the records (a source's state), by its own key. */
  async storedValue(key: string): Promise<unknown> {
    return (await this.#db.meta.get(ownKey(key)))?.value;
  }

  /** Every value kept under keys starting with `prefix`, in key order (the catalog's own values left out). */
  async storedValues(prefix: string): Promise<unknown[]> {
    const rows = await this.#db.meta.where('key').startsWith(prefix).toArray();
    return rows.filter((r) => !isCatalogKey(r.key)).map((r) => r.value);
  }

  async storeValue(key: string, value: unknown): Promise<void> {
    await this.#db.meta.put({ key: ownKey(key), value });
  }

  /**
   * Applies an import's change set (lib/sync/apply.ts), all or nothing, with `also` written in
   * the same transaction: what must never disagree with the records (a source's base and state).
   */
  async applyChanges(changes: ChangeSet, options: Omit<ApplyOptions, 'alsoWrite'> & { also?: AlsoWrite } = {}): Promise<ApplyResult> {
    const { also, ...applyOptions } = options;
    checkKeys(also);
    const result = await applyChangeSet(dexieStore(this.#db), changes, { ...applyOptions, alsoWrite: also && (() => this.writeAlso(also)) });
    if (result.operators + result.sites > 0 || also?.deleteSiteIds?.length) this.invalidate();
    return result;
  }

  /** Writes `also` alone, in one transaction: a source removed takes its sites and its values together. */
  async writeTogether(also: AlsoWrite): Promise<void> {
    checkKeys(also);
    await this.#db.transaction('rw', this.#db.sites, this.#db.meta, () => this.writeAlso(also));
    if (also.deleteSiteIds?.length) this.invalidate();
  }

  private async writeAlso(also: AlsoWrite): Promise<void> {
    if (also.deleteSiteIds?.length) await this.#db.sites.bulkDelete([...also.deleteSiteIds]);
    if (also.deleteKeys?.length) await this.#db.meta.bulkDelete([...also.deleteKeys]);
    const puts = Object.entries(also.storeValues ?? {});
    if (puts.length > 0) await this.#db.meta.bulkPut(puts.map(([key, value]) => ({ key, value })));
  }

  async countSightings(siteId: string): Promise<number> {
    return this.#db.sightings.where('siteId').equals(siteId).count();
  }

  /** Counts over live sites. */
  async stats(): Promise<CatalogStats> {
    const { snapshot } = await this.loaded();
    const count = (keys: Iterable<string>) => {
      const m = new Map<string, number>();
      for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
      return m;
    };
    const sites = snapshot.sites;
    const byOperator = count(sites.flatMap((s) => [...new Set(s.operatorIds)]));
    const byCountry = count(sites.map((s) => s.place.country ?? ''));
    const desc = (m: Map<string, number>, name: (id: string) => string) =>
      [...m].map(([id, n]) => ({ id, name: name(id), count: n })).sort((a, b) => b.count - a.count || byName(a, b));
    const points: Array<[number, number, string]> = [];
    for (const s of sites) if (s.place.lat !== undefined && s.place.lon !== undefined) points.push([s.place.lat, s.place.lon, s.kind]);
    return {
      total: sites.length,
      byOperator: desc(byOperator, (id) => snapshot.operatorById.get(id)?.name ?? id),
      byCountry: desc(byCountry, (id) => (id ? (countryByCode(id)?.name ?? id) : 'Unknown')),
      byKind: Object.fromEntries(count(sites.map((s) => s.kind))),
      byStatus: Object.fromEntries(count(sites.map((s) => s.status))),
      byOrigin: Object.fromEntries(count(sites.map((s) => s.origin))),
      points,
    };
  }

  /**
   * Everything stored and valid, soft-deleted sites included (they travel as tombstones): sites and
   * operators as loaded (an export, an import's preview and a source's update need not read and
   * parse 100,000 rows again), sightings read now, in a transaction that also reads the records'
   * revision, so the three are of one moment. The lists are the caller's; the records are shared.
   */
  async allRecords(): Promise<Catalog & { problems: ReadProblem[] }> {
    for (let attempt = 0; ; attempt++) {
      const loaded = await this.loaded();
      const [rows, revision] = await this.#db.transaction('r', this.#db.sightings, this.#db.meta, () =>
        Promise.all([this.#db.sightings.toArray(), this.#db.meta.get('recordsRevision')]),
      );
      // Written since the load (its change event not heard yet): load again. Revisions exist only
      // with the write stamp (validate-on-write.ts); without it a write always drops the load.
      if (loaded.revision !== undefined && revision?.value !== loaded.revision && attempt < 3) {
        this.invalidate();
        continue;
      }
      const problems = [...loaded.problems];
      return { sites: [...loaded.sites], operators: [...loaded.operators], sightings: readSightings(rows, problems), problems };
    }
  }

  /**
   * Writes many records as they are (timestamps and origins included) in one transaction: all or
   * nothing. Every record is validated first, and every site's operators must exist afterwards.
   */
  async bulkPut(records: { sites?: readonly unknown[]; operators?: readonly unknown[]; sightings?: readonly unknown[] }): Promise<{ sites: number; operators: number; sightings: number }> {
    const issues: FieldIssue[] = [];
    const parseEach = <T>(schema: z.ZodType<T>, rows: readonly unknown[] | undefined, name: string): T[] =>
      (rows ?? []).flatMap((row, i) => {
        const r = schema.safeParse(row);
        if (!r.success) issues.push(...issuesOf(r.error, `${name}[${i}].`));
        return r.success ? [r.data] : [];
      });
    const sites = parseEach(SiteSchema, records.sites, 'sites');
    const operators = parseEach(OperatorSchema, records.operators, 'operators');
    const sightings = parseEach(SightingSchema, records.sightings, 'sightings');
    if (issues.length > 0) throw new CatalogValidationError(issues.slice(0, 100));
    await this.#db.transaction('rw', this.#db.sites, this.#db.operators, this.#db.sightings, async () => {
      await this.assertOperatorsExist(sites, operators);
      await this.#db.operators.bulkPut(operators);
      await this.#db.sites.bulkPut(sites);
      await this.#db.sightings.bulkPut(sightings);
    });
    this.invalidate();
    return { sites: sites.length, operators: operators.length, sightings: sightings.length };
  }

  private async assertOperatorsExist(sites: readonly Site[], incoming: readonly Operator[]): Promise<void> {
    const wanted = [...new Set(sites.flatMap((s) => s.operatorIds))];
    const known = new Set(incoming.map((o) => o.id));
    const stored = await this.#db.operators.bulkGet(wanted.filter((id) => !known.has(id)));
    const missing = wanted.filter((id) => !known.has(id) && !stored.some((o) => o?.id === id));
    if (missing.length > 0) {
      throw new CatalogValidationError(missing.slice(0, 20).map((id) => ({ path: 'operatorIds', message: `unknown operator ${id}` })));
    }
  }
}

const nullsLast = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a);

const SORTS: Record<Exclude<SiteSort, 'relevance'>, (a: Site, b: Site) => number> = {
  name: byName,
  updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : byName(a, b)),
  capacity: (a, b) => nullsLast(siteMW(a), siteMW(b)) || byName(a, b),
  gpus: (a, b) => nullsLast(siteGpus(a), siteGpus(b)) || byName(a, b),
  country: (a, b) => {
    const ca = a.place.country ?? '~';
    const cb = b.place.country ?? '~';
    return ca < cb ? -1 : ca > cb ? 1 : byName(a, b);
  },
};
