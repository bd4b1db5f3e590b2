/**
 * Realistic bulk inputs for the performance harness and the scale tests: thousands of real
 * facility names from the shared source data as aliases, and a long article-like text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LexiconOperator, LexiconSite } from '../../../../lib/detect/index';

/** shared/ sits beside the repo (as in CI's clone). */
const DATA = resolve(__dirname, '../../../../../shared/data');

function csvRows(path: string): string[][] {
  if (!existsSync(path)) return [];
  const rows: string[][] = [];
  const text = readFileSync(path, 'utf8');
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  return rows;
}

/** About `count` sites with real names (FracTracker, IM3, Epoch, cloud regions), padded synthetically. */
export function bulkLexicon(count: number): { sites: LexiconSite[]; operators: LexiconOperator[] } {
  const names = new Set<string>();
  const add = (s: string | undefined) => {
    const t = (s ?? '').trim();
    if (t.length >= 4 && t.length <= 60) names.add(t);
  };
  for (const r of csvRows(join(DATA, 'fractracker-us-data-centers/fractracker_us_data_centers_2026-04.csv')).slice(1)) add(r[0]);
  for (const r of csvRows(join(DATA, 'im3-us-data-center-atlas/im3_us_data_centers_v2026.02.09.csv')).slice(1)) add(r[1]);
  for (const r of csvRows(join(DATA, 'epoch-gpu-clusters/gpu_clusters_2025.csv')).slice(1)) add(r[0]);
  for (const r of csvRows(join(DATA, 'cloud-regions-cloudmux/cloud_region_geo.csv')).slice(1)) add(r[1]);
  for (const r of csvRows(join(DATA, 'cloud-regions-mcp/cloud_regions.csv')).slice(1)) { add(r[2]); add(r[3]); }
  const list = [...names];
  let k = 0;
  while (list.length < count) list.push(`Facility ${list[k++ % names.size]} ${list.length}`);
  const sites: LexiconSite[] = list.slice(0, count).map((name, i) => ({
    id: `s${i}`, name, aliases: [], kind: 'facility', operatorIds: [`o${i % 50}`],
  }));
  const operators: LexiconOperator[] = Array.from({ length: 50 }, (_, i) => ({ id: `o${i}`, name: `Operator Number${i}`, aliases: [] }));
  return { sites, operators };
}

const FILLER = [
  'The company said on Tuesday that quarterly revenue rose as demand for its services remained strong across markets.',
  'Analysts expect the central bank to keep interest rates unchanged at its next meeting, according to people familiar with the matter.',
  'Shares of the chipmaker climbed 4% in early trading in New York after the results beat estimates.',
  'The city council will vote next month on a proposal to rezone farmland near the highway for industrial use.',
  'Officials in Texas and Virginia have raised concerns about the strain on the power grid from new projects.',
];

/** About `words` words of news-like text with a data-center paragraph every few paragraphs. */
export function bulkText(words: number, dcParagraph: string): string {
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (n < words) {
    const p = i % 12 === 0 ? dcParagraph : FILLER[i % FILLER.length];
    parts.push(p);
    n += p.split(/\s+/).length;
    i++;
  }
  return parts.join('\n\n');
}
