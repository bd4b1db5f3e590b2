import { defineConfig } from '@playwright/test';
import { fixtureServer } from './tests/e2e/fixture-server';

const PORT = 4178;

export default defineConfig({
  testDir: 'tests/e2e',
  // The 100,000-site sync group runs with `npm run test:e2e:100k`, not in `npm test`: every step
  // passes (12.8 min at load 6-12 on 6 Dec), which would take npm test from ~10 to over 20 minutes.
  testIgnore: process.env.DC_LENS_E2E_100K ? [] : ['**/sync-100k.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // The 100k-node long-task test sees an occasional 51-56 ms task on a busy 2-core machine (about 1 run in 6);
  // a real regression (e.g. an 80 ms loop) fails every attempt.
  retries: process.env.CI ? 2 : 0,
  reporter: [['list']],
  ...fixtureServer(PORT),
});
