#!/usr/bin/env node
// Serves the demo articles (tests/fixtures/pages) on localhost for the end-to-end tests and `npm start`.
// Also serves Preact's UMD build under /vendor/ for the re-rendering test page. Loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pages = join(root, 'tests/fixtures/pages');
const vendor = { '/vendor/preact.umd.js': 'node_modules/preact/dist/preact.umd.js', '/vendor/hooks.umd.js': 'node_modules/preact/hooks/dist/hooks.umd.js' };
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const port = Number(process.argv[process.argv.indexOf('--port') + 1]) || 4178;

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = vendor[path] ? join(root, vendor[path]) : join(pages, normalize(path === '/' ? '/index.html' : path));
  if (!vendor[path] && !file.startsWith(pages)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`DC Lens demo articles on http://127.0.0.1:${port}/`));
