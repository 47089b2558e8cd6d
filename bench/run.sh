#!/usr/bin/env bash
# The benchmark table: every scenario next to the bare route `/healthz` of the same run, at 16 and 64
# connections, per database size and backend. Prints Markdown (paste it into bench/RESULTS.md).
#
# Usage: bench/run.sh [SIZE ...]            default: 10000 100000
# Env:   BENCH_BACKENDS  "sqlite postgres" (default "sqlite"; postgres starts a throwaway cluster
#                        through .ci/pg.sh)
#        BENCH_DURATION  seconds per measurement (default 10)
#        BENCH_CONNS     connection counts (default "16 64")
#        BENCH_YOUNG     young people added by `demo --scale` (default: the size; 0 = none)
#        BENCH_DIR       where databases are kept between runs (default /tmp/kkdw-bench)
#        BENCH_BIN       an already built binary (default: a release build is made)
#        BENCH_TINY=1    one tiny round (size 200, 1 s, 4 connections): proves the harness works
#
# A size N is the demo municipality plus N generated listings (`demo --services N`) and N synthetic
# young people (`demo --scale N`). The query mix replays 1,000+ distinct searches in random order.
set -euo pipefail
cd "$(dirname "$0")/.."
HERE=$(pwd)
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
BACKENDS=${BENCH_BACKENDS:-sqlite}
DURATION=${BENCH_DURATION:-10}
CONNS=${BENCH_CONNS:-16 64}
BENCH_DIR=${BENCH_DIR:-/tmp/kkdw-bench}
if [ "${BENCH_TINY:-}" = 1 ]; then
  SIZES=(200) DURATION=1 CONNS=4 BENCH_YOUNG=0
fi
mkdir -p "$BENCH_DIR"
if ! command -v wrk >/dev/null; then
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk >/dev/null 2>&1 ||
    { apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk >/dev/null; }
fi
BIN=${BENCH_BIN:-}
unset KKDW_BIN
if [ -z "$BIN" ]; then
  cargo build --release --quiet --bin kijkindewijk
  BIN=$HERE/target/release/kijkindewijk
fi
PW=bench-wachtwoord-1
PORT=${BENCH_PORT:-18281}
BASE=http://127.0.0.1:$PORT
export KKDW_DEMO_PASSWORD=$PW KKDW_LOG=warn KKDW_RUN_JOBS=false KKDW_GEOCODER_URL=

# The database of one size: made once per backend and kept (SQLite file, or a PostgreSQL database).
prepare() { # url size logins-file
  local url=$1 n=$2 logins=$3 young=${BENCH_YOUNG:-$2} t0=$SECONDS
  local scale=()
  [ "$young" -gt 0 ] && scale=(--scale "$young")
  KKDW_DATABASE_URL=$url "$BIN" demo --services "$n" "${scale[@]}" >"$logins"
  echo "prepared $n listings and $young young people in $((SECONDS - t0)) s" >&2
}

measure() { # label conns url [wrk args...] → one Markdown row
  local label=$1 conns=$2 url=$3 out rps p50 p99 errors
  shift 3
  out=$(wrk -t2 -c"$conns" -d"${DURATION}s" --timeout 30s --latency "$url" "$@")
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd ';' || true)
  echo "$label|$conns|$rps|$p50|$p99|$errors"
}

