/**
 * DC Lens detector: data-center mentions in article text (rules: shared/eval-spec/LABELING.md).
 *
 *   const index = compileIndex({ sites, operators });   // background, on catalog change
 *   const data = serializeIndex(index);                  // bytes to store (a woken worker adopts them)
 *   const mentions = detect(text, loadIndex(data), resolve);   // the background, for each page's text
 * An adopted index holds column classes (StringColumn, NumberRows): only its serialized bytes cross
 * structured clone, never the adopted object.
 */
export { compileIndex } from './lexicon';
export { loadIndex, serializeIndex } from './index-format';
export type { DetectorIndex, LexiconOperator, LexiconSite, SerializedIndex } from './index-format';
export { detect, KNOWN_THRESHOLD, type ResolveFn } from './detect';
export { lexiconFromCatalog } from './from-catalog';
export type { Mention } from './types';
