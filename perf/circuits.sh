#!/usr/bin/env bash
# Memory per live search circuit: the server's managed heap (live objects after a full GC) and its RSS with W live
# searches open, then with W + N, each difference divided by N. The first circuits pay for code, caches and pools
# that every circuit shares, hence the warm-up step.
#
#   perf/circuits.sh [--app-dir DIR] [--warm W] [--count N] [--types FILE]
#
# The heap is read with dotnet-gcdump (installed into ~/.cache/kazakh-article/tools when missing): it makes the
# server run a full, blocking GC and then walks what is still reachable, so the figure is the memory a circuit
# keeps, not garbage waiting for the next GC nor the heap's reserve (which RSS includes, and grows in steps).
# Nothing is added to the app for this: the runtime's diagnostic port, on by default, is a Unix socket only this
# user can open. --types writes the types whose object count grew, per circuit, biggest first.
#
# Loopback only; stops everything it started. Needs a published app (perf/load.sh --keep leaves one, or
# `dotnet publish src/KazakhArticle.Web -c Release -o DIR`), Node, Chromium, and `npm ci` in deploy/live-search.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
app_dir=${APP_DIR:-} warm=${WARM:-10} count=${COUNT:-100} port=${APP_PORT:-18190} types_out=''
gcdump_version=10.0.750501
tools=${KAZAKH_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/kazakh-article/tools}
while (($#)); do
  case $1 in
    --app-dir) app_dir=$2; shift 2 ;;
    --warm) warm=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --types) types_out=$2; shift 2 ;;
    *) echo "circuits.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d /tmp/kazakh-circuits.XXXXXX)
app_pid='' driver_pid=''
cleanup() {
  exec 3>&- 2>/dev/null || true
  [[ -n $driver_pid ]] && kill "$driver_pid" 2>/dev/null || true
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if [[ ! -x $tools/dotnet-gcdump ]]; then
  dotnet tool install --tool-path "$tools" dotnet-gcdump --version "$gcdump_version" >"$work/tool.log"
fi
if [[ -z $app_dir ]]; then
  app_dir=$work/app
  dotnet publish "$repo/src/KazakhArticle.Web" -c Release -o "$app_dir" --nologo -v quiet >"$work/publish.log"
fi
[[ -d $repo/deploy/live-search/node_modules ]] || (cd "$repo/deploy/live-search" && npm ci --no-audit --no-fund >/dev/null)

# The idle timeout is lifted so that no circuit is let go while the rest open (that is tested end to end), and the limits on
# one client's live connections and searches: every circuit here comes from this one client.
(cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production Reader__ContentPath="$repo/content" Reader__DatabasePath="$work/reader.db" \
  Reader__LiveSearch__IdleTimeout=01:00:00 \
  Reader__Limits__PerClient=false Reader__Limits__Connections=100000 \
  dotnet KazakhArticle.Web.dll --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
  sleep 0.2
done
rss() { awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status"; }
connections() { ss -Htn state established "( sport = :$port )" | wc -l; }

mkfifo "$work/in"
node "$repo/perf/circuits/circuits.mjs" "http://127.0.0.1:$port" "$warm" <"$work/in" >"$work/out" 2>&1 &
driver_pid=$!
exec 3>"$work/in"
# Waits for the driver's line $1, at most $2 s (default 60): opening a page takes seconds on a busy machine.
wait_for() { for _ in $(seq 1 $((${2:-60} * 4))); do grep -q "^$1\$" "$work/out" && return 0; sleep 0.25; done; cat "$work/out" >&2; return 1; }

# Each browser context also opened a few keep-alive connections (the page, styles, fonts, the fragment), which are
# not the circuit's cost: Kestrel closes them after its keep-alive timeout (130 s). Waits for that (at most 150 s)
# until the server holds one connection, the WebSocket, per circuit; then checks every search is still live.
settle() {
  for _ in $(seq 1 600); do (($(connections) <= $1)) && break; sleep 0.25; done
  echo live >&3
  wait_for "live $1"
}

# The smaller of two dumps: each forces a full GC, and work in flight during one (a timer, a ping) only adds.
# Prints the heap's bytes; the dump's type table goes to $work/$2.types (type, bytes, objects).
heap() {
  local best='' bytes
  for i in 1 2; do
    "$tools/dotnet-gcdump" collect -p "$app_pid" -o "$work/$1-$i.gcdump" >/dev/null 2>&1
    "$tools/dotnet-gcdump" report "$work/$1-$i.gcdump" 2>/dev/null >"$work/$1-$i.txt"
    bytes=$(awk '/GC Heap bytes/ {gsub(",", "", $1); print $1; exit}' "$work/$1-$i.txt")
    if [[ -z $best || $bytes -lt $best ]]; then best=$bytes; cp "$work/$1-$i.txt" "$work/$1.txt"; fi
  done
  # "Object Bytes" is one object's size (arrays and strings: one of them), so bytes are approximate for those.
  awk 'NR > 4 && NF >= 3 { size = $1; n = $2; gsub(",", "", size); gsub(",", "", n); $1 = ""; $2 = ""; t = $0
         sub(/^ +/, "", t); sub(/ +\[[^]]*\]$/, "", t); sub(/ \(Bytes > [0-9]+K\)$/, "", t); b[t] += size * n; c[t] += n }
       END { for (t in b) printf "%s\t%d\t%d\n", t, b[t], c[t] }' "$work/$1.txt" >"$work/$1.types"
  echo "$best"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
wait_for "ready $warm" $((60 + 30 * warm))
settle "$warm"
conn_before=$(connections) heap_before=$(heap before) rss_before=$(rss)
echo "more $count" >&3
wait_for "ready $((warm + count))" $((60 + 30 * count))
settle "$((warm + count))"
conn_after=$(connections) heap_after=$(heap after) rss_after=$(rss)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "close" >&3
wait_for "closed" 120
echo "quit" >&3

if [[ -n $types_out ]]; then
  awk -F'\t' -v n="$count" 'FNR == NR { b[$1] = $2; c[$1] = $3; next }
       { db = $2 - b[$1]; dc = $3 - c[$1]; if (dc > 0) printf "%.0f\t%.1f\t%s\n", db / n, dc / n, $1 }' \
    "$work/before.types" "$work/after.types" | sort -t$'\t' -k1,1 -rn |
    { printf 'bytes per circuit (approx.)\tobjects per circuit\ttype\n'; cat; } >"$types_out"
fi
echo "live searches: $warm → $((warm + count)) (server connections $conn_before → $conn_after); load average $load_before → $load_after"
echo "GC heap after a full GC: ${heap_before} → ${heap_after} bytes; per circuit: $(((heap_after - heap_before) / count / 1024)) KB"
echo "server RSS: ${rss_before} KB → ${rss_after} KB; per circuit: $(((rss_after - rss_before) / count)) KB"
