#!/usr/bin/env bash
# Runs one project command on the project's Node (scripts/node-env.sh), e.g.
# `bash scripts/run.sh node api/main.ts`: every npm script goes through here, so a machine
# whose own Node is too old still runs everything on the pinned one.
set -euo pipefail
# shellcheck source=node-env.sh
source "$(dirname "$0")/node-env.sh"
exec "$@"
