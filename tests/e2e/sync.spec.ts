import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, extensionId as extensionIdOf, launchWithExtension, serviceWorker, test, waitForCatalog } from './fixtures';
import {
  catalogContent,
  catalogText,
  chooseImportFile,
  downloadedText,
  editSite,
  exportJson,
  field,
  openManager,
  openSite,
  parseCatalog,
  previewCount,
  siteTotal,
} from './helpers/extension-pages';

const HOSTILE = resolve('tests/fixtures/import');
/** A seed site every fresh profile has. */
const SEED_SITE = 'G42-Microsoft Ajman AI cluster';

test.describe('moving a catalog between browsers', () => {
  test('export from one browser profile, import into a second fresh profile, same catalog', async ({ context, extensionId }, testInfo) => {
    // Two fresh profiles each install the seed and the OpenStreetMap layer (5,700 sites) first.
    testInfo.setTimeout(180_000);
    // Profile A: the user adds a site and corrects a seed site.
    const a = await openManager(context, extensionId);
    const seedTotal = await siteTotal(a);
    await a.getByTestId('add-site').click();
    const form = a.getByTestId('save-form');
    await field(form, 'Site name').fill('Equinix Test Campus Lisbon LS9');
    await field(form, 'Operator').fill('Equinix');
    await field(form, 'City').fill('Lisbon');
    await field(form, 'Country').selectOption('PT');
    await field(form, 'Status').selectOption('under_construction');
    await field(form, 'Planned capacity (MW)').fill('24');
    await field(form, 'Source URL').fill('https://example.com/equinix-ls9');
    await form.getByTestId('save-submit').click();
    await expect(a.getByTestId('site-detail').getByRole('heading', { name: 'Equinix Test Campus Lisbon LS9' })).toBeVisible();
    await openSite(a, SEED_SITE);
    await editSite(a, (f) => field(f, 'GPUs in service').fill('12000'));
    await expect(a.getByTestId('site-detail')).toContainText('12,000');
    await expect.poll(() => siteTotal(a)).toBe(seedTotal + 1);

    const exported = await exportJson(a);
    expect(exported.name).toMatch(/^dc-lens-catalog-\d{4}-\d{2}-\d{2}\.json$/);
    const fileA = testInfo.outputPath(exported.name);
    writeFileSync(fileA, exported.text);
    const contentA = catalogContent(exported.text);
    expect(contentA.sites.find((s) => s.name === 'Equinix Test Campus Lisbon LS9')).toMatchObject({ origin: 'user', operatorIds: ['equinix'], place: { city: 'Lisbon', country: 'PT' }, capacity: { plannedMW: 24 } });
    // The edit kept what the form doesn't show (the second operator, the planned GPU count).
    expect(contentA.sites.find((s) => s.name === SEED_SITE)).toMatchObject({ operatorIds: ['g42', 'microsoft'], gpus: { count: 12000, plannedCount: 55000 } });
    await context.close();

    // Profile B: a fresh browser with only the seed catalog.
    const b = await launchWithExtension();
    try {
      await waitForCatalog(b.context);
      const manager = await openManager(b.context, await extensionIdOf(b.context));
      const before = await catalogText(manager);
      expect(catalogContent(before)).not.toEqual(contentA);

      await chooseImportFile(manager, fileA);
      await expect(manager.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
      expect(await previewCount(manager, 'new')).toBe(1);
      expect(await previewCount(manager, 'updated')).toBe(1);
      expect(await previewCount(manager, 'conflicts')).toBe(0);
      expect(await previewCount(manager, 'invalid')).toBe(0);
      expect(await previewCount(manager, 'unchanged')).toBeGreaterThan(1000);

      // Applying an import that overwrites something first downloads a backup of the catalog as it was.
      const [backup] = await Promise.all([manager.waitForEvent('download'), manager.getByTestId('import-apply').click()]);
      expect(backup.suggestedFilename()).toMatch(/^dc-lens-backup-.*\.json$/);
      expect(catalogContent(await downloadedText(backup))).toEqual(catalogContent(before));
      await expect(manager.getByTestId('import-done')).toContainText('applied');

      // Same catalog in both profiles; and the manager shows the imported site.
      const afterB = await catalogText(manager);
      expect(catalogContent(afterB)).toEqual(contentA);
      await expect.poll(() => siteTotal(manager)).toBe(seedTotal + 1);
      await openSite(manager, 'Equinix Test Campus Lisbon LS9');
      await expect(manager.getByTestId('site-detail')).toContainText('Lisbon');

      // Importing the same file again changes nothing.
      await chooseImportFile(manager, fileA);
      await expect(manager.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
      expect(await previewCount(manager, 'new')).toBe(0);
      expect(await previewCount(manager, 'updated')).toBe(0);
      await expect(manager.getByTestId('import-apply')).toBeDisabled();
    } finally {
      await b.context.close();
      rmSync(b.dir, { recursive: true, force: true });
    }
  });

  test('an import with a conflict shows it and applies the user\'s choice', async ({ context, extensionId }, testInfo) => {
    const manager = await openManager(context, extensionId);
    // The user corrects a seed site here: a bigger plan, and work has started.
    await openSite(manager, SEED_SITE);
    await editSite(manager, async (f) => {
      await field(f, 'Planned capacity (MW)').fill('150');
      await field(f, 'Status').selectOption('under_construction');
    });
    await expect(manager.getByTestId('site-detail')).toContainText('150 MW');

    // Meanwhile, on another machine, the same site got other values for the same fields, later.
    const mine = parseCatalog(await catalogText(manager));
    const site = mine.sites.find((x) => x.name === SEED_SITE)!;
    const later = new Date(Date.parse(site.updatedAt as string) + 60_000).toISOString();
    const theirs = {
      ...mine,
      sites: [{ ...site, capacity: { ...(site.capacity as object), plannedMW: 180 }, status: 'operational', updatedAt: later, userEditedAt: later }],
      operators: [],
      sightings: [],
    };
    const file = testInfo.outputPath('from-another-machine.json');
    writeFileSync(file, JSON.stringify(theirs, null, 2));

    await chooseImportFile(manager, file);
    await expect(manager.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
    expect(await previewCount(manager, 'conflicts')).toBe(2);
    const capacityRow = manager.locator(`[data-testid="conflict-row"][data-key="sites/${site.id}/capacity.plannedMW"]`);
    const statusRow = manager.locator(`[data-testid="conflict-row"][data-key="sites/${site.id}/status"]`);
    await expect(capacityRow).toContainText(SEED_SITE);
    await expect(capacityRow.locator('td.value').nth(0)).toHaveText('150');
    await expect(capacityRow.locator('td.value').nth(1)).toHaveText('180');
    await expect(statusRow.locator('td.value').nth(0)).toHaveText('under_construction');
    await expect(statusRow.locator('td.value').nth(1)).toHaveText('operational');
    // Nothing is taken from the file unless the user says so.
    await expect(capacityRow.getByLabel(/Keep mine/)).toBeChecked();
    await expect(statusRow.getByLabel(/Keep mine/)).toBeChecked();

    // Their capacity, my status.
    await capacityRow.getByLabel(/Take theirs/).check();
    await expect(capacityRow.getByLabel(/Take theirs/)).toBeChecked();
    const [backup] = await Promise.all([manager.waitForEvent('download'), manager.getByTestId('import-apply').click()]);
    expect(backup.suggestedFilename()).toMatch(/^dc-lens-backup-/);
    await expect(manager.getByTestId('import-done')).toBeVisible();

    const after = parseCatalog(await catalogText(manager)).sites.find((x) => x.id === site.id)!;
    expect(after).toMatchObject({ capacity: { plannedMW: 180 }, status: 'under_construction' });
    await openSite(manager, SEED_SITE);
    const detail = manager.getByTestId('site-detail');
    await expect(detail).toContainText('180 MW');
    await expect(detail).toContainText('Under construction');
    await expect(detail).not.toContainText('150 MW');

    // The decision is remembered: the same file doesn't ask again.
    await chooseImportFile(manager, file);
    await expect(manager.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
    expect(await previewCount(manager, 'conflicts')).toBe(0);
    await expect(manager.getByTestId('conflict-row')).toHaveCount(0);
  });

  test('a hostile file is refused with a readable error and the catalog is unchanged', async ({ context, extensionId }) => {
    // Five files, each compared with the installed catalog: over a minute when the machine is busy.
    test.setTimeout(150_000);
    const manager = await openManager(context, extensionId);
    const before = catalogContent(await catalogText(manager));
    const total = await siteTotal(manager);
    const pwned = () => manager.evaluate(() => (window as unknown as { __dcLensPwned?: number }).__dcLensPwned ?? null);
    const refused: Array<[file: string, reason: RegExp]> = [
      ['truncated.json', /truncated/],
      ['other-version.json', /newer version of DC Lens.*Update DC Lens/],
      ['proto-pollution.json', /"__proto__" key/],
    ];
    for (const [file, reason] of refused) {
      await test.step(file, async () => {
        await chooseImportFile(manager, resolve(HOSTILE, file));
        const error = manager.getByTestId('import-error');
        await expect(error).toBeVisible({ timeout: 20_000 });
        await expect(error).toContainText(reason);
        await expect(error).toContainText('Your catalog was not changed.');
        await expect(manager.getByTestId('import-preview')).toHaveCount(0);
        await expect(manager.getByTestId('import-apply')).toHaveCount(0);
      });
    }

    await test.step('javascript-url.json', async () => {
      // A well-formed file whose one site carries a javascript: link and markup in its name.
      await chooseImportFile(manager, resolve(HOSTILE, 'javascript-url.json'));
      await expect(manager.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
      expect(await previewCount(manager, 'invalid')).toBe(1);
      expect(await previewCount(manager, 'new')).toBe(0);
      await manager.getByText(/Invalid records/).click();
      const row = manager.getByTestId('invalid-row');
      await expect(row).toHaveCount(1);
      await expect(row.locator('td').nth(0)).toContainText('user-script-site');
      await expect(row.locator('td').nth(1)).toContainText('sources[0].url');
      await expect(row.locator('td').nth(2)).toContainText('http(s)');
      await expect(manager.getByTestId('import-apply')).toBeDisabled();
      await manager.getByRole('button', { name: 'Cancel', exact: true }).click();
      await expect(manager.getByTestId('import-preview')).toHaveCount(0);
    });

    // Nothing ran, nothing leaked into prototypes, nothing changed.
    expect(await pwned()).toBeNull();
    expect(await manager.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null)).toBeNull();
    expect(await (await serviceWorker(context)).evaluate(() => (({}) as Record<string, unknown>).polluted ?? null)).toBeNull();
    expect(await manager.locator('[onerror], [onmouseover], img[src="x"]').count()).toBe(0);
    expect(await manager.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('__dcLensPwned')))).toBe(false);
    expect(await siteTotal(manager)).toBe(total);
    expect(catalogContent(await catalogText(manager))).toEqual(before);
  });

  test('a .json file that is not JSON is refused as not JSON, and the catalog is unchanged', async ({ context, extensionId }) => {
    const manager = await openManager(context, extensionId);
    const before = catalogContent(await catalogText(manager));
    await chooseImportFile(manager, resolve(HOSTILE, 'not-json.json'));
    const error = manager.getByTestId('import-error');
    await expect(error).toBeVisible({ timeout: 20_000 });
    await expect(error).toContainText('Your catalog was not changed.');
    expect(catalogContent(await catalogText(manager))).toEqual(before);
    await expect(error).toContainText(/Not a JSON file/, { timeout: 2000 });
  });
});
