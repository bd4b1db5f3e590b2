/**
 * `npm run screenshots`: the README's pictures of DC Lens cards, taken from the built extension on
 * the demo articles in real Chromium: a known site and a new mention, in light and dark.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension, waitForCatalog } from '../tests/e2e/fixtures';

const PORT = 4181;
const OUT = 'docs/screenshots';

async function hoverMark(page: Page, status: 'known' | 'new', contains: string): Promise<void> {
  const point = await page.waitForFunction(
    ({ name, contains }) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
      const range = h && [...h].find((r) => r.toString().includes(contains));
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(30, rect.width / 2), y: rect.top + rect.height / 2 };
    },
    { name: `dc-lens-${status}`, contains },
    { timeout: 20_000 },
  );
  const { x, y } = (await point.jsonValue())!;
  await page.mouse.move(x, y + 120);
  await page.mouse.move(x, y, { steps: 3 });
  await page.waitForFunction(() => !!document.querySelector('[data-dc-lens="card"]'), null, { timeout: 10_000 });
  await page.waitForTimeout(900); // the card's data arrives and renders
}

const shots: Array<{ file: string; page: string; status: 'known' | 'new'; contains: string; scheme: 'light' | 'dark' }> = [
  { file: 'card-known-light.png', page: 'alibaba-korea.html', status: 'known', contains: 'Ulsan', scheme: 'light' },
  { file: 'card-known-dark.png', page: 'alibaba-korea.html', status: 'known', contains: 'Ulsan', scheme: 'dark' },
  { file: 'card-new-light.png', page: 'alibaba-korea.html', status: 'new', contains: 'Asia-Pacific', scheme: 'light' },
  { file: 'card-new-dark.png', page: 'alibaba-korea.html', status: 'new', contains: 'Asia-Pacific', scheme: 'dark' },
  { file: 'card-tokyo-light.png', page: 'alibaba-tokyo.html', status: 'known', contains: 'fifth data center in Tokyo', scheme: 'light' },
];

const server = spawn(process.execPath, ['scripts/serve-fixtures.mjs', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((ok) => server.stdout!.once('data', () => ok()));
const { context } = await launchWithExtension();
try {
  await waitForCatalog(context);
  mkdirSync(OUT, { recursive: true });
  for (const shot of shots) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.emulateMedia({ colorScheme: shot.scheme });
    await page.goto(`http://127.0.0.1:${PORT}/${shot.page}`);
    try {
      await hoverMark(page, shot.status, shot.contains);
      await page.screenshot({ path: `${OUT}/${shot.file}` });
      console.log(`${OUT}/${shot.file}`);
    } catch (error) {
      console.error(`skipped ${shot.file}: ${(error as Error).message.split('\n')[0]}`);
    }
    await page.close();
  }
} finally {
  await context.close();
  server.kill();
}
