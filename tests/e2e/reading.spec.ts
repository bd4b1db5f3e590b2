import { allMarks, expect, highlightedTexts, hoverText, serviceWorker, test } from './fixtures';
import { cardElements, cardText } from './card-dom';

test.describe('reading a demo article with DC Lens', () => {
  test('marks the Tokyo mentions and shows a card with Alibaba Cloud and its Tokyo competitors', async ({ page }) => {
    await page.goto('/alibaba-tokyo.html');
    await expect.poll(async () => (await allMarks(page)).some((m) => m.includes('fifth data center in Tokyo'))).toBe(true);
    const marks = await allMarks(page);
    // Headline, repeated heading and section heading are all mentions (LABELING.md rule 2).
    expect(marks.filter((m) => /fifth tokyo data center/i.test(m)).length).toBeGreaterThanOrEqual(3);
    // The code block and the newsletter field are never read.
    const code = await page.locator('pre').first().textContent();
    for (const m of marks) expect(code ?? '').not.toContain(m.length > 12 ? m : '\u0000');

    await hoverText(page, 'fifth data center in Tokyo');
    await expect.poll(() => cardText(page), { timeout: 8000 }).toContain('Alibaba Cloud');
    // The card opens with the article's facts at once; the catalog's answer follows (on a loaded
    // machine, after the first look).
    await expect.poll(async () => (await cardText(page)) ?? '', { timeout: 8000 }).not.toContain('Looking up');
    const text = (await cardText(page))!;
    expect(text).toContain('Tokyo');
    // Competitors in the same city/country: the other hyperscalers' Tokyo regions.
    for (const rival of [/Amazon|AWS/, /Microsoft|Azure/, /Google/, /Oracle/]) expect(text).toMatch(rival);
    // The comparison is drawn as a chart with an accessible summary.
    const charts = (await cardElements(page)).filter((e) => e.attrs.role === 'img');
    expect(charts.length).toBeGreaterThan(0);
    expect(charts[0].attrs['aria-label']).toBeTruthy();

    // Leaving the mention closes the card after a grace period.
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
  });

  test('keyboard: Alt+Shift+N steps to a mention and opens its card; Esc closes it', async ({ page }) => {
    await page.goto('/alibaba-korea.html');
    await expect.poll(async () => (await allMarks(page)).length).toBeGreaterThan(2);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => cardText(page)).not.toBeNull();
    await expect.poll(() => highlightedTexts(page, 'dc-lens-focus')).toHaveLength(1);
    const first = (await highlightedTexts(page, 'dc-lens-focus'))[0];
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await highlightedTexts(page, 'dc-lens-focus'))[0]).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
  });

  test('the Ulsan facility carries capacity and GPUs from the article', async ({ page }) => {
    await page.goto('/alibaba-korea.html');
    await expect.poll(async () => (await allMarks(page)).some((m) => m.includes('103-megawatt AI data center in the southern city of Ulsan'))).toBe(true);
    await hoverText(page, '103-megawatt AI data center');
    await expect.poll(() => cardText(page), { timeout: 8000 }).toMatch(/103\s*MW/);
    expect(await cardText(page)).toMatch(/60,000/);
  });
});

test.describe('settings', () => {
  // Chrome reads them at document_start (the wake ping) and the content script takes that read.
  test('a site turned off is not marked; turned on again, it is marked without a reload', async ({ page, context }) => {
    const sw = await serviceWorker(context);
    await sw.evaluate(`chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } })`);
    await page.goto('/alibaba-tokyo.html');
    await page.waitForTimeout(1500);
    expect(await allMarks(page)).toEqual([]);
    await sw.evaluate(`chrome.storage.local.set({ settings: { disabledSites: [] } })`);
    await expect.poll(async () => (await allMarks(page)).some((m) => m.includes('fifth data center in Tokyo'))).toBe(true);
  });
});

test.describe('pages that are harder to read', () => {
  test('a same-origin article iframe is read and marked', async ({ page }) => {
    await page.goto('/spa/iframe-article.html');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1')).toBeVisible();
    const child = page.frames().find((f) => f.url().endsWith('/alibaba-tokyo.html'))!;
    const marks = () => child.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dc-lens-known') ?? [])].map((r) => r.toString()));
    await expect.poll(async () => (await marks()).some((m) => m.includes('fifth data center in Tokyo')), { timeout: 15_000 }).toBe(true);
  });

  test('right-to-left text beside English: marks land on the right words and the page shows no error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/stargate-uae.html');
    expect(await page.locator('[dir="rtl"]').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await allMarks(page)).length, { timeout: 15_000 }).toBeGreaterThan(2);
    const texts = await page.locator('body').innerText();
    for (const m of await allMarks(page)) expect(texts.replace(/\s+/g, ' ')).toContain(m.replace(/\s+/g, ' '));
    expect(errors).toEqual([]);
  });
});
