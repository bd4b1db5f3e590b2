/**
 * The card's "Is it one of these?": picking a catalog site for a new mention opens the popup's
 * save form in link mode with that site chosen, and linking keeps the article as its sighting.
 */
import type { Page } from '@playwright/test';
import { expect, highlightedTexts, hoverText, test } from './fixtures';
import { cardElements, cardText, clickInCard } from './card-dom';
import { askBackground } from './helpers/extension-pages';

const candidateButtons = async (page: Page) => (await cardElements(page, 'BUTTON')).filter((b) => b.attrs['data-site-id']);

/** Hovers the page's new mentions in turn until one's card suggests catalog sites; returns its text. */
async function newMentionWithCandidates(page: Page): Promise<string> {
  for (const text of new Set(await highlightedTexts(page, 'dc-lens-new'))) {
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
    await hoverText(page, text);
    await expect.poll(() => cardText(page), { timeout: 10_000 }).toMatch(/Save|Is it one of these/);
    if ((await candidateButtons(page)).length) return text;
  }
  throw new Error('no new mention on the page has candidates');
}

// The pick is the LAST candidate: on a 900 px viewport it once sat below the screen's edge (the card
// overflowed it), where a click closed the card instead; clickInCard refuses a click that misses.
test('picking a candidate in the card links the mention to that site', async ({ context, page }) => {
  // The demo article names places the seed catalog has sites in, next to projects it doesn't have.
  await page.goto('/stargate-uae.html');
  await expect.poll(async () => (await highlightedTexts(page, 'dc-lens-new')).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const mention = await newMentionWithCandidates(page);
  await expect.poll(() => cardText(page)).toContain('Is it one of these?');

  const buttons = await candidateButtons(page);
  // Not simply the first suggestion: the last one, so the popup must carry the pick, not a default.
  const pick = buttons[buttons.length - 1];
  const siteId = pick.attrs['data-site-id'];
  const siteName = (await cardElements(page, 'SPAN')).find((s) => s.attrs.class === 'dcl-candidate-name' && pick.text.startsWith(s.text))!.text.trim();

  const [popup] = await Promise.all([context.waitForEvent('page'), clickInCard(page, pick.text.trim())]);
  await expect(popup.getByTestId('link-form')).toBeVisible({ timeout: 15_000 });
  await expect(popup.locator(`input[name="candidate"][value="${siteId}"]`)).toBeChecked();
  await popup.getByTestId('link-submit').click();
  await expect(popup.getByTestId('save-confirmation')).toContainText(siteName);

  // The article is now a sighting of the picked site, and its mark turns known without a reload.
  const { sightings } = await askBackground<{ sightings: Array<{ url: string }> }>(popup, 'site.get', { id: siteId });
  expect(sightings.map((s) => s.url)).toContain(page.url());
  await expect.poll(async () => (await highlightedTexts(page, 'dc-lens-known')).includes(mention), { timeout: 15_000 }).toBe(true);
});
