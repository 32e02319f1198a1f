#!/usr/bin/env bash
# The list republication benchmark of docs/benchmarks.md (goal: at least 1,000 items/s), from the project root:
#   bench/republication.sh [--portbase 19500]
# It runs the in-server class RepublicationBenchmark through the test build: a fresh test domain (H2) on the given
# ports (portbase, +80 HTTP, +48 admin, +25 mail), 10,000 generated published items (the benchmark catalogue
# generator), then one timed run of the job list-republication against a stub platform on a loopback port of the
# server (HTTP, API key, HMAC signature, one request per change). The figure is read from the server log and written
# to bench/results/republication.txt.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

base=19500
while [ $# -gt 0 ]; do
  case "$1" in
    --portbase) base=$2; shift ;;
    *) echo "unknown option $1 (see the head of bench/republication.sh)" >&2; exit 2 ;;
  esac
  shift
done
prefix=${base%00}

mvn -B verify -Dit.portbase="${prefix}00" -Dit.http.port="${prefix}80" -Dit.admin.port="${prefix}48" \
  -Dit.mail.port="${prefix}25" -Dit.test=RepublicationBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false

mkdir -p bench/results
figure=$(grep -ho 'republication benchmark: [^]|]*' target/domains/approval-it/logs/server.log* | tail -1)
{
  echo "$(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$figure"
} | tee bench/results/republication.txt
