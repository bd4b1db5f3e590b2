/**
 * The cheap forms of the rules' regexps (cheap-regexp.ts) match exactly what the plain forms
 * match: every regexp with a JOIN against the same regexp without it, every ASCII twin against
 * its Unicode original, over generated text built from the words and characters each one reads.
 */
import { describe, expect, it } from 'vitest';
import { asciiTwin, declared, firstUse, forText, JOIN, matches, NON_WORD_RUNS, plainNonAscii, plainText, spaceNonWords, startsUpper, UnicodeRegExp } from '../../../lib/detect/cheap-regexp';
// Every module of the detector: each UnicodeRegExp it declares is in `declared`.
import '../../../lib/detect';
import { DATE_RE } from '../../../lib/detect/facts/dates';
import { BARE_SUBJECT, CAPITALISED_NAME, TOWN_BEFORE_HEAD } from '../../../lib/detect/coref-items';
import { ANAPHOR, DISTRIBUTIVE, SCOPE, TOWN_NAME } from '../../../lib/detect/attribution';
import { TOWN_THEN_CODES } from '../../../lib/detect/facts/sentence-place';
import { NUMBERED_NAME } from '../../../lib/detect/numbered-scan';
import { CAPITALISED_BEFORE, CAPITALISED_WORDS, CODE_COMMA, CORPORATE_TAIL } from '../../../lib/detect/accept';
import { ANOTHER_OF_THE_NAME, NAME_BEFORE_VERB, POSSESSIVE_BEFORE } from '../../../lib/detect/coref-namesakes';
import { PROJECT_NAME } from '../../../lib/detect/named';
import { CODE } from '../../../lib/detect/codes';
import { TITLE_WORD } from '../../../lib/detect/sentences';

/**
 * Every match of `re` from every start (sticky), in every suffix (for ^) and every prefix (for $),
 * as [how, start, groups…]: what any use of it could see.
 */
function everyMatch(re: RegExp, text: string): Array<Array<string | number | undefined>> {
  const sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y');
  const once = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  const out: Array<Array<string | number | undefined>> = [];
  for (let i = 0; i <= text.length; i++) {
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) out.push(['at', i, ...m]);
    const s = once.exec(text.slice(i));
    if (s) out.push(['in suffix', i, s.index, ...s]);
    const p = once.exec(text.slice(0, i));
    if (p) out.push(['in prefix', i, p.index, ...p]);
  }
  return out;
}

/** A small deterministic generator (no Math.random: a failure must repeat). */
function generator(seed: number) {
  let s = seed;
  // The high bits: an LCG's low bits repeat with a short period.
  return (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) >>> 15) % n;
}

/** Texts of `count` pieces drawn from the regexp's own words, in random case, with spaces, digits and punctuation between. */
function textsFrom(source: string, count: number, texts: number, seed: number): string[] {
  const words = [...new Set(source.match(/[A-Za-z]{2,}/g) ?? [])];
  const glue = [' ', ' ', ' ', '  ', ', ', '. ', '-', '\n', '’', "'", ' 12 ', ' 2026', ' 1999 ', ' 3', 'Q2 ', '.', '—', ' of ', ' the '];
  const next = generator(seed);
  const out: string[] = [];
  for (let t = 0; t < texts; t++) {
    let text = '';
    for (let i = 0; i < count; i++) {
      let w = words[next(words.length)];
      const casing = next(4);
      if (casing === 1) w = w.toUpperCase();
      else if (casing === 2) w = w[0].toUpperCase() + w.slice(1);
      text += w + glue[next(glue.length)];
    }
    out.push(text);
  }
  return out;
}

describe('JOIN', () => {
  const joined: Array<[string, RegExp]> = [['DATE_RE', DATE_RE], ['BARE_SUBJECT', BARE_SUBJECT], ['SCOPE', SCOPE], ['ANAPHOR', ANAPHOR], ['DISTRIBUTIVE', DISTRIBUTIVE], ['ANOTHER_OF_THE_NAME', ANOTHER_OF_THE_NAME]];

  it('is in every regexp listed here (a list that no longer needs it should lose the entry)', () => {
    for (const [name, re] of joined) expect(re.source, name).toContain(JOIN);
  });

  it('changes no match: each regexp finds what it finds without its joins, from every start', () => {
    for (const [name, re] of joined) {
      const plain = new RegExp(re.source.replaceAll(JOIN, ''), re.flags);
      let matched = 0;
      for (const text of textsFrom(plain.source, 8, 600, name.length * 7919)) {
        const want = everyMatch(plain, text);
        matched += want.length;
        expect(everyMatch(re, text), `${name}: ${JSON.stringify(text)}`).toEqual(want);
      }
      // The generated texts reach the regexp's matches, or the comparison says nothing.
      expect(matched, name).toBeGreaterThan(30);
    }
  });
});

