# Sourced by every project script: puts a Node.js >= 22.17 first on PATH. The machine's own Node
# is used when it is recent enough; otherwise a pinned Node 24 LTS from the npm registry's
# `node-linux-<arch>` package is installed into .tools/node once (docs/decisions/0007).
# Native modules are then built against that Node's own headers, whatever ~/.npmrc says.
NODE_PINNED_VERSION="${NODE_PINNED_VERSION:-24.22.3}"
# SvelteKit 3 needs 22.17; everything else runs on any 22.
NODE_MIN_VERSION=22.17
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_tools_node="$_root/.tools/node"

# Whether the Node at $1 is at least NODE_MIN_VERSION.
_node_ok() {
  "$1" -e 'const [a, b] = process.versions.node.split(".").map(Number), [x, y] = process.argv[1].split(".").map(Number); process.exit(a > x || (a === x && b >= y) ? 0 : 1)' "$NODE_MIN_VERSION" 2>/dev/null
}

_install_pinned_node() {
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "no Node.js package for $(uname -m); install Node.js >= $NODE_MIN_VERSION yourself" >&2; return 1 ;;
  esac
  local os
  os="$(uname -s | tr '[:upper:]' '[:lower:]')"
  echo "installing Node.js $NODE_PINNED_VERSION into .tools/node (npm package node-$os-$arch)…" >&2
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-$os-$arch@$NODE_PINNED_VERSION" >/dev/null) || { rm -rf "$tmp"; return 1; }
  mkdir -p "$tmp/x"
  tar -xzf "$tmp"/node-*.tgz -C "$tmp/x"
  rm -rf "$_tools_node.partial"
  mkdir -p "$_root/.tools"
  mv "$tmp/x/package" "$_tools_node.partial"
  rm -rf "$_tools_node" "$tmp"
  mv "$_tools_node.partial" "$_tools_node"
}

if [ -x "$_tools_node/bin/node" ] && [ "$("$_tools_node/bin/node" -p process.versions.node)" = "$NODE_PINNED_VERSION" ]; then
  :
elif [ -z "${DATAMAG_PINNED_NODE:-}" ] && command -v node >/dev/null && _node_ok "$(command -v node)"; then
  _tools_node=""
else
  _install_pinned_node || return 1
fi
if [ -n "$_tools_node" ]; then
  export PATH="$_tools_node/bin:$PATH"
  # npm itself stays the machine's, but runs on this Node; node-gyp takes this Node's headers.
  export npm_config_nodedir="$_tools_node"
fi
# Node keeps every module it compiled (type-stripped included) here: a process whose modules are all
# cached never loads the TypeScript stripper, about 25 MB of memory for the process's whole life
# (docs/bench/worker.md). Keyed by content and Node version, so a changed file is compiled again.
export NODE_COMPILE_CACHE="${NODE_COMPILE_CACHE:-$_root/.data/node-compile-cache}"
unset _root _tools_node
