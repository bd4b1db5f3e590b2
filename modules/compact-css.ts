/**
 * A Vite plugin that compacts the CSS template literals of chosen TypeScript modules at build
 * time: comments and layout whitespace go, the rules stay. The card's stylesheet is a TS string
 * (components/card/styles.ts says why) and ships in the content script, whose budget is 30 KB
 * gzipped; the readable source stays readable.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Comments out, whitespace around punctuation out, runs of whitespace to one space. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** `files`: paths relative to the project root, whose template literals (without `${}`) are CSS. */
export function compactCssModules(root: string, files: readonly string[]): Plugin {
  const chosen = new Set(files.map((f) => resolve(root, f)));
  return {
    name: 'dc-lens-compact-css',
    enforce: 'pre',
    transform(code, id) {
      if (!chosen.has(id.split('?')[0])) return null;
      return { code: code.replace(/`([^`$]*)`/g, (_, css: string) => '`' + compactCss(css) + '`'), map: null };
    },
  };
}
