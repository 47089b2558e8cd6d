#!/usr/bin/env bash
# Benchmark: the wijkmonitor's pages at two sizes side by side in one run. Each size is a SQLite
# database made by `kijkindewijk demo --scale N` (the demo municipality grows with N; the figures are
# computed by the monitor's job when the data is made). Both servers run at once; every page is
# measured on both in turn, next to /healthz of the same run, with wrk (16 connections).
# Usage: bench/monitor.sh [small large] [seconds]     (default 10000 100000, 10 s)
set -euo pipefail
cd "$(dirname "$0")/.."
SMALL=${1:-10000}
LARGE=${2:-100000}
SECONDS_RUN=${3:-10}
command -v wrk >/dev/null || apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk >/dev/null
# KKDW_BIN points at an already built binary; otherwise a release build is made.
BIN=${KKDW_BIN:-}
if [ -z "$BIN" ]; then
  cargo build --release --quiet
  BIN=target/release/kijkindewijk
fi
BENCH_DIR=${BENCH_DIR:-/tmp/kkdw-bench}
mkdir -p "$BENCH_DIR"
PW=bench-wachtwoord-1
export KKDW_DEMO_PASSWORD=$PW KKDW_LOG=warn KKDW_RUN_JOBS=false

prepare() { # N → database with the synthetic country, and the demo's logins next to it
  local n=$1 db=$BENCH_DIR/monitor-$1.db
  if [ ! -f "$db" ]; then
    echo "== making $n young people"
    local t0=$SECONDS
    KKDW_DATABASE_URL=sqlite://$db "$BIN" demo --scale "$n" > "$BENCH_DIR/monitor-$n.logins"
    echo "   made in $((SECONDS - t0)) s"
  fi
}

totp() { # base32 secret → current code
  python3 - "$1" <<'PY'
import base64, hmac, hashlib, struct, sys, time
key = base64.b32decode(sys.argv[1].upper() + "=" * (-len(sys.argv[1]) % 8))
msg = struct.pack(">Q", int(time.time()) // 30)
h = hmac.new(key, msg, hashlib.sha1).digest()
o = h[-1] & 15
print("%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 1000000))
PY
}

start() { # N port → server pid; session cookie of beleid in $BENCH_DIR/session-N
  local n=$1 port=$2 base=http://127.0.0.1:$2 jar=$BENCH_DIR/jar-$1
  KKDW_DATABASE_URL=sqlite://$BENCH_DIR/monitor-$n.db "$BIN" serve --listen 127.0.0.1:$port \
    >"$BENCH_DIR/serve-$n.log" 2>&1 &
  echo $! > "$BENCH_DIR/pid-$n"
  for _ in $(seq 1 150); do curl -sf "$base/readyz" >/dev/null && break; sleep 0.2; done
  rm -f "$jar"
  local secret token
  secret=$(awk '$1 == "beleid" {print $NF}' "$BENCH_DIR/monitor-$n.logins")
  token=$(curl -s -c "$jar" -b "$jar" "$base/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "login=beleid@wijkerveen.example" \
    --data-urlencode "password=$PW" --data-urlencode "_csrf=$token" "$base/inloggen"
  token=$(curl -s -c "$jar" -b "$jar" "$base/inloggen/code" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "code=$(totp "$secret")" \
    --data-urlencode "_csrf=$token" "$base/inloggen/code"
  awk '$6 == "kkdw_session" {print $7}' "$jar" > "$BENCH_DIR/session-$n"
}

prepare "$SMALL"
prepare "$LARGE"
start "$SMALL" 18191
start "$LARGE" 18192
trap 'kill $(cat "$BENCH_DIR/pid-$SMALL") $(cat "$BENCH_DIR/pid-$LARGE") 2>/dev/null || true' EXIT

measure() { # label N port path
  local out
  out=$(wrk -t2 -c16 -d"${SECONDS_RUN}s" --latency -H "Cookie: kkdw_session=$(cat "$BENCH_DIR/session-$2")" \
    "http://127.0.0.1:$3$4")
  printf '%-28s %9s %10s %10s %10s %8s\n' "$1" "$2" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx/ {print $NF}')"
}
status=$(curl -s -o /dev/null -w '%{http_code}' -b "kkdw_session=$(cat "$BENCH_DIR/session-$LARGE")" http://127.0.0.1:18192/monitor)
echo "beleid on /monitor: HTTP $status"
printf '%-28s %9s %10s %10s %10s %8s\n' "page" "young" "req/s" "p50" "p99" "non-2xx"
for path in /healthz /monitor /monitor/wijk/WK099002 /monitor.csv; do
  measure "$path" "$SMALL" 18191 "$path"
  measure "$path" "$LARGE" 18192 "$path"
done
