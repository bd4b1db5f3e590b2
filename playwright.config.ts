import { defineConfig } from '@playwright/test';
import { fixtureServer } from './tests/e2e/fixture-server';

const PORT = 4178;

export default defineConfig({
  testDir: 'tests/e2e',
  // The 100,000-site sync group runs with `npm run test:e2e:100k`, not in `npm test`: every step
  // passed once (12.8 min at load 6-12); at load 7-13 its import takes 2.8 min and the export after
  // it 2.4 min (mostly waiting behind the worker's post-import recompile), far over the 6 minutes npm test can spare.
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