run_size() { # backend url size
  local backend=$1 url=$2 n=$3 logins=$BENCH_DIR/$1-$3.logins
  [ -s "$logins" ] || prepare "$url" "$n" "$logins"
  local t0=$SECONDS
  KKDW_DATABASE_URL=$url "$BIN" serve --listen "127.0.0.1:$PORT" >"$BENCH_DIR/serve.log" 2>&1 &
  local pid=$!
  # shellcheck disable=SC2064
  trap "kill $pid 2>/dev/null || true" EXIT
  until curl -sf "$BASE/readyz" >/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$BENCH_DIR/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  local ready=$((SECONDS - t0))
  # Logins, the plan page, the query mix and one example id per kind, by the helper.
  python3 "$HERE/bench/lib/prepare.py" "$BASE" "$PW" "$logins" "$BENCH_DIR/mix-$n.txt" >"$BENCH_DIR/env"
  # shellcheck disable=SC1091
  source "$BENCH_DIR/env"
  local rows=()
  for c in $CONNS; do
    rows+=("$(measure "/healthz (baseline)" "$c" "$BASE/healthz")")
    rows+=("$(measure "home page" "$c" "$BASE/")")
    rows+=("$(measure "plan page (40-person network)" "$c" "$BASE$PLAN" -H "Cookie: kkdw_session=$YOUNG_SESSION")")
    rows+=("$(measure "caseload (professional)" "$c" "$BASE/team/jongeren" -H "Cookie: kkdw_session=$PRO_SESSION")")
    rows+=("$(measure "search JSON: text" "$c" "$BASE/api/v1/sociale-kaart/zoeken?q=voetbal")")
    rows+=("$(measure "search JSON: category" "$c" "$BASE/api/v1/sociale-kaart/zoeken?categorie=$SPORT")")
    rows+=("$(measure "search JSON: distance" "$c" "$BASE/api/v1/sociale-kaart/zoeken?postcode=$POSTCODE&afstand=2&sorteer=afstand")")
    rows+=("$(measure "search JSON: age" "$c" "$BASE/api/v1/sociale-kaart/zoeken?leeftijd=14")")
    rows+=("$(measure "search JSON: combined" "$c" "$BASE/api/v1/sociale-kaart/zoeken?q=voetbal&leeftijd=14&dag=wo&postcode=$POSTCODE&afstand=5&sorteer=afstand")")
    rows+=("$(measure "search page (HTML): combined" "$c" "$BASE/sociale-kaart?q=voetbal&leeftijd=14&dag=wo&postcode=$POSTCODE&afstand=5&sorteer=afstand")")
    rows+=("$(measure "HSDS /services" "$c" "$BASE/hsds/services")")
    rows+=("$(measure "HSDS /services by distance" "$c" "$BASE/hsds/services?postcode=$POSTCODE&proximity=2")")
    rows+=("$(measure "query mix ($(wc -l <"$BENCH_DIR/mix-$n.txt") queries)" "$c" "$BASE/" -s "$HERE/bench/lib/mix.lua" -- "$BENCH_DIR/mix-$n.txt")")
  done
  local hwm anon
  hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  anon=$(awk '/RssAnon/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
  echo
  echo "### $backend, $n listings: ready after $ready s, peak RSS $hwm MB, anonymous memory at the end $anon MB"
  echo
  echo "| scenario | conns | req/s | × /healthz | p50 | p99 | errors |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  local base_rps=1
  for r in "${rows[@]}"; do
    IFS='|' read -r label conns rps p50 p99 errors <<<"$r"
    [[ $label == /healthz* ]] && base_rps=$rps
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$conns" "$rps" \
      "$(python3 -c "print(f'{${rps:-0} / max(${base_rps:-1}, 1):.3f}')")" "$p50" "$p99" "$errors"
  done
}

echo "## $(date -u +%Y-%m-%d) — $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Binary: $("$BIN" --version 2>/dev/null || echo "$BIN"); wrk -t2, ${DURATION} s per row, --timeout 30s."
for backend in $BACKENDS; do
  for n in "${SIZES[@]}"; do
    case $backend in
      sqlite) run_size sqlite "sqlite://$BENCH_DIR/bench-$n.db" "$n" ;;
      postgres)
        rm -f "$BENCH_DIR/postgres-$n.logins" # the cluster is new every run
        export -f run_size prepare measure
        export BIN BENCH_DIR DURATION CONNS PORT BASE HERE PW
        KKDW_PG_PORT=${BENCH_PG_PORT:-5449} .ci/pg.sh bash -c \
          'run_size postgres "$KKDW_TEST_DATABASE_URL" '"$n"
        ;;
      *) echo "unknown backend $backend" >&2; exit 2 ;;
    esac
  done
done
