#!/usr/bin/env bash
# Load test for KazakhArticle, the way issue 8 measures it: the app (Release, Production) on one core
# and nginx serving the very same bytes on that same core, wrk on the other core, both servers measured
# alternately in one run, so that the ratio app/nginx means something on a noisy shared machine; and
# Kestrel alone (perf/KazakhArticle.Ceiling) serving those bytes too, the ceiling for what the app adds.
# Also: cold start to the first article page, server memory under load, and (when
# perf/generate-corpus.sh exists) the search API against generated corpora of growing size.
#
# Everything runs on 127.0.0.1 and is stopped when the script exits, however it exits.
# Usage: perf/load.sh [--quick] [options]   (perf/load.sh --help lists them)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# ---------------------------------------------------------------------------------------------------
# Settings: environment variables, overridden by flags.
# ---------------------------------------------------------------------------------------------------
# The language-prefixed URL is the shape issue 8 introduces; pass --article-path /articles/... for
# an app from before it.
ARTICLE_PATH=${ARTICLE_PATH:-/ar/articles/kazakhstan-eurasian-line}
SEARCH_QUERY=${SEARCH_QUERY:-كازاخستان روسيا}
SEARCH_PATH=${SEARCH_PATH:-} # default: /api/search?q=<SEARCH_QUERY, percent-encoded>
DURATION=${DURATION:-15}     # seconds of each measured wrk run
WARMUP=${WARMUP:-5}          # seconds of wrk before measuring a URL (JIT tiering, caches)
ROUNDS=${ROUNDS:-2}          # app, nginx, app, nginx, ... per URL
CONNECTIONS=${CONNECTIONS:-32}
COLD_RUNS=${COLD_RUNS:-5}
MEMORY_DURATION=${MEMORY_DURATION:-300}
MEMORY_INTERVAL=${MEMORY_INTERVAL:-10}
MEMORY_WARMUP=${MEMORY_WARMUP:-30} # load before the first sample: start-up and JIT are not a trend
CORPUS_SIZES=${CORPUS_SIZES:-1 10 100 1000}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
APP_PORT=${APP_PORT:-18180}
NGINX_PORT=${NGINX_PORT:-18181}
CEILING_PORT=${CEILING_PORT:-18182}
CONTENT_PATH=${CONTENT_PATH:-$repo/content}
APP_DIR=${APP_DIR:-}                  # an already published app: skips dotnet publish
COMPOSITE=${COMPOSITE:-1}             # 1: self-contained, app and framework in one ReadyToRun composite (as the README publishes); 0: framework-dependent
READY_TIMEOUT=${READY_TIMEOUT:-60}    # seconds for the app to answer /healthz
CORPUS_READY_TIMEOUT=${CORPUS_READY_TIMEOUT:-1200}
REPORT=${REPORT:-}                    # also write the Markdown report to this file
KEEP=${KEEP:-0}                       # 1: keep the work folder (logs, bytes, wrk outputs)
STEPS=${STEPS:-side,cold,memory,corpus}
BROTLI_MODULE=${BROTLI_MODULE:-/usr/lib/nginx/modules/ngx_http_brotli_static_module.so}

