/**
 * Renders the hover card's example fixtures to a static HTML page for a visual check:
 *   npx tsx scripts/render-card-preview.tsx [out.html]
 *   chromium --headless --screenshot=card.png --window-size=1180,1500 file://$PWD/docs/card-preview.html
 * The page is a snapshot (no script); disclosure widgets are opened so the chart for the largest
 * sites is visible too. Default output: docs/card-preview.html.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, type ComponentChild } from 'preact';
import { Card } from '../components/card/Card';
import { cardCss as css } from '../components/card/styles';
import {
  alibabaTokyoCard,
  alibabaTokyoMention,
  newTokyoFacilityCard,
  newTokyoFacilityMention,
  stargateAbileneCard,
  stargateAbileneMention,
} from '../tests/unit/card/fixtures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'docs/card-preview.html');

// jsdom ships no type declarations here (@types/jsdom is not installed); this is all we use of it.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };
const dom = new JSDOM('<!doctype html><html><body></body></html>');
const doc = dom.window.document;
// Preact falls back to the global document for nodes without an owner document.
Object.assign(globalThis, { document: doc });

const noop = () => {};
const examples: Array<[string, (theme: 'light' | 'dark') => ComponentChild]> = [
  ['Known cloud region (Alibaba Cloud Tokyo)', (theme) => <Card mention={alibabaTokyoMention} data={alibabaTokyoCard} theme={theme} onClose={noop} />],
  ['New mention with candidates', (theme) => <Card mention={newTokyoFacilityMention} data={newTokyoFacilityCard} theme={theme} onClose={noop} onSave={noop} onPickCandidate={noop} />],
  ['Known AI campus (Stargate Abilene)', (theme) => <Card mention={stargateAbileneMention} data={stargateAbileneCard} theme={theme} onClose={noop} />],
  ['Loading', (theme) => <Card mention={stargateAbileneMention} data={null} theme={theme} onClose={noop} />],
];

function renderToHtml(vnode: ComponentChild): string {
  const host = doc.createElement('div');
  doc.body.append(host);
  render(vnode, host);
  for (const d of host.querySelectorAll('details')) d.setAttribute('open', '');
  const html = host.innerHTML;
  render(null, host);
  host.remove();
  return html;
}

const columns = (['light', 'dark'] as const)
  .map(
    (theme) => `<section class="col ${theme}"><h1>${theme}</h1>${examples
      .map(([title, make]) => `<figure><figcaption>${title}</figcaption>${renderToHtml(make(theme))}</figure>`)
      .join('')}</section>`,
  )
  .join('');

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>DC Lens card preview</title>
<style>
body { margin: 0; font: 13px system-ui, sans-serif; background: #f6f7f9; }
.wrap { display: flex; gap: 24px; padding: 16px; align-items: flex-start; }
.col { display: flex; flex-direction: column; gap: 20px; padding: 12px; border-radius: 8px; }
.col.dark { background: #0f1114; color: #ddd; }
.col h1 { margin: 0; font-size: 14px; text-transform: uppercase; letter-spacing: .06em; }
figure { margin: 0; }
figcaption { margin-bottom: 6px; font-size: 12px; opacity: .75; }
</style>
<style>${css}</style></head>
<body><div class="wrap">${columns}</div></body></html>
`;
writeFileSync(out, page);
console.log(`wrote ${out} (${page.length} bytes)`);
