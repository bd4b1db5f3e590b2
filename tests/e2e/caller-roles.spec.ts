/**
 * A page is hostile input: code running in DC Lens's content script (which a page can steer) may
 * only ask the background for what a page needs. These tests send from the content script's own
 * isolated world (found through the DevTools protocol), as a compromised or tricked content script
 * would, and from the popup for comparison.
 */
import type { Page } from '@playwright/test';
import { expect, highlightedTexts, test } from './fixtures';
import { askBackground } from './helpers/extension-pages';

type Reply = { ok: boolean; value?: unknown; error?: string } | undefined;

/** Sends one envelope from the content script's world of `page` and returns the raw reply. */
async function sendFromContentScript(page: Page, extensionId: string, type: string, payload: object): Promise<Reply> {
  const session = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  session.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
  await session.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('no DC Lens content-script world in the page');
  const expression = `chrome.runtime.sendMessage(${JSON.stringify({ dcLens: 1, type, payload })})`;
  const { result, exceptionDetails } = (await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
    result: { value?: Reply };
    exceptionDetails?: { text: string };
  };
  await session.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

test('a content-script sender asking site.delete or the catalog is refused, with the reason logged; detect still works', async ({ context, extensionId, page }) => {
  const warnings: string[] = [];
  context.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  await page.goto('/alibaba-tokyo.html');
  await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toContain('Fifth Tokyo Data Center');

  // Which site the mark is: the one a hostile page would like gone.
  const detected = await sendFromContentScript(page, extensionId, 'detect', { text: 'Alibaba Cloud opened its fifth data center in Tokyo.', url: page.url() });
  expect(detected?.ok).toBe(true);
  const siteId = (detected!.value as { mentions: Array<{ entityId: string | null }> }).mentions.find((m) => m.entityId)?.entityId;
  expect(siteId).toBeTruthy();

  const deleted = await sendFromContentScript(page, extensionId, 'site.delete', { id: siteId });
  expect(deleted).toEqual({ dcLens: 1, ok: false, error: 'refused: site.delete is not available to content scripts' });
  for (const [type, payload] of [['catalog.list', { filter: {} }], ['catalog.stats', {}], ['site.save', { site: {} }], ['export', { format: 'json' }]] as const) {
    const reply = await sendFromContentScript(page, extensionId, type, payload);
    // An unknown type gets no answer at all; a known one is refused by name.
    if (reply !== undefined) expect(reply).toMatchObject({ ok: false, error: `refused: ${type} is not available to content scripts` });
  }

  // Nothing was deleted: the popup (one of DC Lens's own pages) still gets the site.
  const own = await context.newPage();
  await own.goto(`chrome-extension://${extensionId}/popup.html`);
  const got = await askBackground<{ site: { id: string; deletedAt?: string } | null }>(own, 'site.get', { id: siteId });
  expect(got.site?.id).toBe(siteId);
  expect(got.site?.deletedAt).toBeUndefined();

  // The refusal is logged where the background logs, with what was refused and who asked.
  await expect.poll(() => warnings.some((w) => w.includes('refused') && w.includes('site.delete') && w.includes('/alibaba-tokyo.html'))).toBe(true);
});
