#!/usr/bin/env bash
# Scale-out rehearsal on one machine, loopback only: the app published in Release, two instances that
# share nothing (each its own SQLite cache built from content/, its own data-protection keys), nginx
# in front with deploy/nginx/kazakh-article.conf. Then four checks, each printed PASS or FAIL:
#
#   (a) both instances give byte-identical pages (identity and br) with the same ETag
#   (b) nginx serves a repeat request from its cache (X-Cache-Status: HIT), passing the app's
#       compressed bytes through unchanged
#   (c) live search works through the proxy: /_blazor negotiate + WebSocket upgrade (101), sticky by
#       the ka-affinity cookie; then a real headless Chromium types into the header search box
#   (d) stopping one instance (SIGTERM) under a bounded load through nginx loses no request
#
# Exit status: 0 when every check passes, 1 when one fails, 2 when the rehearsal could not be set up.
#
# Paths are variables so the script follows the app's URLs as they change (issue 8):
#   KA_ARTICLE_PATH      the article page                (today /articles/kazakhstan-eurasian-line;
#                                                          after issue 8 /ar/articles/kazakhstan-eurasian-line)
#   KA_COMPARE_PATHS     pages compared in (a)           (default: the article, its English view, the home page)
#   KA_BLAZOR_PATH       Blazor's hub                     (/_blazor)
#   KA_LIVE_PATH         nginx regex for the live-search fragment (^/(ar|en)/live/)
#   KA_LIVE_FRAGMENT     a fragment URL to fetch in (c)  (unset: not checked; e.g. /ar/live/search)
#   KA_SEARCH_QUERY      what the browser types          (بايكونور)
#   KA_BROWSER_TIMEOUT_MS  how long the browser waits for the page and for results (30000)
#   KA_LOAD_SECONDS, KA_LOAD_CONNECTIONS   the load in (d) (10 s, 8 connections)
#   KA_PUBLISH_DIR       an existing `dotnet publish` output to use instead of publishing
#   KA_KEEP=1            keep the temporary folder (logs, nginx cache, bodies) for a look afterwards
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
article=${KA_ARTICLE_PATH:-/ar/articles/kazakhstan-eurasian-line}
compare_paths=${KA_COMPARE_PATHS:-"$article /en/articles/kazakhstan-eurasian-line?view=parallel /ar /api/articles"}
blazor=${KA_BLAZOR_PATH:-/_blazor}
live_path=${KA_LIVE_PATH:-'^/(ar|en)/live/'}
live_fragment=${KA_LIVE_FRAGMENT:-/ar/live/search}
query=${KA_SEARCH_QUERY:-بايكونور}
load_seconds=${KA_LOAD_SECONDS:-10}
load_connections=${KA_LOAD_CONNECTIONS:-8}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d /tmp/kazakh-article-scale.XXXXXX)
pids=()

say() { printf '%s\n' "$*"; }
die() { say "setup failed: $*" >&2; exit 2; }

# Every process this script started, and only those, is stopped on the way out, however it exits.
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    # Bounded: a process that ignores TERM for 15 s is killed.
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ "${KA_KEEP:-0}" = 1 ]; then
    say "kept: $work"
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Tools ------------------------------------------------------------------------------------------

command -v dotnet >/dev/null || die "dotnet is not installed"
for tool in curl sha256sum envsubst; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  # Debian's nginx-light: the proxy, cache and upstream modules are all this needs.
  say "installing nginx-light…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# A port nothing listens on. Probing a range beats a fixed port on a machine shared with other builds.
free_port() {
  local port
  for port in $(shuf -i 20000-40000 -n 200); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      # Not taken by an earlier call of this script either.
      case " ${taken_ports:-} " in *" $port "*) continue ;; esac
      taken_ports="${taken_ports:-} $port"
      echo "$port"
      return
    fi
  done
  die "no free loopback port found"
}

