/**
 * Team-scale sync in real Chromium: a 100,000-site catalog (about 77 MB of export file) goes in
 * through the manager's import, comes out through its export (streamed over a port: one message
 * could not carry it), is replaced by an import that first saves a 100k-site backup, and survives
 * a service-worker stop in the middle of an apply with a true report of what happened.
 * The slow group of `npm test` (a few minutes).
 */
import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildExport } from '../../lib/sync/format';
import type { Site } from '../../lib/catalog/schema';
import { growCatalog, loadSeed } from '../../scripts/bench/synth-catalog';
import { expect, test } from './fixtures';
import { catalogText, chooseImportFile, openManager, parseCatalog, previewCount, siteTotal } from './helpers/extension-pages';

const SITES = 100_000;
const NOW = '2026-11-22T10:00:00.000Z';
const grown = growCatalog(loadSeed(process.cwd()), { sites: SITES });
const clones = grown.sites.slice(loadSeed(process.cwd()).sites.length);

/** The catalog with `count` clone sites given a new note, edited at `at` (as on another machine). */
function edited(count: number, note: string, at: string): Site[] {
  const changed = new Map(clones.slice(0, count).map((s) => [s.id, { ...s, notes: note, updatedAt: at }]));
  return grown.sites.map((s) => changed.get(s.id) ?? s);
}

function writeCatalog(path: string, sites: Site[]): string {
  writeFileSync(path, buildExport({ operators: grown.operators, sites, sightings: [] }, undefined, NOW));
  return path;
}

/** Waits until the apply progress shows records written (not 0), i.e. progress moves. */
async function progressMoved(manager: Page): Promise<number> {
  const handle = await manager.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="progress"]')?.textContent ?? '';
      const m = /Applying ([\d,]+) of ([\d,]+)/.exec(text);
      return m && Number(m[1].replace(/,/g, '')) > 0 ? Number(m[1].replace(/,/g, '')) : null;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

async function previewOf(manager: Page, file: string): Promise<void> {
  await chooseImportFile(manager, file);
  await expect(manager.getByTestId('import-preview')).toBeVisible({ timeout: 300_000 });
}

const noteOf = (text: string, id: string) => (parseCatalog(text).sites.find((s) => s.id === id) as { notes?: string } | undefined)?.notes;

test.describe('100,000 sites', () => {
  test.setTimeout(12 * 60_000);

  test('import, export, replacing import with a backup, and a worker stop during apply', async ({ context, extensionId }, testInfo) => {
    const manager = await openManager(context, extensionId);
    const installed = await siteTotal(manager);

    // 1. Import 100k sites: progress moves while writing.
    const first = writeCatalog(testInfo.outputPath('catalog-100k.json'), grown.sites);
    await previewOf(manager, first);
    // Every clone is new (and the operators the installed seed lacks, if any).
    const added = await previewCount(manager, 'new');
    expect(added).toBeGreaterThanOrEqual(clones.length);
    expect(added).toBeLessThan(clones.length + grown.operators.length);
    // Records the installed seed holds in an older shape are refreshed too.
    const applied = added + (await previewCount(manager, 'updated'));
    await manager.getByTestId('import-apply').click();
    expect(await progressMoved(manager)).toBeLessThan(applied);
    await expect(manager.getByTestId('import-done')).toContainText(`${applied.toLocaleString('en-US')} records applied`, { timeout: 240_000 });
    // (The installed data pack may still be arriving: at least every clone more than before.)
    await expect.poll(() => siteTotal(manager), { timeout: 300_000 }).toBeGreaterThanOrEqual(installed + clones.length);

    // 2. Export it all from the manager: one file, every site, streamed.
    const [download] = await Promise.all([manager.waitForEvent('download', { timeout: 120_000 }), manager.getByTestId('export-json').click()]);
    await expect(manager.getByTestId('export-status')).toContainText('Exported', { timeout: 120_000 });
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.length).toBeGreaterThan(64 * 1024 * 1024);
    const exportedIds = new Set(parseCatalog(exported).sites.map((s) => s.id));
    // One assertion, not 100k: each expect() call costs a stack capture.
    expect(clones.filter((c) => !exportedIds.has(c.id)).map((c) => c.id)).toEqual([]);
    const total = exportedIds.size;
    await expect(manager.getByTestId('export-status')).toContainText(`Exported ${total.toLocaleString('en-US')} sites`);

    // 3. A replacing import: 1,000 sites edited elsewhere; a backup of all 100k is saved first.
    const target = clones[0].id;
    const second = writeCatalog(testInfo.outputPath('catalog-100k-edited.json'), edited(1000, 'checked on site', '2026-11-23T10:00:00.000Z'));
    await previewOf(manager, second);
    expect(await previewCount(manager, 'updated')).toBe(1000);
    const [backup] = await Promise.all([manager.waitForEvent('download', { timeout: 120_000 }), manager.getByTestId('import-apply').click()]);
    expect(backup.suggestedFilename()).toMatch(/^dc-lens-backup-.*\.json$/);
    const backupText = readFileSync((await backup.path())!, 'utf8');
    expect(parseCatalog(backupText).sites).toHaveLength(total);
    expect(noteOf(backupText, target)).toBe(clones[0].notes);
    await expect(manager.getByTestId('import-done')).toContainText('1,000 records applied', { timeout: 240_000 });
    expect(noteOf(await catalogText(manager), target)).toBe('checked on site');

    // 4. The worker is stopped while 50,000 edits are being written: all or nothing, and the manager says which.
    const third = writeCatalog(testInfo.outputPath('catalog-100k-stop.json'), edited(50_000, 'third pass', '2026-11-24T10:00:00.000Z'));
    await previewOf(manager, third);
    expect(await previewCount(manager, 'updated')).toBe(50_000);
    // The backup download comes first; then the apply starts.
    await Promise.all([manager.waitForEvent('download', { timeout: 120_000 }), manager.getByTestId('import-apply').click()]);
    await progressMoved(manager);
    const cdp = await context.newCDPSession(manager);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const outcome = manager.getByTestId('import-done').or(manager.getByTestId('import-error'));
    await expect(outcome).toBeVisible({ timeout: 300_000 });
    const after = parseCatalog(await catalogText(manager));
    const thirdPass = after.sites.filter((s) => (s as { notes?: string }).notes === 'third pass').length;
    if (await manager.getByTestId('import-done').isVisible()) {
      expect(thirdPass).toBe(50_000);
    } else {
      await expect(manager.getByTestId('import-error')).toContainText('did not finish');
      await expect(manager.getByTestId('import-error')).toContainText('Your catalog was not changed');
      expect(thirdPass).toBe(0);
      expect(noteOf(JSON.stringify(after), target)).toBe('checked on site');
    }
    expect(after.sites).toHaveLength(total);
  });
});
