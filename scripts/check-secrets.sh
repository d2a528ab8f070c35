#!/usr/bin/env bash
# Fails when a tracked file holds something that looks like a secret: private keys, passwords in
# connection strings, Azure account keys, tokens of the usual clouds and services, keyword
# assignments. The scanner is detect-secrets (PyPI, pinned, venv in .tools/; docs/decisions/0012).
# Known false positives (placeholders in docs and tests) are listed, audited, in .secrets.baseline,
# with the filters: Azurite's published development key and Temporal history fixtures (base64
# payloads) are left out. A finding in a new place fails; a listed one that merely moved does not.
#   bash scripts/check-secrets.sh            check
#   bash scripts/check-secrets.sh --update   re-scan into .secrets.baseline (then review it:
#                                            .tools/detect-secrets/bin/detect-secrets audit .secrets.baseline)
set -euo pipefail
DETECT_SECRETS_VERSION="${DETECT_SECRETS_VERSION:-1.5.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
venv="$root/.tools/detect-secrets"
if [ "$("$venv/bin/detect-secrets" --version 2>/dev/null)" != "$DETECT_SECRETS_VERSION" ]; then
  echo "installing detect-secrets $DETECT_SECRETS_VERSION into .tools/detect-secrets…"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "detect-secrets==$DETECT_SECRETS_VERSION"
fi
if [ "${1:-}" = --update ]; then
  "$venv/bin/detect-secrets" scan --baseline .secrets.baseline
  exit 0
fi

files=()
# The baseline itself holds hashes of the listed findings.
while IFS= read -r -d "" f; do [ -f "$f" ] && [ "$f" != .secrets.baseline ] && files+=("$f"); done < <(git ls-files -z)
# The hook rewrites its baseline when listed findings moved: give it a copy.
baseline="$(mktemp)"
trap 'rm -f "$baseline"' EXIT
cp .secrets.baseline "$baseline"
status=0
"$venv/bin/detect-secrets-hook" --baseline "$baseline" "${files[@]}" >"$baseline.out" 2>&1 || status=$?
# 3: only line numbers of listed findings changed.
if [ "$status" != 0 ] && [ "$status" != 3 ]; then
  cat "$baseline.out"
  rm -f "$baseline.out"
  echo "check-secrets: possible secrets in tracked files (see above); if one is a false positive," >&2
  echo "add '# pragma: allowlist secret' on its line or run: bash scripts/check-secrets.sh --update" >&2
  exit 1
fi
rm -f "$baseline.out"
echo "check-secrets: ${#files[@]} tracked files, no secret outside .secrets.baseline"
