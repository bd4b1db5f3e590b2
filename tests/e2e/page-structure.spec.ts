/**
 * Real pages, not only article text: page structure is never read as prose, and text a script
 * reveals after load is read when it appears. Fixture pages in tests/fixtures/pages (written for
 * these tests): structure-menu.html, structure-headlines.html, revealed.html.
 */
import type { Page } from '@playwright/test';
import { allMarks, expect, test } from './fixtures';

/** A sentence the seed catalog knows, added to prove DC Lens is reading this very page. */
const PROBE = 'Alibaba Cloud has opened its fifth data center in Tokyo, the company said.';

async function addProbeParagraph(page: Page): Promise<void> {
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }, PROBE);
}

// Each test starts a browser with the extension (the slow part), so the cases of one kind share it.
test.describe('page structure is not prose', () => {
  test('menus, headline lists, table cells, line breaks and cards make no mark', async ({ page }) => {
    for (const path of ['/structure-menu.html', '/structure-headlines.html']) {
      await page.goto(path);
      // Time to read, ask the background and (not) mark, as in the no-mention page test.
      await page.waitForTimeout(2500);
      expect(await allMarks(page), path).toEqual([]);
      // DC Lens is live on this page: a real mention added now is marked, and still nothing else.
      await addProbeParagraph(page);
      await expect.poll(async () => (await allMarks(page)).some((m) => m.includes('fifth data center in Tokyo')), { timeout: 10_000 }).toBe(true);
      expect((await allMarks(page)).filter((m) => !PROBE.includes(m)), path).toEqual([]);
    }
  });
});

test.describe('content revealed after load is read', () => {
  const cases = [
    { how: 'body', after: 1000, what: 'a style removed from <body>, 1 s after load' },
    { how: 'body', after: 3000, what: 'a style removed from <body>, 3 s after load' },
    { how: 'html', after: 3000, what: 'a class taken off <html>, 3 s after load' },
    { how: 'sheet', after: 1000, what: 'a hiding stylesheet removed, 1 s after load' },
    { how: 'layer', after: 1000, what: 'a consent layer lifted (aria-hidden, visibility), 1 s after load' },
  ];
  test('an article hidden at load is marked once a script shows it (body style, <html> class, stylesheet, consent layer; 1 s and 3 s)', async ({ page }) => {
    test.setTimeout(120_000);
    for (const { how, after, what } of cases) {
      await page.goto(`/revealed.html?how=${how}&after=${after}`);
      // While hidden, nothing is marked (and nothing hidden is read).
      const early = await page.evaluate(() => ({
        revealed: (window as unknown as { __revealedAt: number | null }).__revealedAt !== null,
        marks: (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dc-lens-known')?.size ?? 0,
      }));
      expect(early, what).toEqual({ revealed: false, marks: 0 });
      await expect.poll(async () => (await allMarks(page)).some((m) => m.includes('fifth data center in Tokyo')), { message: what, timeout: 15_000 }).toBe(true);
      expect((await allMarks(page)).some((m) => m.includes('Japan East')), what).toBe(true);
    }
  });
});
