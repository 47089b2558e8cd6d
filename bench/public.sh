#!/usr/bin/env bash
# Benchmark: the public site as an anonymous visitor (home, magazine list, one article, webinars)
# next to the bare route /healthz, measured in the same run with wrk (16 connections). An
# anonymous view writes nothing, so these pages should cost about what the home page costs.
# Uses a release build on SQLite, or PostgreSQL when KKDW_DATABASE_URL points there.
# Usage: bench/public.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-10}
command -v wrk >/dev/null || apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk >/dev/null
# KKDW_BIN points at an already built binary; otherwise a release build is made.
BIN=${KKDW_BIN:-}
if [ -z "$BIN" ]; then
  cargo build --release --quiet
  BIN=target/release/kijkindewijk
fi
DIR=$(mktemp -d)
PORT=18183
BASE=http://127.0.0.1:$PORT
export KKDW_DEMO_PASSWORD=bench-wachtwoord-1 KKDW_LOG=warn KKDW_RUN_JOBS=false
export KKDW_DATABASE_URL=${KKDW_DATABASE_URL:-sqlite://$DIR/bench.db}
"$BIN" serve --demo --listen 127.0.0.1:$PORT >"$DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 1 150); do curl -sf "$BASE/readyz" >/dev/null && break; sleep 0.2; done

ARTICLE=$(curl -s "$BASE/magazine" | grep -o 'href="/magazine/[a-z0-9-]*"' | grep -v '/magazine/soort\|/magazine/tag\|/magazine/zoeken\|/magazine/feed' | head -1 | sed 's/href="//;s/"$//')
echo "article: $ARTICLE"

printf '%-24s %10s %10s %10s %8s\n' "page" "req/s" "p50" "p99" "non-2xx"
for path in /healthz / /magazine "$ARTICLE" /webinars; do
  out=$(wrk -t2 -c16 -d"${SECONDS_RUN}s" --latency "$BASE$path")
  printf '%-24s %10s %10s %10s %8s\n' "$path" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx/ {print $NF}')"
done