usage() {
  cat <<'EOF'
perf/load.sh: the app against nginx serving the same bytes, side by side, on loopback.

  --quick                 short run: 5 s runs, 1 round, 3 cold starts, 30 s memory, corpora 1 and 10
  --article-path PATH     article page to measure (default /ar/articles/kazakhstan-eurasian-line)
  --search-query TEXT     search words (default: كازاخستان روسيا)
  --search-path PATH      search URL, already encoded (default /api/search?q=<query>)
  --duration S            seconds of each measured wrk run (default 15)
  --warmup S              seconds of warm-up before each URL (default 5)
  --rounds N              app/nginx alternations per URL (default 2)
  --connections N         wrk connections (default 32)
  --cold-runs N           cold starts of each kind (default 5)
  --memory-duration S     seconds of the memory run (default 300), after MEMORY_WARMUP (30) s of load
  --corpus-sizes "N ..."  corpus sizes for the search run (default "1 10 100 1000")
  --content DIR           the folder holding articles/ (default: the repository's content/)
  --app-dir DIR           use this published app instead of publishing one
  --framework-dependent   publish framework-dependent (ReadyToRun, 21 MB) instead of the default: self-contained,
                          the framework and the app in one ReadyToRun composite, as the README publishes (the
                          quickest cold start; 150 MB, and runtime updates need a new publish)
  --steps LIST            any of side,cold,memory,corpus (default: all)
  --report FILE           also write the report there
  --keep                  keep the work folder
Each has an environment variable of the same name in capitals (ARTICLE_PATH, DURATION, ...);
also SERVER_CPU (0), LOAD_CPU (1), APP_PORT (18180), NGINX_PORT (18181), CEILING_PORT (18182).
EOF
}

while (($#)); do
  case $1 in
    --quick)
      DURATION=5 WARMUP=2 ROUNDS=1 COLD_RUNS=3 MEMORY_DURATION=30 MEMORY_WARMUP=5 CORPUS_SIZES="1 10"
      ;;
    --article-path) ARTICLE_PATH=$2; shift ;;
    --search-query) SEARCH_QUERY=$2; shift ;;
    --search-path) SEARCH_PATH=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --cold-runs) COLD_RUNS=$2; shift ;;
    --memory-duration) MEMORY_DURATION=$2; shift ;;
    --corpus-sizes) CORPUS_SIZES=$2; shift ;;
    --content) CONTENT_PATH=$2; shift ;;
    --app-dir) APP_DIR=$2; shift ;;
    --composite) COMPOSITE=1 ;;
    --framework-dependent) COMPOSITE=0 ;;
    --steps) STEPS=$2; shift ;;
    --report) REPORT=$2; shift ;;
    --keep) KEEP=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[load %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

for n in DURATION WARMUP ROUNDS CONNECTIONS COLD_RUNS MEMORY_DURATION MEMORY_INTERVAL MEMORY_WARMUP SERVER_CPU LOAD_CPU \
  APP_PORT NGINX_PORT CEILING_PORT READY_TIMEOUT CORPUS_READY_TIMEOUT; do
  [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number, not '${!n}'"
done
((DURATION > 0 && WARMUP > 0 && ROUNDS > 0 && COLD_RUNS > 0 && MEMORY_INTERVAL > 0)) || die "durations and counts must be positive"
[[ $ARTICLE_PATH == /* ]] || die "--article-path must start with /"
[[ -d $CONTENT_PATH/articles ]] || die "no articles/ folder in $CONTENT_PATH"
CONTENT_PATH=$(cd "$CONTENT_PATH" && pwd)

step() { [[ ",$STEPS," == *",$1,"* ]]; }

# Percent-encodes a string byte by byte (UTF-8 in, ASCII out), so any query can be given as plain text.
urlencode() {
  local LC_ALL=C s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}
[[ -n $SEARCH_PATH ]] || SEARCH_PATH="/api/search?q=$(urlencode "$SEARCH_QUERY")"
[[ $SEARCH_PATH == /* ]] || die "--search-path must start with /"

# Loopback only, by construction: every URL below is built on these two.
app_url="http://127.0.0.1:$APP_PORT"
nginx_url="http://127.0.0.1:$NGINX_PORT"
ceiling_url="http://127.0.0.1:$CEILING_PORT"

# ---------------------------------------------------------------------------------------------------
# Tools: installed from Debian when missing, so a fresh machine can run this as is.
# ---------------------------------------------------------------------------------------------------
ensure_tools() {
  local packages=() sudo=()
  command -v curl >/dev/null || packages+=(curl)
  command -v wrk >/dev/null || packages+=(wrk)
  command -v taskset >/dev/null || packages+=(util-linux)
  command -v pgrep >/dev/null || packages+=(procps)
  command -v nginx >/dev/null || packages+=(nginx-light)
  [[ -e $BROTLI_MODULE ]] || packages+=(libnginx-mod-http-brotli-static)
  ((${#packages[@]})) || return 0
  ((EUID == 0)) || sudo=(sudo)
  log "installing ${packages[*]} with apt-get"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
  [[ -e $BROTLI_MODULE ]] || die "the brotli static module is not at $BROTLI_MODULE (set BROTLI_MODULE)"
}
ensure_tools
command -v dotnet >/dev/null || die "dotnet is not on PATH"
(($(nproc) >= 2)) || log "warning: fewer than 2 cores: server and load generator will share one"

# ---------------------------------------------------------------------------------------------------
# Processes: each one started here is recorded, and stopped on exit.
# ---------------------------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/kazakh-load.XXXXXX")
# nginx's worker runs as nobody when started by root: it must be able to read the bytes.
chmod 755 "$work"
pids=()

forget_pid() {
  local keep=() p
  for p in "${pids[@]}"; do [[ $p == "$1" ]] || keep+=("$p"); done
  pids=("${keep[@]}")
}

# TERM, a bounded wait for a clean exit, then KILL.
stop_pid() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  forget_pid "$pid"
}

cleanup() {
  local pid
  for pid in "${pids[@]}"; do stop_pid "$pid"; done
  # Whatever was measured before a failure is still reported.
  if [[ -s ${report:-} ]]; then
    [[ -z $REPORT ]] || cp "$report" "$REPORT"
    cat "$report"
  fi
  if ((KEEP)); then log "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use "$APP_PORT" && die "port $APP_PORT is in use (set APP_PORT)"
port_in_use "$NGINX_PORT" && die "port $NGINX_PORT is in use (set NGINX_PORT)"
port_in_use "$CEILING_PORT" && die "port $CEILING_PORT is in use (set CEILING_PORT)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ -z $APP_DIR ]]; then
  APP_DIR=$work/app
  log "publishing the app (Release$([[ $COMPOSITE == 1 ]] && echo ', self-contained composite' || true)) to $APP_DIR"
  # ReadyToRun: the app and its libraries arrive compiled, so a cold start does not wait for the JIT. The framework
  # is compiled apart, so generic code of its own instantiated over other assemblies' types (async state machines,
  # dictionaries keyed by a struct) is still jitted at start-up; the composite compiles it all together.
  publish_mode=(--self-contained false)
  ((COMPOSITE)) && publish_mode=(--self-contained true -p:PublishReadyToRunComposite=true)
  # crossgen's outputs are kept in obj/ and reused when their inputs have not changed, whatever the mode they were
  # compiled for: a framework-dependent publish after a composite one took the composite's component images, which
  # point into a composite file it does not have, and the runtime aborted at start-up.
  rm -rf "$repo"/src/KazakhArticle.Web/obj/Release/*/linux-x64/R2R
  dotnet publish "$repo/src/KazakhArticle.Web" -c Release -r linux-x64 "${publish_mode[@]}" -p:PublishReadyToRun=true \
    -o "$APP_DIR" --nologo -v quiet >"$work/publish.log" 2>&1 ||
    { tail -n 30 "$work/publish.log" >&2; die "dotnet publish failed"; }
fi
[[ -f $APP_DIR/KazakhArticle.Web.dll ]] || die "no KazakhArticle.Web.dll in $APP_DIR"

# Starts the published app on the server core with a database of its own; sets app_pid.
# The subshell execs, through env and taskset, into dotnet: $! is the server's own pid (for RSS).
start_app() {
  # One load generator is one client: the limits on a client's searches (README, "Configuration") would refuse it.
  local db=$1 content=$2 logfile=$3
  (
    cd "$APP_DIR"
    exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$app_url" \
      Reader__DatabasePath="$db" Reader__ContentPath="$content" \
      Reader__Limits__PerClient=false \
      taskset -c "$SERVER_CPU" dotnet KazakhArticle.Web.dll
  ) >"$logfile" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
}

stop_app() { stop_pid "$app_pid"; }

# When the app is gone unasked: its exit status (128 + N: killed by signal N) and its last lines.
app_gone() {
  local status=0
  wait "$app_pid" 2>/dev/null || status=$?
  forget_pid "$app_pid"
  tail -n 30 "$1" >&2
  die "$2 (exit status $status)"
}

# Polls /healthz (200 once the database answers and holds content), for at most $2 seconds.
wait_ready() {
  local logfile=$1 timeout=$2 i
  for ((i = 0; i < timeout * 10; i++)); do
    curl -fs -o /dev/null --max-time 2 "$app_url/healthz" && return 0
    kill -0 "$app_pid" 2>/dev/null || app_gone "$logfile" "the app exited before it was ready"
    sleep 0.1
  done
  tail -n 30 "$logfile" >&2
  die "the app was not ready within $timeout s"
}

# A fresh database folder for each start: the database is a cache of content/, rebuilt when missing.
fresh_db() { mktemp -d "$work/db.XXXXXX"; }

# CPU time (user + system, ms) used so far by a process and its children (nginx's worker);
# "?" when the process is gone.
# Unlike req/s, CPU per request hardly moves when other processes take turns on the same core,
# so it is the steadier figure on a shared machine.
clock_ticks=$(getconf CLK_TCK)
cpu_ms() {
  local pid ticks=0 fields f
  [[ -r /proc/$1/stat ]] || { echo "?"; return 0; }
  for pid in "$1" $(pgrep -P "$1" || true); do
    # Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    fields=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    read -r -a f <<<"$fields"
    ticks=$((ticks + f[11] + f[12]))
  done
  echo $((ticks * 1000 / clock_ticks))
}

# ---------------------------------------------------------------------------------------------------
# wrk: one run, and its figures.
# ---------------------------------------------------------------------------------------------------
# run_wrk OUTPUT URL SECONDS [wrk args...]
run_wrk() {
  local out=$1 url=$2 seconds=$3
  shift 3
  taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --latency "$@" "$url" >"$out" 2>&1 ||
    { cat "$out" >&2; die "wrk failed against $url"; }
}

# Prints "req/s p50-ms p99-ms non-2xx socket-errors requests" from a wrk --latency output.
wrk_figures() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /m$/) return v * 60000
      if (v ~ /s$/) return v * 1000
      return v
    }
    /Requests\/sec:/ { rps = $2 }
    / requests in / { requests = $1 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %d %d %d\n", rps, p50, p99, bad, errors, requests }' "$1"
}

# The median of the numbers in a space-separated list (anything else, such as "?", is left out).
median() { tr ' ' '\n' | grep -E '^[0-9.]+$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
fmt_rps() { awk -v v="$1" 'BEGIN { printf "%.0f", v }'; }
fmt_ms() { awk -v v="$1" 'BEGIN { printf (v < 10 ? "%.2f" : "%.0f"), v }'; }
fmt_ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3g×", a / b; else print "–" }'; }

report=$work/report.md
say() { printf '%s\n' "$*" >>"$report"; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
wrk_version=$(wrk -v 2>&1 | awk 'NR == 1 { print $2 }' || true)
say "# KazakhArticle load run, $(date -u '+%Y-%m-%d %H:%M UTC')"
say ""
say "| | |"
say "| --- | --- |"
say "| commit | $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$repo" diff --quiet 2>/dev/null || echo ' (with local changes)') |"
say "| machine | $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) |"
say "| OS | $(awk -F= '$1 == "PRETTY_NAME" { gsub(/"/, "", $2); print $2 }' /etc/os-release), kernel $(uname -r) |"
say "| .NET | SDK $(dotnet --version), $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print "ASP.NET Core " v }') |"
say "| nginx, wrk | $(nginx -v 2>&1 | sed 's/.*nginx\///'), wrk $wrk_version |"
say "| server core / load core | $SERVER_CPU / $LOAD_CPU (taskset) |"
say "| wrk | -t1 -c$CONNECTIONS, ${DURATION} s runs after ${WARMUP} s warm-up; rounds of app, Kestrel alone, nginx: $ROUNDS |"
say "| load average at start | $(loadavg) |"
say ""

# ---------------------------------------------------------------------------------------------------
# 1. Side by side: the app, and nginx serving the bytes the app gave.
# ---------------------------------------------------------------------------------------------------
# Fetches one URL from the app as-is (no decoding), as identity, br and gzip; writes the bodies where
# nginx finds them: NAME (identity), NAME.br and NAME.gz (only when the app did compress), and
# records the Content-Type nginx must send.
fetch_variants() {
  local name=$1 path=$2 enc status headers ctype cenc
  for enc in identity br gzip; do
    headers=$work/bytes/$name.$enc.headers
    local args=()
    [[ $enc == identity ]] || args=(-H "Accept-Encoding: $enc")
    status=$(curl -sS "${args[@]}" -D "$headers" -o "$work/bytes/$name.$enc" -w '%{http_code}' "$app_url$path")
    [[ $status == 200 ]] || die "the app answered $status to $path (Accept-Encoding: $enc); is the path right for this version of the app?"
    ctype=$(awk -F': *' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$headers" | tail -n 1)
    cenc=$(awk -F': *' 'tolower($1) == "content-encoding" { sub(/\r$/, "", $2); print $2 }' "$headers" | tail -n 1)
    case $enc:$cenc in
      identity:) cp "$work/bytes/$name.identity" "$work/www/$name"; printf '%s' "$ctype" >"$work/bytes/$name.type" ;;
      br:br) cp "$work/bytes/$name.br" "$work/www/$name.br" ;;
      gzip:gzip) cp "$work/bytes/$name.gzip" "$work/www/$name.gz" ;;
      identity:*) die "the app encoded $path as '$cenc' without being asked" ;;
    esac
    say "| \`$path\` | $enc | ${cenc:-identity} | $ctype | $(stat -c %s "$work/bytes/$name.$enc") |"
  done
}

