/**
 * Fingerprints (lib/catalog/seed-update.ts) of the bundled catalog files whose every record the
 * record schemas accept as it is: the worker installs those without a zod pass per record
 * (parseSeedFile), which was 0.3–0.8 s of a fresh install in Node and more in a new worker. The
 * check runs here, at build time, with the same schemas, over the same bytes. Used by
 * modules/dc-lens-assets.ts.
 */
import { readFileSync } from 'node:fs';
import { fingerprint, parsesToItself } from '../lib/catalog/seed-update';

export function validatedCatalogs(files: readonly string[]): string[] {
  return files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return parsesToItself(text) ? [fingerprint(text)] : [];
  });
}
