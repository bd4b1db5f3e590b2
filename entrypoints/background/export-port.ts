/**
 * Export over a port. The file is made from the records the background holds parsed (no second
 * read of 100,000 rows from IndexedDB) a chunk at a time: when the manager asks for it in Cache
 * Storage (lib/browser/file-transfer.ts), the chunks stream straight into the cache entry as it
 * is written, so the worker never holds the file's text nor builds Blobs of it (both cost seconds
 * at 90 MB); otherwise, or when Cache Storage refuses, the same chunks go over the port. Chrome
 * caps one message at 64 MiB, so no message ever carries the file.
 */
import { browser, type Browser } from 'wxt/browser';
import { EXPORT_PORT, ExportClientMessage, ExportServerMessage, type SiteFilter } from '@/lib/messaging/messages';
import { sitesToCsv } from '@/lib/sync/csv';
import { EXPORT_CHUNK_CHARS, exportChunks, exportStream, type ExportStreamOptions } from '@/lib/sync/export-stream';
import { exportFileName } from '@/lib/sync/format';
import type { Catalog } from '@/lib/sync/types';
import { chunkText } from '@/lib/ui/import-file';
import { describeError } from '@/lib/browser/messaging';
import { storeTransfer } from '@/lib/browser/file-transfer';
import type { CatalogState } from './catalog-state';
import { nowIso } from './ids';
import { fromOwnPage } from './own-page';
import { trackSyncPort } from './sync-activity';

function describeFilter(filter: SiteFilter): string {
  return Object.entries(filter)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

type Post = (m: ExportServerMessage) => void;

async function runExport(port: Browser.runtime.Port, state: CatalogState, request: ExportClientMessage): Promise<void> {
  const post: Post = (m) => port.postMessage(ExportServerMessage.parse(m));
  const service = await state.catalog();
  const now = nowIso();
  const { filter, format } = request;
  // A filtered export selects through the same search as the manager's list.
  const keep = filter ? new Set((await service.listSites({ filter, sort: 'name', offset: 0, limit: Number.MAX_SAFE_INTEGER })).sites.map((s) => s.id)) : null;
  const stamp = now.slice(0, 10);
  if (format === 'csv') {
    const sites = keep ? await service.getSites([...keep]) : (await service.liveRecords()).sites;
    const filename = `dc-lens-catalog-${stamp}.csv`;
    const csv = sitesToCsv(sites);
    const stored = request.transfer === 'cache' ? await storeTransfer(new Blob([csv])) : null;
    return finish(post, stored, () => chunkText(csv, EXPORT_CHUNK_CHARS), { filename, count: sites.length });
  }
  const all = await service.allRecords();
  const records: Catalog = keep
    ? { operators: all.operators, sites: all.sites.filter((s) => keep.has(s.id)), sightings: all.sightings.filter((s) => s.siteId !== undefined && keep.has(s.siteId)) }
    : all;
  const options: ExportStreamOptions = {
    now,
    filter: filter ? { label: describeFilter(filter) } : undefined,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  };
  const filename = request.purpose === 'backup' ? exportFileName(now, 'backup') : `dc-lens-catalog-${stamp}.json`;
  const stored = request.transfer === 'cache' ? await storeTransfer(exportStream(records, options)) : null;
  await finish(post, stored, () => exportChunks(records, options), { filename, count: records.sites.length });
}

/** Says where the finished file is: its key in Cache Storage, or (none there) its chunks over the port first. */
async function finish(post: Post, stored: string | null, chunks: () => Iterable<string>, done: { filename: string; count: number }): Promise<void> {
  if (stored) return post({ type: 'done', ...done, stored });
  for (const data of chunks()) post({ type: 'chunk', data, done: done.count, total: done.count });
  post({ type: 'done', ...done });
}

export function listenForExports(state: CatalogState): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EXPORT_PORT || !fromOwnPage(port.sender)) return;
    trackSyncPort(port);
    port.onMessage.addListener((raw: unknown) => {
      const parsed = ExportClientMessage.safeParse(raw);
      const run = parsed.success ? runExport(port, state, parsed.data) : Promise.reject(new Error(`Bad export message: ${describeError(parsed.error)}`));
      run.catch((error) => {
        try {
          port.postMessage({ type: 'error', message: describeError(error) });
        } catch {
          // The manager closed the port; nobody is left to tell.
        }
      });
    });
  });
}
