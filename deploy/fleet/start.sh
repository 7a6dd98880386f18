#!/usr/bin/env bash
# Starts a Pages fleet on loopback: redis-server, N Kestrel instances of deploy/FleetSite sharing it, the site
# exported to dist/, and nginx in front (deploy/nginx/pages.conf). Everything it starts is recorded in STATE_DIR
# (*.pid) so that stop.sh stops exactly that and nothing else.
#
#   deploy/fleet/start.sh STATE_DIR
#
# Environment (all optional):
#   FLEET_APP          FleetSite.dll to run (default: publish deploy/FleetSite into STATE_DIR/app)
#   FLEET_INSTANCES    number of instances (2)
#   FLEET_APP_PORT     first instance's port; the next ones count up (5101)
#   FLEET_PORT         nginx, the fleet (8080)
#   FLEET_STATIC_PORT  nginx, dist/ alone (8088)
#   FLEET_REDIS_PORT   redis-server (6390)
set -euo pipefail

state="${1:?usage: start.sh STATE_DIR}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
instances="${FLEET_INSTANCES:-2}"
app_port="${FLEET_APP_PORT:-5101}"
fleet_port="${FLEET_PORT:-8080}"
static_port="${FLEET_STATIC_PORT:-8088}"
redis_port="${FLEET_REDIS_PORT:-6390}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

mkdir -p "$state"
state="$(cd "$state" && pwd)"

# Waits until something accepts connections on 127.0.0.1:$1 (bash's /dev/tcp: no curl needed).
wait_port() {
  for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "fleet: nothing listens on 127.0.0.1:$1 after 30 s" >&2
  return 1
}

# GET $2 from 127.0.0.1:$1 over HTTP/1.0; prints the status line.
http_get() {
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$2" "$1" >&3
  local line
  IFS= read -r line <&3 || true
  exec 3<&-
  printf '%s\n' "${line%$'\r'}"
}

app="${FLEET_APP:-}"
if [ -z "$app" ]; then
  dotnet publish "$repo/deploy/FleetSite/FleetSite.csproj" -c Release -o "$state/app" -nodeReuse:false >"$state/publish.log" 2>&1
  app="$state/app/FleetSite.dll"
fi
# The content root holds wwwroot/ (copied into dist/ by the export, served by the instances): the app's folder when
# it was published, else the project's (a build output has no wwwroot/, as with `dotnet run`).
content_root="$(dirname "$app")"
[ -d "$content_root/wwwroot" ] || content_root="$repo/deploy/FleetSite"

redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
  --logfile "$state/redis.log" </dev/null >/dev/null 2>&1 &
echo $! >"$state/redis.pid"
wait_port "$redis_port"

export Redis="127.0.0.1:$redis_port" ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The prerendered routes, for nginx. The export runs the app in-process (no port) and exits.
rm -rf "$state/dist"
dotnet "$app" build --out "$state/dist" --contentRoot "$content_root" >"$state/export.log" 2>&1

upstreams=""
for i in $(seq 1 "$instances"); do
  port=$((app_port + i - 1))
  FLEET_INSTANCE="app$i" dotnet "$app" --urls "http://127.0.0.1:$port" --contentRoot "$content_root" \
    </dev/null >"$state/app$i.log" 2>&1 &
  echo $! >"$state/app$i.pid"
  wait_port "$port"
  if [ "$i" -eq 1 ]; then
    # The first instance makes the Data Protection key (on its first antiforgery token) before any other starts,
    # so the fleet shares one key from the start instead of racing to create one each.
    status="$(http_get "$port" /form)"
    case "$status" in *" 200"*) ;; *) echo "fleet: app1 answered '$status' to GET /form" >&2; exit 1 ;; esac
  fi
  upstreams+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
done

mkdir -p "$state/nginx-temp"
# Replace each {{NAME}} of the template; the upstream lines go in through a file (they hold newlines).
printf '%s' "$upstreams" >"$state/upstreams.conf"
sed -e "s|{{STATE}}|$state|g" -e "s|{{DIST}}|$state/dist|g" \
    -e "s|{{FLEET_PORT}}|$fleet_port|g" -e "s|{{STATIC_PORT}}|$static_port|g" \
    -e "/{{UPSTREAM_SERVERS}}/{
r $state/upstreams.conf
d
}" "$repo/deploy/nginx/pages.conf" >"$state/nginx.conf"
"$nginx_bin" -t -q -p "$state" -c "$state/nginx.conf" -g 'daemon off;' 2>>"$state/nginx-error.log"
"$nginx_bin" -p "$state" -c "$state/nginx.conf" -g 'daemon off;' </dev/null >/dev/null 2>>"$state/nginx-error.log" &
echo $! >"$state/nginx-master.pid"
wait_port "$fleet_port"
wait_port "$static_port"

echo "fleet: nginx http://127.0.0.1:$fleet_port (static http://127.0.0.1:$static_port), $instances instances from :$app_port, redis :$redis_port; state in $state"