# nginx: its own prefix and config, one worker, no access log, the app's bytes and Content-Type.
write_nginx_conf() {
  local conf=$work/nginx/nginx.conf name path
  {
    printf 'load_module %s;\n' "$BROTLI_MODULE"
    printf 'worker_processes 1;\ndaemon off;\npid %s/nginx/nginx.pid;\nerror_log %s/nginx/error.log warn;\n' "$work" "$work"
    printf 'events { worker_connections 1024; }\n'
    printf 'http {\n'
    printf '  access_log off;\n  sendfile on;\n  tcp_nopush on;\n'
    # Kestrel never closes a keep-alive connection after N requests; nginx would after 1000.
    printf '  keepalive_requests 1000000;\n'
    # Each location sends the Content-Type the app sent, and nothing is guessed from a file name.
    printf '  types {}\n'
    for d in client_body proxy fastcgi uwsgi scgi; do printf '  %s_temp_path %s/nginx/%s;\n' "$d" "$work" "$d"; done
    printf '  server {\n    listen 127.0.0.1:%s;\n' "$NGINX_PORT"
    for name in "${!paths[@]}"; do
      path=${paths[$name]%%\?*}
      printf '    location = %s {\n      alias %s/www/%s;\n      default_type "%s";\n      gzip_static on;\n      brotli_static on;\n    }\n' \
        "$path" "$work" "$name" "$(cat "$work/bytes/$name.type")"
    done
    printf '  }\n}\n'
  } >"$conf"
}

