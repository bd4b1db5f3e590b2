import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The '@/' alias WXT gives the extension's own code, for tests that import background modules.
  resolve: { alias: { '@/': `${fileURLToPath(new URL('.', import.meta.url))}` } },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-dom.ts'],
    testTimeout: 30_000,
  },
});
