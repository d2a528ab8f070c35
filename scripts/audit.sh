#!/usr/bin/env bash
# npm audit of the production dependencies: fails on any high or critical advisory.
# The advisory endpoint is a POST to the registry; some mirrors and proxies refuse it (405) or
# never answer (this project's build machines answer 405). Then the audit did not happen: this
# says so on a line of its own, and fails only when AUDIT_REQUIRED=1 (set it where the registry
# is reachable, e.g. on GitHub's runners); otherwise the run goes on, marked unchecked.
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=node-env.sh
source scripts/node-env.sh
timeout_s="${AUDIT_TIMEOUT_S:-60}"
out="$(timeout "$timeout_s" npm audit --omit=dev --json 2>/dev/null)"
rc=$?
if [ "$rc" = 124 ]; then
  reason="no answer from the registry's audit endpoint within ${timeout_s} s"
else
  # Prints the verdict; exit 0 clean, 1 high/critical found, 3 no audit report in the answer.
  AUDIT_JSON="$out" node -e '
    let r;
    try { r = JSON.parse(process.env.AUDIT_JSON); } catch { r = {}; }
    const v = r.metadata?.vulnerabilities;
    if (!v) {
      console.log(r.message ?? r.error?.summary ?? "npm audit gave no report");
      process.exit(3);
    }
    const bad = (v.high ?? 0) + (v.critical ?? 0);
    console.log(`npm audit (production): ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`);
    process.exit(bad > 0 ? 1 : 0);
  '
  verdict=$?
  [ "$verdict" = 0 ] && exit 0
  if [ "$verdict" = 1 ]; then
    npm audit --omit=dev --audit-level=high 2>/dev/null | head -60
    exit 1
  fi
  reason="the registry's audit endpoint refused the request (see the line above)"
fi
echo "npm audit: NOT CHECKED: $reason" >&2
if [ "${AUDIT_REQUIRED:-}" = 1 ]; then exit 1; fi
echo "npm audit: going on without it (AUDIT_REQUIRED=1 makes this fail)" >&2
exit 0