start_nginx() {
  local conf=$work/nginx/nginx.conf i
  nginx -t -q -p "$work/nginx" -c "$conf" -e "$work/nginx/error.log" 2>&1 || die "nginx rejected $conf"
  taskset -c "$SERVER_CPU" nginx -p "$work/nginx" -c "$conf" -e "$work/nginx/error.log" >"$work/nginx/stdout.log" 2>&1 &
  nginx_pid=$!
  pids+=("$nginx_pid")
  for ((i = 0; i < 100; i++)); do
    curl -fs -o /dev/null --max-time 2 "$nginx_url${paths[article]}" && return 0
    kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx/error.log" >&2; die "nginx exited"; }
    sleep 0.1
  done
  die "nginx did not answer within 10 s"
}

# Every variant nginx sends must be the app's own bytes.
check_same_bytes() {
  local name enc args ok checks=""
  for name in "${!paths[@]}"; do
    for enc in identity br gzip; do
      args=()
      [[ $enc == identity ]] || args=(-H "Accept-Encoding: $enc")
      curl -sS "${args[@]}" -o "$work/bytes/$name.$enc.nginx" "$nginx_url${paths[$name]}"
      ok=no
      cmp -s "$work/bytes/$name.$enc" "$work/bytes/$name.$enc.nginx" && ok=yes
      # Without compression in the app, nginx sends the identity bytes for every Accept-Encoding.
      [[ $ok == no && ! -e $work/www/$name.${enc/gzip/gz} ]] && cmp -s "$work/bytes/$name.identity" "$work/bytes/$name.$enc.nginx" && ok="identity (as the app)"
      [[ $ok != no ]] || log "warning: nginx's $enc bytes of ${paths[$name]} differ from the app's"
      checks+="${checks:+, }${paths[$name]%%\?*} $enc: $ok"
    done
  done
  say "nginx's bytes identical to the app's: $checks."
  say ""
}

