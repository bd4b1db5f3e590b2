/**
 * Is a capitalised word a name? Sentence-initial and headline words are capitalised whatever
 * they are; a word the article also capitalises inside running sentences is a name.
 */
import type { Doc } from './context';

/** The word is written capitalised after a lower-case word or a comma, outside headlines. */
export function capitalisedInRunningText(doc: Doc, word: string): boolean {
  const re = new RegExp(`[\\p{Ll},;:] ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
  for (const m of doc.text.matchAll(re)) if (!doc.sentenceAt(m.index + 2).title) return true;
  return false;
}
