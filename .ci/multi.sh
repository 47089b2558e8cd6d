#!/usr/bin/env bash
# Several instances on one PostgreSQL behind nginx: a throwaway PostgreSQL (.ci/pg.sh), the demo, two
# `serve` processes (both running background jobs) and nginx (Debian's nginx-light) balancing them on
# 127.0.0.1; .ci/multi/check.py logs in, writes under load, follows a listing change from one instance
# to the other's search, kills one with SIGKILL and checks sessions, writes, jobs and the restart.
# Usage: .ci/multi.sh BINARY   (KKDW_PG_PORT: PostgreSQL port, default 5433; KKDW_MULTI_PORT: nginx
# port, default 18300, the instances and the SMTP sink take the three ports above it)
set -euo pipefail
if [ $# -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 BINARY (an executable kijkindewijk)" >&2
  exit 2
fi
BINARY=$(realpath "$1")
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if ! apt-get -o DPkg::Lock::Timeout=300 install -y -qq nginx-light >/dev/null; then
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq nginx-light >/dev/null
  fi
fi
export PATH=$PATH:/usr/sbin

KKDW_MULTI_TMP=$(mktemp -d /tmp/kkdw-multi.XXXXXX)
export KKDW_MULTI_TMP
cleanup() {
  # check.py stops what it started; this is for a check that was itself killed.
  for f in "$KKDW_MULTI_TMP"/*.pid; do
    [ -e "$f" ] || continue
    pid=$(cat "$f")
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  rm -rf "$KKDW_MULTI_TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
.ci/pg.sh python3 .ci/multi/check.py "$BINARY"
