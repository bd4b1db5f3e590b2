/**
 * Playwright fixtures: a fresh Chromium profile with the BUILT extension (.output/chrome-mv3)
 * loaded, its id, and helpers to open its pages. Debian's Chromium via CHROMIUM_PATH.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textBox } from './text-box';

export const EXTENSION_PATH = resolve(process.env.DC_LENS_EXTENSION || '.output/chrome-mv3');

/** Chromium's flags for a test or bench profile with `extension` loaded and nothing else running. */
export function extensionFlags(extension: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ];
}

export async function launchWithExtension(): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dc-lens-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: extensionFlags(EXTENSION_PATH),
  });
  return { context, dir };
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorker(context)).url()).host;
}

/** Waits until the background has installed the seed catalog and compiled the matcher. */
export async function waitForCatalog(context: BrowserContext): Promise<void> {
  const sw = await serviceWorker(context);
  await sw.evaluate(async () => {
    const g = globalThis as unknown as { dcLensReady?: Promise<unknown> };
    for (let i = 0; i < 200 && !g.dcLensReady; i++) await new Promise((r) => setTimeout(r, 50));
    await g.dcLensReady;
  });
}

type Fixtures = { context: BrowserContext; extensionId: string; page: Page };

export const test = base.extend<Fixtures>({
  context: async ({}, use) => {
    const { context, dir } = await launchWithExtension();
    await waitForCatalog(context);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => use(await extensionId(context)),
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;

/** Marks painted on the page: the CSS highlight registry, read from the page's own world. */
export async function highlightedTexts(page: Page, name = 'dc-lens-known'): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

export async function allMarks(page: Page): Promise<string[]> {
  return [...(await highlightedTexts(page, 'dc-lens-known')), ...(await highlightedTexts(page, 'dc-lens-new'))];
}

/** Hovers the middle of the first occurrence of `text` in the page's prose. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const box = await page.evaluate(textBox, text);
  if (!box) throw new Error(`text not found on page: ${text}`);
  await page.mouse.move(box.x - 40, box.y + 200);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}
