#!/usr/bin/env bash
# README command 2 (npm test): set up what is missing, then every check CI runs:
# format, lint, types, committed secrets, npm audit, API fuzzing, unit, integration (real
# Temporal dev server, Azurite, SQLite and, when DATABASE_URL_PG is set, PostgreSQL) and browser
# tests (Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# shellcheck source=node-env.sh
source scripts/node-env.sh
echo "node $(node --version)"
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Chromium (Debian package)…"
  (apt-get install -y -qq chromium >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
fi
run() { echo "== $*"; "$@"; }
run npx prettier --check . --log-level warn
run npx eslint .
run npx tsc -p tsconfig.json
run npx svelte-kit sync --config web/vite.config.ts
run npx svelte-check --tsconfig web/tsconfig.json --fail-on-warnings
run bash scripts/check-secrets.sh
run bash scripts/audit.sh
run bash scripts/fuzz-api.sh
# Every benchmark at a tiny size, SQLite only: checks they still run, measures nothing.
run node bench/run.ts --smoke
# The Temporal-on-PostgreSQL compose file: validated (no engine needed) where docker-compose exists.
if command -v docker-compose >/dev/null; then
  run docker-compose -f docker-compose.temporal.yml config --quiet
fi
mkdir -p .data
status=0
run npx vitest run --reporter=default --reporter=json --outputFile.json=.data/vitest-results.json || status=$?
# One plain summary line that any CI can read.
node -e 'const r=JSON.parse(require("fs").readFileSync(".data/vitest-results.json","utf8")); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)' || true
exit "$status"
