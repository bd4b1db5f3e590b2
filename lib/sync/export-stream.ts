/**
 * Export as a stream: records are read page by page in id order and the file's text leaves in
 * chunks, so neither the text nor the whole catalog is ever held at once, and no single message
 * has to carry the file (Chrome caps one message at 64 MiB; 100,000 sites are about 77 MB).
 * The bytes are exactly `buildExport`'s for the same records.
 */
import { ExportWriter } from './format';
import type { ExportFilter } from './select';
import { COLLECTIONS } from './types';
import type { CollectionName } from './types';

/** Where the records come from: each collection in id order, a page at a time. */
export interface ExportPageSource {
  /** Up to `limit` records of `collection` with id greater than `after` (from the first when null), in id order. */
  page(collection: CollectionName, after: string | null, limit: number): Promise<readonly { id: string }[]>;
}

export interface ExportStreamOptions {
  now: Date | string;
  /** Recorded in the file when only part of the catalog is written. */
  filter?: ExportFilter;
  /** Which records to write; all when absent. */
  keep?: (collection: CollectionName, record: { id: string }) => boolean;
  /** Text per chunk handed to `sink` (the last one may be shorter). */
  chunkChars?: number;
  pageSize?: number;
}

export interface ExportStreamResult {
  /** Records written per collection. */
  counts: Record<CollectionName, number>;
  chars: number;
}

export const EXPORT_CHUNK_CHARS = 1024 * 1024;

/**
 * Streams the export file's text to `sink`; `onPage` reports records read so far (for progress).
 * The sink is called synchronously between page reads, so a caller may run the whole stream
 * inside one read transaction for a consistent copy.
 */
export async function streamExport(
  source: ExportPageSource,
  opts: ExportStreamOptions,
  sink: (chunk: string) => void,
  onPage?: (read: number) => void,
): Promise<ExportStreamResult> {
  const chunkChars = opts.chunkChars ?? EXPORT_CHUNK_CHARS;
  const pageSize = opts.pageSize ?? 2000;
  let buffer: string[] = [];
  let buffered = 0;
  let chars = 0;
  const flush = () => {
    if (buffered === 0) return;
    sink(buffer.join(''));
    chars += buffered;
    buffer = [];
    buffered = 0;
  };
  const writer = new ExportWriter(
    (piece) => {
      buffer.push(piece);
      buffered += piece.length;
      if (buffered >= chunkChars) flush();
    },
    opts.filter,
    opts.now,
  );
  const counts = { operators: 0, sites: 0, sightings: 0 };
  let read = 0;
  for (const name of COLLECTIONS) {
    writer.list(name);
    let after: string | null = null;
    for (;;) {
      const page = await source.page(name, after, pageSize);
      for (const record of page) {
        if (opts.keep && !opts.keep(name, record)) continue;
        writer.add(record);
        counts[name]++;
      }
      read += page.length;
      onPage?.(read);
      if (page.length < pageSize) break;
      after = page[page.length - 1].id;
    }
  }
  writer.finish();
  flush();
  return { counts, chars };
}

/** An ExportPageSource over records in memory (tests, scripts). */
export function memoryPageSource(catalog: Record<CollectionName, readonly { id: string }[]>): ExportPageSource {
  const sorted = Object.fromEntries(
    COLLECTIONS.map((name) => [name, [...catalog[name]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  ) as Record<CollectionName, { id: string }[]>;
  return {
    page: async (name, after, limit) => {
      const list = sorted[name];
      // Binary search for the first id after `after`.
      let start = 0;
      let end = list.length;
      while (after !== null && start < end) {
        const mid = (start + end) >> 1;
        if (list[mid].id <= after) start = mid + 1;
        else end = mid;
      }
      return list.slice(start, start + limit);
    },
  };
}
