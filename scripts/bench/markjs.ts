/**
 * The mark.js-style baseline: one case-insensitive alternation regex of every alias, longest
 * first, bounded so it never matches inside a word. What a simple highlighter extension does.
 */
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function aliasRegexSource(aliases: readonly string[]): string {
  const sorted = [...aliases].sort((a, b) => b.length - a.length);
  return `(?<!\\w)(?:${sorted.map(escapeRegex).join('|')})(?!\\w)`;
}

export function aliasRegex(aliases: readonly string[]): RegExp {
  return new RegExp(aliasRegexSource(aliases), 'gi');
}

export function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
