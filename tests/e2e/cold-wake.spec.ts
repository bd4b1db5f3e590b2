import { allMarks, expect, highlightedTexts, hoverText, serviceWorker, test } from './fixtures';
import { cardText } from './card-dom';
import { askBackground } from './helpers/extension-pages';

interface CardReply {
  site: { id: string; name: string; sources: unknown[]; place: { city?: string; worldRegion?: string }; dates: object } | null;
  operators: Array<{ id: string }>;
  comparison: { scopes: Array<{ scope: string; operators: Array<{ operatorId: string; sites: number; isSubject: boolean }>; topSites: unknown[] }>; footprints: unknown[] } | null;
}

/** The card of the known mention of `text` (detect, then card.get), asked from an extension page as the content script would. */
async function cardOf(extensionPage: import('@playwright/test').Page, text: string): Promise<CardReply> {
  const { mentions } = await askBackground<{ mentions: Array<{ status: string; text: string }> }>(extensionPage, 'detect', { text, url: 'https://e2e.invalid/card' });
  const mention = mentions.find((m) => m.status === 'known');
  if (!mention) throw new Error(`no known mention in: ${text}`);
  return askBackground<CardReply>(extensionPage, 'card.get', { mention });
}

/** How many sites the subject's operator has in the card's city scope. */
const subjectSitesInCity = (card: CardReply) => card.comparison?.scopes.find((s) => s.scope === 'city')?.operators.find((o) => o.isSubject)?.sites;

/**
 * A stopped service worker that a page wakes adopts what its previous life stored for the same
 * records revision (the detector index and the resolver: issue "Fast from cold"), named by the
 * wake file so that it answers before the catalog database is open, without parsing the catalog's
 * records, and marks the page exactly as the warm worker did. After an edit, a woken worker never
 * answers from the copies of the records before it.
 */

/** The wake file's records revision (entrypoints/background/wake-file.ts), or null when there is none. */
const WAKE_REVISION = `(async () => {
  try {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle('wake.json')).getFile();
    return JSON.parse(await file.text()).revision;
  } catch {
    return null;
  }
})()`;

