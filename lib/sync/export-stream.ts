/**
 * Export as a stream: the file is made a chunk at a time, when the consumer asks for the next one
 * (a pull), so it is never held whole, no single message has to carry it (Chrome caps one message
 * at 64 MiB; 100,000 sites are about 90 MB), and a consumer that writes the file into Cache
 * Storage sets the pace. The records come from memory: the background holds the parsed catalog
 * anyway, and reading 100,000 rows back from IndexedDB cost most of an export.
 * The bytes are exactly `buildExport`'s for the same records.
 */
import { ExportWriter, sortedById } from './format';
import type { ExportFilter } from './select';
import { COLLECTIONS } from './types';
import type { Catalog } from './types';

export interface ExportStreamOptions {
  now: Date | string;
  /** Recorded in the file when it holds only part of the catalog (the caller chose the records). */
  filter?: ExportFilter;
  /** Size of a chunk: characters for text chunks, bytes for the byte stream (the last may be shorter). */
  chunkSize?: number;
  /** Records written so far of the total, before each chunk is handed on. */
  onProgress?: (written: number, total: number) => void;
}

export const EXPORT_CHUNK_CHARS = 1024 * 1024;

/** Where the writer's pieces gather until a chunk is taken. */
interface ChunkSink<T> {
  write(piece: string): void;
  /** What a chunk taken now would hold (characters or bytes). */
  readonly size: number;
  take(): T;
}

class TextSink implements ChunkSink<string> {
  private parts: string[] = [];
  size = 0;

  write(piece: string): void {
    this.parts.push(piece);
    this.size += piece.length;
  }

  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return text;
  }
}

/**
 * UTF-8 written straight into a buffer as each record is written (TextEncoder.encodeInto). Joining
 * a chunk's pieces and then encoding the joined text cost a 100,000-site export more than making
 * the JSON (one large string per chunk, kept until a full garbage collection, then copied again).
 */
class ByteSink implements ChunkSink<Uint8Array> {
  private readonly encoder = new TextEncoder();
  private buffer: Uint8Array;
  size = 0;

  constructor(private readonly capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  write(piece: string): void {
    // One UTF-16 unit becomes at most 3 bytes of UTF-8; a record too big for the room left grows the buffer.
    const room = piece.length * 3;
    if (room > this.buffer.length - this.size) {
      const bigger = new Uint8Array(Math.max(this.capacity, 2 * this.buffer.length, this.size + room));
      bigger.set(this.buffer.subarray(0, this.size));
      this.buffer = bigger;
    }
    this.size += this.encoder.encodeInto(piece, this.buffer.subarray(this.size)).written;
  }

  take(): Uint8Array {
    const chunk = this.buffer.subarray(0, this.size);
    this.buffer = new Uint8Array(this.capacity);
    this.size = 0;
    return chunk;
  }
}

/** The file in chunks of about `chunkSize` as `sink` measures it, every record of `catalog` in id order. */
function* chunks<T>(catalog: Catalog, opts: ExportStreamOptions, sink: ChunkSink<T>, chunkSize: number): Generator<T, void, void> {
  const total = COLLECTIONS.reduce((n, name) => n + catalog[name].length, 0);
  let written = 0;
  const take = () => {
    opts.onProgress?.(written, total);
    return sink.take();
  };
  const writer = new ExportWriter((piece) => sink.write(piece), opts.filter, opts.now);
  for (const name of COLLECTIONS) {
    writer.list(name);
    for (const record of sortedById<{ id: string }>(catalog[name])) {
      writer.add(record);
      written++;
      if (sink.size >= chunkSize) yield take();
    }
  }
  writer.finish();
  yield take();
}

/** The export file's text in chunks of about `chunkSize` characters (for a port: messages carry text). */
export function exportChunks(catalog: Catalog, opts: ExportStreamOptions): Generator<string, void, void> {
  const size = opts.chunkSize ?? EXPORT_CHUNK_CHARS;
  return chunks(catalog, opts, new TextSink(), size);
}

/**
 * The export file as UTF-8 in a ReadableStream (a Response body for Cache Storage), each chunk of
 * about `chunkSize` bytes made when the stream's reader pulls.
 */
export function exportStream(catalog: Catalog, opts: ExportStreamOptions): ReadableStream<Uint8Array> {
  const size = opts.chunkSize ?? EXPORT_CHUNK_CHARS;
  // Room past the chunk's size for the record that crosses it, so a buffer rarely has to grow.
  const made = chunks(catalog, opts, new ByteSink(size + 64 * 1024), size);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = made.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}
