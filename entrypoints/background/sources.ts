/**
 * Subscribed sources: fetched only after the user subscribed (the manager asks for the origin's
 * host permission first), checked again when the server's caching headers say (daily by default,
 * at most hourly) with chrome.alarms, conditionally (If-None-Match / If-Modified-Since), and merged
 * through the import engine against the source's stored base (lib/sync/source-merge.ts). A bad
 * answer — an error status, a redirect to another origin (see fetchSource), a body over the size limit, a timeout,
 * a file that is not a catalog — changes nothing and is shown as the source's error.
 *
 * State is kept beside the records (CatalogService.storeValue): `source:<id>` (SourceState) and `base:<id>` (what
 * the source last delivered), written in the same transaction as the records they describe.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { lazySchema } from '../../lib/lazy-schema';
import { OperatorSchema, SiteSchema } from '@/lib/catalog/schema';
import type { CatalogService } from '@/lib/catalog/service';
import { applyChoices } from '@/lib/sync/choices';
import { MAX_FILE_BYTES } from '@/lib/sync/format';
import { planSourceFile, sitesOnlyFrom, type SourceBase } from '@/lib/sync/source-merge';
import { checkSourceUrl, HOUR_MS, nextCheckDelay, readCapped, SourceStateSchema, type SourceState } from '@/lib/sync/subscription';
import { describeError } from '@/lib/browser/messaging';
import type { CatalogState } from './catalog-state';
import { nowIso } from './ids';

export const SOURCE_ALARM_PREFIX = 'dc-lens-source:';
/** A source that has not answered in this time is given up on for this check. */
const FETCH_TIMEOUT_MS = 15_000;
const STATE = 'source:';
const BASE = 'base:';

const BaseSchema = lazySchema(() => z.object({ operators: z.array(OperatorSchema), sites: z.array(SiteSchema) }));
/** A base as stored: `stamp` names the schemas it was parsed with (validate-on-write.ts), so this build reads it back without a zod pass. */
type StoredBase = SourceBase & { stamp?: string };

const show = (v: unknown): string => (v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 300);

async function readState(catalog: CatalogService, id: string): Promise<SourceState | undefined> {
  const parsed = SourceStateSchema.safeParse(await catalog.storedValue(STATE + id));
  return parsed.success ? parsed.data : undefined;
}

