/**
 * Operator names compared as written in a company's name ("Nordhavn Global Data Centre" for the
 * lexicon's "… Data Centres"): lower case, every run of non-word chars one space, "centers" and
 * "centres" singular. The lexicon's names are folded when the index is compiled and kept in it
 * sorted (DetectorIndex.operators.folded), so a woken worker's first page looks one up by binary
 * search instead of folding every operator name (1,255 with the seed) before it can answer.
 */
import type { Strings } from '../codec/string-column';
import { spaceNonWords } from './cheap-regexp';

export const foldOperatorName = (x: string): string => spaceNonWords(x.toLowerCase()).replace(/(cent(?:er|re))s\b/g, '$1').trim();

/** The folds of `names`, sorted with `<` and each once: the index's `operators.folded`. */
export function sortedFolds(names: readonly string[]): string[] {
  return [...new Set(names.map(foldOperatorName))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether `fold` is among `sorted` (sortedFolds' order), reading about log2(n) items of a stored column. */
export function hasFold(sorted: Strings, fold: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const item = sorted.at(mid)!;
    if (item === fold) return true;
    if (item < fold) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
