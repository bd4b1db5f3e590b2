/**
 * The mark.js-style baseline: one case-insensitive alternation regex of every alias, longest
 * first, bounded so it never matches inside a word. What a simple highlighter extension does.
 */
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `salt` adds one alternative that never matches: V8 caches compiled regexes by source, so a
 * timed rebuild must differ from the last one to be compiled for real.
 */
export function aliasRegexSource(aliases: readonly string[], salt = ''): string {
  return `(?<!\\w)(?:${aliasAlternation(aliases)}${salt ? `|qzx${salt}xzq` : ''})(?!\\w)`;
}

/** The aliases, escaped, longest first, joined with `|`. */
export function aliasAlternation(aliases: readonly string[]): string {
  return [...aliases].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

export function aliasRegex(aliases: readonly string[], salt = ''): RegExp {
  return new RegExp(aliasRegexSource(aliases, salt), 'gi');
}

export function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
