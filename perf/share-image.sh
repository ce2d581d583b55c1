#!/usr/bin/env bash
# The share image's cost as a link-preview crawler sees it: a new instance (Release, Production, a fresh database),
# the article page fetched first (as a crawler does, which then reads og:image from it), then the image it names,
# timed with curl: the first request draws it (cold: Skia's and HarfBuzz's native libraries loaded, the fonts read,
# the code jitted), the next ones are served from memory. The app's own log line gives the drawing alone.
#
# Everything runs on 127.0.0.1 and is stopped when the script exits, however it exits.
# Usage: perf/share-image.sh [RUNS] [APP_DIR]   (RUNS: fresh instances, 5 by default; APP_DIR: an app already published)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
app_dir=${2:-}
port=${APP_PORT:-18190}
url=http://127.0.0.1:$port
article=/ar/articles/kazakhstan-eurasian-line
work=$(mktemp -d /tmp/kazakh-article-share.XXXXXX)
app_pid=

cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z $app_dir ]]; then
  app_dir=$work/app
  echo "publishing the app (Release, framework-dependent, ReadyToRun) to $app_dir" >&2
  rm -rf "$repo"/src/KazakhArticle.Web/obj/Release/*/linux-x64/R2R
  dotnet publish "$repo/src/KazakhArticle.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$app_dir" --nologo -v quiet >"$work/publish.log" 2>&1 || { tail -n 30 "$work/publish.log" >&2; exit 1; }
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| run | first request (ms) | drawing, app's log (ms) | next 20 requests, median (ms) | bytes |"
echo "| --- | ---: | ---: | ---: | ---: |"
for ((run = 1; run <= runs; run++)); do
  log=$work/app-$run.log
  (cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" \
    Reader__DatabasePath="$work/db-$run/reader.db" Reader__ContentPath="$repo/content" \
    dotnet KazakhArticle.Web.dll) >"$log" 2>&1 &
  app_pid=$!
  for ((i = 0; i < 600; i++)); do
    curl -fs -o /dev/null --max-time 2 "$url/healthz" && break
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$log" >&2; exit 1; }
    sleep 0.1
  done

  image=$(curl -fs "$url$article" | grep -o 'property="og:image" content="[^"]*"' | sed 's/.*content="//; s/"$//')
  [[ -n $image ]] || { echo "the article page names no og:image" >&2; exit 1; }
  first=$(curl -fs -o "$work/image.png" -w '%{time_total}' "$image")
  bytes=$(stat -c %s "$work/image.png")
  warm=$(for ((i = 0; i < 20; i++)); do curl -fs -o /dev/null -w '%{time_total}\n' "$image"; done | median)
  drawn=$(grep -o 'drawn: [0-9]* bytes in [0-9]* ms' "$log" | awk '{ print $5 }' | head -n 1)
  awk -v run="$run" -v first="$first" -v drawn="${drawn:-?}" -v warm="$warm" -v bytes="$bytes" \
    'BEGIN { printf "| %d | %.1f | %s | %.2f | %s |\n", run, first * 1000, drawn, warm * 1000, bytes }'

  kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
  app_pid=
done