# Bounded readiness: until the URL answers 200, the process dies, or the deadline passes.
wait_ready() {
  local url=$1 pid=$2 seconds=$3 log=$4
  local deadline=$((SECONDS + seconds))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "process $pid exited before $url was ready; its log ends:"; tail -n 20 "$log"; return 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" = 200 ]; then return 0; fi
    sleep 0.1
  done
  say "$url was not ready within ${seconds}s; log ends:"; tail -n 20 "$log"; return 1
}

# --- Publish ----------------------------------------------------------------------------------------

if [ -n "${KA_PUBLISH_DIR:-}" ]; then
  app=$KA_PUBLISH_DIR
  [ -f "$app/KazakhArticle.Web.dll" ] || die "KA_PUBLISH_DIR=$app holds no KazakhArticle.Web.dll"
else
  app=$work/app
  say "publishing the app (Release)…"
  dotnet publish "$repo/src/KazakhArticle.Web" -c Release -o "$app" -v quiet --nologo >"$work/publish.log" 2>&1 \
    || { tail -n 30 "$work/publish.log"; die "dotnet publish failed"; }
fi

# --- Two instances ----------------------------------------------------------------------------------

ports=()
start_instance() {
  local n=$1 port dir
  port=$(free_port)
  dir=$work/instance$n
  mkdir -p "$dir/home"
  # Each instance: its own database (built from content/ at start-up) and its own HOME, so not even
  # the data-protection key ring is shared. Production environment, as deployed. The forwarded
  # headers nginx sends are honoured; that switch trusts them from any client, which is safe here
  # because an instance listens on loopback only and readers reach it through nginx.
  # Started through the published apphost under a name of its own (ka-instance-N), so ps and pgrep
  # tell the two apart, and a `pkill -f KazakhArticle.Web` run by someone else on a shared machine
  # does not stop a rehearsal half-way. The apphost resolves its real path to find the app.
  ln -s "$app/KazakhArticle.Web" "$dir/ka-instance-$n"
  (
    cd "$app"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Reader__ContentPath="$repo/content" \
      Reader__DatabasePath="$dir/reader.db" \
      Reader__Limits__PerClient=false \
      HOME="$dir/home" \
      "$dir/ka-instance-$n"
  ) >"$dir/app.log" 2>&1 &
  pids+=($!)
  instance_pid[n]=$!
  ports[n]=$port
}
declare -a instance_pid
start_instance 1
start_instance 2
app1=127.0.0.1:${ports[1]}
app2=127.0.0.1:${ports[2]}
say "instance 1 on http://$app1 (pid ${instance_pid[1]}), instance 2 on http://$app2 (pid ${instance_pid[2]})"
wait_ready "http://$app1/healthz" "${instance_pid[1]}" 90 "$work/instance1/app.log" || die "instance 1 did not start"
wait_ready "http://$app2/healthz" "${instance_pid[2]}" 90 "$work/instance2/app.log" || die "instance 2 did not start"

# --- nginx ------------------------------------------------------------------------------------------

proxy_port=$(free_port)
proxy=127.0.0.1:$proxy_port
run=$work/nginx
mkdir -p "$run/cache" "$run/tmp"
export KA_LISTEN=$proxy KA_APP_1=$app1 KA_APP_2=$app2 KA_CACHE_DIR=$run/cache KA_LIVE_PATH=$live_path
# Only our placeholders are substituted: nginx's own $variables must reach nginx as they are.
# shellcheck disable=SC2016
envsubst '${KA_LISTEN} ${KA_APP_1} ${KA_APP_2} ${KA_CACHE_DIR} ${KA_LIVE_PATH}' \
  <"$repo/deploy/nginx/kazakh-article.conf" >"$run/kazakh-article.conf"

# nginx started as root runs its workers as an unprivileged user: they must be able to write the
# cache and temporary folders. mktemp made $work private to us.
user_line=""
if [ "$(id -u)" = 0 ]; then
  user_line="user nobody $(id -gn nobody);"
  chmod 755 "$work" "$run"
  chown -R nobody "$run/cache" "$run/tmp"