async function readBase(catalog: CatalogService, id: string): Promise<SourceBase | undefined> {
  const value = (await catalog.storedValue(BASE + id)) as StoredBase | undefined;
  // Written by this build from records it had parsed: trusted as it was, like stamped rows.
  if (value && catalog.recordStamp && value.stamp === catalog.recordStamp && Array.isArray(value.operators) && Array.isArray(value.sites)) return value;
  const parsed = BaseSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

async function listStates(catalog: CatalogService): Promise<SourceState[]> {
  return (await catalog.storedValues(STATE)).flatMap((value) => {
    const parsed = SourceStateSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

function schedule(state: SourceState): void {
  if (!state.nextCheck) return;
  void browser.alarms.create(SOURCE_ALARM_PREFIX + state.id, { when: Math.max(Date.now() + 1000, Date.parse(state.nextCheck)) });
}

type Fetched = { kind: 'unchanged'; headers: Headers } | { kind: 'body'; bytes: Uint8Array; headers: Headers };

async function fetchSource(state: SourceState): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['If-None-Match'] = state.etag;
  if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  // no-store: the conditional headers are ours, so a 304 reaches us instead of the HTTP cache's copy.
  const get = (redirect: RequestRedirect) => fetch(state.url, { headers, credentials: 'omit', cache: 'no-store', redirect, signal });
  let response: Response;
  try {
    // manual first: a redirect is seen as such (a followed one to a host that refuses us is only "Failed to fetch").
    response = await get('manual');
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new Error(timedOut ? `The source did not answer within ${FETCH_TIMEOUT_MS / 1000} s.` : `The source could not be reached: ${describeError(error)}`);
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
    // Where a redirect leads cannot be read from an extension (the response is opaque): it is
    // followed, and its answer kept only if it came from the subscribed origin (a file moved on
    // the same server). A source must not be moved to another site behind the user's back.
    const followed = await get('follow').catch(() => null);
    if (!followed || new URL(followed.url).origin !== new URL(state.url).origin) {
      void followed?.body?.cancel();
      throw new Error(`The source redirected to another address; DC Lens reads a source only at the address you subscribed to (${new URL(state.url).origin}). Subscribe to the new address instead.`);
    }
    response = followed;
  }
  if (response.status === 304) return { kind: 'unchanged', headers: response.headers };
  if (!response.ok) {
    void response.body?.cancel();
    throw new Error(`The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES) {
    void response.body?.cancel();
    throw new Error(`The source is ${Math.round(declared / 1024 / 1024)} MB; DC Lens reads catalogs up to ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB.`);
  }
  try {
    return { kind: 'body', bytes: await readCapped(response.body, MAX_FILE_BYTES), headers: response.headers };
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw timedOut ? new Error(`The source did not finish sending within ${FETCH_TIMEOUT_MS / 1000} s.`) : error;
  }
}

function nextCheck(headers: Headers | null, now: string): string {
  const delay = headers ? nextCheckDelay({ cacheControl: headers.get('cache-control'), expires: headers.get('expires'), date: headers.get('date') }, Date.parse(now)) : HOUR_MS;
  return new Date(Date.parse(now) + delay).toISOString();
}

export class Sources {
  /** One check at a time: two updates of one catalog must not plan against each other's writes. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly state: CatalogState) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<SourceState[]> {
    return (await listStates(await this.state.catalog())).sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1));
  }

  async add(input: string): Promise<SourceState> {
    const checked = checkSourceUrl(input);
    if (!checked.ok) throw new Error(checked.message);
    const url = checked.url.href;
    const catalog = await this.state.catalog();
    const existing = (await listStates(catalog)).find((s) => s.url === url);
    if (existing) return this.update(existing.id);
    const state: SourceState = { id: `src-${crypto.randomUUID()}`, url, addedAt: nowIso(), conflicts: [], conflictCount: 0 };
    await catalog.storeValue(STATE + state.id, state);
    return this.update(state.id);
  }

  update(id: string): Promise<SourceState> {
    return this.serial(() => this.check(id));
  }

  private async check(id: string): Promise<SourceState> {
    const catalog = await this.state.catalog();
    const state = await readState(catalog, id);
    if (!state) throw new Error('No such source (it was removed).');
    const now = nowIso();
    let next: SourceState;
    try {
      const fetched = await fetchSource(state);
      if (fetched.kind === 'unchanged') {
        next = { ...state, lastChecked: now, nextCheck: nextCheck(fetched.headers, now), error: undefined };
        await catalog.storeValue(STATE + id, next);
      } else {
        next = await this.merge(catalog, state, fetched.bytes, fetched.headers, now);
      }
    } catch (error) {
      next = { ...state, lastChecked: now, nextCheck: nextCheck(null, now), error: describeError(error) };
      await catalog.storeValue(STATE + id, next);
    }
    schedule(next);
    return next;
  }

  /** Parses, plans against the base, and writes records, base and state in one transaction. */
  private async merge(catalog: CatalogService, state: SourceState, bytes: Uint8Array, headers: Headers, now: string): Promise<SourceState> {
    const current = await catalog.allRecords();
    const planned = planSourceFile(current, bytes, await readBase(catalog, state.id), now);
    if (!planned.ok) throw new Error(`The source did not send a DC Lens catalog: ${planned.message}`);
    const { plan, removals, file } = planned;
    // The user's edits win until they decide otherwise: conflicts keep "mine" and are listed.
    const changes = applyChoices(plan, {}, { default: 'local', now });
    const nameOf = new Map<string, string>(plan.sites.updated.map((u) => [u.id, u.local.name]));
    const next: SourceState = {
      ...state,
      etag: headers.get('etag') ?? undefined,
      lastModified: headers.get('last-modified') ?? undefined,
      lastChecked: now,
      nextCheck: nextCheck(headers, now),
      error: undefined,
      lastCounts: { added: plan.sites.added.length, updated: plan.sites.updated.length, removed: removals.length },
      conflicts: plan.conflicts.slice(0, 200).map((c) => ({ key: c.key, recordName: nameOf.get(c.id) ?? c.id, field: c.field, local: show(c.local), incoming: show(c.incoming) })),
      conflictCount: plan.conflicts.length,
    };
    const changed = plan.counts.added + plan.counts.updated + removals.length > 0;
    if (changed) next.lastChanged = now;
    const base: StoredBase = { stamp: catalog.recordStamp, operators: [...file.operators], sites: [...file.sites] };
    await catalog.applyChanges(changes, {
      also: { deleteSiteIds: removals.map((s) => s.id), storeValues: { [BASE + state.id]: base, [STATE + state.id]: next } },
    });
    if (changed) {
      await this.state.changed([...changes.sites.map((w) => w.record.id), ...removals.map((s) => s.id)]);
    }
    return next;
  }

  /** Unsubscribes: the sites that came only from this source and that the user never touched go too. */
  remove(id: string): Promise<{ removed: number }> {
    return this.serial(async () => {
      const catalog = await this.state.catalog();
      const base = await readBase(catalog, id);
      let removed: string[] = [];
      if (base) {
        const others = await Promise.all((await listStates(catalog)).filter((s) => s.id !== id).map((s) => readBase(catalog, s.id)));
        removed = sitesOnlyFrom(await catalog.allRecords(), base, others.filter((b): b is SourceBase => !!b)).map((s) => s.id);
      }
      await catalog.writeTogether({ deleteSiteIds: removed, deleteKeys: [STATE + id, BASE + id] });
      await browser.alarms.clear(SOURCE_ALARM_PREFIX + id);
      if (removed.length > 0) {
        await this.state.changed(removed);
      }
      return { removed: removed.length };
    });
  }

  /** Alarms survive worker stops; a source whose alarm fires is checked. */
  listen(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (!alarm.name.startsWith(SOURCE_ALARM_PREFIX)) return;
      void this.update(alarm.name.slice(SOURCE_ALARM_PREFIX.length)).catch(() => undefined);
    });
  }
}
