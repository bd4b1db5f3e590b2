/**
 * Export as a stream: the file's text is made a chunk at a time, when the consumer asks for the
 * next one (a pull), so the text is never held whole, no single message has to carry it (Chrome
 * caps one message at 64 MiB; 100,000 sites are about 90 MB), and a consumer that writes the file
 * into Cache Storage sets the pace. The records come from memory: the background holds the parsed
 * catalog anyway, and reading 100,000 rows back from IndexedDB cost most of an export.
 * The bytes are exactly `buildExport`'s for the same records.
 */
import { ExportWriter } from './format';
import type { ExportFilter } from './select';
import { COLLECTIONS } from './types';
import type { Catalog } from './types';

export interface ExportStreamOptions {
  now: Date | string;
  /** Recorded in the file when it holds only part of the catalog (the caller chose the records). */
  filter?: ExportFilter;
  /** Text per chunk (the last one may be shorter). */
  chunkChars?: number;
  /** Records written so far of the total, before each chunk is handed on. */
  onProgress?: (written: number, total: number) => void;
}

export const EXPORT_CHUNK_CHARS = 1024 * 1024;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The export file's text in chunks of about `chunkChars`, every record of `catalog` in id order.
 * Sorting copies the lists (the caller's arrays are left as they are).
 */
export function* exportChunks(catalog: Catalog, opts: ExportStreamOptions): Generator<string, void, void> {
  const chunkChars = opts.chunkChars ?? EXPORT_CHUNK_CHARS;
  const total = COLLECTIONS.reduce((n, name) => n + catalog[name].length, 0);
  let written = 0;
  let buffer: string[] = [];
  let buffered = 0;
  const take = () => {
    opts.onProgress?.(written, total);
    const text = buffer.join('');
    buffer = [];
    buffered = 0;
    return text;
  };
  const writer = new ExportWriter(
    (piece) => {
      buffer.push(piece);
      buffered += piece.length;
    },
    opts.filter,
    opts.now,
  );
  for (const name of COLLECTIONS) {
    writer.list(name);
    for (const record of [...catalog[name]].sort(byId)) {
      writer.add(record);
      written++;
      if (buffered >= chunkChars) yield take();
    }
  }
  writer.finish();
  yield take();
}

/** The chunks as UTF-8 bytes in a ReadableStream, each made when the stream's reader pulls (a Response body for Cache Storage). */
export function byteStream(chunks: Iterator<string, void, void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