fi
cat >"$run/nginx.conf" <<EOF
# The wrapper the rehearsal runs nginx with: the site configuration is the repository's.
$user_line
worker_processes auto;          # one worker a core
pid $run/nginx.pid;
error_log $run/error.log warn;
events { worker_connections 4096; }
http {
    # upstream address, upstream status and cache status per request: what (c) and (d) read.
    log_format ka '\$msec \$status \$upstream_addr \$upstream_status \$upstream_cache_status "\$request" \$ka_affinity';
    access_log $run/access.log ka;
    client_body_temp_path $run/tmp/body;
    proxy_temp_path $run/tmp/proxy;
    fastcgi_temp_path $run/tmp/fastcgi;
    uwsgi_temp_path $run/tmp/uwsgi;
    scgi_temp_path $run/tmp/scgi;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65s;
    server_tokens off;
    include $run/kazakh-article.conf;
}
EOF
"$nginx_bin" -t -q -p "$run" -c "$run/nginx.conf" 2>"$work/nginx-test.log" || { cat "$work/nginx-test.log"; die "nginx rejects the configuration"; }
"$nginx_bin" -p "$run" -c "$run/nginx.conf" -g 'daemon off;' >"$run/stdout.log" 2>&1 &
nginx_pid=$!
pids+=("$nginx_pid")
wait_ready "http://$proxy/healthz" "$nginx_pid" 20 "$run/error.log" || die "nginx did not start"
say "nginx on http://$proxy (pid $nginx_pid, $("$nginx_bin" -v 2>&1 | sed 's/.*\///'))"
say ""

# Something outside this script stopping an instance would make every later check meaningless.
instances_alive() {
  local n
  for n in 1 2; do
    if ! kill -0 "${instance_pid[n]}" 2>/dev/null; then
      say "instance $n (pid ${instance_pid[n]}) has exited, not stopped by this script; its log ends:"
      tail -n 5 "$work/instance$n/app.log"
      die "an instance stopped during the rehearsal"
    fi
  done
}

failures=0
result() { # name, PASS|FAIL, detail
  say "$2 ($1) $3"
  [ "$2" = PASS ] || failures=$((failures + 1))
}

