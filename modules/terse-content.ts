/**
 * A Vite plugin that passes the content script, once esbuild has minified it, through terser
 * (two compress passes, names mangled). The content script runs on every page and has a budget
 * of 30 KB gzipped (scripts/check-content-size.mjs); terser's output is about 1 KB smaller
 * gzipped than esbuild's. Other bundles keep esbuild's output: their size matters less and
 * terser would slow every build.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

export function terseContentScript(): Plugin {
  return {
    name: 'dc-lens-terse-content',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !/^content-scripts\/[^/]+\.js$/.test(file.fileName)) continue;
        const out = await minify(file.code, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
        if (out.code) file.code = out.code;
      }
    },
  };
}
