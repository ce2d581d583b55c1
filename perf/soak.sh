#!/usr/bin/env bash
# Soak test (issue 11): the published app under a steady mix of readers for a long while, on loopback: article pages
# in both languages and views, the home pages, the articles API, the search API and the search page, with searches
# drawn from a list of words so that some are new and most are asked again. One minute at a time, it records
# requests/s, latency (p50, p99), errors (non-2xx/3xx answers and socket errors, 0 expected), the server's RSS,
# which should stay flat, and what it wrote to its console log (request logs are sampled: README, "Configuration").
#
#   perf/soak.sh [--minutes N] [--connections N] [--app-dir DIR] [--report FILE]
#
# The app runs on core 0 and wrk on core 1 (taskset), as in perf/load.sh. One wrk is one client, so the limits on a
# client's searches are lifted for it (README, "Configuration"). Stops everything it started, however it exits.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
minutes=${MINUTES:-10} connections=${CONNECTIONS:-128} app_dir=${APP_DIR:-} port=${APP_PORT:-18230} report=''
while (($#)); do
  case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --app-dir) app_dir=$2; shift 2 ;;
    --report) report=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "soak.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "soak.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d /tmp/kazakh-soak.XXXXXX)
app_pid=''
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
log() { echo "[soak $(date +%H:%M:%S)] $*" >&2; }

if [[ -z $app_dir ]]; then
  app_dir=$work/app
  log "publishing the app (Release, self-contained composite, as perf/load.sh does)"
  rm -rf "$repo"/src/KazakhArticle.Web/obj/Release/*/linux-x64/R2R
  dotnet publish "$repo/src/KazakhArticle.Web" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRunComposite=true \
    -p:PublishReadyToRun=true -o "$app_dir" --nologo -v quiet >"$work/publish.log" 2>&1 || { tail -n 30 "$work/publish.log" >&2; exit 1; }
fi

(cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Reader__ContentPath="$repo/content" Reader__DatabasePath="$work/reader.db" \
  Reader__Limits__PerClient=false \
  taskset -c 0 dotnet KazakhArticle.Web.dll) >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
  kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$work/app.log" >&2; exit 1; }
  sleep 0.1
done

# Each connection walks the mix from its own place; a search is two words of the list, 18 × 18 queries in all, so the
# first minute asks most of them for the first time and the rest are served as kept answers, as a shared link would be.
# The search page is one request in 64: it is live from the start and rendered for every request (about 3 ms on one
# core, docs/performance.md), where pages and API answers are kept.
cat >"$work/mix.lua" <<'LUA'
local words = { "كازاخستان", "روسيا", "الصين", "نزاربايف", "توكايف", "بايكونور", "الناتو", "إيران", "النفط",
  "Kazakhstan", "Russia", "China", "Nazarbayev", "Tokayev", "Baikonur", "NATO", "uranium", "Almaty" }
local pages = { "/ar/articles/kazakhstan-eurasian-line", "/en/articles/kazakhstan-eurasian-line",
  "/ar/articles/kazakhstan-eurasian-line?view=parallel", "/en/articles/kazakhstan-eurasian-line?view=ar", "/ar", "/en",
  "/api/articles", "/api/articles/kazakhstan-eurasian-line" }
local counter = 0
local function encode(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
function init(args) counter = math.random(0, 10000) end
request = function()
  counter = counter + 1
  local kind = counter % 4
  if kind == 0 then
    local q = words[counter % #words + 1] .. " " .. words[(counter * 7) % #words + 1]
    return wrk.format("GET", "/api/search?q=" .. encode(q), { ["Accept-Encoding"] = "br" })
  elseif counter % 64 == 1 then
    return wrk.format("GET", "/ar/search?q=" .. encode(words[counter % #words + 1]), { ["Accept-Encoding"] = "br" })
  end
  return wrk.format("GET", pages[counter % #pages + 1], { ["Accept-Encoding"] = "br" })
end
LUA

rss_mb() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$app_pid/status"; }
log_kb() { awk '{printf "%.0f", $1 / 1024}' < <(stat -c %s "$work/app.log"); }
rows=() total_errors=0 first_rss=$(rss_mb) last_rss=$first_rss first_log=$(log_kb) last_log=$first_log
log "app up (RSS $first_rss MB); $minutes minute(s) at $connections connections"
for minute in $(seq 1 "$minutes"); do
  out=$(taskset -c 1 wrk -t2 -c"$connections" -d60s --latency -s "$work/mix.lua" "http://127.0.0.1:$port")
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
  sockets=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  errors=$(( ${non2xx:-0} + ${sockets:-0} ))
  total_errors=$((total_errors + errors))
  kill -0 "$app_pid" 2>/dev/null || { log "the app exited"; tail -n 30 "$work/app.log" >&2; exit 1; }
  last_rss=$(rss_mb) log_now=$(log_kb)
  rows+=("| $minute | $rps | $p50 | $p99 | $errors | $last_rss | $((log_now - last_log)) |")
  log "minute $minute: $rps req/s, p50 $p50, p99 $p99, errors $errors, RSS $last_rss MB, log +$((log_now - last_log)) KB"
  last_log=$log_now
done

{
  echo "## Soak, $(date -u +%Y-%m-%d) $(date -u +%H:%M) UTC: $minutes minutes at $connections connections"
  echo
  echo "Commit $(git -C "$repo" rev-parse --short HEAD); app on core 0, \`wrk -t2 -c$connections\` on core 1; the mix: article pages"
  echo "(both languages, three views), home pages, the articles API, search API (324 queries) and, one request in 64, the"
  echo "search page; Brotli."
  echo
  echo "| minute | req/s | p50 | p99 | errors | RSS MB | log KB |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Errors in all: $total_errors. RSS: $first_rss MB at rest before the load, $last_rss MB at the end."
  echo "Console log: $((last_log - first_log)) KB written under the load ($first_log KB at start-up)."
} | tee "${report:-/dev/null}"
((total_errors == 0))
