/**
 * Subscriptions to shared catalogs (like a browser's filter lists): what a source is, which URLs
 * may be one, when to check it again, and how its file is read. Pure; the background fetches and
 * writes (entrypoints/background/sources.ts).
 *
 * A source's URL must be https. Plain http is accepted only on the loopback interface
 * (127.0.0.1, ::1, localhost): a server on the same machine, for development and the tests. No
 * host permission is asked for it (a browser's permission prompt cannot be answered by a test),
 * so such a server must allow the extension by CORS, preflight for If-None-Match included.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';

export const SourceIdSchema = lazySchema(() => z.string().regex(/^src-[a-z0-9-]{4,64}$/, 'must be a source id'));

const Time = lazySchema(() => z.string().max(40));
export const ConflictNoteSchema = lazySchema(() => z.object({ key: z.string().max(300), recordName: z.string().max(300), field: z.string().max(200), local: z.string().max(300), incoming: z.string().max(300) }));
export type ConflictNote = z.infer<typeof ConflictNoteSchema>;

/** What the extension remembers about one subscription. */
export const SourceStateSchema = lazySchema(() =>
  z.object({
    id: SourceIdSchema,
    url: z.string().max(2048),
    addedAt: Time,
    etag: z.string().max(500).optional(),
    lastModified: z.string().max(100).optional(),
    lastChecked: Time.optional(),
    lastChanged: Time.optional(),
    nextCheck: Time.optional(),
    /** Why the last check changed nothing, in words; absent after a good check. */
    error: z.string().max(1000).optional(),
    /** Sites the last update brought, changed and removed. */
    lastCounts: z.object({ added: z.number().int(), updated: z.number().int(), removed: z.number().int() }).optional(),
    /** The user's edits the source disagrees with: kept, listed here. */
    conflicts: z.array(ConflictNoteSchema).max(200).default([]),
    conflictCount: z.number().int().default(0),
  }),
);
export type SourceState = z.infer<typeof SourceStateSchema>;

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The URL as a source may use it, or why not. */
export function checkSourceUrl(input: string): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'That is not a web address. Paste the full address of the catalog file, starting with https://.' };
  }
  if (url.username || url.password) return { ok: false, message: 'The address must not contain a user name or password.' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, url };
  return { ok: false, message: `Only https addresses can be subscribed to (plain http only on this machine: 127.0.0.1 or localhost); this one is ${url.protocol.replace(':', '')}.` };
}

export const isLoopback = (url: URL) => LOOPBACK.has(url.hostname);

export const HOUR_MS = 3_600_000;
export const DEFAULT_INTERVAL_MS = 24 * HOUR_MS;
const MAX_INTERVAL_MS = 7 * 24 * HOUR_MS;

/**
 * When to check again: the server's Cache-Control max-age (or Expires), else daily; never sooner
 * than an hour (a busy server must not be asked every minute), never later than a week.
 */
export function nextCheckDelay(headers: { cacheControl?: string | null; expires?: string | null; date?: string | null }, now: number): number {
  const maxAge = /(?:^|,)\s*(?:s-)?max-age\s*=\s*"?(\d+)/i.exec(headers.cacheControl ?? '')?.[1];
  let delay = DEFAULT_INTERVAL_MS;
  if (maxAge !== undefined) delay = Number(maxAge) * 1000;
  else if (/(?:^|,)\s*no-(?:cache|store)/i.test(headers.cacheControl ?? '')) delay = HOUR_MS;
  else if (headers.expires) {
    const expires = Date.parse(headers.expires);
    const served = headers.date ? Date.parse(headers.date) : now;
    if (Number.isFinite(expires)) delay = expires - (Number.isFinite(served) ? served : now);
  }
  return Math.min(MAX_INTERVAL_MS, Math.max(HOUR_MS, delay));
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The source sent more than ${Math.round(limit / 1024 / 1024)} MB; DC Lens reads catalogs up to that size, so nothing was changed.`);
    this.name = 'BodyTooLargeError';
  }
}

/** Reads a response body as UTF-8 text, refusing (and cancelling the download) past `limit` bytes. */
export async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
