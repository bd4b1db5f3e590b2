/**
 * The operators' folded names kept in the index (operator-fold.ts): what a compile stores is every
 * name folded, sorted and once, and a lookup by binary search answers what folding every name on
 * the first page (the rule's former way) answered, in a compiled and in an adopted index.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileIndex, loadIndex, serializeIndex, type DetectorIndex } from '../../../lib/detect/index';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { foldOperatorName, hasFold, sortedFolds } from '../../../lib/detect/operator-fold';
import { parseExportFile } from '../../../lib/sync/format';

let index: DetectorIndex;
let names: string[];

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  index = compileIndex(lexiconFromCatalog(parsed.file.sites, parsed.file.operators));
  names = Array.from({ length: index.operators.names.length }, (_, i) => index.operators.names.at(i)!);
});

describe('folded operator names', () => {
  it('fold as a company name is compared: case, non-word runs and plural centres', () => {
    expect(foldOperatorName('  Nordhavn Global Data-Centres ')).toBe('nordhavn global data centre');
    expect(foldOperatorName('Tarn DATA CENTERS, Inc.')).toBe('tarn data center inc');
    expect(foldOperatorName('Zürich Rechenzentrum')).toBe('zürich rechenzentrum');
  });

  it('are stored by a compile: every name folded, sorted, each once', () => {
    const folds = Array.from({ length: index.operators.folded.length }, (_, i) => index.operators.folded.at(i)!);
    expect(names.length).toBeGreaterThan(500);
    expect(new Set(folds)).toEqual(new Set(names.map(foldOperatorName)));
    for (let i = 1; i < folds.length; i++) expect(folds[i - 1] < folds[i]).toBe(true);
    expect(folds).toEqual(sortedFolds(names));
  });

  it('answer as a set of every folded name does, compiled and adopted', () => {
    const every = new Set(names.map(foldOperatorName));
    const adopted = loadIndex(structuredClone(serializeIndex(index)));
    const asked = [...every, ...[...every].map((f) => `${f} x`), ...[...every].map((f) => f.slice(0, -1)), '', 'a', 'zzzz', 'nordhavn global data centre'];
    let found = 0;
    for (const fold of asked) {
      const want = every.has(fold);
      found += want ? 1 : 0;
      expect(hasFold(index.operators.folded, fold), fold).toBe(want);
      expect(hasFold(adopted.operators.folded, fold), fold).toBe(want);
    }
    expect(found).toBe(every.size);
  });
});
