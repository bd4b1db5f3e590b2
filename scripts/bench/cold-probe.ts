/**
 * What the cold-start benches share (cold.ts, cold-floor.ts, cold-profile.ts): the probe that
 * timestamps a page's load event and its first painted CSS highlight, stopping every service
 * worker over CDP, and a CDP session with the extension's service worker.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** Init script: load time and the frame the first CSS highlight was painted in. */
export const FIRST_MARK_PROBE = `(() => {
  const b = (window.__cold = { loadAt: null, firstAt: null });
  addEventListener('load', () => { b.loadAt = performance.now(); });
  const tick = () => {
    if (b.firstAt === null && typeof CSS !== 'undefined' && CSS.highlights) {
      for (const [, h] of CSS.highlights) if (h.size > 0) { b.firstAt = performance.now(); return; }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Load event → first highlight on `url` (ms), read from the probe. */
export async function firstMark(page: Page, url: string, timeoutMs = 60_000): Promise<number> {
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const until = Date.now() + timeoutMs;
  for (;;) {
    const p = (await page.evaluate('window.__cold')) as { loadAt: number | null; firstAt: number | null } | null;
    if (p?.loadAt != null && p.firstAt != null) return p.firstAt - p.loadAt;
    if (Date.now() > until) throw new Error(`bench: no DC Lens mark on ${url} within ${timeoutMs} ms`);
    await page.waitForTimeout(20);
  }
}

/** Stops the extension's service worker (a debugging client would otherwise keep it alive). */
export async function stopWorkers(cdp: CDPSession, context: BrowserContext): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Let the stop land before the next navigation wakes it.
  for (let i = 0; i < 50 && context.serviceWorkers().length > 0; i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 300));
}

export interface WorkerSession {
  call(method: string, params?: Record<string, unknown>): Promise<unknown>;
  detach(): Promise<void>;
}

/**
 * A session with a worker target through the page session (Playwright has none for the workers of
 * a persistent context): attach without flattening, then messages go through Target.sendMessageToTarget.
 */
export async function workerSession(cdp: CDPSession, targetId: string): Promise<WorkerSession> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let next = 0;
  return {
    async call(method, params = {}) {
      const id = ++next;
      const answer = new Promise<unknown>((resolve, reject) => {
        const on = (e: { sessionId: string; message: string }) => {
          if (e.sessionId !== sessionId) return;
          const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
          if (msg.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', on);
          if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
          else resolve(msg.result);
        };
        cdp.on('Target.receivedMessageFromTarget', on);
      });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return answer;
    },
    detach: () => cdp.send('Target.detachFromTarget', { sessionId }).then(() => undefined, () => undefined),
  };
}