describe('plainNonAscii', () => {
  it('holds no letter, digit or mark (every char it accepts is checked)', () => {
    const wordChar = /[\p{L}\p{N}\p{M}]/u;
    let accepted = 0;
    for (let c = 128; c <= 0xffff; c++) {
      if (!plainNonAscii(c)) continue;
      accepted++;
      expect(wordChar.test(String.fromCharCode(c)), c.toString(16)).toBe(false);
    }
    // The chars English news is full of are on it.
    for (const ch of '’‘“”—–…·©®°£€\u00a0•') expect(plainNonAscii(ch.charCodeAt(0)), ch).toBe(true);
    expect(accepted).toBeGreaterThan(200);
  });

  it('makes plainText refuse letters, digits and marks outside ASCII, and surrogates', () => {
    expect(plainText('Alibaba Cloud’s fifth — “Tokyo” data center, ©2025')).toBe(true);
    for (const t of ['Zürich', 'e\u0301', '½', '𝐀', 'Ⅻ', 'ª', 'µ']) expect(plainText(`Lima 3 ${t}`), t).toBe(false);
    expect(plainText('é abc', 1)).toBe(true);
    expect(plainText('abc é', 0, 3)).toBe(true);
  });
});

describe('asciiTwin', () => {
  it('writes the Unicode classes as their ASCII parts, in and out of brackets', () => {
    expect(asciiTwin(/\p{Lu}[\p{L}\p{N}\p{M}'’]*\p{Ll}/u).source).toBe(String.raw`[A-Z][A-Za-z0-9'’]*[a-z]`);
    expect(asciiTwin(/(?<![\p{L}\p{N}])x\p{M}/uy).flags).toBe('uy');
    expect(asciiTwin(/x\p{M}/u).source).toBe('x(?!)');
    // An escaped backslash before "p" is no class.
    expect(asciiTwin(/\\\p{L}/u).source).toBe(String.raw`\\[A-Za-z]`);
  });

  it('refuses what it cannot twin exactly', () => {
    expect(() => asciiTwin(/\P{L}/u)).toThrow();
    expect(() => asciiTwin(/\p{Lt}/u)).toThrow();
    expect(() => asciiTwin(/\p{L}/iu)).toThrow();
    expect(() => asciiTwin(/[a-z]/)).toThrow();
  });

  it('finds what NUMBERED_NAME finds on plain text, from every start', () => {
    const twin = NUMBERED_NAME.ascii;
    // Words of any ASCII letters (capitalised or not), names' punctuation, numbers and what may follow them.
    const glue = [' ', ' ', ' ', ' ', '-', '. ', ', ', '’s ', "'", '&', '.', '\n', '—', '“', '\u00a0', ' 2', ' 12', ' IV', ' VIII', '-3', ' 2%', ' 3 MW', ' 4 years', ' 5,', ' 6.5', ' 7x', 'St. ', ' Ma. ', ' Ja. ', ' 199', '9', ' 29th'];
    const letter = (upper: boolean) => String.fromCharCode((upper ? 65 : 97) + next(26));
    const next = generator(4242);
    let matched = 0;
    for (let n = 0; n < 1500; n++) {
      let text = '';
      for (let i = 0; i < 12; i++) {
        let word = letter(next(3) > 0);
        for (let k = next(6); k > 0; k--) word += letter(next(5) === 0);
        text += word + glue[next(glue.length)];
      }
      expect(plainText(text)).toBe(true);
      const want = everyMatch(NUMBERED_NAME.regexp, text);
      matched += want.length;
      expect(everyMatch(twin, text), JSON.stringify(text)).toEqual(want);
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('the rules run as ASCII twins', () => {
  // Every UnicodeRegExp the detector declares: the exported ones by name, the others by their source.
  const named = new Map<UnicodeRegExp, string>(Object.entries({ NUMBERED_NAME, TOWN_THEN_CODES, TOWN_NAME, CODE_COMMA, CAPITALISED_WORDS, CAPITALISED_BEFORE, CORPORATE_TAIL, TOWN_BEFORE_HEAD, CAPITALISED_NAME, NAME_BEFORE_VERB, POSSESSIVE_BEFORE, PROJECT_NAME, CODE, TITLE_WORD, NON_WORD_RUNS }).map(([k, v]) => [v, k]));
  const twinned: Array<[string, UnicodeRegExp]> = declared.map((re) => [named.get(re) ?? `/${re.source}/${re.flags}`, re]);

  it('are every UnicodeRegExp the rules declare', () => {
    for (const re of named.keys()) expect(declared).toContain(re);
    expect(declared.length).toBeGreaterThanOrEqual(30);
  });

  it('make neither the regexp nor its twin before a text asks (a wake parses no Unicode class it does not run)', () => {
    const re = new UnicodeRegExp(String.raw`\p{Lu}x`, 'u');
    declared.splice(declared.indexOf(re), 1);
    const made = re as unknown as { made?: RegExp; twin?: RegExp };
    expect([made.made, made.twin]).toEqual([undefined, undefined]);
    expect(forText(re, 'Ax')).toBe(re.ascii);
    expect(made.made).toBeUndefined();
    expect(forText(re, 'Éx')).toBe(re.regexp);
    expect(re.regexp.source).toBe(String.raw`\p{Lu}x`);
    expect(matches(re, 'Éx') && matches(re, 'Ax') && !matches(re, 'ax')).toBe(true);
    let calls = 0;
    const lazy = firstUse(() => (calls++, /\p{L}/u));
    expect(calls).toBe(0);
    expect(lazy()).toBe(lazy());
    expect(calls).toBe(1);
  });

  // Every string of up to four chars from letters of both cases, digits, a space and the punctuation the rules read:
  // what the rules that test one word or char see.
  const alphabet = ['A', 'Z', 'b', 'z', '7', ' ', '-', '.', '’', '('];
  const shortStrings: string[] = [];
  for (let n = 1, last = ['']; n <= 4; n++) shortStrings.push(...(last = last.flatMap((x) => alphabet.map((c) => x + c))));

  it('find what the Unicode originals find on plain text: every short string, and generated texts from every start and every suffix', () => {
    for (const [name, unicode] of twinned) {
      const re = unicode.regexp;
      const twin = unicode.ascii;
      expect(twin.source, name).not.toMatch(/\\p\{/);
      let matched = 0;
      for (const text of shortStrings) {
        const want = everyMatch(re, text);
        matched += want.length;
        const got = everyMatch(twin, text);
        // (toEqual only on a difference: it is slow, and this compares 11,110 strings per regexp.)
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `${name}: ${JSON.stringify(text)}`).toEqual(want);
      }
      // The regexp's own words in every casing, words of random ASCII letters, its punctuation, digits, plain non-ASCII.
      const words = [...new Set(re.source.replace(/\\[A-Za-z](?:\{\w+\})?/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])];
      const punct = [...new Set(re.source.match(/[^\sA-Za-z0-9\\()[\]{}?*+|^$]/g) ?? [])];
      const glue = [' ', ' ', ' ', '  ', '\t', ', ', ',', '. ', '\n', '’s ', "'s ", ' (', ') ', ' and ', '-', '—', '“', '\u00a0', ' 2', ' 12', '7', ' 199', 'x', ...punct];
      const next = generator(name.length * 104729 + 17);
      const letter = (upper: boolean) => String.fromCharCode((upper ? 65 : 97) + next(26));
      // Until the texts reached 200 of its matches (a rare shape takes more texts), at most 6,000 texts.
      for (let n = 0; n < 6000 && (n < 300 || matched < 200); n++) {
        let text = '';
        for (let i = 0; i < 10; i++) {
          let w: string;
          if (next(2) && words.length) {
            w = words[next(words.length)];
            const casing = next(3);
            if (casing === 1) w = w.toUpperCase();
            else if (casing === 2) w = w[0].toUpperCase() + w.slice(1).toLowerCase();
          } else {
            w = letter(next(3) > 0);
            for (let k = next(7); k > 0; k--) w += letter(next(6) === 0);
            if (next(5) === 0) w += String(next(100));
          }
          text += w + glue[next(glue.length)];
        }
        expect(plainText(text)).toBe(true);
        const want = everyMatch(re, text);
        matched += want.length;
        expect(everyMatch(twin, text), `${name}: ${JSON.stringify(text)}`).toEqual(want);
      }
      expect(matched, name).toBeGreaterThan(30);
    }
  }, 60_000);

  it('are what forText picks for plain text only, and spaceNonWords and startsUpper agree with the regexps they stand for', () => {
    expect(forText(CODE, 'KTR2 in Leeds — “new”')).toBe(CODE.ascii);
    expect(forText(CODE, 'FRA16 in Fürth')).toBe(CODE.regexp);
    for (const x of ['Alibaba Cloud’s fifth — “Tokyo” DC', 'São Paulo 2', 'a–b  c', '', '东京 3', 'x\u0301y']) {
      expect(spaceNonWords(x)).toBe(x.replace(/[^\p{L}\p{N}]+/gu, ' '));
      for (let i = 0; i < x.length; i++) expect(startsUpper(x, i)).toBe(/^\p{Lu}/u.test(x.slice(i, i + 2)));
    }
  });
});
