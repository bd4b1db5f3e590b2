/**
 * DC Lens detector: data-center mentions in article text (rules: shared/eval-spec/LABELING.md).
 *
 *   const index = compileIndex({ sites, operators });   // background, on catalog change
 *   const data = serializeIndex(index);                  // send by structured clone
 *   const mentions = detect(text, loadIndex(data), resolve);   // content script: import './runtime'
 */
export { compileIndex } from './lexicon';
export { loadIndex, serializeIndex } from './index-format';
export type { DetectorIndex, LexiconOperator, LexiconSite, SerializedIndex } from './index-format';
export { detect, KNOWN_THRESHOLD, type ResolveFn } from './detect';
export { lexiconFromCatalog } from './from-catalog';
export type { Mention } from './types';
