/**
 * Regexps a woken service worker compiles cheaply. V8 compiles a regexp on its first run (and
 * again to machine code on its second, or at once on a long subject), and nothing of that
 * survives a worker's stop: on the first page after a wake the rules' regexps cost more than the
 * work (docs/BENCH.md, "Cold start", sessions 13 and 14). Two constructs cost the most, and both
 * have an exact, cheaper form:
 *   - an alternation followed by more pattern: V8 compiles the continuation once per branch
 *     that ends at a different offset (up to ten copies); an empty look-ahead (JOIN) after the
 *     alternation matches everywhere, so it changes no match, and has it compiled once;
 *   - Unicode property classes (\p{L}, \p{Lu}, …): hundreds of ranges each, compiled again for
 *     every place they occur. On text whose letters and digits are all ASCII they match what
 *     A-Z, a-z and 0-9 match, so an ASCII twin of the regexp finds the same, for a fraction of
 *     the compile, and the Unicode one is compiled only for text that needs it.
 * A Unicode class also costs when the regexp is made, before it ever runs: V8 parses a regexp's
 * pattern when the object is created, and a module-level literal is created while the worker's
 * script starts. Such regexps are kept as their source (UnicodeRegExp) or made on first use
 * (firstUse), so a wake whose text never needs them never parses them.
 */

/** An empty look-ahead: no change to any match, one compile of what follows it (above). */
export const JOIN = '(?=)';

/**
 * A char outside ASCII that is no letter, digit or mark: spaces, dashes, quotes, bullets, currency
 * and the like, the non-ASCII chars most English pages hold. A tested list, not every such char:
 * a char not on it only means the Unicode regexp is used.
 */
export function plainNonAscii(c: number): boolean {
  if (c >= 0x2000) return c <= 0x206f || (c >= 0x20a0 && c <= 0x20c0) || c === 0x2122 || (c >= 0x2190 && c <= 0x21ff) || c === 0x2212 || (c >= 0x25a0 && c <= 0x25ff) || c === 0x3000 || c === 0xfeff;
  // Latin-1's punctuation and symbols, without ª ² ³ µ ¹ º ¼ ½ ¾ (letters and digits).
  return (c >= 0xa0 && c <= 0xbf && c !== 0xaa && c !== 0xb2 && c !== 0xb3 && c !== 0xb5 && c !== 0xb9 && c !== 0xba && (c < 0xbc || c > 0xbe)) || c === 0xd7 || c === 0xf7;
}

let lastText = '';
let lastPlain = true;

/** Every letter, digit and mark of `text[from, to)` is ASCII: an ASCII twin finds what the original finds. */
export function plainText(text: string, from = 0, to = text.length): boolean {
  // A page's text is asked about by each rule that runs over all of it: once is enough.
  const whole = from === 0 && to === text.length;
  if (whole && text === lastText) return lastPlain;
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !plainNonAscii(c)) {
      plain = false;
      break;
    }
  }
  if (whole && text.length > 1000) {
    lastText = text;
    lastPlain = plain;
  }
  return plain;
}

const ASCII_CLASS: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };

/** Every UnicodeRegExp made: the unit test holds each twin to its original, so none can differ unseen. */
export const declared: UnicodeRegExp[] = [];

/**
 * A regexp with Unicode property classes, held as its source and flags: the regexp itself and its
 * ASCII twin are each made the first time a text asks for it (forText), so a page of plain text
 * never parses the Unicode classes (above). Declare it with String.raw, as the literal's source.
 */
export class UnicodeRegExp {
  private made: RegExp | undefined;
  private twin: RegExp | undefined;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    declared.push(this);
  }

  /** The regexp as written. */
  get regexp(): RegExp {
    return (this.made ??= new RegExp(this.source, this.flags));
  }

  /** Its ASCII twin (asciiTwin). */
  get ascii(): RegExp {
    return (this.twin ??= asciiTwin(this));
  }
}

