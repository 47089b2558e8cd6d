#!/usr/bin/env bash
# Social-map search benchmark: requests/s and latency (p50, p99) at 16 connections for text,
# category, distance, age and combined queries, over the demo plus N generated listings, on SQLite.
#
# Usage: bench/search.sh [N ...]          default: 10000 100000
# Env:   BENCH_DIR (databases, default /tmp/kkdw-bench; kept between runs), BENCH_DURATION (10s),
#        BENCH_PORT (18181), BENCH_THREADS (2)
# Needs: wrk (apt-get -o DPkg::Lock::Timeout=300 install -y wrk), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
BIN=target/release/kijkindewijk
[ -x "$BIN" ] || cargo build --release --bin kijkindewijk
WORK=${BENCH_DIR:-/tmp/kkdw-bench}
DURATION=${BENCH_DURATION:-10s}
PORT=${BENCH_PORT:-18181}
THREADS=${BENCH_THREADS:-2}
mkdir -p "$WORK"
export KKDW_GEOCODER_URL= KKDW_LOG_LEVEL=warn KKDW_RUN_JOBS=false KKDW_DEMO_PASSWORD=bench-wachtwoord-1

# The youth taxonomy's "sport" term (UUIDv5 of https://kijkindewijk.nl/taxonomie/jeugd/sport).
SPORT=59620c44-7318-5865-9c91-abce0e23382d
NAMES=(text category distance age combined combined-html)
QUERIES=(
  "/api/v1/sociale-kaart/zoeken?q=voetbal"
  "/api/v1/sociale-kaart/zoeken?categorie=$SPORT"
  "/api/v1/sociale-kaart/zoeken?postcode=3594BA&afstand=2&sorteer=afstand"
  "/api/v1/sociale-kaart/zoeken?leeftijd=14"
  "/api/v1/sociale-kaart/zoeken?q=voetbal&leeftijd=14&dag=wo&postcode=3594BA&afstand=5&sorteer=afstand"
  "/sociale-kaart?q=voetbal&leeftijd=14&dag=wo&postcode=3594BA&afstand=5&sorteer=afstand"
)

printf '| listings | query | matches | req/s | p50 | p99 |\n|---:|---|---:|---:|---:|---:|\n'
for N in "${SIZES[@]}"; do
  DB="$WORK/search-$N.db"
  if [ ! -f "$DB" ]; then
    "$BIN" --database-url "sqlite://$DB" demo --services "$N" >"$WORK/demo-$N.log"
  fi
  "$BIN" --database-url "sqlite://$DB" serve --listen "127.0.0.1:$PORT" >"$WORK/serve-$N.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.2; done
  for i in "${!QUERIES[@]}"; do
    URL="http://127.0.0.1:$PORT${QUERIES[$i]}"
    # The page shows what the JSON search finds; count the matches there.
    JSON_URL="http://127.0.0.1:$PORT/api/v1/sociale-kaart/zoeken?${QUERIES[$i]#*\?}"
    MATCHES=$(curl -s "$JSON_URL" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(str(d["total_items"]) + ("+" if d.get("total_items_capped") else ""))')
    OUT=$(wrk -t"$THREADS" -c16 -d"$DURATION" --latency "$URL")
    RPS=$(awk '/Requests\/sec/ {print $2}' <<<"$OUT")
    P50=$(awk '$1=="50%" {print $2}' <<<"$OUT")
    P99=$(awk '$1=="99%" {print $2}' <<<"$OUT")
    ERR=$(grep -E 'Non-2xx|Socket errors' <<<"$OUT" || true)
    printf '| %s | %s | %s | %s | %s | %s |%s\n' "$N" "${NAMES[$i]}" "$MATCHES" "$RPS" "$P50" "$P99" "${ERR:+ $ERR}"
  done
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
done
