/**
 * Build-time work for a fast background start (WXT loads modules/ by itself):
 *   - `places.bin`, the compiled city gazetteer (scripts/places-asset.ts), so it is never rebuilt
 *     in the service worker, and `shipped-index.bin`, the detector index of the shipped catalog
 *     and `shipped-resolver.bin`, its resolver (scripts/shipped-index.ts), so a fresh install
 *     compiles neither and answers pages before its records are written;
 *   - `__DC_LENS_BUILD__`: a hash of the bundled catalog files, so an unchanged seed is neither
 *     fetched nor fingerprinted on start, and a build id that keys the persisted detector index
 *     (a new build may compile differently, so it never adopts an index an older build stored),
 *     and a hash of the record schemas that stamps records validated on write
 *     (lib/catalog/validate-on-write.ts), and the fingerprints of the catalog files checked here
 *     record by record, which the worker installs without checking them again;
 *   - the gazetteer's city rows out of the worker's script: fetched from a copy beside it on the
 *     rare path that needs them (stand-ins.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { OperatorSchema, SiteSchema } from '../lib/catalog/schema';
import { PLACES_ASSET, writePlacesAsset } from '../scripts/places-asset';
import { SHIPPED_INDEX_ASSET, SHIPPED_RESOLVER_ASSET, writeShippedAssets } from '../scripts/shipped-index';
import { validatedCatalogs } from '../scripts/validated-catalogs';
import { standIns } from './stand-ins';
import { compactCssModules } from './compact-css';
import { terseContentScript } from './terse-content';

/** The gazetteer's city rows: the worker fetches their copy (cities.json) only when places.bin fails (city-rows.ts). */
const CITY_ROWS = 'lib/detect/data/cities.json';

/** The seed file and any catalog layer beside it (public/catalog/*.json), in a stable order. */
function catalogFiles(publicDir: string): string[] {
  const files = [join(publicDir, 'seed-catalog.json')];
  const layers = join(publicDir, 'catalog');
  if (existsSync(layers)) files.push(...readdirSync(layers).filter((f) => f.endsWith('.json')).sort().map((f) => join(layers, f)));
  return files.filter((f) => existsSync(f));
}

/** SHA-256 of a file, hex: what the worker checks a shipped asset's bytes against. */
const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function catalogFilesHash(publicDir: string): string {
  const hash = createHash('sha256');
  for (const f of catalogFiles(publicDir)) hash.update(f.slice(publicDir.length)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

/** Changes exactly when what the schemas accept changes (a new build with the same schemas keeps its stamps). */
function recordSchemaHash(): string {
  const shape = z.toJSONSchema(z.object({ site: SiteSchema, operator: OperatorSchema }), { io: 'input', unrepresentable: 'any' });
  return `schema-${createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16)}`;
}

export default defineWxtModule({
  name: 'dc-lens-assets',
  async setup(wxt) {
    const assets = join(wxt.config.wxtDir, 'dc-lens-assets');
    const validated = validatedCatalogs(catalogFiles(wxt.config.publicDir));
    const shipped = writeShippedAssets(assets, wxt.config.publicDir, new Set(validated));
    const build = {
      seedHash: catalogFilesHash(wxt.config.publicDir),
      buildId: randomUUID(),
      recordStamp: recordSchemaHash(),
      validatedCatalogs: validated,
      shippedLexicon: shipped.lexicon,
      // The worker adopts these two files only when their bytes hash to these (shipped-assets.ts).
      shippedAssets: { index: fileHash(shipped.index), resolver: fileHash(shipped.resolver) },
    };
    addViteConfig(wxt, () => ({
      define: { __DC_LENS_BUILD__: JSON.stringify(build) },
      // Read only when places.bin could not be adopted: not in the script a worker's wake reads.
      // The card's stylesheet ships in the content script: comments and layout whitespace go.
      // The content script runs on every page: terser after esbuild (terse-content.ts).
      plugins: [standIns(wxt.config.root, { [CITY_ROWS]: 'entrypoints/background/city-rows.ts' }), compactCssModules(wxt.config.root, ['components/card/styles.ts']), terseContentScript()],
    }));
    wxt.hook('build:publicAssets', (_wxt, files) => {
      files.push({ absoluteSrc: writePlacesAsset(assets), relativeDest: PLACES_ASSET });
      files.push({ absoluteSrc: shipped.index, relativeDest: SHIPPED_INDEX_ASSET });
      files.push({ absoluteSrc: shipped.resolver, relativeDest: SHIPPED_RESOLVER_ASSET });
      files.push({ absoluteSrc: join(wxt.config.root, CITY_ROWS), relativeDest: 'cities.json' });
    });
  },
});
