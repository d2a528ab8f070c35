#!/usr/bin/env bash
# The `datamag` CLI (scripts/datamag.ts) on the project's Node, from any directory; npm links
# it as a bin, so follow the link to find the project.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
# shellcheck source=node-env.sh
source "$here/node-env.sh"
exec node "$here/datamag.ts" "$@"
