/**
 * Export over a port: the file's text is written a page of records at a time in one read
 * transaction, so a 100,000-site catalog (about 90 MB) never has to fit in one message (Chrome's
 * cap is 64 MiB). Each piece becomes a Blob as it is written (held by the browser, not the
 * worker's heap) and the finished file is handed over in Cache Storage (lib/browser/file-transfer.ts)
 * when the manager asks so: copying 90 MB through messages alone took seconds. Otherwise, or
 * when Cache Storage refuses, the pieces go over the port as chunks.
 */
import { browser, type Browser } from 'wxt/browser';
import { EXPORT_PORT, ExportClientMessage, ExportServerMessage, type SiteFilter } from '@/lib/messaging/messages';
import { sitesToCsv } from '@/lib/sync/csv';
import { EXPORT_CHUNK_CHARS, streamExport } from '@/lib/sync/export-stream';
import { exportFileName } from '@/lib/sync/format';
import { chunkText } from '@/lib/ui/import-file';
import { describeError } from '@/lib/browser/messaging';
import { storeTransfer } from '@/lib/browser/file-transfer';
import type { CatalogState } from './catalog-state';
import { nowIso } from './ids';
import { fromOwnPage } from './own-page';

const BLOB_PART_CHARS = 8 * 1024 * 1024;

function describeFilter(filter: SiteFilter): string {
  return Object.entries(filter)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

async function runExport(port: Browser.runtime.Port, state: CatalogState, request: ExportClientMessage): Promise<void> {
  const post = (m: ExportServerMessage) => port.postMessage(ExportServerMessage.parse(m));
  const service = await state.catalog();
  const now = nowIso();
  const { filter, format } = request;
  // A filtered export selects through the same search as the manager's list.
  const keep = filter ? new Set((await service.listSites({ filter, sort: 'name', offset: 0, limit: Number.MAX_SAFE_INTEGER })).sites.map((s) => s.id)) : null;
  const stamp = now.slice(0, 10);
  if (format === 'csv') {
    const sites = keep ? await service.getSites([...keep]) : (await service.liveRecords()).sites;
    return handOver(post, request, [new Blob([sitesToCsv(sites)])], { filename: `dc-lens-catalog-${stamp}.csv`, count: sites.length });
  }
  const total = await service.recordCount();
  let done = 0;
  // Pieces become Blobs 8 MB at a time: each Blob made costs a round to the browser (profiled at
  // about 80 ms for 1 MB pieces on a busy machine), and the worker holds at most one part as text.
  const parts: Blob[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const seal = () => {
    if (pending.length > 0) parts.push(new Blob(pending));
    pending = [];
    pendingChars = 0;
  };
  const result = await service.readPages((source) =>
    streamExport(
      source,
      {
        now,
        filter: filter ? { label: describeFilter(filter) } : undefined,
        keep: keep
          ? (name, r) => name === 'operators' || (name === 'sites' ? keep.has(r.id) : keep.has((r as { siteId?: string }).siteId ?? ''))
          : undefined,
      },
      (data) => {
        pending.push(data);
        pendingChars += data.length;
        if (pendingChars >= BLOB_PART_CHARS) seal();
        post({ type: 'progress', done, total });
      },
      (read) => {
        done = read;
      },
    ),
  );
  seal();
  const filename = request.purpose === 'backup' ? exportFileName(now, 'backup') : `dc-lens-catalog-${stamp}.json`;
  await handOver(post, request, parts, { filename, count: result.counts.sites });
}

/** The finished file to the manager: in Cache Storage when asked and possible, else in chunks. */
async function handOver(post: (m: ExportServerMessage) => void, request: ExportClientMessage, parts: Blob[], done: { filename: string; count: number }): Promise<void> {
  const stored = request.transfer === 'cache' ? await storeTransfer(new Blob(parts)) : null;
  if (stored) return post({ type: 'done', ...done, stored });
  // One part in memory at a time: the worker never holds the whole text.
  for (const part of parts) for (const data of chunkText(await part.text(), EXPORT_CHUNK_CHARS)) post({ type: 'chunk', data, done: done.count, total: done.count });
  post({ type: 'done', ...done });
}

export function listenForExports(state: CatalogState): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EXPORT_PORT || !fromOwnPage(port.sender)) return;
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
