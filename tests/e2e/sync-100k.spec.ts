/**
 * Team-scale sync in real Chromium (part of `npm test`; alone: `npm run test:e2e:100k`): a
 * 100,000-site catalog (about 90 MB of export file) goes in through the manager's import, comes out
 * through its export (handed over in Cache Storage: one message could not carry it), goes back in
 * edited while the service worker is stopped in the middle of the apply (the manager must then say
 * what the database holds), and a replacing import first saves a backup of all 100,000 sites.
 *
 * Kept fast on purpose: one browser profile (the seed is installed once), the 100k file generated
 * once in this worker, and the catalog checked by counting in the page instead of shipping 90 MB
 * back to the test.
 */
import type { Download, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExport } from '../../lib/sync/format';
import type { Site } from '../../lib/catalog/schema';
import type { Catalog } from '../../lib/sync/types';
import { growCatalog, loadSeed } from '../../scripts/bench/synth-catalog';
import { expect, test } from './fixtures';
import { catalogNotes, chooseImportFile, openManager, parseCatalog, previewCount } from './helpers/extension-pages';

const SITES = 100_000;
const NOW = '2026-11-22T10:00:00.000Z';
const STOPPED_NOTE = 'third pass';
const BACKED_UP_NOTE = 'checked on site';

/** Progress written so far once it has moved past 0 (the apply is mid-write), from the panel's text. */
async function progressMoved(manager: Page): Promise<{ done: number; total: number }> {
  const handle = await manager.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="progress"]')?.textContent ?? '';
      const m = /Applying ([\d,]+) of ([\d,]+)/.exec(text);
      const n = (s: string) => Number(s.replace(/,/g, ''));
      return m && n(m[1]) > 0 ? { done: n(m[1]), total: n(m[2]) } : null;
    },
    undefined,
    { timeout: 240_000, polling: 20 },
  );
  return (await handle.jsonValue()) as { done: number; total: number };
}

/** What the import panel says and whether the worker answers: why a step waits (a busy worker or a stuck page). */
async function waitingOn(manager: Page): Promise<string> {
  const panel = await manager
    .evaluate(() => document.querySelector('[data-testid="progress"]')?.textContent ?? document.querySelector('[data-testid="import-error"]')?.textContent ?? '(no progress shown)')
    .catch((e: unknown) => `page did not answer: ${String(e)}`);
  const worker = manager.context().serviceWorkers()[0];
  const t = Date.now();
  const answer = worker ? await Promise.race([worker.evaluate(() => 'answered').catch(() => 'gone'), new Promise<string>((r) => setTimeout(() => r('no answer in 10 s'), 10_000))]) : 'no worker';
  return `panel: "${panel}"; worker: ${answer} (${Date.now() - t} ms)`;
}

