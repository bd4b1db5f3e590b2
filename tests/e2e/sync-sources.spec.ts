/**
 * Subscriptions end to end, against a catalog server on 127.0.0.1 (started here) that serves ETag
 * and 304, changed content, a same-origin redirect (followed), a 500, garbage, an oversized body,
 * a redirect to another origin and a body that never finishes: subscribe, update, a conflict with
 * the user's edit, remove, and the catalog stays right throughout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { buildExport } from '../../lib/sync/format';
import { OperatorSchema, SiteSchema, type Site } from '../../lib/catalog/schema';
import { expect, test } from './fixtures';
import { catalogContent, catalogText, editSite, field, openManager, openSite, parseCatalog, siteTotal } from './helpers/extension-pages';

const T1 = '2026-10-01T08:00:00.000Z';
const T2 = '2026-10-02T08:00:00.000Z';
const team = OperatorSchema.parse({ id: 'team-ops', name: 'Team Operations', kind: 'developer', origin: 'user', createdAt: T1, updatedAt: T1 });
const teamSite = (id: string, name: string, extra: Partial<Site> = {}): Site =>
  SiteSchema.parse({ id, name, kind: 'campus', operatorIds: ['team-ops'], status: 'announced', place: { city: 'Reykjavik', country: 'IS' }, capacity: { plannedMW: 40 }, sources: [{ url: 'https://example.org/team' }], origin: 'user', createdAt: T1, updatedAt: T1, ...extra });

const ALPHA = teamSite('team-alpha', 'Team Alpha Campus');
const BETA = teamSite('team-beta', 'Team Beta Campus');
const V1 = buildExport({ operators: [team], sites: [ALPHA, BETA], sightings: [] }, undefined, T1);
// The team changed Alpha's planned power and Beta's status, and added Gamma.
const V2 = buildExport(
  {
    operators: [team],
    sites: [{ ...ALPHA, capacity: { plannedMW: 90 }, updatedAt: T2 }, { ...BETA, status: 'under_construction', updatedAt: T2 }, teamSite('team-gamma', 'Team Gamma Campus', { createdAt: T2, updatedAt: T2 })],
    sightings: [],
  },
  undefined,
  T2,
);

type Mode = 'v1' | 'v2' | 'moved' | '500' | 'garbage' | 'huge' | 'redirect' | 'slow';
let mode: Mode = 'v1';
const requests: { ifNoneMatch?: string; status: number }[] = [];
let server: Server;
let port = 0;

function serve(req: IncomingMessage, res: ServerResponse): void {
  // A local source is read without a host permission, so it allows the extension by CORS.
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Cache-Control, Expires, Date');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
    res.writeHead(204).end();
    return;
  }
  const answer = (status: number, body?: string, headers: Record<string, string> = {}) => {
    requests.push({ ifNoneMatch: req.headers['if-none-match'], status });
    res.writeHead(status, headers).end(body);
  };
  // The file moved on the same server: the subscribed address redirects to its new path.
  if (mode === 'moved' && req.url !== '/moved/team.json') return answer(301, undefined, { Location: `http://127.0.0.1:${port}/moved/team.json` });
  if (mode === 'moved') return answer(200, V2, { 'Content-Type': 'application/json', ETag: '"moved"' });
  if (mode === 'v1' || mode === 'v2') {
    const etag = `"${mode}"`;
    if (req.headers['if-none-match'] === etag) return answer(304, undefined, { ETag: etag });
    return answer(200, mode === 'v1' ? V1 : V2, { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': 'max-age=7200' });
  }
  if (mode === '500') return answer(500, 'internal error');
  if (mode === 'garbage') return answer(200, '<html>definitely not a catalog</html>', { 'Content-Type': 'text/html' });
  if (mode === 'redirect') return answer(302, undefined, { Location: `http://localhost:${port}/team.json` });
  requests.push({ status: 200 });
  res.writeHead(200, { 'Content-Type': 'application/json' });
  if (mode === 'slow') {
    res.write('{"format":"dc-lens-catalog",');
    return; // never finishes
  }
  // huge: 101 MB with no Content-Length, so only the streamed read's cap can stop it.
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const more = () => {
    while (sent < 101) {
      sent++;
      if (!res.write(mb)) return void res.once('drain', more);
    }
    res.end();
  };
  res.on('error', () => undefined);
  more();
}

test.beforeAll(async () => {
  server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const row = (manager: Page) => manager.getByTestId('source-row');

/** Clicks "Update now" and waits until the server was asked and the check is over. */
async function updateNow(manager: Page): Promise<void> {
  const asked = requests.length;
  await row(manager).getByTestId('source-update').click();
  await expect.poll(() => requests.length, { timeout: 30_000 }).toBeGreaterThan(asked);
  await expect(row(manager).getByTestId('source-update')).toHaveText('Update now', { timeout: 40_000 });
}

