/**
 * Is a capitalised word a name? Sentence-initial and headline words are capitalised whatever
 * they are; a word the article also capitalises inside running sentences is a name.
 */
import type { Doc } from './context';
import { isTitleLine, lineBetween, lineBreaks } from './sentences';
import { firstUse } from './cheap-regexp';

/** Per article, the words written capitalised after a lower-case word or a comma, outside headlines. */
const namesByDoc = new WeakMap<Doc, Set<string>>();

// A title line is at most 160 characters: lines longer than that are never read as titles.
const MAX_TITLE = 160;

/** A capitalised word right after a space that follows a lower-case letter, a digit, , ; or : */
const nameAfter = firstUse(() => /(?<=[\p{Ll}\p{N},;:] )\p{Lu}[\p{L}\p{N}]*/uy);

function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  const breaks = lineBreaks(text);
  const line: [number, number] = [-1, -1];
  let title = false;
  // Look-behind, so "said Crusoe Energy" yields "Energy" as well as "Crusoe". Tried (sticky) only
  // after a space before an upper-case or non-ASCII char: running it over every character cost
  // as much as a whole mark.js-style scan. Matches cannot overlap (each needs a space before it
  // and holds none), so these are exactly the matches of a global run.
  for (let at = text.indexOf(' ') + 1; at > 0; at = text.indexOf(' ', at) + 1) {
    const c = text.charCodeAt(at);
    if (c < 65 || (c > 90 && c < 128)) continue;
    // The look-behind's char, when ASCII, decides without the regex: a-z, 0-9 , ; :
    const b = text.charCodeAt(at - 2);
    if (b < 128 && !((b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b === 44 || b === 58 || b === 59)) continue;
    const name = asciiWordAt(text, at, b) ?? regexNameAt(text, at);
    if (name === null) continue;
    if (at >= line[1]) {
      lineBetween(breaks, text.length, at, line);
      title = line[1] - line[0] <= MAX_TITLE + 2 && isTitleLine(text, line[0], line[1]);
    }
    if (!title) out.add(name);
  }
  return out;
}

const isAsciiLetterOrDigit = (x: number) => (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);

/** The name at `at` when it and the char before its space are ASCII (most words): what NAME_AFTER would match. */
function asciiWordAt(text: string, at: number, before: number): string | null {
  const c = text.charCodeAt(at);
  if (c > 90 || before >= 128) return null;
  let j = at + 1;
  while (j < text.length && isAsciiLetterOrDigit(text.charCodeAt(j))) j++;
  return j < text.length && text.charCodeAt(j) >= 128 ? null : text.slice(at, j);
}

function regexNameAt(text: string, at: number): string | null {
  const re = nameAfter();
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

/** The word is written capitalised after a lower-case word or a comma, outside headlines. */
export function capitalisedInRunningText(doc: Doc, word: string): boolean {
  let names = namesByDoc.get(doc);
  if (!names) namesByDoc.set(doc, (names = namesIn(doc.text)));
  return names.has(word);
}
