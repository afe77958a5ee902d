#!/usr/bin/env bash
# Installs what the web UI's browser test (ui/e2e_test.go) needs: Debian's
# chromium and web/node_modules (playwright-core, esbuild, uPlot) from
# web/package-lock.json. Idempotent and quick when both are there. Then
# checks that the committed ui/dist matches the sources in web/src.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "ui.sh: installing chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "ui.sh: installing nodejs and npm" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "ui.sh: node $(node --version) is too old: playwright-core needs node 20+" >&2
  exit 1
fi

# npm ci only when the lock file changed since the last install.
stamp=web/node_modules/.attache-lock
if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
  echo "ui.sh: npm ci in web/" >&2
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
  cp web/package-lock.json "$stamp"
fi

(cd web && node build.mjs --check)
