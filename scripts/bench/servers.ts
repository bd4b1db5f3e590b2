/** Local servers for the browser benches: the project's fixture server, and a one-file server. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok || r.status === 404) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`bench: ${url} did not come up`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** scripts/serve-fixtures.mjs on a free port (it serves /generated/big.html). */
export async function startFixtureServer(root: string): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts/serve-fixtures.mjs'), '--port', String(port)], { stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}/favicon.ico`, 10_000);
  return { port, stop: () => void child.kill() };
}

/** Serves one text at /file (any path) with open CORS, so an extension page can fetch it. */
export async function serveText(text: string, contentType = 'application/json'): Promise<{ url: string; stop: () => Promise<void> }> {
  const body = Buffer.from(text);
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'access-control-allow-origin': '*', 'content-length': body.length }).end(body);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  // A browser still open keeps its connections alive, and close() would wait for them.
  return { url: `http://127.0.0.1:${port}/file`, stop: () => new Promise((r) => (server.close(() => r()), server.closeAllConnections())) };
}
