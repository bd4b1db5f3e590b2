/**
 * Opens Chromium with the built DC Lens on the demo articles. With a display it stays open for you
 * to read; without one (a server, CI) it hovers the first mention, saves a screenshot of the page
 * with its card, and prints the PNG's path.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, waitForCatalog } from '../tests/e2e/fixtures';

const PORT = 4179;
const page = process.argv[2] ?? 'alibaba-tokyo.html';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
process.env.DC_LENS_HEADLESS = headless ? '1' : '0';

const server = spawn(process.execPath, ['scripts/serve-fixtures.mjs', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((ok) => server.stdout!.once('data', () => ok()));
const url = `http://127.0.0.1:${PORT}/${page}`;

const { context } = await launchWithExtension();
await waitForCatalog(context);
const tab = context.pages()[0] ?? (await context.newPage());
await tab.goto(url);

if (!headless) {
  console.log(`DC Lens is running on ${url}. Close the browser window to stop.`);
  context.on('close', () => server.kill());
} else {
  // Wait for the marks, then hover the first one like a reader would.
  const point = await tab.waitForFunction(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges = [...(reg.get('dc-lens-known') ?? []), ...(reg.get('dc-lens-new') ?? [])];
    if (!ranges.length) return null;
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const first = ranges.find((r) => r.getClientRects().length > 0) ?? ranges[0];
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first.getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
  }, null, { timeout: 20_000 });
  const { x, y } = (await point.jsonValue())!;
  await tab.mouse.move(x, y + 150);
  await tab.mouse.move(x, y, { steps: 3 });
  await tab.waitForFunction(() => !!document.querySelector('[data-dc-lens="card"]'), null, { timeout: 10_000 });
  await tab.waitForTimeout(800);
  mkdirSync('docs/screenshots', { recursive: true });
  const out = resolve('docs/screenshots/start.png');
  await tab.screenshot({ path: out });
  console.log(out);
  await context.close();
  server.kill();
}
