// @vitest-environment jsdom
/**
 * Page structure is never read as prose: the fixture pages (a travel site's link menus, a news
 * front page's headline lists) put a country at the end of one block and a compass word or a city
 * at the start of the next. Joined, they are cloud-region names; apart, they are nothing.
 * Pipeline as in the extension: collect (jsdom, with the pages' own stylesheets), the seed
 * catalog's detector, and the content script's rule that no mark crosses a block boundary.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { compileIndex, detect, type DetectorIndex } from '../../../lib/detect/index';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { collectText } from '../../../lib/page/collect';
import { crossesBlock } from '../../../lib/page/ranges';
import { parseExportFile } from '../../../lib/sync/format';

const PAGES = ['structure-menu.html', 'structure-headlines.html'];

let find: (text: string) => ReturnType<typeof detect>;

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  const { sites, operators } = parsed.file;
  const index: DetectorIndex = compileIndex(lexiconFromCatalog(sites, operators));
  const resolver = createResolver(sites, operators);
  find = (text) => detect(text, index, (q) => resolver.resolve(q));
});

function collectPage(name: string) {
  // The whole page, head and stylesheets included, so computed styles are the page's own.
  document.documentElement.innerHTML = readFileSync(`tests/fixtures/pages/${name}`, 'utf8');
  return collectText(document.body);
}

describe('elements shown apart are apart in the collected text', () => {
  it('separates menu links with nothing or only whitespace between them, and flex items', () => {
    const { text } = collectPage('structure-menu.html');
    expect(text).toContain('Europe\n\nJapan\n\nEast Coast\n\nSouth America');
    expect(text).toMatch(/Oracle Cloud\s*\n\nTokyo Region Rail Pass/);
    expect(text).toContain('Germany\n\nWest Central Highlands\n\nKorea\n\nCentral Markets');
    expect(text).toMatch(/Japan\s*\n\nTokyo Night Tours/);
  });

  it('separates list items, table cells, line breaks and grid cards', () => {
    const { text } = collectPage('structure-headlines.html');
    for (const [a, b] of [
      ['travel across Japan', 'Tokyo stocks'],
      ['services in Korea', 'Central bank holds'],
      ['Exports slow in Germany', 'West Central rail'],
      ['shipping delays in Japan', 'Osaka port'],
      ['Tourism booms in Japan', 'Tokyo museum'],
      ['cloud prices rise in Korea', 'Central bank minutes'],
    ]) expect(text).toContain(`${a}\n\n${b}`);
  });
});

describe('no mark from page structure', () => {
  for (const page of PAGES) {
    it(`${page}: the joined text would be marked, the page as shown is not`, () => {
      const { text } = collectPage(page);
      // The trap is real: read as one run of text (the old reading), the detector finds regions.
      expect(find(text.replace(/\n+/g, ' ')).length).toBeGreaterThan(0);
      const marked = find(text).filter((m) => !crossesBlock(text, m.start, m.end));
      expect(marked.map((m) => m.text)).toEqual([]);
    });
  }
});
