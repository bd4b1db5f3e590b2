/**
 * The catalog as DC Lens ships it: the seed plus every layer kept apart for its licence (the ODbL
 * OpenStreetMap layer), combined the way the background installs them. For Node tools (the CLI
 * scanner, the bench, tests) that must see what the extension sees; the reader is injected so this
 * module stays free of Node and browser APIs.
 *
 *   loadShippedCatalog((p) => readFileSync(path.join('public', p), 'utf8'))
 */
import { parseSeedFile, SHIPPED_LAYERS, type ParsedSeed } from './seed-update';
import type { Operator, Site } from './schema';

export const SEED_PATH = '/seed-catalog.json';

export interface ShippedCatalog {
  operators: Operator[];
  sites: Site[];
  /** Records that failed validation, per file (left out). */
  invalid: Array<{ file: string } & ParsedSeed['invalid'][number]>;
}

/** `read` gets paths as the extension serves them ("/seed-catalog.json", "/catalog/osm.json"). */
export async function loadShippedCatalog(read: (path: string) => string | Promise<string>): Promise<ShippedCatalog> {
  const files = [SEED_PATH, ...SHIPPED_LAYERS.map((l) => l.path)];
  const texts = await Promise.all(files.map((f) => read(f)));
  return combineShipped(files.map((file, i) => ({ file, text: texts[i] })));
}

export function combineShipped(files: Array<{ file: string; text: string }>): ShippedCatalog {
  const operators = new Map<string, Operator>();
  const sites = new Map<string, Site>();
  const invalid: ShippedCatalog['invalid'] = [];
  for (const [i, { file, text }] of files.entries()) {
    const parsed = parseSeedFile(text);
    invalid.push(...parsed.invalid.map((p) => ({ file, ...p })));
    const layer = i === 0 ? undefined : SHIPPED_LAYERS.find((l) => l.path === file);
    for (const o of parsed.seed.operators) if (!operators.has(o.id)) operators.set(o.id, o);
    // Same ownership rule as the install: a layer brings only the ids it owns.
    for (const s of parsed.seed.sites) if (!layer || layer.owns(s.id)) sites.set(s.id, s);
  }
  return { operators: [...operators.values()], sites: [...sites.values()], invalid };
}
