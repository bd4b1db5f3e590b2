import { defineConfig } from '@playwright/test';

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
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node scripts/serve-fixtures.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
  },
});