# Kestrel alone (perf/KazakhArticle.Ceiling) serving the same bytes from memory, on the server core: the ceiling for
# the app, so what the app adds to Kestrel (routing, the page cache, headers) is measured, not guessed.
start_ceiling() {
  local name i
  mkdir -p "$work/ceiling"
  log "publishing Kestrel alone (perf/KazakhArticle.Ceiling)"
  dotnet publish "$repo/perf/KazakhArticle.Ceiling" -c Release -o "$work/ceiling-app" --nologo -v quiet >"$work/ceiling-publish.log" 2>&1 ||
    { tail -n 30 "$work/ceiling-publish.log" >&2; die "dotnet publish of perf/KazakhArticle.Ceiling failed"; }
  local mappings=()
  for name in "${!paths[@]}"; do
    cp "$work/www/$name" "$work/ceiling/$name.identity"
    cp "$work/bytes/$name.type" "$work/ceiling/$name.type"
    [[ ! -e $work/www/$name.br ]] || cp "$work/www/$name.br" "$work/ceiling/$name.br"
    [[ ! -e $work/www/$name.gz ]] || cp "$work/www/$name.gz" "$work/ceiling/$name.gzip"
    mappings+=("${paths[$name]%%\?*}=$name")
  done
  (
    cd "$work/ceiling-app"
    exec env ASPNETCORE_URLS="$ceiling_url" taskset -c "$SERVER_CPU" dotnet KazakhArticle.Ceiling.dll "$work/ceiling" "${mappings[@]}"
  ) >"$work/ceiling.log" 2>&1 &
  ceiling_pid=$!
  pids+=("$ceiling_pid")
  for ((i = 0; i < 100; i++)); do
    if curl -fs -o "$work/bytes/article.identity.ceiling" --max-time 2 "$ceiling_url${paths[article]}"; then
      cmp -s "$work/bytes/article.identity" "$work/bytes/article.identity.ceiling" || die "Kestrel alone does not send the app's bytes"
      return 0
    fi
    kill -0 "$ceiling_pid" 2>/dev/null || { cat "$work/ceiling.log" >&2; die "Kestrel alone exited"; }
    sleep 0.1
  done
  die "Kestrel alone did not answer within 10 s"
}

