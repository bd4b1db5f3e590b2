import { allMarks, expect, test } from './fixtures';

test.describe('DC Lens never breaks or slows the page', () => {
  test('a page with no mention is byte-identical after DC Lens ran', async ({ page }) => {
    // Snapshot the DOM before any content script can run, in the page's own world.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
      });
    });
    await page.goto('/no-mentions.html');
    // Give DC Lens time to read, ask the background and (not) mark; then hover around.
    await page.waitForTimeout(2500);
    await page.mouse.move(300, 300);
    await page.mouse.move(500, 400, { steps: 5 });
    await page.waitForTimeout(500);
    const { before, after, highlights } = await page.evaluate(() => ({
      before: (window as unknown as { __before: string }).__before,
      after: document.documentElement.outerHTML,
      highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
    }));
    expect(before.length).toBeGreaterThan(1000);
    expect(after).toBe(before);
    expect(highlights).toBe(0);
  });

  test('a framework page that re-renders around mentions keeps working, and late items get marked', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/spa/react-rerender.html');
    const has = async (t: string) => (await allMarks(page)).some((m) => m.includes(t));
    await expect.poll(() => has('fifth data center in Tokyo')).toBe(true);
    // Items appended after 1.5 s (infinite scroll) are scanned too.
    await expect.poll(() => has('data centre in Osaka'), { timeout: 10_000 }).toBe(true);
    const before = await page.evaluate(() => (window as unknown as { __renders: () => string }).__renders());
    await page.waitForTimeout(1000);
    const later = await page.evaluate(() => (window as unknown as { __renders: () => string }).__renders());
    expect(later).not.toBe(before); // still re-rendering
    expect(await has('fifth data center in Tokyo')).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a 100,000-node page shows no long task over 50 ms from DC Lens', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: Array<{ duration: number; scripts: string[] }> };
      w.__frames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ duration: number; scripts: Array<{ sourceURL: string; duration: number }> }>) {
          w.__frames.push({ duration: e.duration, scripts: e.scripts.map((s) => `${s.sourceURL} ${Math.round(s.duration)}`) });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    await page.goto('/generated/big.html?nodes=100000');
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null).numberValue);
    expect(nodes).toBeGreaterThan(90_000);
    await expect.poll(async () => (await allMarks(page)).length, { timeout: 30_000 }).toBeGreaterThan(100);
    const frames = await page.evaluate(() => (window as unknown as { __frames: Array<{ duration: number; scripts: string[] }> }).__frames);
    // Long animation frames attribute their time to scripts; DC Lens's are chrome-extension:// URLs.
    const ours = frames.filter((f) => f.scripts.some((s) => s.startsWith('chrome-extension://')));
    const over50 = ours.filter((f) => f.scripts.some((s) => s.startsWith('chrome-extension://') && Number(s.split(' ').pop()) > 50));
    expect(over50, JSON.stringify(ours.slice(0, 5))).toEqual([]);
  });
});
