#!/usr/bin/env bash
# Stops what start.sh started in STATE_DIR, and only that: each *.pid it recorded, if that process still runs the
# program start.sh started there (a recycled pid is left alone). SIGTERM, then SIGKILL after 10 s.
#
#   deploy/fleet/stop.sh STATE_DIR
set -uo pipefail

state="${1:?usage: stop.sh STATE_DIR}"
[ -d "$state" ] || exit 0

for pidfile in "$state"/nginx-master.pid "$state"/app*.pid "$state"/redis.pid; do
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  name="$(basename "$pidfile" .pid)"
  case "$name" in
    nginx-master) expected=nginx ;;
    redis) expected=redis-server ;;
    *) expected=dotnet ;;
  esac
  if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$expected"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$pidfile"
done
exit 0
