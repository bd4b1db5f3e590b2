/**
 * Scans text or HTML files for data-center mentions with the same detector the extension uses.
 *
 *   npm run --silent scan -- --json FILE...            JSON array, one object per file
 *   npm run --silent scan -- FILE...                   readable table
 *   npm run --silent scan -- --catalog EXPORT.json FILE...
 *
 * .html files: the article text is read like the extension reads a page (lib/page/collect.ts),
 * offsets are into that text. Other files: offsets into the file's text. Catalog: what the
 * extension ships (public/seed-catalog.json plus its layers, such as the OpenStreetMap layer in
 * public/catalog/) unless --catalog names an export file. A file that cannot be read is
 * reported on stderr and makes the exit code 1; the other files are still scanned.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { createResolver } from '../lib/catalog/resolve';
import type { Operator, Site } from '../lib/catalog/schema';
import { loadShippedCatalog } from '../lib/catalog/shipped';
import { parseExportFile } from '../lib/sync/format';
import { lexiconFromCatalog } from '../lib/detect/from-catalog';
import { readableFacts } from '../lib/format/written';
import { compileIndex, detect, type Mention } from '../lib/detect/index';
import { collectText } from '../lib/page/collect';

interface Options {
  json: boolean;
  /** An export file, or '' for the shipped catalog. */
  catalog: string;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: false, catalog: '', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--catalog') opts.catalog = argv[++i] ?? '';
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: scan [--json] [--catalog EXPORT.json] FILE...\n');
      process.exit(0);
    } else opts.files.push(a);
  }
  return opts;
}

/** An export file is untrusted input: read it exactly as the manager's import does. */
function loadCatalog(path: string): { sites: Site[]; operators: Operator[] } {
  const parsed = parseExportFile(readFileSync(path));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
  const { sites, operators, invalid } = parsed.file;
  if (invalid.length) process.stderr.write(`${path}: skipped ${invalid.length} invalid records\n`);
  return { sites: [...sites], operators: [...operators] };
}

/** The seed and its layers, combined as the background installs them. */
async function loadShipped(): Promise<{ sites: Site[]; operators: Operator[] }> {
  const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
  const shipped = await loadShippedCatalog((p) => readFileSync(join(publicDir, p), 'utf8'));
  if (shipped.invalid.length) process.stderr.write(`shipped catalog: skipped ${shipped.invalid.length} invalid records\n`);
  return shipped;
}

function readArticle(file: string): string {
  const content = readFileSync(file, 'utf8');
  if (!/\.x?html?$/i.test(file)) return content;
  const { document } = parseHTML(content);
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  if (!root) throw new Error('no document body');
  return collectText(root).text;
}

function asJson(m: Mention, companies: Map<string, string>) {
  const f = readableFacts(m, (id) => companies.get(id));
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    status: m.status,
    entityId: m.entityId,
    kind: m.kind,
    facts: {
      operator: f.operator,
      location: f.location,
      capacityMW: f.capacityMW,
      gpus: f.gpus,
      investment: f.investment,
      ordinal: f.ordinal,
      name: f.name,
      date: f.date,
    },
  };
}

function table(file: string, mentions: Mention[], companies: Map<string, string>): string {
  const lines = [`${file}: ${mentions.length} mention${mentions.length === 1 ? '' : 's'}`];
  for (const m of mentions) {
    const f = readableFacts(m, (id) => companies.get(id));
    const facts = [
      f.operator && `operator=${f.operator}`,
      f.location && `location=${f.location}`,
      f.capacityMW !== null && `MW=${f.capacityMW}`,
      f.gpus !== null && `GPUs=${f.gpus}`,
      f.investment && `investment=${f.investment}`,
      f.ordinal && `ordinal=${f.ordinal}`,
      f.name && `name=${f.name}`,
      f.date && `date=${f.date}`,
    ].filter(Boolean);
    lines.push(`  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.status.padEnd(5)} ${m.kind.padEnd(8)} "${m.text}"${m.entityId ? ` -> ${m.entityId}` : ''}`);
    if (facts.length) lines.push(`${' '.repeat(30)}${facts.join('; ')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.files.length === 0) {
    process.stderr.write('usage: scan [--json] [--catalog EXPORT.json] FILE...\n');
    return 2;
  }
  let catalog: { sites: Site[]; operators: Operator[] };
  try {
    catalog = opts.catalog ? loadCatalog(opts.catalog) : await loadShipped();
  } catch (e) {
    process.stderr.write(`cannot load catalog ${opts.catalog || 'public/'}: ${(e as Error).message}\n`);
    return 2;
  }
  const index = compileIndex(lexiconFromCatalog(catalog.sites, catalog.operators));
  const resolver = createResolver(catalog.sites, catalog.operators);
  const resolve = resolver.resolve.bind(resolver);
  let failed = false;
  const results: Array<{ file: string; mentions: ReturnType<typeof asJson>[] }> = [];
  const companies = new Map(catalog.operators.map((o) => [o.id, o.name]));
  for (const file of opts.files) {
    let text: string;
    try {
      text = readArticle(file);
    } catch (e) {
      process.stderr.write(`${file}: ${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    const mentions = detect(text, index, resolve);
    if (opts.json) results.push({ file, mentions: mentions.map((m) => asJson(m, companies)) });
    else process.stdout.write(table(file, mentions, companies) + '\n');
  }
  if (opts.json) process.stdout.write(JSON.stringify(results, null, 1) + '\n');
  return failed ? 1 : 0;
}

process.exitCode = await main();
