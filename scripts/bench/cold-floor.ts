/**
 * The floor of a cold penalty: what Chromium itself charges to start a stopped extension service
 * worker and answer one message. A minimal MV3 extension, written here, whose content script asks
 * its worker once after the page's load and then sets one CSS highlight over the first
 * "data center"; its worker only answers. Measured with the same probe, stop and page as DC Lens's
 * cold penalty, so the difference between the two is what DC Lens's own start costs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { FIRST_MARK_PROBE, firstMark, stopWorkers } from './cold-probe';
import { median } from './measure';

const MANIFEST = {
  manifest_version: 3,
  name: 'Cold floor',
  version: '1.0',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
};

const BACKGROUND = `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true }); });`;

const CONTENT = `(() => {
  const go = async () => {
    await chrome.runtime.sendMessage({ ping: 1 });
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const m = /data cent(?:er|re)s?/i.exec(n.nodeValue);
      if (!m) continue;
      const r = new Range();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      CSS.highlights.set('cold-floor', new Highlight(r));
      return;
    }
  };
  if (document.readyState === 'complete') go();
  else addEventListener('load', go);
})();`;

/** Warm and cold load → first highlight of the minimal extension on `url`, `runs` each. */
export async function coldFloor(url: string, runs: number): Promise<{ warmMs: number; coldMs: number; warmRuns: number[]; coldRuns: number[] }> {
  const ext = mkdtempSync(join(tmpdir(), 'dc-lens-cold-floor-ext-'));
  const profile = mkdtempSync(join(tmpdir(), 'dc-lens-cold-floor-profile-'));
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(ext, 'background.js'), BACKGROUND);
  writeFileSync(join(ext, 'content.js'), CONTENT);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.addInitScript(FIRST_MARK_PROBE);
    const cdp = await context.newCDPSession(page);
    await firstMark(page, url);
    const warmRuns: number[] = [];
    for (let i = 0; i < runs; i++) warmRuns.push(await firstMark(page, url));
    const coldRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      await stopWorkers(cdp, context);
      coldRuns.push(await firstMark(page, url));
    }
    await cdp.detach().catch(() => undefined);
    return { warmMs: median(warmRuns), coldMs: median(coldRuns), warmRuns, coldRuns };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    rmSync(ext, { recursive: true, force: true });
  }
}
