#!/usr/bin/env bash
# Memory per live search circuit: the server's RSS with W circuits open, then with W + N, divided by N.
# The first circuits pay for code and pools every circuit shares, hence the warm-up step.
#
#   perf/circuits.sh [--app-dir DIR] [--warm W] [--count N]
#
# Loopback only; stops everything it started. Needs a published app (perf/load.sh --keep leaves one, or
# `dotnet publish src/KazakhArticle.Web -c Release -o DIR`), Node, Chromium, and `npm ci` in deploy/live-search.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
app_dir=${APP_DIR:-} warm=${WARM:-10} count=${COUNT:-50} port=${APP_PORT:-18190}
while (($#)); do
  case $1 in
    --app-dir) app_dir=$2; shift 2 ;;
    --warm) warm=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    *) echo "circuits.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d /tmp/kazakh-circuits.XXXXXX)
app_pid='' driver_pid=''
cleanup() {
  [[ -n $driver_pid ]] && kill "$driver_pid" 2>/dev/null || true
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if [[ -z $app_dir ]]; then
  app_dir=$work/app
  dotnet publish "$repo/src/KazakhArticle.Web" -c Release -o "$app_dir" --nologo -v quiet >"$work/publish.log"
fi
[[ -d $repo/deploy/live-search/node_modules ]] || (cd "$repo/deploy/live-search" && npm ci --no-audit --no-fund >/dev/null)

(cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Reader__ContentPath="$repo/content" Reader__DatabasePath="$work/reader.db" \
  dotnet KazakhArticle.Web.dll --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
  sleep 0.2
done
rss() { awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status"; }

mkfifo "$work/in"
node "$repo/perf/circuits/circuits.mjs" "http://127.0.0.1:$port" "$warm" <"$work/in" >"$work/out" 2>&1 &
driver_pid=$!
exec 3>"$work/in"
wait_for() { for _ in $(seq 1 1200); do grep -q "^$1\$" "$work/out" && return 0; sleep 0.25; done; cat "$work/out" >&2; return 1; }

wait_for "ready $warm"
before=$(rss)
echo "more $count" >&3
wait_for "ready $((warm + count))"
after=$(rss)
echo "close" >&3
wait_for "closed"
echo "quit" >&3
echo "live searches open: $warm → $((warm + count)); server RSS ${before} KB → ${after} KB;" \
  "per circuit: $(( (after - before) / count )) KB"
