#!/usr/bin/env bash
# Installs what the end-to-end tests need, from Debian's packages and the npm registry only, into a cache folder
# outside the project's dependencies. Idempotent: a step whose result is already there is skipped.
#
#   bash test/e2e/setup.sh            # cache: $E2E_CACHE, default <repo>/.e2e (gitignored)
#
# - Debian: chromium (the browser Playwright drives; no browser download), ripgrep (stands in for the rg binary that
#   code-server's @vscode/ripgrep would fetch from GitHub), libkrb5-dev (headers for code-server's native kerberos
#   module), neovim (the third-party LSP client), unzip (opens the packaged .vsix), fonts-noto-color-emoji (the
#   hovers' ✅/❌ in screenshots).
# - npm, into $E2E_CACHE/driver: playwright-core; into $E2E_CACHE/code-server: code-server (VS Code's web workbench
#   with its server and Node extension host). 4.100.3 is the newest code-server whose engines accept Node 20.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${E2E_CACHE:-$repo/.e2e}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.100.3}
PLAYWRIGHT_VERSION=${PLAYWRIGHT_VERSION:-1.65.1}
mkdir -p "$CACHE"
# Settings npm gives scripts it runs (npm run test:e2e:setup) would leak into the nested installs below.
unset npm_config_global npm_config_prefix npm_config_save npm_config_save_dev npm_config_omit npm_config_production
ms() { date +%s%3N; }
step() { local name=$1 t; shift; t=$(ms); "$@"; echo "[e2e setup] $name: $(( $(ms) - t )) ms" >&2; }

debian() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v rg >/dev/null || missing+=(ripgrep)
  [ -f /usr/include/gssapi/gssapi.h ] || [ -f /usr/include/krb5.h ] || missing+=(libkrb5-dev)
  command -v nvim >/dev/null || missing+=(neovim)
  command -v unzip >/dev/null || missing+=(unzip)
  [ -d /usr/share/fonts/truetype/noto ] && ls /usr/share/fonts/truetype/noto | grep -q ColorEmoji || missing+=(fonts-noto-color-emoji)
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { echo "missing ${missing[*]} and no apt-get" >&2; return 1; }
  local sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

npm_folder() { # npm_folder <dir> <spec> [env...]: a private package.json, so nothing lands in the project's
  local dir=$1 spec=$2; shift 2
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{ "name": "e2e-cache", "private": true }' > "$dir/package.json"
  (cd "$dir" && env "$@" npm install --no-audit --no-fund --no-save --loglevel=error "$spec" > "$dir/install.log" 2>&1) \
    || { tail -40 "$dir/install.log" >&2; return 1; }
}

driver() {
  [ -f "$CACHE/driver/node_modules/playwright-core/package.json" ] \
    && [ "$(node -p "require('$CACHE/driver/node_modules/playwright-core/package.json').version")" = "$PLAYWRIGHT_VERSION" ] && return 0
  npm_folder "$CACHE/driver" "playwright-core@$PLAYWRIGHT_VERSION"
}

# code-server's lib/vscode depends on @vscode/ripgrep, whose postinstall downloads rg from GitHub unless
# $TMPDIR/vscode-ripgrep-cache-<version>/ripgrep-<tag>-<target>.tar.gz exists: build that file from Debian's rg.
seed_ripgrep() {
  local work; work=$(mktemp -d)
  (cd "$work" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null)
  tar xzf "$work"/code-server-*.tgz -C "$work" package/lib/vscode/npm-shrinkwrap.json
  local versions; versions=$(node -e '
    const shrinkwrap = require(process.argv[1]); const found = new Set();
    for (const [key, value] of Object.entries(shrinkwrap.packages || {})) if (key.endsWith("node_modules/@vscode/ripgrep")) found.add(value.version);
    console.log([...found].join(" "))' "$work/package/lib/vscode/npm-shrinkwrap.json")
  local target
  case "$(uname -m)" in x86_64) target=x86_64-unknown-linux-musl ;; aarch64) target=aarch64-unknown-linux-musl ;; *) echo "unsupported machine" >&2; return 1 ;; esac
  for version in $versions; do
    mkdir -p "$work/rg-$version/stage"
    (cd "$work/rg-$version" && npm pack --silent "@vscode/ripgrep@$version" >/dev/null && tar xzf ./*.tgz)
    local tag; tag=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$work/rg-$version/package/lib/postinstall.js")
    local cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$version"
    mkdir -p "$cache"
    cp "$(command -v rg)" "$work/rg-$version/stage/rg"
    tar czf "$cache/ripgrep-$tag-$target.tar.gz" -C "$work/rg-$version/stage" rg
  done
  rm -rf "$work"
}

code_server() {
  local pkg="$CACHE/code-server/node_modules/code-server/package.json"
  [ -f "$pkg" ] && [ "$(node -p "require('$pkg').version")" = "$CODE_SERVER_VERSION" ] \
    && [ -f "$CACHE/code-server/.complete" ] && return 0
  rm -f "$CACHE/code-server/.complete"
  seed_ripgrep
  # npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which would otherwise prompt and stop.
  npm_folder "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION" npm_config_unsafe_perm=true npm_config_yes=true
  touch "$CACHE/code-server/.complete"
}

t0=$(ms)
step "Debian packages" debian
step "playwright-core@$PLAYWRIGHT_VERSION" driver
step "code-server@$CODE_SERVER_VERSION" code_server
# (an own HOME: code-server writes ~/.config/code-server/config.yaml on any start, --version included)
version=$(HOME="$CACHE/home" XDG_CONFIG_HOME="$CACHE/home/.config" XDG_DATA_HOME="$CACHE/home/.local/share" \
  node "$CACHE/code-server/node_modules/code-server/out/node/entry.js" --version 2>/dev/null | tail -1)
echo "[e2e setup] ready in $(( $(ms) - t0 )) ms: $CACHE (code-server $version)" >&2
