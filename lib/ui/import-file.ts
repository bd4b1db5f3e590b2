/** The import form's file handling: size limit, format sniffing, and chunks for the import port. */
import type { ImportClientMessage } from '../messaging/messages';
import { MAX_FILE_BYTES } from '../sync/format';

/**
 * Larger files are refused before reading, with the same limit the background enforces (a catalog
 * export of 100k sites is about 70 MB of JSON)…
 */
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;
/** …and each port message stays far below the protocol's 8M-character cap and Chrome's 64 MiB. */
export const CHUNK_CHARS = 4 * 1024 * 1024;

export type ImportFormat = 'json' | 'csv';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Checked on the File's metadata alone, so a huge file is never read into memory. */
export function checkImportFile(file: { name: string; size: number }): { ok: true } | { ok: false; message: string } {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: `“${file.name}” is ${mb(file.size)}; DC Lens imports files up to ${mb(MAX_IMPORT_BYTES)}.` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  return { ok: true };
}

/** By extension first; a file without one is sniffed: JSON starts with { or [, CSV has a comma header. */
export function detectFormat(name: string, text: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',')) return 'csv';
  return null;
}

/** The name sent with the data: the background picks its parser by extension, so give it one. */
export function nameWithExtension(name: string, format: ImportFormat): string {
  const base = name.slice(0, 290);
  return new RegExp(`\\.${format}$`, 'i').test(base) ? base : `${base}.${format}`;
}

/** Splits text into pieces of at most `size` UTF-16 units without cutting a surrogate pair. */
export function chunkText(text: string, size = CHUNK_CHARS): string[] {
  if (size < 2) throw new RangeError('chunk size must be at least 2');
  if (text.length === 0) return [''];
  const chunks: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks;
}

export function chunkMessages(text: string, name: string, size = CHUNK_CHARS): ImportClientMessage[] {
  const chunks = chunkText(text, size);
  return chunks.map((data, i) => ({ type: 'chunk', data, last: i === chunks.length - 1, name }));
}

/** A backup is worth taking whenever the import would overwrite something. */
export function needsBackup(counts: { updated: number; conflicts: number }): boolean {
  return counts.updated + counts.conflicts > 0;
}
