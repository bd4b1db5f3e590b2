#!/usr/bin/env bash
# npm test: everything a new machine needs, then typecheck, unit tests, the Firefox lint and the
# end-to-end tests against the built extension in real Chromium and Debian's Firefox ESR. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export CHROMIUM_PATH
FIREFOX_PATH="$(bash scripts/find-firefox.sh)"
export FIREFOX_PATH
echo "== build (Chrome MV3 + Firefox)"
npm run -s build
echo "== content script size (budget 30 KB gzipped)"
node scripts/check-content-size.mjs .output/chrome-mv3
echo "== typecheck"
npm run -s typecheck
echo "== lint (ESLint with typescript-eslint)"
npm run -s lint
echo "== unit tests (Vitest, including the conventions test)"
npx vitest run
echo "== Firefox lint (web-ext)"
npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output text
echo "== end-to-end (Playwright + $CHROMIUM_PATH)"
npx playwright test
echo "== end-to-end in Firefox (puppeteer-core over WebDriver BiDi + $FIREFOX_PATH)"
npx playwright test -c playwright.firefox.config.ts
