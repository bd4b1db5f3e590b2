/**
 * A Vite plugin that points chosen imports of the extension's build at stand-in modules. The city
 * gazetteer's rows (lib/detect/data/cities.json, 840 KB) are read only when places.bin could not be
 * adopted, yet bundled they were 0.9 MB of the worker's 1.4 MB script, which every wake reads and
 * deserializes from V8's code cache: in the build its importer gets a module that fetches them
 * from a copy beside the script on that rare path (entrypoints/background/city-rows.ts). Node
 * (tests, the scanner, the build's own scripts) keeps reading the file itself.
 */
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** `standIns`: file → its stand-in, both relative to the project root. */
export function standIns(root: string, standInFor: Readonly<Record<string, string>>): Plugin {
  const byFile = new Map(Object.entries(standInFor).map(([file, standIn]) => [resolve(root, file), resolve(root, standIn)]));
  const names = new Set([...byFile.keys()].map((f) => basename(f)));
  return {
    name: 'dc-lens-stand-ins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!names.has(basename(source))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && byFile.get(resolved.id)) ?? null;
    },
  };
}