/** The records revision in the catalog database. */
const DB_REVISION = `new Promise((resolve) => {
  const r = indexedDB.open('dc-lens');
  r.onsuccess = () => {
    const q = r.result.transaction('meta').objectStore('meta').get('recordsRevision');
    q.onsuccess = () => { resolve(q.result?.value ?? null); r.result.close(); };
  };
})`;
test('a woken worker adopts its stored index and resolver tables and marks as the warm one did', async ({ context, page, extensionId }) => {
  // Four worker stops and wakes, two cards and an edit: about 60 s on a quiet machine, twice that under load.
  test.setTimeout(180_000);
  const marked = async () => {
    await page.goto('/alibaba-tokyo.html');
    // 60 s: the first reading waits for the fresh install, which takes 10-15 s at load 10-14.
    await expect.poll(async () => (await allMarks(page)).some((m) => m.includes('fifth data center in Tokyo')), { timeout: 60_000 }).toBe(true);
    return (await allMarks(page)).sort();
  };
  const warm = await marked();
  // The copies are written after the answer, for the records' revision: wait until they exist.
  const sw = await serviceWorker(context);
  // The fresh install adopted the build's compiled index of the shipped catalog (it compiled none):
  // the records it handed over are the ones a read would return, in the same order.
  const freshPhases = (await sw.evaluate('globalThis.dcLensPhases')) as Record<string, number>;
  expect(freshPhases.shippedIndex).toBe(1);
  // It could answer pages from the build's index and resolver before the records were written.
  expect(freshPhases.answerable).toBeLessThan(freshPhases.seedInstalled);
  await expect
    .poll(
      () =>
        sw.evaluate(async () => {
          const rows = await new Promise<Array<{ key: string; revision: string }>>((resolve) => {
            const r = indexedDB.open('dc-lens-cache');
            r.onsuccess = () => {
              const q = r.result.transaction('rows').objectStore('rows').getAll();
              q.onsuccess = () => {
                resolve(q.result);
                r.result.close();
              };
            };
          });
          return rows.map((row) => row.key).sort();
        }),
      { timeout: 30_000 },
    )
    .toEqual(expect.arrayContaining(['compare-catalog', 'detector-index', 'lexicon-of-records', 'records', 'resolver-tables']));

  // The card a warm worker shows, from its snapshot (compared below with the woken worker's).
  const warmPage = await context.newPage();
  await warmPage.goto(`chrome-extension://${extensionId}/manager.html`);
  const warmCard = await cardOf(warmPage, 'Alibaba Cloud opens its fifth data center in Tokyo.');
  await warmPage.close();
  expect(warmCard.site?.sources.length).toBeGreaterThan(0);

  // The wake file names them for the database's revision.
  const revision = await sw.evaluate(DB_REVISION);
  await expect.poll(() => sw.evaluate(WAKE_REVISION), { timeout: 30_000 }).toBe(revision);

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Let the stop land before the next navigation wakes it (as scripts/bench/cold-probe.ts does).
  await page.waitForTimeout(1000);
  const cold = await marked();
  expect(cold).toEqual(warm);
  const woken = await serviceWorker(context);
  // The marks came before the database was open; the phases are complete once the worker is ready.
  await woken.evaluate('globalThis.dcLensReady');
  const phases = (await woken.evaluate('globalThis.dcLensPhases')) as Record<string, number>;
  expect(phases.indexFrom).toBe(1);
  expect(phases.resolverFrom).toBe(1);
  // From the wake file, checked against the database's revision once it was open.
  expect(phases.fromFile).toBe(1);
  // The database was opened only after those copies were adopted, off the first answer's path.
  expect(phases.openFrom).toBeGreaterThanOrEqual(phases.fileAdopted);
  // It answered from those copies alone: no record was parsed before the first answer.
  expect(phases.records).toBe(0);
  // A card still shows the site with its competitors, from the stored compare catalog and the
  // one record it shows, read by id: the catalog's records are still not parsed.
  await hoverText(page, 'fifth data center in Tokyo');
  await expect.poll(() => cardText(page), { timeout: 15_000 }).toMatch(/Alibaba Cloud[\s\S]*(Amazon|AWS)/);
  const wokenPhases = (await woken.evaluate('globalThis.dcLensPhases')) as Record<string, number>;
  expect(wokenPhases.cardFromStored).toBe(1);
  // Every field of the record, and a comparison at every scope, as a warm worker's card had.
  const own = await context.newPage();
  await own.goto(`chrome-extension://${extensionId}/manager.html`);
  const SENTENCE = 'Alibaba Cloud opens its fifth data center in Tokyo.';
  const cold5 = await cardOf(own, SENTENCE);
  expect(cold5.site).toEqual(warmCard.site);
  expect(cold5.comparison).toEqual(warmCard.comparison);
  expect(cold5.operators).toEqual(warmCard.operators);
  expect(cold5.comparison?.scopes.map((s) => s.scope)).toEqual(['city', 'country', 'world-region']);
  expect(cold5.comparison?.footprints.length).toBeGreaterThan(1);
  await own.close();

  // A write after a wake is not answered from the copies the wake adopted: delete the site that
  // mark opens (from the manager, as a person would) in a freshly woken worker, and the page's
  // next reading no longer marks it known.
  const known = () => highlightedTexts(page, 'dc-lens-known');
  expect((await known()).some((m) => m.includes('fifth data center in Tokyo'))).toBe(true);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(1000);
  await marked();
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/manager.html`);
  // A card in the freshly woken worker, from its stored compare catalog: Alibaba Cloud's sites in Tokyo.
  const FOURTH = 'Alibaba Cloud opens its fourth data center in Tokyo.';
  const before = await cardOf(manager, FOURTH);
  expect(((await (await serviceWorker(context)).evaluate('globalThis.dcLensPhases')) as Record<string, number>).cardFromStored).toBe(1);
  // The seed's "Alibaba Cloud Tokyo data center 5", which "its fifth data center in Tokyo" is.
  const deleted = (await manager.evaluate(`chrome.runtime.sendMessage({ dcLens: 1, type: 'site.delete', payload: { id: 'alibaba-cloud-tokyo-dc-5' } })`)) as { ok: boolean };
  expect(deleted.ok).toBe(true);
  // The stored compare catalog is of the records before the delete: the next card never reads it.
  const after = await cardOf(manager, FOURTH);
  expect(after.site?.id).toBe(before.site?.id);
  expect(subjectSitesInCity(after)).toBe(subjectSitesInCity(before)! - 1);
  await manager.close();
  await page.goto('/alibaba-tokyo.html');
  await expect.poll(async () => (await allMarks(page)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await known()).some((m) => m.includes('fifth data center in Tokyo')), { timeout: 15_000 }).toBe(false);

  // The wake file followed the edit (removed before the write, written again for the new
  // revision): stopped again, the worker wakes from it and the deleted site stays unknown.
  const afterEdit = await serviceWorker(context);
  const editedRevision = await afterEdit.evaluate(DB_REVISION);
  expect(editedRevision).not.toBe(revision);
  await expect.poll(() => afterEdit.evaluate(WAKE_REVISION), { timeout: 30_000 }).toBe(editedRevision);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(1000);
  await marked();
  expect((await known()).some((m) => m.includes('fifth data center in Tokyo'))).toBe(false);
  const rewoken = await serviceWorker(context);
  await rewoken.evaluate('globalThis.dcLensReady');
  expect(((await rewoken.evaluate('globalThis.dcLensPhases')) as Record<string, number>).fromFile).toBe(1);
  await cdp.detach();
});
