import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { syncSettled, trackSyncPort } from '../../../entrypoints/background/sync-activity';

/** A port as the worker sees it, reduced to its disconnect. */
function fakePort() {
  const listeners: Array<() => void> = [];
  const port = { onDisconnect: { addListener: (f: () => void) => listeners.push(f) } } as unknown as Browser.runtime.Port;
  return { port, disconnect: () => listeners.forEach((f) => f()) };
}

async function settledWithin(ms: number, settled: Promise<void>): Promise<boolean> {
  let done = false;
  void settled.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-22T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('the manager’s sync work, which the recompile after an import waits for', () => {
  it('settles only once every import and export port has been closed for the quiet time', async () => {
    const importPort = fakePort();
    const exportPort = fakePort();
    trackSyncPort(importPort.port);
    const settled = syncSettled(1000);
    expect(await settledWithin(5000, settled)).toBe(false);
    // The export starts before the import's port closes: still busy.
    trackSyncPort(exportPort.port);
    importPort.disconnect();
    expect(await settledWithin(5000, settled)).toBe(false);
    exportPort.disconnect();
    expect(await settledWithin(900, settled)).toBe(false);
    expect(await settledWithin(200, settled)).toBe(true);
  });

  it('a port opened within the quiet time puts it off again', async () => {
    const first = fakePort();
    trackSyncPort(first.port);
    first.disconnect();
    const settled = syncSettled(1000);
    await vi.advanceTimersByTimeAsync(600);
    const next = fakePort();
    trackSyncPort(next.port);
    expect(await settledWithin(3000, settled)).toBe(false);
    next.disconnect();
    expect(await settledWithin(1100, settled)).toBe(true);
  });
});
