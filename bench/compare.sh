#!/usr/bin/env bash
# Compares two running instances of Hubcycle (two builds, one database) page by page, in short bursts
# taken in turn, so that the machine's own drift in speed (10-40% between runs minutes apart here) falls
# on both alike:
#   A=http://localhost:8080 B=http://localhost:8081 A_PID=… B_PID=… bash bench/compare.sh
# Signs in to each (EMAIL, PASSWORD as bench/pages.sh), warms both with WARM_SECONDS (default 180) of
# traffic over every page in 15 s turns (not measured), then for each page ROUNDS (default 6) rounds of
# one user for BURST seconds (default 10) on A, then on B. For each page it prints the CPU per request
# (the instance's and every PostgreSQL process's, from /proc) and the median latency, per round and over
# all rounds, and B's CPU over A's.
set -euo pipefail
cd "$(dirname "$0")"
rounds=${ROUNDS:-6}
burst=${BURST:-10}
jar=$(mktemp -d /tmp/hubcycle-compare.XXXXXX)
trap 'rm -rf "$jar"' EXIT
. ./sign-in.sh

cookie_a=$(sign_in "$A" "$jar/a")
cookie_b=$(sign_in "$B" "$jar/b")
mapfile -t pages < <(key_pages "$A" "$jar/a")

burst() { # base cookie pid connections seconds paths -> "requests ticks p50_ms"
  local before after json
  before=$(cpu_ticks "$3")
  json=$(COOKIE="$2" PATHS="$6" wrk -t1 -c"$4" -d"$5"s -s pages.lua "$1" | tail -n 1)
  after=$(cpu_ticks "$3")
  echo "$(echo "$json" | sed 's/.*"requests":\([0-9]*\).*/\1/') $((after - before)) $(echo "$json" | sed 's/.*"p50_ms":\([0-9.]*\).*/\1/')"
}

echo "# $(date -u '+%Y-%m-%d %H:%M') $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); A=$A B=$B"
all=$(IFS=,; echo "${pages[*]}")
echo "# warm-up: ${WARM_SECONDS:-180} s over every page, 4 users, in 15 s turns, not measured"
for ((t = 0; t < ${WARM_SECONDS:-180}; t += 30)); do
  burst "$A" "$cookie_a" "$A_PID" 4 15 "$all" >/dev/null
  burst "$B" "$cookie_b" "$B_PID" 4 15 "$all" >/dev/null
done
hz=$(getconf CLK_TCK)
for page in "${pages[@]}"; do
  na=0 ta=0 nb=0 tb=0 line_a="" line_b=""
  for ((r = 0; r < rounds; r++)); do
    read -r n t p50 <<< "$(burst "$A" "$cookie_a" "$A_PID" 1 "$burst" "$page")"
    na=$((na + n)); ta=$((ta + t)); line_a+=" $(echo "scale=2; $t * 1000 / $hz / $n" | bc)/${p50}"
    read -r n t p50 <<< "$(burst "$B" "$cookie_b" "$B_PID" 1 "$burst" "$page")"
    nb=$((nb + n)); tb=$((tb + t)); line_b+=" $(echo "scale=2; $t * 1000 / $hz / $n" | bc)/${p50}"
  done
  cpu_a=$(echo "scale=2; $ta * 1000 / $hz / $na" | bc)
  cpu_b=$(echo "scale=2; $tb * 1000 / $hz / $nb" | bc)
  echo "$page A cpu_ms=$cpu_a rounds(cpu/p50):$line_a"
  echo "$page B cpu_ms=$cpu_b rounds(cpu/p50):$line_b"
  echo "$page B/A $(echo "scale=2; $cpu_b / $cpu_a" | bc)"
done
echo "# after: load $(cut -d' ' -f1-3 /proc/loadavg)"
