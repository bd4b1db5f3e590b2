import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, checkSourceUrl, DEFAULT_INTERVAL_MS, HOUR_MS, nextCheckDelay, readCapped } from '../../../lib/sync/subscription';

const NOW = Date.parse('2026-11-22T10:00:00Z');

function stream(chunks: number[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]).fill(65));
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('checkSourceUrl', () => {
  it('takes https anywhere and http only on this machine', () => {
    expect(checkSourceUrl('https://example.org/team.json').ok).toBe(true);
    expect(checkSourceUrl(' http://127.0.0.1:8080/c.json ').ok).toBe(true);
    expect(checkSourceUrl('http://localhost/c.json').ok).toBe(true);
    expect(checkSourceUrl('http://[::1]:9/c.json').ok).toBe(true);
    expect(checkSourceUrl('http://example.org/c.json')).toMatchObject({ ok: false, message: expect.stringContaining('Only https') });
    expect(checkSourceUrl('http://127.0.0.1.example.org/c.json').ok).toBe(false);
    expect(checkSourceUrl('ftp://example.org/c.json').ok).toBe(false);
    expect(checkSourceUrl('javascript:alert(1)').ok).toBe(false);
    expect(checkSourceUrl('https://user:pw@example.org/c.json')).toMatchObject({ ok: false, message: expect.stringContaining('password') });
    expect(checkSourceUrl('team.json')).toMatchObject({ ok: false, message: expect.stringContaining('not a web address') });
  });
});

describe('nextCheckDelay', () => {
  it('is daily by default, follows max-age and Expires, never under an hour nor over a week', () => {
    expect(nextCheckDelay({}, NOW)).toBe(DEFAULT_INTERVAL_MS);
    expect(nextCheckDelay({ cacheControl: 'public, max-age=7200' }, NOW)).toBe(2 * HOUR_MS);
    expect(nextCheckDelay({ cacheControl: 'max-age=60' }, NOW)).toBe(HOUR_MS);
    expect(nextCheckDelay({ cacheControl: 'no-cache' }, NOW)).toBe(HOUR_MS);
    expect(nextCheckDelay({ cacheControl: 'max-age=99999999' }, NOW)).toBe(7 * 24 * HOUR_MS);
    expect(nextCheckDelay({ expires: 'Sun, 22 Nov 2026 16:00:00 GMT', date: 'Sun, 22 Nov 2026 10:00:00 GMT' }, NOW)).toBe(6 * HOUR_MS);
    expect(nextCheckDelay({ expires: 'not a date' }, NOW)).toBe(DEFAULT_INTERVAL_MS);
  });
});

describe('readCapped', () => {
  it('reads a body up to the cap', async () => {
    expect((await readCapped(stream([3, 4]), 7)).byteLength).toBe(7);
    expect((await readCapped(null, 7)).byteLength).toBe(0);
  });

  it('stops reading and cancels the download past the cap', async () => {
    let cancelled = false;
    await expect(readCapped(stream([4, 4, 4, 4], () => (cancelled = true)), 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(cancelled).toBe(true);
  });
});
