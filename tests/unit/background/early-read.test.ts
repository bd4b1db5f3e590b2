/**
 * A read started at the worker script's first instruction (entrypoints/background/early-read.ts)
 * is handed out once, with the bytes the file had when it began; later reads go to the file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEarlyReads, takeEarlyRead, WAKE_FILE_NAME } from '../../../entrypoints/background/early-read';
import { WakeFile } from '../../../entrypoints/background/wake-file';
import { fakeFileSystem } from './fake-file-system';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;
const text = (buffer: ArrayBuffer | undefined) => buffer && new TextDecoder().decode(buffer);
/** Lets the started reads finish (the fake file system answers in microtasks). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllGlobals());

describe('early reads', () => {
  it('are taken once, with the bytes read when they started', async () => {
    const files = fakeFileSystem();
    files.set('a.bin', bytes('first'));
    startEarlyReads('a.bin', 'missing.bin');
    await settle();
    const started = takeEarlyRead('a.bin');
    files.set('a.bin', bytes('second'));
    expect(text(await started)).toBe('first');
    expect(takeEarlyRead('a.bin')).toBeUndefined();
    expect(await takeEarlyRead('missing.bin')).toBeUndefined();
    expect(takeEarlyRead('never.bin')).toBeUndefined();
  });

  it('give the wake file its first read only', async () => {
    const files = fakeFileSystem();
    const wake = { format: 'dc-lens-wake', version: 1, build: 'b1', revision: 'r1', index: 'i.bin', resolver: 'r.bin', linkedUrls: [] };
    files.set(WAKE_FILE_NAME, bytes(JSON.stringify(wake)));
    startEarlyReads(WAKE_FILE_NAME);
    await settle();
    files.set(WAKE_FILE_NAME, bytes(JSON.stringify({ ...wake, revision: 'r2' })));
    const file = new WakeFile();
    expect((await file.read('b1'))?.revision).toBe('r1');
    expect((await file.read('b1'))?.revision).toBe('r2');
  });
});
