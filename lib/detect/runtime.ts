/**
 * What a content script needs to detect: load a serialized index (built in the background by
 * compileIndex) and run detect(). Imports nothing heavy: no gazetteer data, no catalog code, and
 * no fold-table setup (the compiled index carries its own).
 */
export { loadIndex } from './index-format';
export type { DetectorIndex, SerializedIndex } from './index-format';
export { detect, KNOWN_THRESHOLD, type ResolveFn } from './detect';
export type { Mention } from './types';
