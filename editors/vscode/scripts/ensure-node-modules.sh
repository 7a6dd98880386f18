#!/usr/bin/env bash
# Installs editors/vscode's npm packages with `npm ci` (exactly package-lock.json) unless node_modules already
# holds that lock file's packages: a stamp with the lock file's hash is written after each successful install.
# Idempotent and quick when current, so the packaging script and the test fixture can both call it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ensure-node-modules: node and npm are required (Node 20 or later) to build the Pages VS Code extension;" \
    "install Node.js (e.g. apt-get install nodejs npm) and re-run." >&2
  exit 3
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "ensure-node-modules: Node $(node --version) is too old; Node 20 or later is required." >&2
  exit 3
fi

stamp=node_modules/.pages-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "ensure-node-modules: node_modules is current"
  exit 0
fi
echo "ensure-node-modules: npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
