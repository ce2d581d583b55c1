#!/usr/bin/env bash
# Writes N generated articles (default 1000) into FOLDER/articles/, for measuring search at scale:
#   perf/generate-corpus.sh FOLDER [N] [--seed S] [--replace R]
# Then run the app with Reader__ContentPath=FOLDER (and a Reader__DatabasePath of its own).
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 FOLDER [N] [--seed S] [--replace R]" >&2
  exit 2
fi
exec python3 "$(dirname "$0")/generate_corpus.py" "$@"
