#!/usr/bin/env bash
# Prints the path of a Firefox to test with, installing Debian's Firefox ESR when none is found and we
# are root. FIREFOX_PATH overrides. The Firefox e2e group drives it with puppeteer-core over WebDriver BiDi.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then echo "$FIREFOX_PATH"; exit 0; fi
for c in /usr/bin/firefox-esr /usr/bin/firefox; do
  if [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Firefox ESR from apt..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr) >&2
  [ -x /usr/bin/firefox-esr ] && { echo /usr/bin/firefox-esr; exit 0; }
fi
echo "No Firefox found. Install one (apt-get install firefox-esr) or set FIREFOX_PATH." >&2
exit 1
