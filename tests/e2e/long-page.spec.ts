/**
 * A long page is read natively, in chunks of innerText (lib/page/chunks.ts), not by the walk the
 * other specs exercise on short pages. These are the same pages and the same checks, made long by
 * tests/fixtures/pages/pad.js: mention-free prose goes before their content, so every mark here
 * comes from the chunked read (the first look ends in the padding).
 */
import { allMarks, expect, hoverText, test } from './fixtures';
import { cardText } from './card-dom';

const PAD = 'pad=12000';
const PROBE = 'Alibaba Cloud has opened its fifth data center in Tokyo, the company said.';
const has = async (page: Parameters<typeof allMarks>[0], text: string) => (await allMarks(page)).some((m) => m.includes(text));

test.describe('a long page read in chunks', () => {
  test('marks what the walk marks: headings shown in capitals, not the code block; the card opens', async ({ page }) => {
    await page.goto(`/alibaba-tokyo.html?${PAD}&upper=1`);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(10_000);
    await expect.poll(() => has(page, 'fifth data center in Tokyo'), { timeout: 30_000 }).toBe(true);
    // The headline, the repeated title and a section heading, all in capitals on screen: innerText
    // gives them in capitals, and the marks are mapped back to the page's own words.
    await expect.poll(async () => (await allMarks(page)).filter((m) => /fifth tokyo data center/i.test(m)).length).toBeGreaterThanOrEqual(3);
    const code = (await page.locator('pre').first().textContent()) ?? '';
    for (const m of await allMarks(page)) expect(code).not.toContain(m.length > 12 ? m : '\u0000');
    expect(await has(page, 'eighth data center in Osaka')).toBe(false);
    await hoverText(page, 'fifth data center in Tokyo');
    await expect.poll(() => cardText(page), { timeout: 8000 }).toContain('Alibaba Cloud');
  });

  test('menus (inline links too), headline lists, table cells and cards make no mark', async ({ page }) => {
    for (const path of ['/structure-menu.html', '/structure-headlines.html']) {
      await page.goto(`${path}?${PAD}&tail=1&menu=1`);
      // The known mention at the very end is marked once the whole page was read.
      await expect.poll(() => has(page, 'fifth data center in Tokyo'), { message: path, timeout: 30_000 }).toBe(true);
      expect((await allMarks(page)).filter((m) => !PROBE.includes(m)), path).toEqual([]);
    }
  });

  test('an article hidden at load, inside a chunk or as one, is marked once a script shows it', async ({ page }) => {
    test.setTimeout(120_000);
    for (const how of ['sheet', 'layer', 'html']) {
      for (const wrap of ['&wrap=1', '']) {
        const what = `${how}${wrap}`;
        await page.goto(`/revealed.html?how=${how}&after=1000&${PAD}${wrap}`);
        await expect.poll(() => has(page, 'fifth data center in Tokyo'), { message: what, timeout: 20_000 }).toBe(true);
        expect(await page.evaluate(() => (window as unknown as { __revealedAt: number | null }).__revealedAt !== null), what).toBe(true);
        expect(await has(page, 'Japan East'), what).toBe(true);
      }
    }
  });
});
