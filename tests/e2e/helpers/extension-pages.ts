/**
 * Opening DC Lens's own pages the way a user reaches them, for the save and sync journeys: the
 * popup bound to an article's tab (the toolbar popup can't be clicked in headless Chromium, so it
 * is opened as a page with ?tab=<id>), and the manager.
 */
import type { BrowserContext, Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, serviceWorker } from '../fixtures';

/** The id of the tab showing `page`, as the extension sees it. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const sw = await serviceWorker(context);
  const url = page.url();
  let id: number | undefined;
  await expect
    .poll(async () => {
      id = await sw.evaluate(async (u) => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs;
        return (await tabs.query({})).find((t) => t.url === u)?.id;
      }, url);
      return id;
    })
    .toBeDefined();
  return id!;
}

/** The popup for `article`'s tab, once it has listed the page's mentions. */
export async function openPopupFor(context: BrowserContext, extensionId: string, article: Page): Promise<Page> {
  const tabId = await tabIdOf(context, article);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('mention-row').first()).toBeVisible({ timeout: 15_000 });
  return popup;
}

/** The manager, once its catalog has loaded (the total is shown). */
export async function openManager(context: BrowserContext, extensionId: string): Promise<Page> {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/manager.html`);
  await expect(manager.getByTestId('site-row').first()).toBeVisible({ timeout: 15_000 });
  return manager;
}

export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return readFile(path, 'utf8');
}

/** Clicks "Export JSON" and returns the downloaded file's name and text. */
export async function exportJson(manager: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([manager.waitForEvent('download'), manager.getByTestId('export-json').click()]);
  await expect(manager.getByTestId('export-status')).toContainText('Exported');
  return { name: download.suggestedFilename(), text: await downloadedText(download) };
}

interface CatalogJson {
  format: string;
  version: number;
  exportedAt: string;
  operators: Array<{ id: string; [k: string]: unknown }>;
  sites: Array<{ id: string; [k: string]: unknown }>;
  sightings: Array<{ id: string; [k: string]: unknown }>;
}

export function parseCatalog(text: string): CatalogJson {
  return JSON.parse(text) as CatalogJson;
}

/** The catalog's content without the moment of export, for comparing two catalogs. */
export function catalogContent(text: string): Omit<CatalogJson, 'exportedAt'> {
  const { exportedAt: _when, ...rest } = parseCatalog(text);
  return rest;
}

/**
 * Asks the background as DC Lens's own pages do: the protocol's envelope, from a page of the
 * extension (the service worker can't message itself).
 */
export async function askBackground<T>(extensionPage: Page, type: string, payload: object): Promise<T> {
  return extensionPage.evaluate(
    async ({ type, payload }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const reply = (await runtime.sendMessage({ dcLens: 1, type, payload })) as { ok?: boolean; value?: unknown; error?: string } | undefined;
      if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? 'no reply'}`);
      return reply.value;
    },
    { type, payload },
  ) as Promise<T>;
}

type NoteCounts = { sites: number; notes: Record<string, number> };

/**
 * Reads the whole catalog through the background's export port, in the page; returns the file's
 * text, or with `count` only how many sites there are and how many carry each note (for
 * 100,000-site checks, where sending the file back to the test costs more than the check).
 */
function exportInPage(extensionPage: Page, count: boolean): Promise<string | NoteCounts> {
  return extensionPage.evaluate(async (count) => {
    type Done = { type: string; data?: string; message?: string; stored?: string };
    type Port = { postMessage(m: unknown): void; disconnect(): void; onMessage: { addListener(f: (m: Done) => void): void } };
    const runtime = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime;
    const port = runtime.connect({ name: 'dc-lens-export' });
    const parts: string[] = [];
    const done = await new Promise<Done>((resolve) => {
      port.onMessage.addListener((m) => {
        if (m.type === 'chunk') parts.push(m.data ?? '');
        else if (m.type !== 'progress') resolve(m);
      });
      // As the manager asks: the file handed over in Cache Storage (lib/browser/file-transfer.ts).
      port.postMessage({ type: 'start', format: 'json', purpose: 'export', transfer: 'cache' });
    });
    port.disconnect();
    if (done.type !== 'done') throw new Error(`export failed: ${done.message}`);
    let text = parts.join('');
    if (done.stored) {
      const cache = await caches.open('dc-lens-transfer');
      const url = `https://transfer.dc-lens.invalid/${done.stored}`;
      text = await (await cache.match(url))!.text();
      await cache.delete(url);
    }
    if (!count) return text;
    const sites = (JSON.parse(text) as { sites: Array<{ notes?: string }> }).sites;
    const notes: Record<string, number> = {};
    for (const s of sites) if (s.notes !== undefined) notes[s.notes] = (notes[s.notes] ?? 0) + 1;
    return { sites: sites.length, notes };
  }, count);
}

/** The whole catalog as an export file's text, straight from the background's export port. */
export async function catalogText(extensionPage: Page): Promise<string> {
  return (await exportInPage(extensionPage, false)) as string;
}

/** How many sites the catalog holds and how many carry each note, counted in the page. */
export async function catalogNotes(extensionPage: Page): Promise<NoteCounts> {
  return (await exportInPage(extensionPage, true)) as NoteCounts;
}

/** Sites in the catalog (deleted ones excluded), as catalog.stats counts them. */
export async function siteTotal(extensionPage: Page): Promise<number> {
  return (await askBackground<{ total: number }>(extensionPage, 'catalog.stats', {})).total;
}

/** Chooses a file in the import panel, as the user does with the file picker. */
export async function chooseImportFile(manager: Page, path: string): Promise<void> {
  await manager.getByTestId('import-file').setInputFiles(path);
}

/** The number shown in one of the preview's counts (count-new, count-updated, …). */
export async function previewCount(manager: Page, which: 'new' | 'updated' | 'unchanged' | 'conflicts' | 'invalid'): Promise<number> {
  const text = await manager.getByTestId('import-preview').getByTestId(`count-${which}`).locator('strong').textContent();
  return Number((text ?? '').replace(/,/g, ''));
}

export const field = (form: ReturnType<Page['getByTestId']>, label: string) => form.getByLabel(label, { exact: true });

/** Opens a site's details from the browse list, by searching for its name. */
export async function openSite(manager: Page, name: string): Promise<void> {
  await manager.getByTestId('search').fill(name);
  await manager.getByTestId('site-row').filter({ hasText: name }).first().getByRole('button', { name, exact: true }).click();
  await expect(manager.getByTestId('site-detail').getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Edits the open site: `fill` changes the form, then the edit is saved. */
export async function editSite(manager: Page, fill: (form: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
  await manager.getByTestId('site-detail').getByTestId('site-edit').click();
  const form = manager.getByTestId('save-form');
  await fill(form);
  await form.getByTestId('save-submit').click();
  // Saving recompiles the detector index: slow on a busy machine.
  await expect(manager.getByTestId('site-detail')).toBeVisible({ timeout: 30_000 });
}
