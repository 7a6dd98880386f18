#!/usr/bin/env bash
# Makes Debian's chromium available for the browser tests (Playwright drives it through ExecutablePath; no
# browser download). Idempotent: a no-op when /usr/bin/chromium exists. Installs as root with apt-get.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: /usr/bin/chromium is missing and this is not a root Debian shell; the browser tests will fail" >&2
  exit 0
fi
echo "install-chromium: installing Debian's chromium for the browser tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
