#!/usr/bin/env node
// Serves the demo articles (tests/fixtures/pages) on localhost for the end-to-end tests and `npm start`.
// Also serves Preact's ES modules under /vendor/ for the re-rendering test page. Loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pages = join(root, 'tests/fixtures/pages');
const vendor = { '/vendor/preact.mjs': 'node_modules/preact/dist/preact.mjs', '/vendor/hooks.mjs': 'node_modules/preact/hooks/dist/hooks.mjs' };
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const port = Number(process.argv[process.argv.indexOf('--port') + 1]) || 4178;

/**
 * A long page generated on request: /generated/big.html?nodes=100000&mentions=1 gives about that
 * many DOM nodes of news-like prose, with a data-center mention every 40 paragraphs when asked.
 */
function bigPage(params) {
  const nodes = Math.min(Number(params.get('nodes')) || 100_000, 1_000_000);
  const withMentions = params.get('mentions') !== '0';
  const filler = 'Officials said the plan would be reviewed again next year as costs and demand kept changing across the sector.';
  const mention = 'Alibaba Cloud has launched its fifth data center in Tokyo, adding to a 103-megawatt AI data center in Ulsan.';
  const parts = [];
  // Each paragraph: <p>, text, <a>, link text, tail text, <em>, em text: 7 nodes.
  for (let i = 0; i * 7 < nodes; i++) {
    const body = withMentions && i % 40 === 20 ? mention : filler;
    parts.push(`<p>${body} <a href="#p${i}">Read more</a> about item ${i}. <em>Update ${i}</em></p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body><h1>Long page</h1><article>${parts.join('\n')}</article></body></html>`;
}

createServer(async (req, res) => {
  let url, path;
  try {
    url = new URL(req.url ?? '/', 'http://x');
    path = decodeURIComponent(url.pathname);
  } catch {
    return void res.writeHead(400).end();
  }
  if (path === '/favicon.ico') return void res.writeHead(204).end();
  if (path === '/generated/big.html') {
    return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(bigPage(url.searchParams));
  }
  const file = vendor[path] ? join(root, vendor[path]) : join(pages, normalize(path === '/' ? '/index.html' : path));
  if (!vendor[path] && !file.startsWith(pages)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`DC Lens demo articles on http://127.0.0.1:${port}/`));
