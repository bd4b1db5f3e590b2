/**
 * A Vite plugin that bundles chosen JSON files so they are parsed on first read, not when the
 * bundle starts. Vite's own JSON import is `JSON.parse(...)` at the top of the bundle, which a
 * service worker pays on every wake: the city gazetteer's rows (840 KB, about 50,000 strings) are
 * only read when places.bin could not be adopted, yet were parsed each time the worker started.
 * The file becomes a string literal (only scanned when the script is compiled) behind one getter
 * per top-level field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// Vite's JSON plugin takes every id ending in .json (even a virtual one): this id ends in .js.
const PREFIX = '\0dc-lens-lazy-json:';
const SUFFIX = '.js';

/** `files`: paths relative to the project root. */
export function lazyJson(root: string, files: readonly string[]): Plugin {
  const lazy = new Set(files.map((f) => resolve(root, f)));
  return {
    name: 'dc-lens-lazy-json',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && lazy.has(resolved.id) ? PREFIX + resolved.id + SUFFIX : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const text = readFileSync(id.slice(PREFIX.length, -SUFFIX.length), 'utf8');
      const data: unknown = JSON.parse(text);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`lazy JSON needs an object at the top: ${id}`);
      const getters = Object.keys(data).map((k) => `get ${JSON.stringify(k)}() { return (parsed ??= JSON.parse(text))[${JSON.stringify(k)}]; }`);
      return `const text = ${JSON.stringify(text)};\nlet parsed;\nexport default { ${getters.join(', ')} };\n`;
    },
  };
}
