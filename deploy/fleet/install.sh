#!/usr/bin/env bash
# Installs what the fleet needs from Debian (bookworm: nginx 1.22, redis-server 7.0, wrk 4.1) when any is missing.
# Idempotent and quick when all three are there. Needs root and apt-get; otherwise it only says what is missing.
# The packages' services are NOT started: the fleet runs its own nginx and redis-server on loopback ports.
set -euo pipefail

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "fleet: missing ${missing[*]} (install them with apt-get as root; the fleet tests will fail without them)" >&2
  exit 0
fi

echo "fleet: installing ${missing[*]}"
# A policy-rc.d that answers 101 keeps the packages' postinst from starting nginx on :80 and redis on :6379.
policy=/usr/sbin/policy-rc.d
restore_policy=""
if [ -e "$policy" ]; then
  restore_policy="$(mktemp)"
  cp -p "$policy" "$restore_policy"
fi
printf '#!/bin/sh\nexit 101\n' >"$policy"
chmod +x "$policy"
status=0
{
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
} || status=$?
if [ -n "$restore_policy" ]; then
  mv "$restore_policy" "$policy"
else
  rm -f "$policy"
fi
[ "$status" -eq 0 ] || { echo "fleet: apt-get failed ($status); the fleet tests will fail" >&2; exit 0; }
