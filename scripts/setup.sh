#!/usr/bin/env bash
# Everything a fresh machine needs before running or testing: a Node.js >= 22 (the pinned
# Node 24 in .tools/node when the machine's own is older), Node packages (when the lock file
# changed since the last install) and the Temporal CLI. Idempotent and quick when nothing
# changed.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=node-env.sh
source scripts/node-env.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Not `npm ci`: the registry our machines reach lacks other platforms' optional packages,
  # so the lock file cannot list them and `npm ci` refuses it (docs/decisions/0006).
  # `--no-save` installs exactly the locked versions and never rewrites the lock.
  echo "installing Node packages…"
  npm install --no-audit --no-fund --no-save
fi
# Always: the workflow unit tests need the time-skipping test server even when
# TEMPORAL_ADDRESS points at an external cluster.
bash scripts/install-temporal.sh >/dev/null
