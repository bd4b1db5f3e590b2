/** News-like prose for the detector bench: the seed and dev-set articles, repeated to length. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** shared/ sits beside the repo (as in CI's clone). */
export const SEED_ARTICLES_DIR = resolve(import.meta.dirname, '../../../shared/fixtures/seed-articles');

function articles(root: string): string[] {
  const dirs = [process.env.DC_LENS_SEED_ARTICLES || SEED_ARTICLES_DIR, join(root, 'tests/fixtures/dev')];
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    } catch {
      continue; // the shared seed articles may be absent on another machine: the dev set suffices
    }
    for (const n of names) out.push(readFileSync(join(dir, n), 'utf8').trim());
  }
  if (out.length === 0) throw new Error('bench: no articles found (tests/fixtures/dev/*.txt)');
  return out;
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The articles, one after another, repeated until the text holds at least `words` words. */
export function buildProse(root: string, words: number): { text: string; words: number; articles: number } {
  const list = articles(root);
  const perRound = list.reduce((n, a) => n + countWords(a), 0);
  const rounds = Math.ceil(words / perRound);
  const parts: string[] = [];
  for (let r = 0; r < rounds; r++) parts.push(...list);
  const text = parts.join('\n\n');
  return { text, words: countWords(text), articles: list.length };
}