async function previewOf(manager: Page, file: string): Promise<void> {
  await chooseImportFile(manager, file);
  await expect(manager.getByTestId('import-preview'))
    .toBeVisible({ timeout: 300_000 })
    .catch(async (e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\nWhile waiting: ${await waitingOn(manager)}`);
    });
}

/** Clicks apply on a replacing import: the backup is downloaded before anything is written. */
async function applyWithBackup(manager: Page): Promise<Download> {
  const [backup] = await Promise.all([manager.waitForEvent('download', { timeout: 240_000 }), manager.getByTestId('import-apply').click()]);
  expect(backup.suggestedFilename()).toMatch(/^dc-lens-backup-.*\.json$/);
  return backup;
}

/** Prints seconds since `since` beside what was reached: where a step's time goes. */
const lap = (since: number, what: string) => console.log(`[100k]   ${((Date.now() - since) / 1000).toFixed(1)} s  ${what}`);

/** A step, with its wall time and the load average printed: the group's time budget is read from these. */
async function timedStep<T>(title: string, body: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await test.step(title, body);
  } finally {
    const load = loadavg().map((l) => l.toFixed(1)).join(' / ');
    console.log(`[100k] ${((Date.now() - t) / 1000).toFixed(1)} s  ${title}  (load ${load})`);
  }
}

const readDownload = async (d: Download) => readFileSync((await d.path())!, 'utf8');
const notesIn = (sites: readonly { notes?: string }[], note: string) => sites.filter((s) => s.notes === note).length;

// No retries, even on CI: a second and third attempt of this group would cost more than the
// rest of npm test, and its failure is worth reading as it is.
test.describe.configure({ retries: 0 });

// Files go to a folder of this run's own: test-results/ is emptied by any other Playwright run.
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dc-lens-100k-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('100,000 sites: import, export, an edited re-import stopped mid-apply, a replacing import with its backup', async ({ context, extensionId }, testInfo) => {
  test.setTimeout(15 * 60_000);
  const { seed, grown } = await timedStep('set-up: the 100k catalog generated', async () => {
    const seed = loadSeed(process.cwd());
    return { seed, grown: growCatalog(seed, { sites: SITES }) };
  });
  const clones = grown.sites.slice(seed.sites.length);
  const write = (name: string, sites: readonly Site[]) => {
    const path = join(dir, name);
    writeFileSync(path, buildExport({ operators: grown.operators, sites, sightings: [] }, undefined, NOW));
    return path;
  };
  const manager = await openManager(context, extensionId);

  const total = await timedStep('import 100k sites: progress moves, every record lands', async () => {
    const t = Date.now();
    await previewOf(manager, write('catalog-100k.json', grown.sites));
    lap(t, 'preview shown');
    const added = await previewCount(manager, 'new');
    // Every clone is new (and the operators the installed seed lacks, if any).
    expect(added).toBeGreaterThanOrEqual(clones.length);
    expect(added).toBeLessThan(clones.length + grown.operators.length);
    // Records the installed seed holds in an older shape are refreshed too.
    const applied = added + (await previewCount(manager, 'updated'));
    await manager.getByTestId('import-apply').click();
    expect((await progressMoved(manager)).done).toBeLessThan(applied);
    await expect(manager.getByTestId('import-done')).toContainText(`${applied.toLocaleString('en-US')} records applied`, { timeout: 300_000 });
    lap(t, 'applied');
    return applied;
  });

  const exported = await timedStep('export it all from the manager, streamed', async () => {
    const t = Date.now();
    const [download] = await Promise.all([manager.waitForEvent('download', { timeout: 300_000 }), manager.getByTestId('export-json').click()]);
    lap(t, 'download started');
    const text = await readDownload(download);
    expect(text.length).toBeGreaterThan(64 * 1024 * 1024);
    const file = JSON.parse(text) as Catalog;
    const ids = new Set(file.sites.map((s) => s.id));
    // One assertion, not 100k: each expect() call costs a stack capture.
    expect(clones.filter((c) => !ids.has(c.id)).map((c) => c.id)).toEqual([]);
    await expect(manager.getByTestId('export-status')).toContainText(`Exported ${ids.size.toLocaleString('en-US')} sites`);
    expect(ids.size).toBeGreaterThanOrEqual(total - grown.operators.length);
    return file;
  });
  const sites = exported.sites.length;

  await timedStep('re-import the export with 50,000 sites edited; the worker is stopped mid-apply', async () => {
    const t = Date.now();
    const edited = new Set(clones.slice(0, 50_000).map((c) => c.id));
    const later = exported.sites.map((s) => (edited.has(s.id) ? { ...s, notes: STOPPED_NOTE, updatedAt: '2026-11-24T10:00:00.000Z' } : s));
    const path = join(dir, 'export-edited.json');
    writeFileSync(path, buildExport({ ...exported, sites: later }, undefined, NOW));
    lap(t, 'edited file written');
    await previewOf(manager, path);
    lap(t, 'preview shown');
    expect(await previewCount(manager, 'updated')).toBe(50_000);
    expect(await previewCount(manager, 'new')).toBe(0);
    expect(await previewCount(manager, 'unchanged')).toBe(sites - 50_000 + exported.operators.length + exported.sightings.length);
    const backup = await applyWithBackup(manager);
    lap(t, 'backup downloaded');
    // The known point: records are being written (progress past 0, short of the total).
    const at = await progressMoved(manager);
    const cdp = await context.newCDPSession(manager);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    lap(t, `worker stopped at ${at.done} of ${at.total}`);
    expect(at.done).toBeLessThan(at.total);
    expect(parseCatalog(await readDownload(backup)).sites).toHaveLength(sites);

    // The manager finds out from the restarted worker what became of the import; the database must agree.
    const outcome = manager.getByTestId('import-done').or(manager.getByTestId('import-error'));
    await expect(outcome).toBeVisible({ timeout: 300_000 });
    lap(t, 'outcome shown');
    const after = await catalogNotes(manager);
    lap(t, 'catalog counted');
    expect(after.sites).toBe(sites);
    if (await manager.getByTestId('import-done').isVisible()) {
      // The stop reached the worker only after the commit: all of it landed, and the manager says so.
      testInfo.annotations.push({ type: 'worker stop', description: `landed after the commit (progress was ${at.done} of ${at.total})` });
      expect(after.notes[STOPPED_NOTE]).toBe(50_000);
    } else {
      await expect(manager.getByTestId('import-error')).toContainText('did not finish');
      await expect(manager.getByTestId('import-error')).toContainText('Your catalog was not changed');
      expect(after.notes[STOPPED_NOTE] ?? 0).toBe(0);
    }
  });

  await timedStep('a replacing import of 1,000 edited sites saves a backup of all 100k first', async () => {
    const target = clones[60_000];
    const t = Date.now();
    const picked = clones.slice(60_000, 61_000).map((s) => ({ ...s, notes: BACKED_UP_NOTE, updatedAt: '2026-11-25T10:00:00.000Z' }));
    await previewOf(manager, write('edited-1000.json', picked));
    expect(await previewCount(manager, 'updated')).toBe(1000);
    lap(t, 'preview shown');
    const backup = (JSON.parse(await readDownload(await applyWithBackup(manager))) as Catalog).sites;
    lap(t, 'backup downloaded');
    expect(backup).toHaveLength(sites);
    expect(backup.find((s) => s.id === target.id)?.notes).toBe(target.notes);
    expect(notesIn(backup, BACKED_UP_NOTE)).toBe(0);
    await expect(manager.getByTestId('import-done')).toContainText('1,000 records applied', { timeout: 300_000 });
    lap(t, 'applied');
    const after = await catalogNotes(manager);
    expect(after.sites).toBe(sites);
    expect(after.notes[BACKED_UP_NOTE]).toBe(1000);
  });
});
