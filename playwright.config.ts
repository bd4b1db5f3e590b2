import { defineConfig } from '@playwright/test';
import { fixtureServer } from './tests/e2e/fixture-server';

const PORT = 4178;

export default defineConfig({
  testDir: 'tests/e2e',
  // The 100,000-site sync group runs with `npm run test:e2e:100k`, not in `npm test`: its import and
  // export steps pass (2.4 and 3.6 min at load 11-14), but in its last run the next 90 MB import sat
  // at "Sending the file…" for 5 minutes (cause not found yet), so its worker-stop step is unproven.
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
