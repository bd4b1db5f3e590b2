import { defineConfig } from '@playwright/test';
import { fixtureServer } from './tests/e2e/fixture-server';

/**
 * The Firefox end-to-end group: Playwright is only the runner here (its Firefox is not Debian's and
 * can't be downloaded on these machines); the tests drive Firefox ESR with puppeteer-core over
 * WebDriver BiDi (tests/e2e-firefox/firefox.ts).
 */
const PORT = 4179;

export default defineConfig({
  testDir: 'tests/e2e-firefox',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  ...fixtureServer(PORT),
});