if step side; then
  log "side by side: app on core $SERVER_CPU, nginx on core $SERVER_CPU, wrk on core $LOAD_CPU"
  side_load_before=$(loadavg)
  mkdir -p "$work/bytes" "$work/www" "$work/nginx" "$work/wrk"
  start_app "$(fresh_db)/reader.db" "$CONTENT_PATH" "$work/app-side.log"
  wait_ready "$work/app-side.log" "$READY_TIMEOUT"

  declare -A paths=([article]=$ARTICLE_PATH [search]=$SEARCH_PATH)
  say "## Bytes on the wire (as the app sends them; nginx serves these)"
  say ""
  say "| URL | Accept-Encoding | Content-Encoding | Content-Type | bytes |"
  say "| --- | --- | --- | --- | --- |"
  fetch_variants article "$ARTICLE_PATH"
  fetch_variants search "$SEARCH_PATH"
  say ""
  chmod -R a+rX "$work/www"
  write_nginx_conf
  start_nginx
  check_same_bytes
  start_ceiling

  # what | name | wrk header args (one string, split on purpose)
  scenarios=(
    "article page, uncompressed|article|"
    "article page, Accept-Encoding: br|article|Accept-Encoding: br"
    "search API|search|"
  )
  rows=()
  cpu_rows=()
  raw=()
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r what name header <<<"$scenario"
    hargs=()
    [[ -z $header ]] || hargs=(-H "$header")
    log "$what: warm-up"
    run_wrk "$work/wrk/warmup-app" "$app_url${paths[$name]}" "$WARMUP" "${hargs[@]}"
    run_wrk "$work/wrk/warmup-nginx" "$nginx_url${paths[$name]}" 1 "${hargs[@]}"
    run_wrk "$work/wrk/warmup-ceiling" "$ceiling_url${paths[$name]}" "$WARMUP" "${hargs[@]}"
    declare -A rps=() p50=() p99=() cpu=()
    for ((round = 1; round <= ROUNDS; round++)); do
      for server in app ceiling nginx; do
        base=${server}_url
        out="$work/wrk/$name-${header:+br-}$server-$round"
        log "$what: $server, round $round/$ROUNDS (${DURATION} s)"
        server_pid=${server}_pid
        cpu_before=$(cpu_ms "${!server_pid}")
        run_wrk "$out" "${!base}${paths[$name]}" "$DURATION" "${hargs[@]}"
        cpu_after=$(cpu_ms "${!server_pid}")
        [[ $cpu_before$cpu_after != *'?'* ]] || die "the $server stopped during the run"
        cpu_used=$((cpu_after - cpu_before))
        read -r r a b bad errors requests < <(wrk_figures "$out")
        us=$(awk -v c="$cpu_used" -v n="$requests" 'BEGIN { printf "%.0f", (n > 0 ? c * 1000 / n : 0) }')
        rps[$server]+=" $r" p50[$server]+=" $a" p99[$server]+=" $b" cpu[$server]+=" $us"
        raw+=("| $what | $round | $server | $(fmt_rps "$r") | $(fmt_ms "$a") | $(fmt_ms "$b") | $us | $bad | $errors |")
      done
    done
    ar=$(median <<<"${rps[app]}") nr=$(median <<<"${rps[nginx]}") kr=$(median <<<"${rps[ceiling]}")
    ac=$(median <<<"${cpu[app]}") nc=$(median <<<"${cpu[nginx]}") kc=$(median <<<"${cpu[ceiling]}")
    rows+=("| $what | $(fmt_rps "$ar") | $(fmt_ms "$(median <<<"${p50[app]}")") / $(fmt_ms "$(median <<<"${p99[app]}")") | $(fmt_rps "$nr") | $(fmt_ms "$(median <<<"${p50[nginx]}")") / $(fmt_ms "$(median <<<"${p99[nginx]}")") | $(fmt_ratio "$ar" "$nr") | $(fmt_rps "$kr") | $(fmt_ratio "$kr" "$nr") | $(fmt_ratio "$ar" "$kr") |")
    cpu_rows+=("| $what | $(fmt_rps "$ac") | $(fmt_rps "$kc") | $(fmt_rps "$nc") | $(fmt_ratio "$nc" "$ac") | $(fmt_ratio "$kc" "$ac") |")
    unset rps p50 p99 cpu
  done
  stop_pid "$nginx_pid"
  stop_pid "$ceiling_pid"
  stop_app

  say "## Side by side (median of the rounds; latency in ms)"
  say ""
  say "Load average before / after: $side_load_before / $(loadavg)."
  say ""
  say "Kestrel alone: perf/KazakhArticle.Ceiling, Kestrel writing the same bytes from memory with nothing else, on the"
  say "same core; app/Kestrel is the share of Kestrel's own speed the app keeps."
  say ""
  say "| what | app req/s | app p50 / p99 | nginx req/s | nginx p50 / p99 | ratio app/nginx | Kestrel alone req/s | Kestrel alone/nginx | app/Kestrel alone |"
  say "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for row in "${rows[@]}"; do say "$row"; done
  say ""
  say "Server CPU time per request (user + system, µs; median of the rounds): what each request costs the"
  say "server core, whoever else ran on it. nginx/app is the ratio the req/s would have on a core of their own."
  say ""
  say "| what | app µs/req | Kestrel alone µs/req | nginx µs/req | ratio nginx/app | ratio Kestrel alone/app |"
  say "| --- | --- | --- | --- | --- | --- |"
  for row in "${cpu_rows[@]}"; do say "$row"; done
  say ""
  say "Each run, in the order run:"
  say ""
  say "| what | round | server | req/s | p50 ms | p99 ms | CPU µs/req | non-2xx | socket errors |"
  say "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for row in "${raw[@]}"; do say "$row"; done
  say ""
fi

