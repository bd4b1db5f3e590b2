/**
 * DC Lens in Debian's Firefox ESR: the built Firefox add-on on the demo articles, the card, the
 * popup and a save, with no error anywhere in the browser's console (CSP reports included).
 * One browser for the whole group (a Firefox start and the seed install cost seconds each).
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { cardText, highlighted, hoverText, launchFirefox, openExtensionPage, tabIdOf, waitForCatalog, type Firefox } from './firefox';

let ff: Firefox;
let base: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, info) => {
  base = String(info.project.use.baseURL);
  ff = await launchFirefox();
  const manager = await openExtensionPage(ff, 'manager.html');
  await waitForCatalog(manager);
  await manager.close();
});

test.afterAll(async () => {
  await ff?.close();
});

async function article(path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(`${base}${path}`);
  return page;
}

async function openPopupFor(page: Page): Promise<Page> {
  const probe = await openExtensionPage(ff, 'manager.html');
  const tabId = await tabIdOf(probe, page.url());
  await probe.close();
  const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="mention-row"]', { timeout: 15_000 });
  return popup;
}

test('marks the demo article, opens the card on hover and closes it with Esc', async () => {
  const page = await article('/alibaba-tokyo.html');
  await expect.poll(() => highlighted(page, 'dc-lens-known'), { timeout: 20_000 }).toContainEqual('Fifth Tokyo Data Center');

  await page.bringToFront();
  await hoverText(page, 'Fifth Tokyo Data Center');
  await expect.poll(() => cardText(ff, page), { timeout: 10_000 }).toContain('Alibaba');
  expect(await cardText(ff, page)).toContain('Tokyo');

  await page.keyboard.press('Escape');
  await expect.poll(() => cardText(ff, page)).toBeNull();
  await page.close();
});

const newMentions = async (page: Page) => [...new Set(await highlighted(page, 'dc-lens-new'))];

test("the popup lists the page's mentions, known and new", async () => {
  const page = await article('/stargate-uae.html');
  await expect.poll(async () => (await newMentions(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const known = await highlighted(page, 'dc-lens-known');
  const popup = await openPopupFor(page);
  const rows = await popup.$$eval('[data-testid="mention-row"]', (els) => els.map((e) => `${e.getAttribute('data-status')}: ${e.textContent}`));
  expect(rows.some((r) => r.startsWith('known:') && r.includes('Stargate UAE'))).toBe(true);
  expect(known).toContain('Stargate UAE');
  for (const text of await newMentions(page)) expect(rows.some((r) => r.startsWith('new:') && r.includes(text))).toBe(true);
  await popup.close();
  await page.close();
});

test('a new mention saved from the popup turns known on the article', async () => {
  const page = await article('/stargate-uae.html');
  await expect.poll(async () => (await newMentions(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const mention = (await newMentions(page))[0];
  const popup = await openPopupFor(page);
  const saveButton = await popup.waitForSelector(`[data-testid="mention-save"][aria-label*="${mention}"]`);
  await saveButton!.click();
  await popup.waitForSelector('[data-testid="save-form"]');
  const name = await popup.$eval('input[name="name"]', (e) => (e as HTMLInputElement).value);
  expect(name.length).toBeGreaterThan(0);
  // The country may not be in the article; the user picks one when it is missing.
  if (!(await popup.$eval('select[name="country"]', (e) => (e as HTMLSelectElement).value))) await popup.select('select[name="country"]', 'AE');
  await popup.click('[data-testid="save-submit"]');
  const confirmation = await popup.waitForSelector('[data-testid="save-confirmation"]', { timeout: 15_000 });
  expect(await confirmation!.evaluate((e) => e.textContent)).toContain(name);

  await expect.poll(async () => (await highlighted(page, 'dc-lens-known')).includes(mention), { timeout: 15_000 }).toBe(true);
  expect(await highlighted(page, 'dc-lens-new')).not.toContain(mention);
  await popup.close();
  await page.close();
});

test('a long page, read natively in chunks, is marked: headings shown in capitals, not the code block', async () => {
  // tests/fixtures/pages/pad.js puts 12,000 elements of prose before the article (lib/page/chunks.ts).
  const page = await article('/alibaba-tokyo.html?pad=12000&upper=1');
  const tokyo = async () => (await highlighted(page, 'dc-lens-known')).filter((t) => /fifth tokyo data center/i.test(t));
  await expect.poll(async () => (await tokyo()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  // Mapped back to the page's own words, not innerText's capitals.
  expect(await tokyo()).toContain('Fifth Tokyo Data Center');
  const all = [...(await highlighted(page, 'dc-lens-known')), ...(await highlighted(page, 'dc-lens-new'))];
  expect(all.some((t) => t.includes('eighth data center in Osaka'))).toBe(false);
  await page.close();
});

test('no errors in the console: pages, content script, popup, manager and background', async () => {
  // Give late reports (a CSP violation is dispatched after the fact) a moment to arrive.
  await new Promise((r) => setTimeout(r, 1000));
  expect(ff.errors).toEqual([]);
});
