/**
 * Is a capitalised word a name? Sentence-initial and headline words are capitalised whatever
 * they are; a word the article also capitalises inside running sentences is a name.
 */
import type { Doc } from './context';
import { isTitleLine, lineAt } from './sentences';

/** Per article, the words written capitalised after a lower-case word or a comma, outside headlines. */
const namesByDoc = new WeakMap<Doc, Set<string>>();

// A title line is at most 160 characters: lines longer than that are never read as titles.
const MAX_TITLE = 160;

function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  let line: [number, number] = [-1, -1];
  let title = false;
  // Look-behind, so "said Crusoe Energy" yields "Energy" as well as "Crusoe".
  for (const m of text.matchAll(/(?<=[\p{Ll}\p{N},;:] )\p{Lu}[\p{L}\p{N}]*/gu)) {
    const at = m.index;
    if (at >= line[1]) {
      line = lineAt(text, at);
      title = line[1] - line[0] <= MAX_TITLE + 2 && isTitleLine(text, line[0], line[1]);
    }
    if (!title) out.add(m[0]);
  }
  return out;
}

/** The word is written capitalised after a lower-case word or a comma, outside headlines. */
export function capitalisedInRunningText(doc: Doc, word: string): boolean {
  let names = namesByDoc.get(doc);
  if (!names) namesByDoc.set(doc, (names = namesIn(doc.text)));
  return names.has(word);
}
