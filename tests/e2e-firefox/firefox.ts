/**
 * Debian's Firefox ESR with the BUILT Firefox extension (.output/firefox-mv2) installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi.
 *
 * - The add-on's internal UUID is pinned with the `extensions.webextensions.uuids` pref, so its
 *   pages have a known moz-extension:// origin and open in ordinary tabs.
 * - Errors: BiDi's log reports the article tabs (page scripts and the content script); it does not
 *   see extension pages or the background page, so Firefox's console service is read from its
 *   output instead (the dump prefs below print every console.error and uncaught error there). CSP
 *   violations in extension contexts reach it through lib/browser/context-init.ts's reporter.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { textBox } from '../e2e/text-box';

export const EXTENSION_DIR = resolve(process.env.DC_LENS_FIREFOX_EXTENSION || '.output/firefox-mv2');
const ADDON_ID = 'dc-lens@example.org';
export const UUID = '5f0c3f52-8d2e-4b7a-9a61-0c2d7e4b9f10';
export const ORIGIN = `moz-extension://${UUID}`;

/** The raw WebDriver BiDi connection (puppeteer keeps it off its public types). */
interface BiDi {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, listener: (params: never) => void): void;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BiDi }).connection;

export interface Firefox {
  browser: Browser;
  /** Every error seen so far, one line each: BiDi log entries and the console service's errors. */
  errors: string[];
  close(): Promise<void>;
}

/** Lines of Firefox's console dump that are DC Lens's errors (the browser's own chatter is not). */
function extensionErrorLines(chunk: string): string[] {
  return chunk
    .split('\n')
    // A script Firefox stopped for running too long never finished its work: a failure, not a warning.
    .filter((l) => /^(JavaScript error|console\.error|\[JavaScript Error)/.test(l) || /Script terminated by timeout/.test(l))
    .filter((l) => l.includes(ORIGIN) || l.includes('DC Lens'));
}

export async function launchFirefox(): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    // Lets BiDi drive privileged (moz-extension) documents.
    args: ['--remote-allow-system-access'],
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'browser.dom.window.dump.enabled': true,
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
    },
  });
  const errors: string[] = [];
  // console.* dumps go to stdout, uncaught errors to stderr.
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) stream?.on('data', (d: Buffer) => errors.push(...extensionErrorLines(d.toString())));
  const conn = bidi(browser);
  conn.on('log.entryAdded', (entry: { level: string; text: string | null; source: { context?: string } }) => {
    if (entry.level === 'error') errors.push(`log.entryAdded: ${entry.text}`);
  });
  await conn.send('session.subscribe', { events: ['log.entryAdded'] });
  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  return { browser, errors, close: () => browser.close() };
}

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

/**
 * Opens one of DC Lens's pages (popup.html?tab=…, manager.html) in a new tab. BiDi's navigate
 * never sees a load event for moz-extension documents, so it returns at once and we wait for the
 * document ourselves.
 */
export async function openExtensionPage(ff: Firefox, path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await bidi(ff.browser).send('browsingContext.navigate', { context: contextOf(page), url: `${ORIGIN}/${path}`, wait: 'none' });
  for (let i = 0; i < 200; i++) {
    const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
    if (ready) return page;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} did not load`);
}

/** Waits until the background page has installed the seed catalog and compiled the matcher. */
export async function waitForCatalog(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window & { dcLensReady?: Promise<unknown> }> } } }).browser;
    for (let i = 0; i < 400; i++) {
      const bg = await ext.runtime.getBackgroundPage();
      if (bg.dcLensReady) return void (await bg.dcLensReady);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the background never became ready');
  });
}

/** The extension's id for the tab showing `url`. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (u) => {
    const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
    const id = (await ext.tabs.query({})).find((t) => t.url === u)?.id;
    if (id === undefined) throw new Error(`no tab for ${u}`);
    return id;
  }, url);
}

/** Texts of the ranges in one CSS highlight of the page (highlights are per document). */
export async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

interface RemoteNode {
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}

/**
 * The card's text, or null when no card is shown. The card is in a CLOSED shadow root, which page
 * scripts can't enter; BiDi's serializer hands out the root when asked to include closed trees.
 */
export async function cardText(ff: Firefox, page: Page): Promise<string | null> {
  const conn = bidi(ff.browser);
  const target = { context: contextOf(page) };
  const host = (await conn.send('script.callFunction', {
    functionDeclaration: String(() => document.querySelector('[data-dc-lens="card"]')),
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })) as { result: { result: RemoteNode & { type: string } } };
  const root = host.result.result.type === 'node' ? host.result.result.value?.shadowRoot : null;
  if (!root?.sharedId) return null;
  const text = (await conn.send('script.callFunction', {
    functionDeclaration: String((r: ShadowRoot) => r.textContent),
    target,
    arguments: [{ sharedId: root.sharedId }],
    awaitPromise: false,
  })) as { result: { result: { value?: string } } };
  return (text.result.result.value ?? '').replace(/\s+/g, ' ').trim();
}

/** Moves the real mouse onto the middle of the first occurrence of `text` in the page's prose. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const box = await page.evaluate(textBox, text);
  if (!box) throw new Error(`text not found on page: ${text}`);
  await page.mouse.move(box.x - 40, box.y + 200);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}
