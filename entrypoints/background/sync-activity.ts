/**
 * Whether the manager is in the middle of sync work: an import or export port is open, or closed
 * only moments ago (the manager exports right after an import, and a new import follows an
 * export). The recompile after a big import waits for this to settle (catalog-state.ts `changed`),
 * so the export and the next import's preview do not queue behind it on the worker's one thread:
 * at 100,000 sites that recompile took 35 s at load 2-5 and 100-130 s at load 7-13.
 */
import type { Browser } from 'wxt/browser';

/**
 * Long enough for the gap between one step and the next: in the 100k end-to-end group, reading
 * the exported 90 MB and writing an edited copy took 39 s at load 14, and a 30 s window let the
 * recompile start first. A page that needs the index compiles it sooner; a worker stopped idle
 * before then compiles when it next wakes.
 */
const QUIET_MS = 60_000;

let open = 0;
let lastClosed = 0;

/** Counts `port` as sync work until it disconnects. */
export function trackSyncPort(port: Browser.runtime.Port): void {
  open++;
  port.onDisconnect.addListener(() => {
    open--;
    lastClosed = Date.now();
  });
}

/** Resolves once no import or export port has been open for `quietMs`. */
export async function syncSettled(quietMs = QUIET_MS): Promise<void> {
  for (;;) {
    const wait = open > 0 ? quietMs : lastClosed + quietMs - Date.now();
    if (wait <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