test('subscribe, update with 304 and with changes, conflict with an edit, refuse bad answers, remove', async ({ context, extensionId }) => {
  test.setTimeout(420_000);
  const manager = await openManager(context, extensionId);
  const installed = await siteTotal(manager);
  await expect(manager.getByTestId('source-built-in')).toHaveCount(2);
  await expect(manager.getByTestId('source-built-in').nth(1)).toContainText('ODbL');

  // Only https (or http on this machine) can be subscribed to.
  await manager.getByTestId('source-url').fill('http://example.org/team.json');
  await manager.getByTestId('source-subscribe').click();
  await expect(manager.getByTestId('sources-note')).toContainText('Only https');
  await expect(row(manager)).toHaveCount(0);

  // Subscribe: the two team sites arrive.
  const url = `http://127.0.0.1:${port}/team.json`;
  await manager.getByTestId('source-url').fill(url);
  await manager.getByTestId('source-subscribe').click();
  await expect(manager.getByTestId('sources-note')).toHaveText('Subscribed.', { timeout: 30_000 });
  await expect(row(manager)).toHaveAttribute('data-url', url);
  await expect(row(manager).getByTestId('source-counts')).toContainText('2 new');
  await expect.poll(() => siteTotal(manager)).toBe(installed + 2);

  // Update now with nothing new: a conditional request answered 304, nothing changes.
  const before304 = catalogContent(await catalogText(manager));
  await updateNow(manager);
  expect(requests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 304 });
  expect(catalogContent(await catalogText(manager))).toEqual(before304);
  await expect(row(manager).getByTestId('source-error')).toHaveCount(0);

  // The user corrects Alpha's planned power here; then the team changes it too (and more).
  await openSite(manager, 'Team Alpha Campus');
  await editSite(manager, (f) => field(f, 'Planned capacity (MW)').fill('55'));
  mode = 'v2';
  await updateNow(manager);
  const conflicts = row(manager).getByTestId('source-conflicts');
  await expect(conflicts).toContainText('1 of your edits differ from this source');
  const conflict = conflicts.getByTestId('source-conflict');
  await expect(conflict).toHaveAttribute('data-key', 'sites/team-alpha/capacity.plannedMW');
  await expect(conflict.locator('td.value').nth(0)).toHaveText('55');
  await expect(conflict.locator('td.value').nth(1)).toHaveText('90');
  const afterV2 = parseCatalog(await catalogText(manager));
  const byId = (id: string) => afterV2.sites.find((s) => s.id === id) as (Site & Record<string, unknown>) | undefined;
  expect(byId('team-alpha')?.capacity.plannedMW).toBe(55); // the user's edit is kept
  expect(byId('team-beta')?.status).toBe('under_construction'); // the team's change arrives
  expect(byId('team-gamma')?.name).toBe('Team Gamma Campus');
  expect(requests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 200 });

  // A redirect within the same origin is followed: the same catalog, read from its new path.
  const good = catalogContent(await catalogText(manager));
  mode = 'moved';
  await updateNow(manager);
  await expect(row(manager).getByTestId('source-error')).toHaveCount(0);
  expect(requests.slice(-2).map((r) => r.status)).toEqual([301, 200]);
  expect(catalogContent(await catalogText(manager))).toEqual(good);

  // Bad answers (a redirect to another origin among them) change nothing and say why.
  const cases: Array<[Mode, RegExp]> = [
    ['500', /The server answered 500/],
    ['garbage', /did not send a DC Lens catalog/],
    ['redirect', /redirected to another address/],
    ['huge', /more than 100 MB/],
    ['slow', /did not (finish sending|answer) within 15 s/],
  ];
  for (const [m, reason] of cases) {
    mode = m;
    await updateNow(manager);
    await expect(row(manager).getByTestId('source-error')).toHaveText(reason);
    await expect(row(manager).getByTestId('source-error')).toContainText('Nothing was changed.');
    expect(catalogContent(await catalogText(manager))).toEqual(good);
  }

  // Remove: the sites only this source brought go, except the one the user edited.
  await row(manager).getByTestId('source-remove').click();
  await expect(manager.getByTestId('sources-note')).toContainText('2 sites that came only from it were removed too', { timeout: 30_000 });
  await expect(row(manager)).toHaveCount(0);
  const left = parseCatalog(await catalogText(manager)).sites.filter((s) => s.id.startsWith('team-')).map((s) => s.id);
  expect(left).toEqual(['team-alpha']);
  await expect.poll(() => siteTotal(manager)).toBe(installed + 1);
});