# fetch URL ENCODING NAME: body to $work/NAME.body, headers to $work/NAME.headers; raw bytes (no decoding).
# Always with the public Host, as nginx forwards it: pages carry absolute canonical links, so the host is part of
# the URL that decides the bytes; an instance asked under its own port would rightly answer other bytes.
fetch() {
  curl -s --http1.1 -H "Host: $proxy" -H "Accept-Encoding: $2" -D "$work/$3.headers" -o "$work/$3.body" "$1"
}
header() { grep -i "^$2:" "$work/$1.headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r' || true; }
sha() { sha256sum "$work/$1.body" | cut -c1-16; }

# --- (a) byte-identical pages and ETags --------------------------------------------------------------

instances_alive
say "(a) the same page from each instance, fetched directly"
a_ok=true
n=0
read -ra paths <<<"$compare_paths" # read, not a bare $var: a '?' in a path must not glob
for path in "${paths[@]}"; do
  for enc in identity br; do
    n=$((n + 1))
    fetch "http://$app1$path" "$enc" "a$n-1"
    fetch "http://$app2$path" "$enc" "a$n-2"
    s1=$(sha "a$n-1") s2=$(sha "a$n-2")
    e1=$(header "a$n-1" etag) e2=$(header "a$n-2" etag)
    ce=$(header "a$n-1" content-encoding)
    size=$(stat -c %s "$work/a$n-1.body")
    verdict=identical
    if [ "$s1" != "$s2" ]; then
      verdict=DIFFERENT
      a_ok=false
    fi
    if [ -z "$e1" ] || [ "$e1" != "$e2" ]; then a_ok=false; fi
    say "    $path [$enc → ${ce:-identity}, $size B] sha256 $s1 / $s2 $verdict; ETag ${e1:-none} / ${e2:-none}"
    if [ "$verdict" = DIFFERENT ] && [ "$enc" = identity ]; then
      # Show where: the first differing byte and what surrounds it in each.
      offset=$(cmp "$work/a$n-1.body" "$work/a$n-2.body" 2>/dev/null | awk '{print $5}' | tr -d ,) || true
      if [ -n "$offset" ]; then
        from=$((offset > 60 ? offset - 60 : 0))
        say "      first difference at byte $offset:"
        say "        1: …$(tail -c +"$from" "$work/a$n-1.body" | head -c 160 | tr '\n' ' ')…"
        say "        2: …$(tail -c +"$from" "$work/a$n-2.body" | head -c 160 | tr '\n' ' ')…"
      fi
      if [ -n "$(header "a$n-1" set-cookie)" ]; then
        say "      and each response sets a cookie: $(header "a$n-1" set-cookie | cut -d= -f1)"
      fi
    fi
  done
done
if $a_ok; then result a PASS "byte-identical bodies and equal ETags on every page and encoding"
else result a FAIL "bodies or ETags differ between instances, or no ETag is sent"; fi
say ""

# --- (b) nginx cache -------------------------------------------------------------------------------

instances_alive
say "(b) the article twice through nginx"
fetch "http://$proxy$article" "br, gzip" b1
fetch "http://$proxy$article" "br, gzip" b2
c1=$(header b1 x-cache-status) c2=$(header b2 x-cache-status)
say "    first: X-Cache-Status ${c1:-none}; second: ${c2:-none}"
say "    Cache-Control: $(header b2 cache-control)"
say "    ETag: $(header b2 etag)  Content-Encoding: $(header b2 content-encoding)  Vary: $(header b2 vary)"
[ -z "$(header b2 set-cookie)" ] || say "    Set-Cookie: $(header b2 set-cookie | cut -d= -f1)=…  (nginx never stores a response that sets a cookie)"
# The app's own compressed bytes, straight through: the same hash as from an instance directly.
fetch "http://$app1$article" "br" b-direct
passthrough="$(header b2 content-encoding) $(sha b2) vs instance $(header b-direct content-encoding) $(sha b-direct)"
say "    bytes through nginx vs from an instance: $passthrough"
# A fingerprinted static asset is cacheable today: shows the cache itself works whatever the page does.
asset=$(grep -o 'href="[^"]*\.css"' "$work/a1-1.body" | head -n 1 | cut -d'"' -f2 || true)
if [ -n "$asset" ]; then
  case $asset in /*) ;; *) asset=/$asset ;; esac
  fetch "http://$proxy$asset" "br, gzip" b-asset1
  fetch "http://$proxy$asset" "br, gzip" b-asset2
  say "    for comparison, $asset: $(header b-asset1 x-cache-status) then $(header b-asset2 x-cache-status) (Cache-Control: $(header b-asset2 cache-control))"
fi
if [ "$c2" = HIT ] && [ "$(sha b2)" = "$(sha b-direct)" ] && [ "$(header b2 content-encoding)" = br ]; then
  result b PASS "repeat request served from nginx's cache, the app's br bytes passed through unchanged"
elif [ "$c2" = HIT ]; then
  result b FAIL "served from the cache, but not the instance's own br bytes"
else
  result b FAIL "the repeat request was not served from the cache (X-Cache-Status ${c2:-none})"
fi
say ""

# --- (c) live search through the proxy -------------------------------------------------------------

instances_alive
say "(c) live search through nginx"
c_ok=true
declare -A served_by=()
for _ in 1 2 3 4 5 6; do
  # What the page's script will do: a random affinity cookie, then negotiate, then the WebSocket.
  affinity=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  jar=(-H "Cookie: ka-affinity=$affinity")
  if [ -n "$live_fragment" ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' "${jar[@]}" "http://$proxy$live_fragment")
    [ "$code" = 200 ] || { c_ok=false; say "    $affinity: fragment $live_fragment → $code"; }
  fi
  negotiate=$(curl -s -X POST "${jar[@]}" -H 'Content-Length: 0' "http://$proxy$blazor/negotiate?negotiateVersion=1" || true)
  token=$(printf '%s' "$negotiate" | sed -n 's/.*"connectionToken":"\([^"]*\)".*/\1/p')
  if [ -z "$token" ]; then
    c_ok=false; say "    $affinity: negotiate gave no connection token: ${negotiate:0:120}"; continue
  fi
  # The handshake only: curl stops waiting after 101 and the first second of the open socket.
  code=$(curl -s -o /dev/null -w '%{http_code}' --http1.1 --max-time 2 "${jar[@]}" \
    -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
    -H "Sec-WebSocket-Key: $(head -c 16 /dev/urandom | base64)" \
    "http://$proxy$blazor?id=$token" || true)
  # Which instance answered each step, from nginx's log (the affinity key is the last field).
  upstreams=$(grep " $affinity\$" "$run/access.log" | awk '{print $3}' | sort -u | tr '\n' ' ' || true)
  say "    ka-affinity=$affinity: negotiate → token, WebSocket → $code, via ${upstreams:-?}"
  [ "$code" = 101 ] || c_ok=false
  [ "$(wc -w <<<"$upstreams")" = 1 ] || c_ok=false
  [ -z "$upstreams" ] || served_by[${upstreams// /}]=1
done
say "    instances that carried circuits: ${!served_by[*]}"
browser_note="no browser check"
if command -v node >/dev/null && [ -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then
  if [ ! -d "$repo/deploy/live-search/node_modules" ]; then
    (cd "$repo/deploy/live-search" && npm ci --no-audit --no-fund --silent) >"$work/npm.log" 2>&1 \
      || { tail -n 5 "$work/npm.log"; say "    (npm ci in deploy/live-search failed)"; }
  fi
  if [ -d "$repo/deploy/live-search/node_modules" ]; then
    log_before=$(wc -l <"$run/access.log")
    set +e
    node "$repo/deploy/live-search/check.mjs" "http://$proxy" --page="$article" --query="$query" \
      --timeout-ms="${KA_BROWSER_TIMEOUT_MS:-30000}" >"$work/browser.log" 2>&1
    browser_status=$?
    set -e
    sed 's/^/    browser: /' "$work/browser.log"
    # Which instance rendered the page and which holds the circuit: a page's prerendered components
    # can only be resumed by an instance that can read their protected state.
    tail -n +"$((log_before + 1))" "$run/access.log" | awk -v page="$article" '
      $6 == "\"GET" && $7 == page { print "    browser: the page came from " $3 }
      $6 == "\"GET" && index($7, "/_blazor?id=") == 1 { print "    browser: its WebSocket went to " $3 " (affinity key " $NF ")" }' || true
    if [ "$browser_status" = 0 ]; then browser_note="Chromium saw live results"; else c_ok=false; browser_note="Chromium saw no live results"; fi
  fi
else
  say "    (no node or no Chromium: the browser check is skipped; the handshake above still counts)"
fi
if ! $c_ok; then
  # What the instances said meanwhile: a circuit that failed to start says why here.
  for n in 1 2; do
    grep -E '\] (WRN|ERR|FTL) ' "$work/instance$n/app.log" | grep -v 'DataProtection' | tail -n 5 | sed "s/^/    instance $n: /" || true
  done
fi
if $c_ok; then result c PASS "WebSocket upgrade through nginx, sticky per affinity cookie; $browser_note"
else result c FAIL "see above; $browser_note"; fi
say ""

# --- (d) stop one instance under load ------------------------------------------------------------------

instances_alive
say "(d) SIGTERM to instance 1 under ${load_seconds}s of load through nginx"
# Every request a different URL, so the cache cannot answer and each one reaches an instance.
sep='?'; case $article in *\?*) sep='&' ;; esac
cat >"$work/unique.lua" <<EOF
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "$article${sep}load=" .. counter)
end
EOF
log_before=$(wc -l <"$run/access.log")
if command -v wrk >/dev/null; then
  wrk -t1 -c"$load_connections" -d"${load_seconds}s" --timeout 10s -s "$work/unique.lua" "http://$proxy" >"$work/wrk.log" 2>&1 &
  load_pid=$!
else
  # No wrk: a bounded set of curl requests, $load_connections at a time; 000 is a socket error.
  seq 1 $((load_seconds * 40)) | xargs -P "$load_connections" -I{} \
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 "http://$proxy$article${sep}load={}" >"$work/curl-load.log" &
  load_pid=$!
fi
pids+=("$load_pid")
# Stop the instance once the load is flowing through both and has run a while (50 requests), so
# requests are in flight on the instance as it stops. Bounded: half the run at most.
deadline=$((SECONDS + load_seconds / 2 + 1))
while [ "$SECONDS" -lt "$deadline" ]; do
  window=$(tail -n +"$((log_before + 1))" "$run/access.log")
  if [ "$(awk '{print $3}' <<<"$window" | sort -u | wc -l)" -ge 2 ] && [ "$(wc -l <<<"$window")" -ge 50 ]; then break; fi
  sleep 0.1
done
errors_before=$(wc -l <"$run/error.log")
kill_at=$(date +%s.%N)
kill -TERM "${instance_pid[1]}"
deadline=$((SECONDS + 30))
while kill -0 "${instance_pid[1]}" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
if kill -0 "${instance_pid[1]}" 2>/dev/null; then stopped="still running after 30 s"; else stopped="exited"; fi
wait "$load_pid" || true
window=$(tail -n +"$((log_before + 1))" "$run/access.log")
total=$(wc -l <<<"$window")
bad=$(awk '$2 !~ /^[23]/' <<<"$window" | wc -l)
retried=$(awk '$3 ~ /,$/ || $4 ~ /,/' <<<"$window" | wc -l)
after=$(awk -v t="$kill_at" -v a="$app2" '$1 > t && $3 == a' <<<"$window" | wc -l)
# What nginx saw of the stop: each of these was retried on the other instance (proxy_next_upstream).
tail -n +"$((errors_before + 1))" "$run/error.log" | grep -o 'upstream prematurely closed connection\|connect() failed ([^)]*)\|upstream timed out\|no live upstreams' \
  | sort | uniq -c | sed 's/^ */    nginx error log: /' || true
say "    instance 1 $stopped; nginx logged $total requests: $bad not 2xx/3xx, $retried retried on the other instance, $after served by instance 2 after the stop"
d_ok=true
if [ -f "$work/wrk.log" ]; then
  sed -n 's/^ *\([0-9]* requests in .*\)/    wrk: \1/p; s/^ *\(Non-2xx.*\)/    wrk: \1/p; s/^ *\(Socket errors.*\)/    wrk: \1/p; s/^ *\(Latency .*\)/    wrk: \1/p' "$work/wrk.log"
  grep -q 'Non-2xx\|Socket errors' "$work/wrk.log" && d_ok=false
  grep -q 'requests in' "$work/wrk.log" || d_ok=false
else
  errors=$(grep -vc '^[23]' "$work/curl-load.log" || true)
  say "    curl: $(wc -l <"$work/curl-load.log") requests, $errors not 2xx/3xx (000 = socket error)"
  [ "$errors" = 0 ] || d_ok=false
fi
[ "$bad" = 0 ] && [ "$stopped" = exited ] && [ "$after" -gt 0 ] || d_ok=false
if $d_ok; then result d PASS "no request lost while an instance stopped"
else result d FAIL "requests were lost, or the stop did not happen under load"; fi
say ""

if [ "$failures" = 0 ]; then say "scale-out: all checks PASS"; else say "scale-out: $failures check(s) FAIL"; fi
[ "$failures" = 0 ] || exit 1
