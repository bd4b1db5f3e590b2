/**
 * Fills char_start/char_end in DIR/labels.json from each mention's quote and occurrence, so that hand
 * labels are written as quotes (reviewable) and never as numbers (error-prone).
 *
 *   npx tsx scripts/label-offsets.ts tests/fixtures/dev           rewrite the offsets in place
 *   npx tsx scripts/label-offsets.ts tests/fixtures/dev --check   only verify; exit 1 if any is stale
 *
 * Offsets are UTF-16 code units into the file's text (what String.prototype.indexOf and score.mjs
 * use). `occurrence` is 1-based and counts every start position of the exact, case-sensitive quote.
 * Any problem (missing file, quote not found, occurrence too high, overlapping spans, malformed
 * field) is listed and nothing is written, so a bad edit can never produce half-updated labels.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LabeledMention {
  quote: string;
  occurrence: number;
  operator: string | null;
  location: string | null;
  capacity_mw: number | null;
  gpus: number | null;
  investment: string | null;
  ordinal: string | null;
  name: string | null;
  kind: 'facility' | 'campus' | 'region' | 'project';
  date: string | null;
  ref: string;
  strict: boolean;
  plural: boolean;
  char_start: number | null;
  char_end: number | null;
}

export interface LabeledArticle {
  file: string;
  url: string | null;
  category: string;
  mentions: LabeledMention[];
  notes: string[];
}

const KINDS = new Set(['facility', 'campus', 'region', 'project']);
const NULLABLE_STRINGS = ['operator', 'location', 'investment', 'ordinal', 'name', 'date'] as const;
const NULLABLE_NUMBERS = ['capacity_mw', 'gpus'] as const;

/** Start of the nth (1-based) occurrence of `quote` in `text`, or -1. */
export function nthIndexOf(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function countOccurrences(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

function shapeProblems(m: LabeledMention, where: string): string[] {
  const problems: string[] = [];
  const rec = m as unknown as Record<string, unknown>;
  if (typeof m.quote !== 'string' || m.quote.length === 0) problems.push(`${where}: quote must be a non-empty string`);
  if (!Number.isInteger(m.occurrence) || m.occurrence < 1) problems.push(`${where}: occurrence must be an integer >= 1`);
  if (!KINDS.has(m.kind)) problems.push(`${where}: kind must be one of ${[...KINDS].join(', ')}`);
  if (typeof m.ref !== 'string' || m.ref.length === 0) problems.push(`${where}: ref must be a non-empty string`);
  for (const key of ['strict', 'plural'] as const) {
    if (typeof m[key] !== 'boolean') problems.push(`${where}: ${key} must be true or false`);
  }
  for (const key of NULLABLE_STRINGS) {
    if (!(key in rec) || (rec[key] !== null && typeof rec[key] !== 'string')) problems.push(`${where}: ${key} must be a string or null`);
  }
  for (const key of NULLABLE_NUMBERS) {
    if (!(key in rec) || (rec[key] !== null && !(typeof rec[key] === 'number' && Number.isFinite(rec[key])))) {
      problems.push(`${where}: ${key} must be a number or null`);
    }
  }
  return problems;
}

export interface OffsetResult {
  articles: LabeledArticle[];
  problems: string[];
  /** Mentions whose stored offsets differ from the computed ones. */
  stale: number;
}

/** Computes offsets for every mention; `readText` returns a file's text or null when it is missing. */
export function computeOffsets(articles: LabeledArticle[], readText: (file: string) => string | null): OffsetResult {
  const problems: string[] = [];
  let stale = 0;
  const seenFiles = new Set<string>();
  const out = articles.map((article) => {
    if (seenFiles.has(article.file)) problems.push(`${article.file}: labeled twice`);
    seenFiles.add(article.file);
    if (!Array.isArray(article.mentions)) problems.push(`${article.file}: mentions must be an array`);
    if (!Array.isArray(article.notes)) problems.push(`${article.file}: notes must be an array`);
    const text = readText(article.file);
    if (text === null) {
      problems.push(`${article.file}: text file not found`);
      return article;
    }
    const mentions = (article.mentions ?? []).map((m, i) => {
      const where = `${article.file} #${i + 1} "${m.quote}" (occurrence ${m.occurrence})`;
      problems.push(...shapeProblems(m, where));
      const start = typeof m.quote === 'string' && m.quote ? nthIndexOf(text, m.quote, m.occurrence) : -1;
      if (start < 0) {
        problems.push(`${where}: not found (the text has ${countOccurrences(text, m.quote ?? '')} occurrence(s))`);
        return m;
      }
      const end = start + m.quote.length;
      if (m.char_start !== start || m.char_end !== end) stale++;
      return { ...m, char_start: start, char_end: end };
    });
    const spans = mentions
      .filter((m) => typeof m.char_start === 'number' && typeof m.char_end === 'number')
      .sort((a, b) => a.char_start! - b.char_start!);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i].char_start! < spans[i - 1].char_end!) {
        problems.push(`${article.file}: "${spans[i - 1].quote}" and "${spans[i].quote}" overlap; labeled spans must be disjoint`);
      }
    }
    return { ...article, mentions };
  });
  return { articles: out, problems, stale };
}

function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith('--'));
  const check = argv.includes('--check');
  if (!dir) {
    console.error('usage: npx tsx scripts/label-offsets.ts DIR [--check]   (DIR holds labels.json and the .txt files)');
    return 2;
  }
  const labelsPath = join(resolve(dir), 'labels.json');
  if (!existsSync(labelsPath)) {
    console.error(`no labels.json in ${dir}`);
    return 1;
  }
  const articles = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabeledArticle[];
  const readText = (file: string): string | null => {
    const path = join(resolve(dir), file);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  const { articles: updated, problems, stale } = computeOffsets(articles, readText);

  const labeled = new Set(articles.map((a) => a.file));
  const unlabeled = readdirSync(resolve(dir)).filter((f) => f.endsWith('.txt') && !labeled.has(f));
  for (const f of unlabeled) problems.push(`${f}: text file has no entry in labels.json`);

  if (problems.length > 0) {
    console.error(`label-offsets: ${problems.length} problem(s), nothing written:`);
    for (const p of problems) console.error('  ' + p);
    return 1;
  }
  const mentions = updated.reduce((n, a) => n + a.mentions.length, 0);
  if (check) {
    if (stale > 0) {
      console.error(`label-offsets: ${stale} of ${mentions} offsets are stale; run without --check`);
      return 1;
    }
    console.log(`label-offsets: ${updated.length} articles, ${mentions} mentions, all offsets current`);
    return 0;
  }
  writeFileSync(labelsPath, JSON.stringify(updated, null, 1) + '\n');
  console.log(`label-offsets: ${updated.length} articles, ${mentions} mentions, ${stale} offset(s) updated`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
