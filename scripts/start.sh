#!/usr/bin/env bash
# npm start: install what is missing, build, serve the demo articles and open Chromium with DC Lens.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export CHROMIUM_PATH
npm run -s build:chrome
exec npx tsx scripts/start.ts "$@"