/**
 * The regexp with its Unicode property classes as their ASCII parts (\p{L} → A-Z a-z, \p{Lu} →
 * A-Z, \p{Ll} → a-z, \p{N} → 0-9, \p{M} → nothing), same flags. On text plainText accepts it
 * matches exactly where the original does. Only these classes, not negated (\P) and not with /i
 * (where case folding would reach outside ASCII): anything else throws, so a rule cannot get a
 * twin that differs. It reads the source only: a UnicodeRegExp's original is not made for it.
 */
export function asciiTwin(re: { source: string; flags: string }): RegExp {
  if (re.flags.includes('i') || !re.flags.includes('u')) throw new Error(`asciiTwin: /${re.source}/${re.flags}: only /u without /i`);
  const src = re.source;
  let out = '';
  let inClass = false;
  // Plain string steps, not a regexp per escape: this runs in a woken worker's first detect.
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const next = src[i + 1];
      const close = (next === 'p' || next === 'P') && src[i + 2] === '{' ? src.indexOf('}', i + 3) : -1;
      const name = close > i + 3 ? src.slice(i + 3, close) : '';
      if (name && isPropertyName(name)) {
        const ascii = ASCII_CLASS[name];
        if (next === 'P' || ascii === undefined) throw new Error(`asciiTwin: /${src}/: \\${src.slice(i + 1, close + 1)} has no ASCII twin`);
        // A class with no ASCII members outside a bracket matches nothing: (?!) says so.
        out += inClass ? ascii : ascii ? `[${ascii}]` : '(?!)';
        i = close;
        continue;
      }
      out += ch + (next ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return new RegExp(out, re.flags);
}

/** Letters and underscores only, as a \p{…} name: any other (Script=Latin) is left as written, as before. */
function isPropertyName(name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/**
 * The regexp to run on `text`: `re` itself, or its ASCII twin when every char of `text` the
 * regexp can read is plain. The twin is made and compiled only by a text that runs it, the
 * original only by a text that needs it. Both share `lastIndex` semantics but not the property:
 * a caller that loops with lastIndex keeps the one returned.
 */
export function forText(re: UnicodeRegExp, text: string, from?: number, to?: number): RegExp {
  return plainText(text, from, to) ? re.ascii : re.regexp;
}

/** Whether `re` (neither global nor sticky: no lastIndex) matches in `s`, run as forText picks it for `s`. */
export function matches(re: UnicodeRegExp, s: string): boolean {
  return forText(re, s).test(s);
}

/**
 * A regexp made the first time it is asked for: one with Unicode classes that only some texts
 * run (most rules test non-ASCII chars only after an ASCII fast path), so a wake does not parse
 * it at start (above).
 */
export function firstUse(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}

/**
 * Starts with an upper-case letter (what /^\p{Lu}/u tests), without compiling \p{Lu} for the
 * ASCII letters and the punctuation most text starts with.
 */
export function startsUpper(text: string, at = 0): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return !plainNonAscii(c) && upper().test(text.slice(at, at + 2));
}
const upper = firstUse(() => /^\p{Lu}/u);

export const NON_WORD_RUNS = new UnicodeRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');

/** spaceNonWords' answers for short strings. */
const spacedNonWords = new Map<string, string>();

/** Each run of chars that are no letter or digit as one space (what x.replace(/[^\p{L}\p{N}]+/gu, ' ') gives). */
export function spaceNonWords(x: string): string {
  // Coreference asks again and again for the same few names and companies: a look-up, not a scan
  // and a regexp per question. Short strings only, a few thousand at most (the map is then emptied).
  if (x.length > 64) return x.replace(forText(NON_WORD_RUNS, x), ' ');
  let out = spacedNonWords.get(x);
  if (out === undefined) {
    if (spacedNonWords.size >= 4096) spacedNonWords.clear();
    spacedNonWords.set(x, (out = x.replace(forText(NON_WORD_RUNS, x), ' ')));
  }
  return out;
}
