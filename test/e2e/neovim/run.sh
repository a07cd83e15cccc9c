#!/usr/bin/env bash
# The language server (`node dist/server.js --stdio`) under Neovim's built-in LSP client, headless and isolated from
# any user configuration. Needs `npm run build` and Debian's neovim (test/e2e/setup.sh installs it).
#
#   bash test/e2e/neovim/run.sh [spec.json] [files-folder] [results-name]
#     defaults: test/e2e/neovim/spec.json, test/e2e/neovim/files (written for this test), neovim
#   PRIVATELINK_SERVER=/abs/server.js  another server bundle (the one inside the packaged .vsix, for instance)
#
# Writes test-results/<results-name>/result.json and summary.json; exit 0 iff every check held.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
spec=$(readlink -f "${1:-$here/spec.json}")
files=$(readlink -f "${2:-$here/files}")
out="$repo/test-results/${3:-neovim}"
server=$(readlink -f "${PRIVATELINK_SERVER:-$repo/dist/server.js}")
command -v nvim >/dev/null || { echo "neovim is missing: bash test/e2e/setup.sh (apt-get install neovim)" >&2; exit 2; }
[ -f "$server" ] || { echo "$server is missing: npm run build" >&2; exit 2; }
mkdir -p "$out"; rm -f "$out/result.json" "$out/documented.json" "$out/summary.json"
tmp=$(mktemp -d /tmp/privatelink-nvim.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/ws"; cp -r "$files/." "$tmp/ws/"   # fixes edit buffers only, but never risk the originals
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state XDG_CACHE_HOME=$tmp/cache
echo "[neovim] $(nvim --version | head -1), server $server, files $files" >&2
status=0
PRIVATELINK_SERVER=$server NVIM_SPEC=$spec NVIM_ROOT=$tmp/ws NVIM_OUT=$out/result.json \
  timeout 120 nvim --headless --clean -n -c "luafile $here/lsp-test.lua" </dev/null || status=$?
# The set-up docs/editors.md gives users, as written there (only for the default files: it needs registry.json).
docs_status=0
if [ -z "${3:-}" ]; then
  awk '/^## Neovim/ { section = 1 } section && /^```lua$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' \
    "$repo/docs/editors.md" > "$tmp/init.lua"
  grep -q "/path/to/private-link-guidance/dist/server.js" "$tmp/init.lua" || { echo "no Neovim set-up found in docs/editors.md" >&2; docs_status=1; }
  sed -i "s|/path/to/private-link-guidance/dist/server.js|$server|" "$tmp/init.lua"
  (cd "$tmp/ws" && NVIM_OUT=$out/documented.json NVIM_BICEP=$tmp/ws/cosmos.bicep \
    timeout 60 nvim --headless -n -i NONE -u "$tmp/init.lua" registry.json -c "luafile $here/documented-setup.lua" </dev/null) || docs_status=$?
  [ -f "$out/documented.json" ] || echo '{ "passed": 0, "failed": 1 }' > "$out/documented.json"
fi
if [ -f "$out/result.json" ]; then
  node -e '
    const [result, documented, summary] = process.argv.slice(1);
    const r = require(result);
    const d = require("fs").existsSync(documented) ? require(documented) : { passed: 0, failed: 0 };
    require("fs").writeFileSync(summary, JSON.stringify({ client: r.client, passed: r.passed + d.passed, failed: r.failed + d.failed }));
  ' "$out/result.json" "$out/documented.json" "$out/summary.json"
else
  echo '{ "passed": 0, "failed": 1 }' > "$out/summary.json"
  [ "$status" != 0 ] || status=1
fi
[ "$status" != 0 ] || status=$docs_status
exit "$status"
