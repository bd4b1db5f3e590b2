// ESLint (flat config): typescript-eslint's recommended rules on all TypeScript, plus the few
// project rules that keep silent failures and stray debugging out. Run by `npm test` (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**', 'docs/**', '**/.tmp-*', '**/zz-*', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // `_name` marks a deliberately unused binding (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Browser-API glue needs the odd cast through unknown; `any` stays visible in review.
      '@typescript-eslint/no-explicit-any': 'off',
      // A catch block that swallows must say why (a comment), never be empty by accident.
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-debugger': 'error',
      eqeqeq: ['error', 'smart'],
      // Escapes inside character classes are kept where they help a reader ([\d\-]).
      'no-useless-escape': 'off',
      // Text normalisation matches byte ranges on purpose (/^[\x00-\x7f]*$/ is "ASCII only").
      'no-control-regex': 'off',
    },
  },
  {
    // Playwright fixtures declare their (empty) dependencies as `async ({}, use) =>`.
    files: ['tests/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