# ---------------------------------------------------------------------------------------------------
# 2. Cold start: from starting the process to the first 200 of the article page.
# ---------------------------------------------------------------------------------------------------
# Sets cold_ms. The poll runs on the load core every 10 ms, so the figure is good to about 20 ms.
cold_start_once() {
  local db=$1 logfile=$2 start end code i
  start=$(date +%s%N)
  start_app "$db" "$CONTENT_PATH" "$logfile"
  for ((i = 0; i < READY_TIMEOUT * 100; i++)); do
    code=$(taskset -c "$LOAD_CPU" curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$app_url$ARTICLE_PATH" || true)
    [[ $code == 200 ]] && break
    kill -0 "$app_pid" 2>/dev/null || app_gone "$logfile" "the app exited during a cold start"
    sleep 0.01
  done
  end=$(date +%s%N)
  [[ $code == 200 ]] || die "no 200 from $ARTICLE_PATH within $READY_TIMEOUT s of starting (last status $code)"
  cold_cpu_ms=$(cpu_ms "$app_pid")
  stop_app
  cold_ms=$(((end - start) / 1000000))
}

if step cold; then
  say "## Cold start to the first 200 of \`$ARTICLE_PATH\` (ms, $COLD_RUNS runs each)"
  say ""
  cold_load_before=$(loadavg)
  say "Wall time from starting the process; and the CPU time the server used until then, which other"
  say "processes on the core do not inflate (it includes the JIT's background threads)."
  say ""
  say "| database | median | min | max | runs | CPU ms, median | CPU ms, runs |"
  say "| --- | --- | --- | --- | --- | --- | --- |"
  fresh=() existing=() fresh_cpu=() existing_cpu=()
  for ((run = 1; run <= COLD_RUNS; run++)); do
    cold_start_once "$(fresh_db)/reader.db" "$work/app-cold-fresh-$run.log"
    fresh+=("$cold_ms") fresh_cpu+=("$cold_cpu_ms")
    log "cold start, fresh database: $cold_ms ms ($cold_cpu_ms ms of CPU)"
  done
  kept_db=$(fresh_db)/reader.db
  cold_start_once "$kept_db" "$work/app-cold-existing-0.log" # creates and fills it; not counted
  for ((run = 1; run <= COLD_RUNS; run++)); do
    cold_start_once "$kept_db" "$work/app-cold-existing-$run.log"
    existing+=("$cold_ms") existing_cpu+=("$cold_cpu_ms")
    log "cold start, existing database: $cold_ms ms ($cold_cpu_ms ms of CPU)"
  done
  for kind in fresh existing; do
    declare -n runs=$kind cpus=${kind}_cpu
    all="${runs[*]}"
    say "| $kind | $(fmt_rps "$(median <<<"$all")") | $(tr ' ' '\n' <<<"$all" | sort -n | head -n 1) | $(tr ' ' '\n' <<<"$all" | sort -n | tail -n 1) | $all | $(fmt_rps "$(median <<<"${cpus[*]}")") | ${cpus[*]} |"
    unset -n runs cpus
  done
  say ""
  say "Load average before / after: $cold_load_before / $(loadavg)."
  say ""
fi

# ---------------------------------------------------------------------------------------------------
# 3. Memory: the server's RSS every MEMORY_INTERVAL seconds while wrk loads the article page.
# ---------------------------------------------------------------------------------------------------
if step memory; then
  log "memory: ${MEMORY_WARMUP} s warm-up, then ${MEMORY_DURATION} s under load, RSS every ${MEMORY_INTERVAL} s"
  memory_load_before=$(loadavg)
  mkdir -p "$work/wrk"
  start_app "$(fresh_db)/reader.db" "$CONTENT_PATH" "$work/app-memory.log"
  wait_ready "$work/app-memory.log" "$READY_TIMEOUT"
  samples=$work/memory.tsv
  # One wrk run: the warm-up (start-up allocations and JIT are not a trend), then the sampled
  # part, then 2 s past the last sample so every sample is taken under load; it ends by itself.
  taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$((MEMORY_WARMUP + MEMORY_DURATION + 2))s" --latency \
    "$app_url$ARTICLE_PATH" >"$work/wrk/memory" 2>&1 &
  wrk_pid=$!
  pids+=("$wrk_pid")
  t0=$(($(date +%s%N) + MEMORY_WARMUP * 1000000000))
  for ((k = 0; k <= MEMORY_DURATION / MEMORY_INTERVAL; k++)); do
    # Sleep to the k-th tick from t0, not for a fixed time, so the samples do not drift.
    now=$(date +%s%N)
    wait_ns=$((t0 + k * MEMORY_INTERVAL * 1000000000 - now))
    ((wait_ns <= 0)) || sleep "$(awk -v n="$wait_ns" 'BEGIN { printf "%.3f", n / 1e9 }')"
    rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$app_pid/status" 2>/dev/null || true)
    [[ -n $rss ]] || app_gone "$work/app-memory.log" "the app exited during the memory run"
    printf '%d\t%d\n' $((k * MEMORY_INTERVAL)) "$rss" >>"$samples"
  done
  for ((k = 0; k < 100; k++)); do kill -0 "$wrk_pid" 2>/dev/null && sleep 0.1; done
  stop_pid "$wrk_pid"
  stop_app
  read -r r _ b bad errors _ < <(wrk_figures "$work/wrk/memory")
  say "## Memory: server RSS under load (\`$ARTICLE_PATH\`, ${MEMORY_DURATION} s after ${MEMORY_WARMUP} s warm-up, a sample every ${MEMORY_INTERVAL} s)"
  say ""
  say "Load average before / after: $memory_load_before / $(loadavg)."
  say ""
  say "| first MB | last MB | max MB | slope MB/min (least squares) | samples | wrk req/s, p99 ms |"
  say "| --- | --- | --- | --- | --- | --- |"
  say "$(awk -v r="$(fmt_rps "$r")" -v p="$(fmt_ms "$b")" '
    { x = $1 / 60; y = $2 / 1024; n++; sx += x; sy += y; sxx += x * x; sxy += x * y
      if (n == 1) first = y; last = y; if (y > max) max = y }
    END { slope = (n > 1 && n * sxx - sx * sx) ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0
          printf "| %.1f | %.1f | %.1f | %+.2f | %d | %s, %s |", first, last, max, slope, n, r, p }' "$samples")"
  say ""
  say "RSS samples (s: MB): $(awk '{ printf "%s%d: %.0f", (NR > 1 ? ", " : ""), $1, $2 / 1024 }' "$samples")"
  say ""
fi

# ---------------------------------------------------------------------------------------------------
# 4. Search against generated corpora, when the generator is in the repository.
# ---------------------------------------------------------------------------------------------------
if step corpus; then
  generator=$repo/perf/generate-corpus.sh
  if [[ ! -f $generator ]]; then
    log "corpus: $generator does not exist yet; skipped"
    say "## Search by corpus size"
    say ""
    say "Skipped: \`perf/generate-corpus.sh\` is not in this commit."
    say ""
  else
    mkdir -p "$work/wrk"
    say "## Search by corpus size (\`$SEARCH_PATH\`, app alone, ${DURATION} s after ${WARMUP} s warm-up)"
    say ""
    say "The same search again and again is answered from the app's memory (search answers are published like pages, until"
    say "an import). \"Each new\" makes every request a search the app has not seen (an extra parameter it ignores makes a new"
    say "cache key), so each one runs the query: the cost of a search nobody asked before. With $CONNECTIONS connections"
    say "always waiting, a request's latency is mostly its wait behind the others (about $CONNECTIONS times the cost of one), so"
    say "\"alone\" runs them on one connection too: the time one new search takes."
    say ""
    say "| articles | ready after s | repeated req/s | p50 ms | p99 ms | each new req/s | p50 ms | p99 ms | each new alone p50 ms | p99 ms | non-2xx |"
    say "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    cat >"$work/each-new.lua" <<'LUA'
-- Every request a search the app has not seen: the extra parameter makes a new cache key, and the run's own
-- random tag keeps one run from asking what an earlier run already asked.
math.randomseed(os.time())
local run = math.random(1, 1000000000)
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "&each-new=" .. run .. "-" .. n)
end
LUA
    for size in $CORPUS_SIZES; do
      corpus=$work/corpus-$size
      log "corpus of $size: generating"
      bash "$generator" "$corpus" "$size" >"$work/corpus-$size.log" 2>&1 ||
        { tail -n 20 "$work/corpus-$size.log" >&2; die "perf/generate-corpus.sh $size failed"; }
      started=$(date +%s%N)
      start_app "$(fresh_db)/reader.db" "$corpus" "$work/app-corpus-$size.log"
      wait_ready "$work/app-corpus-$size.log" "$CORPUS_READY_TIMEOUT"
      ready_s=$(awk -v n="$(($(date +%s%N) - started))" 'BEGIN { printf "%.1f", n / 1e9 }')
      run_wrk "$work/wrk/corpus-warmup" "$app_url$SEARCH_PATH" "$WARMUP"
      run_wrk "$work/wrk/corpus-$size" "$app_url$SEARCH_PATH" "$DURATION"
      read -r r a b bad _ _ < <(wrk_figures "$work/wrk/corpus-$size")
      run_wrk "$work/wrk/corpus-$size-new" "$app_url$SEARCH_PATH" "$DURATION" -s "$work/each-new.lua"
      read -r nr na nb nbad _ _ < <(wrk_figures "$work/wrk/corpus-$size-new")
      CONNECTIONS=1 run_wrk "$work/wrk/corpus-$size-new-alone" "$app_url$SEARCH_PATH" "$DURATION" -s "$work/each-new.lua"
      read -r _ sa sb sbad _ _ < <(wrk_figures "$work/wrk/corpus-$size-new-alone")
      say "| $size | $ready_s | $(fmt_rps "$r") | $(fmt_ms "$a") | $(fmt_ms "$b") | $(fmt_rps "$nr") | $(fmt_ms "$na") | $(fmt_ms "$nb") | $(fmt_ms "$sa") | $(fmt_ms "$sb") | $((bad + nbad + sbad)) |"
      stop_app
      rm -rf "$corpus"
    done
    say ""
  fi
fi

say "Load average at the end: $(loadavg). The machine may be shared: compare the ratios of one run, not absolute figures across runs."
