/**
 * Where a numbered name can be in a text ("Lima 3", "Kestrel Leeds 2", "Harbour Point III"): the
 * matches a global run of NUMBERED_NAME would give, found without running it over every character.
 * Its look-behind and Unicode classes cost as much per character as a whole mark.js-style scan;
 * every match holds a space or hyphen followed by a digit or I, V, X, so the regex is only tried
 * (sticky) at the capitals before such a pair, in the stretch of name characters that holds it.
 */
import { forText, plainNonAscii, startsUpper, UnicodeRegExp, firstUse } from './cheap-regexp';

const NUMBER_TAIL = String.raw`(?: |-)(\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)(?![\p{L}\p{N}]|[.,]\d|\s*(?:%|MW|GW|kW|MWh|percent|per\b|million|billion|bn|m\b|acres?|sq|square|years?|months?|days?|GPUs?))`;
const NAME = String.raw`((?:\p{Lu}[\p{L}'’&]*(?:(?<=^.{0,0}|\b\p{Lu}\p{Ll}{1,2})\.)? ){0,3}\p{Lu}[\p{L}]*)`;
/** Group 1: the name's words; group 2: its number. */
export const NUMBERED_NAME = new UnicodeRegExp(String.raw`(?<![\p{L}\p{N}])` + NAME + NUMBER_TAIL, 'uy');
/** The number alone, where a space or hyphen starts it. */
const TAIL = new UnicodeRegExp(NUMBER_TAIL, 'uy');

/**
 * The two regexps for this text. Their Unicode classes cost a woken worker more than any other
 * rule on its first page (NUMBERED_NAME: 9.4 ms to compile in Chromium 156, its ASCII twin 0.5):
 * a text whose letters and digits are all ASCII runs the ASCII twins, which find the same
 * (cheap-regexp.ts). They read anywhere in the text (a name's words are not bounded), so the
 * whole text decides.
 */
function regexpsFor(text: string): [name: RegExp, tail: RegExp] {
  return [forText(NUMBERED_NAME, text), forText(TAIL, text)];
}

const letter = firstUse(() => /\p{L}/u);

/**
 * A char a name's words and the spaces between them can hold (letters, ' ’ & . and space). Either
 * half of a surrogate pair counts: saying yes too often only means more tries.
 */
function inName(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 39 || c === 38 || c === 46;
  return c === 0x2019 || (c >= 0xd800 && c <= 0xdfff) || (!plainNonAscii(c) && letter().test(text[i]));
}

/**
 * A space or hyphen followed by a digit or I, V, X: where a name's number can begin. Found by a
 * global regex (one native loop to the next pair) rather than a test of every char in script.
 */
const NUMBER_START = /[ -][0-9IVX]/g;


/** The matches of NUMBERED_NAME over the whole text, in order, as a global exec loop finds them. */
export function numberedNameMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let regexps: [name: RegExp, tail: RegExp] | null = null;
  // Every start below `next` was tried already or lies inside a match.
  let next = 0;
  NUMBER_START.lastIndex = 1;
  while (NUMBER_START.test(text)) {
    // The space or hyphen of the pair found; a pair never starts at the text's last char.
    let k = NUMBER_START.lastIndex - 2;
    if (k >= text.length - 1) break;
    // No name's number starts here ("in 2024", "10MW"): a name that runs on through this space
    // ("Foo Ix 2") is found at its own number, as the starts before k stay open.
    regexps ??= regexpsFor(text);
    const tailRe = regexps[1];
    tailRe.lastIndex = k;
    if (!tailRe.test(text)) continue;
    // A name is at most four words with one space between each, so a start with four spaces
    // before k cannot reach it; its matches ending earlier were found at an earlier k.
    let from = k;
    for (let spaces = 0; from > next && inName(text, from - 1); from--) if (text.charCodeAt(from - 1) === 32 && ++spaces > 3) break;
    for (let p = Math.max(from, next); p < k; p++) {
      if (!startsUpper(text, p)) continue;
      const nameRe = regexps[0];
      nameRe.lastIndex = p;
      const m = nameRe.exec(text);
      if (!m) continue;
      out.push(m);
      next = p + m[0].length;
      break;
    }
    if (next < k) next = k;
    if (next > k) k = next - 1;
    NUMBER_START.lastIndex = k + 1;
  }
  return out;
}
