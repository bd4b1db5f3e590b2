import type { Locator, Page } from '@playwright/test';
import { expect, highlightedTexts, hoverText, test } from './fixtures';
import { cardText } from './card-dom';
import { openManager, openPopupFor } from './helpers/extension-pages';

/** A mention of the Stargate UAE demo article that the shipped catalog does not have (Khazna has no Fujairah site). */
const FUJAIRAH = '100MW AI facility in Fujairah';

const marked = async (page: Page, name: string, text: string) => (await highlightedTexts(page, name)).some((m) => m.includes(text));

/** The popup's row for a mention (its list item: the row button and, for a new one, "Save…"). */
const rowItem = (popup: Page, text: string): Locator => popup.locator('li').filter({ has: popup.getByTestId('mention-row').filter({ hasText: text }) });

test.describe('saving a new mention from the popup', () => {
  test('save a new mention from the popup on a demo article, and the mark turns known with the saved facts in its card', async ({ context, extensionId, page }) => {
    await page.goto('/stargate-uae.html');
    await expect.poll(() => marked(page, 'dc-lens-new', FUJAIRAH), { timeout: 15_000 }).toBe(true);
    expect(await marked(page, 'dc-lens-known', FUJAIRAH)).toBe(false);

    const popup = await openPopupFor(context, extensionId, page);
    // Known and New groups, each row tagged with its status.
    await expect(popup.getByRole('heading', { name: /^Known/ })).toBeVisible();
    await expect(popup.getByRole('heading', { name: /^New/ })).toBeVisible();
    await expect(popup.locator('[data-testid="mention-row"][data-status="known"]').filter({ hasText: 'Stargate UAE' }).first()).toBeVisible();
    const row = rowItem(popup, FUJAIRAH);
    await expect(row.getByTestId('mention-row')).toHaveAttribute('data-status', 'new');

    // Clicking a row shows the mention on the page: it is flashed with the focus highlight.
    await row.getByTestId('mention-row').click();
    await expect.poll(() => marked(page, 'dc-lens-focus', FUJAIRAH)).toBe(true);

    await row.getByTestId('mention-save').click();
    const form = popup.getByTestId('save-form');
    await expect(form).toBeVisible();
    // Prefilled from what the article says: operator, place, capacity, and the article as source.
    await expect(form.getByLabel('Operator', { exact: true })).toHaveValue(/Khazna/);
    await expect(form.getByLabel('City', { exact: true })).toHaveValue('Fujairah');
    await expect(form.getByLabel('Planned capacity (MW)', { exact: true })).toHaveValue('100');
    await expect(form.getByLabel('Source URL', { exact: true })).toHaveValue(page.url());
    const name = await form.getByLabel('Site name', { exact: true }).inputValue();
    expect(name).toMatch(/Khazna.*Fujairah/);

    // A capacity that is not a number is refused next to its field, and nothing is saved.
    const capacity = form.getByLabel('Planned capacity (MW)', { exact: true });
    await capacity.fill('a lot');
    await popup.getByTestId('save-submit').click();
    const capacityField = form.locator('.field').filter({ has: popup.locator('input[name="plannedMW"]') });
    await expect(capacityField.getByTestId('field-error')).toBeVisible();
    // The message is the input's accessible description, so a screen reader reads it with the field.
    const message = (await capacityField.getByTestId('field-error').textContent())!.trim();
    expect(message.length).toBeGreaterThan(5);
    await expect(capacity).toHaveAccessibleDescription(message);
    await expect(form.getByTestId('field-error')).toHaveCount(1);
    await expect(capacity).toHaveAttribute('aria-invalid', 'true');
    await expect(capacity).toBeFocused();
    await expect(popup.getByTestId('save-confirmation')).toHaveCount(0);

    // The user confirms the country (the article names it after the city).
    await form.getByLabel('Country', { exact: true }).selectOption('AE');
    // Fixed, with the figure the user knows better than the article (120 MW, not 100).
    await capacity.fill('120');
    await expect(form.getByTestId('field-error')).toHaveCount(0);
    await popup.getByTestId('save-submit').click();
    await expect(popup.getByTestId('save-confirmation')).toContainText(name);

    // The article updates by itself, without a reload: the mention is now known...
    await expect.poll(() => marked(page, 'dc-lens-known', FUJAIRAH), { timeout: 15_000 }).toBe(true);
    expect(await marked(page, 'dc-lens-new', FUJAIRAH)).toBe(false);
    // ...and its card shows the saved site with the edited capacity.
    await page.bringToFront();
    await hoverText(page, FUJAIRAH);
    await expect.poll(() => cardText(page), { timeout: 10_000 }).toContain(name);
    const card = (await cardText(page))!;
    expect(card).toMatch(/Capacity planned\s*120\s*MW/);
    // The article's own figure is kept apart from the catalog's, not mixed into it.
    expect(card).toMatch(/This article: 100\s*MW · catalog: 120\s*MW planned/);
    expect(card).toContain('Fujairah, United Arab Emirates');
    expect(card).toMatch(/Seen in 1 article/);

    // Back in the popup, the mention is listed as known.
    await popup.getByRole('button', { name: 'Back to mentions' }).click();
    await expect(rowItem(popup, FUJAIRAH).getByTestId('mention-row')).toHaveAttribute('data-status', 'known');
    await expect(rowItem(popup, FUJAIRAH).getByTestId('mention-save')).toHaveCount(0);
  });

  test('link a new mention to a site the catalog already has: the article becomes one of its sightings', async ({ context, extensionId, page }) => {
    await page.goto('/stargate-uae.html');
    await expect.poll(() => marked(page, 'dc-lens-new', FUJAIRAH), { timeout: 15_000 }).toBe(true);
    const popup = await openPopupFor(context, extensionId, page);
    await rowItem(popup, FUJAIRAH).getByTestId('mention-save').click();
    await popup.getByLabel('Link to existing site').check();
    const form = popup.getByTestId('link-form');
    // Submitting without a choice asks for one instead of guessing.
    await form.getByTestId('link-submit').click();
    await expect(form.getByRole('alert')).toContainText('Choose');
    const option = form.getByTestId('candidate-option').filter({ hasText: 'Khazna' }).first();
    const siteName = (await option.locator('.candidate-name').textContent())!.trim();
    await option.click();
    await form.getByTestId('link-submit').click();
    await expect(popup.getByTestId('save-confirmation')).toContainText(siteName);

    // On the article, without a reload, the same words are now that known site.
    await expect.poll(() => marked(page, 'dc-lens-known', FUJAIRAH), { timeout: 15_000 }).toBe(true);
    expect(await marked(page, 'dc-lens-new', FUJAIRAH)).toBe(false);

    // The manager lists the article among the places the site was seen, with the quote.
    const manager = await openManager(context, extensionId);
    await manager.getByTestId('search').fill(siteName);
    await manager.getByTestId('site-row').filter({ hasText: siteName }).first().getByRole('button', { name: siteName }).click();
    const detail = manager.getByTestId('site-detail');
    await expect(detail.getByRole('heading', { name: siteName })).toBeVisible();
    const sighting = detail.getByTestId('sighting').filter({ hasText: await page.title() });
    await expect(sighting).toHaveCount(1);
    await expect(sighting).toContainText(FUJAIRAH);
  });
});
