#!/usr/bin/env bash
# Installs the locked dependencies when node_modules is missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
# A worktree may link node_modules to another checkout's install: npm ci would empty that install
# for every checkout sharing it while it reinstalls. Leave a linked install to its own checkout.
if [ -L node_modules ]; then
  if [ ! -f node_modules/.package-lock.json ]; then
    echo "node_modules links to $(readlink -f node_modules), which holds no install: run npm ci there." >&2
    exit 1
  fi
  if [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "node_modules is a link ($(readlink -f node_modules)); not reinstalling through it." >&2
  fi
  exit 0
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)..." >&2
  npm ci --no-audit --no-fund
fi
