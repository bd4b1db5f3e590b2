/**
 * DC Lens detector: data-center mentions in article text (rules: shared/eval-spec/LABELING.md).
 *
 *   const index = compileIndex({ sites, operators });   // background, on catalog change
 *   const data = serializeIndex(index);                  // send by structured clone
 *   const mentions = detect(text, loadIndex(data), resolve);
 */
export { compileIndex, loadIndex, serializeIndex } from './lexicon';
export type { DetectorIndex, LexiconOperator, LexiconSite, SerializedIndex } from './lexicon';
export { detect } from './detect';
export type { Mention } from './types';
