#!/usr/bin/env bash
# Runs every test on a fresh machine: Node, npm packages, Chromium/fonts/LibreOffice, build, vitest.
# Ends with one line `N passed, N failed` taken from vitest's JSON report.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-node.sh
source scripts/lib/ensure-deps.sh
source scripts/lib/ensure-browser.sh
npm run build >/dev/null
report="$(mktemp -d)/vitest.json"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
node scripts/lib/summarise-tests.mjs "$report"
exit "$status"
