/**
 * The project's conventions, checked on the source text (in the spirit of refined-github's
 * build/features.test.ts), so a newcomer's first change can't quietly break them:
 * - lib/ is pure: only lib/page (DOM) and lib/browser (extension APIs) touch the browser;
 * - components are views: they never reach for extension APIs (lib/browser), the shells do;
 * - every declared message has a handler and a sender;
 * - every export is used by something other than tests (no dead code kept alive by its own test).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackgroundProtocol, TabProtocol } from '../../lib/messaging/messages';

const ROOT = resolve(__dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'scripts'];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const sources = SOURCE_DIRS.flatMap((d) => walk(join(ROOT, d)));
const text = new Map(sources.map((f) => [rel(f), readFileSync(f, 'utf8')]));

/** Source without comments and string/template contents, so prose can't trip a check. */
function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
}

const IMPORT = /(?:import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

interface Import {
  from: string;
  spec: string;
  names: string[];
}

function importsOf(file: string, src: string): Import[] {
  const out: Import[] = [];
  for (const m of src.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4] ?? m[5];
    const clause = m[2] ?? '';
    const names: string[] = [];
    const braces = clause.match(/\{([\s\S]*)\}/);
    if (braces) for (const part of braces[1].split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0].trim();
      if (name) names.push(name);
    }
    const head = clause.replace(/\{[\s\S]*\}/, '').replace(/,/g, ' ').trim();
    if (head && !head.startsWith('*')) names.push('default');
    if (head.startsWith('*') || clause.trim() === '*' || m[4]) names.push('*');
    out.push({ from: file, spec, names });
  }
  return out;
}

function resolveSpec(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = rel(resolve(ROOT, dirname(from), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (text.has(candidate)) return candidate;
  return null;
}

describe('conventions', () => {
  it('lib/ touches the browser only in lib/page (DOM) and lib/browser (extension APIs)', () => {
    const offenders: string[] = [];
    for (const [file, src] of text) {
      if (!file.startsWith('lib/') || file.startsWith('lib/page/') || file.startsWith('lib/browser/')) continue;
      const code = codeOnly(src);
      for (const imp of importsOf(file, src)) {
        if (/^(wxt\/|webextension-polyfill|@wxt-dev\/)/.test(imp.spec)) offenders.push(`${file}: imports ${imp.spec}`);
        const target = resolveSpec(file, imp.spec);
        if (target?.startsWith('lib/browser/') || target?.startsWith('lib/page/')) offenders.push(`${file}: imports ${target}`);
      }
      const global = code.match(/(?<![.\w])(document|window|navigator|chrome|browser|localStorage|CSS)\s*\./);
      if (global) offenders.push(`${file}: uses ${global[1]}.`);
    }
    expect(offenders).toEqual([]);
  });

  it('components never call extension APIs (lib/browser or wxt/browser): the shells wire them in', () => {
    const offenders: string[] = [];
    for (const [file, src] of text) {
      if (!file.startsWith('components/')) continue;
      for (const imp of importsOf(file, src)) {
        const target = resolveSpec(file, imp.spec) ?? imp.spec;
        if (target.startsWith('lib/browser/') || /^(wxt\/browser|webextension-polyfill)/.test(target)) offenders.push(`${file}: imports ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every message has a handler and a sender', () => {
    const all = [...text.values()].join('\n');
    const handlers = text.get('entrypoints/background/handlers.ts') ?? '';
    const content = text.get('entrypoints/content/index.ts') ?? '';
    const quoted = (type: string) => new RegExp(`['"]${type.replace('.', '\\.')}['"]|\\b${type}:`);
    const problems: string[] = [];
    for (const type of Object.keys(BackgroundProtocol)) {
      if (!quoted(type).test(handlers)) problems.push(`${type}: no handler in entrypoints/background/handlers.ts`);
      if (!new RegExp(`\\bask\\(\\s*['"]${type.replace('.', '\\.')}['"]`).test(all)) problems.push(`${type}: nobody sends it (ask('${type}', …))`);
    }
    for (const type of Object.keys(TabProtocol)) {
      if (!quoted(type).test(content)) problems.push(`${type}: no handler in entrypoints/content/index.ts`);
      if (!new RegExp(`\\b(askTab\\([^)]*|tellEveryTab\\(\\s*)['"]${type.replace('.', '\\.')}['"]`).test(all)) problems.push(`${type}: nobody sends it`);
    }
    expect(problems).toEqual([]);
  });

  it('every export has an importer outside the tests', () => {
    const used = new Map<string, Set<string>>();
    for (const [file, src] of text) {
      for (const imp of importsOf(file, src)) {
        const target = resolveSpec(file, imp.spec);
        if (!target) continue;
        const set = used.get(target) ?? new Set<string>();
        imp.names.forEach((n) => set.add(n));
        used.set(target, set);
      }
    }
    const unused: string[] = [];
    for (const [file, src] of text) {
      // Entry points are loaded by WXT or run as scripts, not imported.
      if (file.startsWith('scripts/') || /^entrypoints\/[^/]+\/(index|main)\.tsx?$/.test(file)) continue;
      const code = codeOnly(src);
      const names = [...code.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|function\*?|class|type|interface|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
      const importers = used.get(file);
      // Used in its own module (exported for a test or a signature) is over-exported, not dead.
      const usedHere = (name: string) => (code.match(new RegExp(`(?<![\\w$])(?<![\\w$)\\]]\\.)${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0) > 1;
      for (const name of names) if (!importers?.has(name) && !importers?.has('*') && !usedHere(name)) unused.push(`${file}: ${name}`);
    }
    // Dead exports found when this check arrived, in modules other engineers were changing at the
    // time: listed so no new one can appear, and each must leave the list once it is removed or used.
    const known = new Set(KNOWN_DEAD_EXPORTS);
    expect(unused.filter((u) => !known.has(u))).toEqual([]);
    expect(KNOWN_DEAD_EXPORTS.filter((k) => !unused.includes(k))).toEqual([]);
  });
});

const KNOWN_DEAD_EXPORTS = [
  'lib/catalog/compare.ts: prepareCompare',
  'lib/catalog/seed-build/serialize.ts: CATALOG_FORMAT',
  'lib/catalog/seed-build/serialize.ts: CATALOG_VERSION',
  'lib/detect/automaton.ts: confirm',
  'lib/detect/context.ts: tokenIndexFrom',
  'lib/detect/vocab.ts: PLACE_PREPOSITIONS',
  'lib/sync/apply.ts: importReplacesData',
  'lib/sync/choices.ts: chooseAll',
  'lib/sync/choices.ts: changeSetSize',
  'lib/sync/choices.ts: applyChangeSetToCatalog',
  'lib/sync/json-schema.ts: exportJsonSchema',
  'lib/sync/subscription.ts: ConflictNote',
  'components/card/types.ts: ScopeOperator',
];
