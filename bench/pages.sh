#!/usr/bin/env bash
# Benchmark of the key pages against a running Hubcycle on the national dataset (bench/national-load.sh):
#   BASE=http://localhost:8080 EMAIL=lead01@national.test PASSWORD=national-bench bash bench/pages.sh
# (PAGES=/a,/b measures those pages instead of the key pages)
# Signs in through the login form, warms the JVM with WARM_SECONDS (default 180) of traffic over every
# page (not measured), then for each page: one user for 20 s (median, p95) and 20 closed-loop users
# with no think time for 30 s (p95, requests/s), with the CPU the application and PostgreSQL used
# per request (from /proc: JAVA_PID and the postgres processes), and the application's resident memory.
set -euo pipefail
cd "$(dirname "$0")"
base=${BASE:-http://localhost:8080}
year=${YEAR:-2026-27}
jar=$(mktemp -d /tmp/hubcycle-pages.XXXXXX)
trap 'rm -rf "$jar"' EXIT

csrf=$(curl -s -c "$jar/c" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar/c" -c "$jar/c" -o /dev/null --data-urlencode "username=${EMAIL:-lead01@national.test}" \
  --data-urlencode "password=${PASSWORD:-national-bench}" --data-urlencode "_csrf=$csrf" "$base/login"
cookie="HUBCYCLE_SESSION=$(awk '$6 == "HUBCYCLE_SESSION" {print $7}' "$jar/c")"
hub=$(curl -s -b "$jar/c" "$base/" | grep -o 'href="/hubs/[^"]*"' | head -n 1 | sed 's/.*\/hubs\///; s/"$//' || true)
urn=$(curl -s -b "$jar/c" "$base/schools?q=ash" | grep -o 'href="/schools/[0-9]*"' | head -n 1 | grep -o '[0-9]*' || true)
pages=("/" "/schools?q=ash" "/schools?q=QA1" "/schools/$urn" "/catalogue/$hub/$year" "/enrolment/$year" "/llmes")
if [ -n "${PAGES:-}" ]; then IFS=, read -r -a pages <<< "$PAGES"; fi # other pages, comma-separated
java_pid=${JAVA_PID:-$(pgrep -f 'hubcycle.jar' | head -n 1)}

cpu_ticks() { # utime + stime of the application and of every postgres process, in clock ticks
  local total=0 pid
  for pid in $java_pid $(pgrep -x postgres || true); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}

run() { # connections seconds paths -> JSON line with cpu_ms per request added
  local before after json
  before=$(cpu_ticks)
  json=$(COOKIE="$cookie" PATHS="$3" wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"$2"s -s pages.lua "$base" | tail -n 1)
  after=$(cpu_ticks)
  local requests; requests=$(echo "$json" | sed 's/.*"requests":\([0-9]*\).*/\1/')
  local cpu_ms; cpu_ms=$(echo "scale=2; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc)
  echo "${json%\}},\"cpu_ms_per_request\":$cpu_ms}"
}

echo "# $(date -u '+%Y-%m-%d %H:%M') $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), signed in as ${EMAIL:-lead01@national.test}"
all=$(IFS=,; echo "${pages[*]}")
echo "# warm-up: ${WARM_SECONDS:-180} s over every page, 4 users, not measured"
run 4 "${WARM_SECONDS:-180}" "$all" >/dev/null
for page in "${pages[@]}"; do
  echo "$page single $(run 1 20 "$page")"
  echo "$page twenty $(run 20 30 "$page") rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$java_pid/status) / 1024 ))"
done
echo "# after: load $(cut -d' ' -f1-3 /proc/loadavg)"
