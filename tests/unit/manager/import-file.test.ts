import { describe, expect, it } from 'vitest';
import {
  checkImportFile,
  chunkMessages,
  chunkText,
  CHUNK_CHARS,
  detectFormat,
  MAX_IMPORT_BYTES,
  nameWithExtension,
  needsBackup,
} from '../../../lib/ui/import-file';
import { ImportClientMessage } from '../../../lib/messaging/messages';

describe('checkImportFile', () => {
  it('refuses files over 100 MB, the limit the background enforces, before reading them, naming the size', () => {
    const r = checkImportFile({ name: 'huge.json', size: MAX_IMPORT_BYTES + 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('huge.json');
    expect(!r.ok && r.message).toContain('100.0 MB');
    expect(checkImportFile({ name: 'ok.json', size: MAX_IMPORT_BYTES }).ok).toBe(true);
    expect(checkImportFile({ name: 'empty.csv', size: 0 }).ok).toBe(false);
  });
});

describe('detectFormat', () => {
  it('trusts the extension first', () => {
    expect(detectFormat('catalog.JSON', 'id,name')).toBe('json');
    expect(detectFormat('sites.csv', '{"x":1}')).toBe('csv');
  });
  it('sniffs files without an extension', () => {
    expect(detectFormat('export', '\uFEFF  {"format":"dc-lens"}')).toBe('json');
    expect(detectFormat('export', '[{"id":"a"}]')).toBe('json');
    expect(detectFormat('export.txt', 'id,name,kind\r\nx,y,facility')).toBe('csv');
    expect(detectFormat('notes.txt', 'just some words')).toBeNull();
  });
  it('gives the background a name it can pick a parser by', () => {
    expect(nameWithExtension('export', 'json')).toBe('export.json');
    expect(nameWithExtension('sites.CSV', 'csv')).toBe('sites.CSV');
  });
});

describe('chunkText', () => {
  it('splits into pieces that join back to the original', () => {
    const text = 'abcdefghij'.repeat(1000);
    const chunks = chunkText(text, 3000);
    expect(chunks.map((c) => c.length)).toEqual([3000, 3000, 3000, 1000]);
    expect(chunks.join('')).toBe(text);
  });
  it('never cuts a surrogate pair in half', () => {
    const text = 'ab😀cd😀'; // a b \ud83d \ude00 c d \ud83d \ude00
    const chunks = chunkText(text, 3);
    expect(chunks.join('')).toBe(text);
    for (const c of chunks) expect(c).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  });
  it('sends an empty file as one empty last chunk', () => {
    expect(chunkText('')).toEqual(['']);
  });
  it('keeps every port message within the protocol limit', () => {
    const text = 'x'.repeat(CHUNK_CHARS * 2 + 5);
    const messages = chunkMessages(text, 'big.json');
    expect(messages).toHaveLength(3);
    expect(messages.map((m) => m.type === 'chunk' && m.last)).toEqual([false, false, true]);
    for (const m of messages) expect(ImportClientMessage.safeParse(m).success).toBe(true);
  });
});

describe('backups', () => {
  it('backs up only when something would be overwritten', () => {
    expect(needsBackup({ updated: 0, conflicts: 0 })).toBe(false);
    expect(needsBackup({ updated: 2, conflicts: 0 })).toBe(true);
    expect(needsBackup({ updated: 0, conflicts: 1 })).toBe(true);
  });
});
