#!/usr/bin/env bash
# Fuzzes the simulator API from its own OpenAPI document with schemathesis (PyPI, pinned, in a
# venv under .tools/): every generated request, valid or not, must get a documented answer, no
# 5xx, and every 4xx must be the JSON error the document describes. Bounded in examples and
# time (about a minute here). FUZZ_MAX_EXAMPLES and FUZZ_SEED override the defaults.
# positive_data_acceptance is off: rules across parameters (hour or date, not both; year, month
# and day together) cannot be written in OpenAPI parameters, so schema-valid requests can
# rightly get a 400; every other check schemathesis has runs.
set -euo pipefail
SCHEMATHESIS_VERSION="${SCHEMATHESIS_VERSION:-4.32.5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# shellcheck source=node-env.sh
source scripts/node-env.sh
venv="$root/.tools/schemathesis"
if [ "$("$venv/bin/st" --version 2>/dev/null | grep -o '[0-9][0-9.]*$')" != "$SCHEMATHESIS_VERSION" ]; then
  echo "installing schemathesis $SCHEMATHESIS_VERSION into .tools/schemathesis…"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
base="http://127.0.0.1:$port"
log="$(mktemp)"
API_PORT="$port" API_RATE_LIMIT=off API_FAULTS=off LOG_LEVEL=error node api/main.ts >"$log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  curl -sf "$base/health" >/dev/null 2>&1 && break
  kill -0 "$api_pid" 2>/dev/null || { cat "$log"; echo "the API did not start" >&2; exit 1; }
  sleep 0.1
done

# schemathesis closes its report with a pytest-style line ("== 1 warning in 7.8s ==") that CI
# readers take for a test run that executed nothing, so its report goes to a file, shown whole
# only on failure, and a one-line summary stands in for it.
report="$(mktemp)"
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; rm -f "$log" "$report"' EXIT
status=0
timeout 80 "$venv/bin/st" run "$base/openapi.json" \
  --checks all \
  --exclude-checks positive_data_acceptance \
  --max-examples "${FUZZ_MAX_EXAMPLES:-25}" \
  --seed "${FUZZ_SEED:-360}" \
  --request-timeout 10 \
  --workers 2 \
  --generation-database none \
  --no-color >"$report" 2>&1 || status=$?
if [ "$status" = 0 ]; then
  cases="$(grep -Eo '[0-9]+ generated' "$report" | head -1 || true)"
  ops="$(grep -Eo 'Tested: [0-9]+' "$report" | head -1 || true)"
  echo "fuzz-api: every generated request got a documented answer (${ops#Tested: } operations, ${cases:-? generated} requests, seed ${FUZZ_SEED:-360})"
else
  cat "$report"
fi
if [ -s "$log" ]; then
  echo "API error log during the run:"
  cat "$log"
fi
[ "$status" = 124 ] && echo "fuzz-api: stopped after 80 s" >&2
exit "$status"
