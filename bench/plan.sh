#!/usr/bin/env bash
# Benchmark: a young person's plan page (40-person network, SVG, access gate and log lines) next to a
# bare route, measured in the same run with wrk (16 connections). Uses a release build on SQLite, or
# PostgreSQL when KKDW_DATABASE_URL points there.
# Usage: bench/plan.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-15}
command -v wrk >/dev/null || apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk >/dev/null
# KKDW_BIN points at an already built binary; otherwise a release build is made.
BIN=${KKDW_BIN:-}
if [ -z "$BIN" ]; then
  cargo build --release --quiet
  BIN=target/release/kijkindewijk
fi
DIR=$(mktemp -d)
PORT=18181
BASE=http://127.0.0.1:$PORT
PW=bench-wachtwoord-1
export KKDW_DEMO_PASSWORD=$PW KKDW_LOG=warn KKDW_RUN_JOBS=false
export KKDW_DATABASE_URL=${KKDW_DATABASE_URL:-sqlite://$DIR/bench.db}
"$BIN" serve --demo --listen 127.0.0.1:$PORT >"$DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/readyz" >/dev/null && break; sleep 0.2; done

JAR=$DIR/cookies
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "login=sam" --data-urlencode "password=$PW" --data-urlencode "_csrf=$TOKEN" "$BASE/inloggen"
PLAN=$(curl -s -b "$JAR" -o /dev/null -w '%{redirect_url}' "$BASE/mijn/plan")
SESSION=$(awk '$6 == "kkdw_session" {print $7}' "$JAR")
PEOPLE=$(curl -s -b "kkdw_session=$SESSION" "$PLAN" | grep -o '<g><circle' | wc -l)
echo "plan page: $PLAN ($PEOPLE people on the network map)"

run() {
  local name=$1; shift
  echo "== $name"
  wrk -t2 -c16 -d"${SECONDS_RUN}s" --latency "$@" | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx'
}
run "bare route /healthz" "$BASE/healthz"
run "plan page" -H "Cookie: kkdw_session=$SESSION" "$PLAN"
run "home page (anonymous)" "$BASE/"
curl -s "$BASE/metrics" | grep -E 'kkdw_db_queries_per_request_(sum|count)\{method="GET",route="/jongeren/\{id\}/plan"' || true
