/**
 * Performance harness for the detector (not a test: timings vary by machine).
 *
 *   npx tsx tests/unit/detect/support/perf.ts
 *
 * Prints compileIndex / loadIndex times for 10,000 aliases and detect() over a 500,000-word text
 * next to the bare cost of reading that text (a loop over its char codes).
 */
import { readFileSync } from 'node:fs';
import { compileIndex, detect, loadIndex, serializeIndex } from '../../../../lib/detect/index';
import { getPlaceTable } from '../../../../lib/detect/gazetteer';
import { getFoldTable } from '../../../../lib/detect/normalize';
import { bulkLexicon, bulkText } from './synthetic';

const ms = (t0: number) => performance.now() - t0;
function best<T>(n: number, f: () => T): [number, T] {
  let b = Infinity;
  let r!: T;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    r = f();
    b = Math.min(b, ms(t0));
  }
  return [b, r];
}

let t0 = performance.now();
getFoldTable();
const fold = ms(t0);
t0 = performance.now();
getPlaceTable();
const places = ms(t0);
const lex = bulkLexicon(10_000);
const aliasCount = lex.sites.length + lex.operators.length;
const [compile, index] = best(5, () => compileIndex(lex));
const cloned = structuredClone(serializeIndex(index));
const [load] = best(5, () => loadIndex(cloned));
const article = readFileSync(new URL('../../../../../shared/fixtures/seed-articles/alibaba-korea-second-data-center.txt', import.meta.url), 'utf8');
// One data-center paragraph (two mentions) every twelve paragraphs.
const text = bulkText(500_000, article.split('\n\n').slice(0, 2).join(' '));
const plain = bulkText(500_000, 'Officials met on Tuesday to discuss the budget.');
const bare = (t: string) => {
  let x = 0;
  for (let i = 0; i < t.length; i++) x += t.charCodeAt(i);
  return x;
};
const rows: Array<[string, number]> = [];
for (let round = 0; round < 3; round++) {
  rows.push(['bare read (500k words)', best(10, () => bare(plain))[0]]);
  rows.push(['detect, plain news (500k words)', best(10, () => detect(plain, index))[0]]);
  rows.push(['detect, with a data-center paragraph every 12 (500k words)', best(5, () => detect(text, index))[0]]);
  rows.push(['detect, one data-center article (600 words)', best(20, () => detect(article, index))[0]]);
}
const min = (label: string) => Math.min(...rows.filter(([l]) => l === label).map(([, v]) => v));
console.log(`fold table (once per process)      ${fold.toFixed(1)} ms`);
console.log(`place table (once per process)     ${places.toFixed(1)} ms`);
console.log(`compileIndex, ${aliasCount} names        ${compile.toFixed(1)} ms`);
console.log(`loadIndex (structured clone copy)  ${load.toFixed(3)} ms`);
console.log(`text: ${plain.length} chars`);
for (const label of ['bare read (500k words)', 'detect, plain news (500k words)', 'detect, with a data-center paragraph every 12 (500k words)', 'detect, one data-center article (600 words)']) {
  console.log(`${label.padEnd(62)} ${min(label).toFixed(1)} ms  (${(min(label) / min('bare read (500k words)')).toFixed(2)}x bare)`);
}
console.log(`mentions found in the mixed text: ${detect(text, index).length}`);
