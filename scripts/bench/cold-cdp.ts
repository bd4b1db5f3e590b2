/**
 * A bare Chromium under one CDP connection of our own (scripts/bench/cold-profile.ts): Playwright's
 * own connection auto-attaches every new service worker and resumes it at once, so a profile
 * started through it misses the worker's first instructions. Here the only client decides when a
 * paused worker runs. Needs a WebSocket (Node 20: --experimental-websocket; `withWebSocket`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { extensionFlags } from '../../tests/e2e/fixtures';

/** Re-runs this script with Node's WebSocket when it has none; returns only when it has one. */
export function withWebSocket(): void {
  if (typeof WebSocket !== 'undefined') return;
  const run = spawnSync(process.execPath, ['--experimental-websocket', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

export interface Cdp {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  on(method: string, listener: Listener): () => void;
  close(): void;
}

export async function connectCdp(url: string): Promise<Cdp> {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve(), { once: true });
    ws.addEventListener('error', () => reject(new Error(`CDP: cannot connect to ${url}`)), { once: true });
  });
  let next = 0;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void; method: string }>();
  const listeners = new Map<string, Set<Listener>>();
  ws.addEventListener('message', (event) => {
    const msg = JSON.parse(String(event.data)) as { id?: number; method?: string; params?: Record<string, unknown>; result?: never; error?: { message: string }; sessionId?: string };
    if (msg.id !== undefined) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p?.resolve(msg.result as never);
    } else if (msg.method) for (const l of listeners.get(msg.method) ?? []) l(msg.params ?? {}, msg.sessionId);
  });
  return {
    send: (method, params = {}, sessionId) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve: resolve as (v: never) => void, reject, method });
        ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      }),
    on(method, listener) {
      if (!listeners.has(method)) listeners.set(method, new Set());
      listeners.get(method)!.add(listener);
      return () => listeners.get(method)!.delete(listener);
    },
    close: () => ws.close(),
  };
}

/** Chromium headless with `extension` loaded; resolves with its browser-level WebSocket address. */
export async function launchChromium(extension: string, profileDir: string): Promise<{ child: ChildProcess; wsUrl: string }> {
  const child = spawn(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--headless', '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, ...extensionFlags(extension), 'about:blank']);
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += String(d);
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${err.slice(-500)}`)));
  });
  return { child, wsUrl };
}
