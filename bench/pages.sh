#!/usr/bin/env bash
# Benchmark of the key pages against a running Hubcycle on the national dataset (bench/national-load.sh):
#   BASE=http://localhost:8080 EMAIL=lead01@national.test PASSWORD=national-bench bash bench/pages.sh
# (PAGES=/a,/b measures those pages instead of the key pages; WITH_TOKEN=1 sends an API token instead of the cookie,
# for which start the application with HUBCYCLE_API_RATE_LIMIT_PER_MINUTE and _BURST far above the runs' rates (ADR 0044);
# POST_FIELDS='a=1&b=x{n}' posts those form fields to each page, with the session's _csrf, {n} counting requests, and
# asks for the page each POST is sent on to next, as a browser does: the figures are then over both requests)
# Signs in through the login form, warms the JVM with WARM_SECONDS (default 180) of traffic over every
# page (not measured), then for each page: one user for 20 s (median, p95) and 20 closed-loop users
# with no think time for 30 s (p95, requests/s), with the CPU the application and PostgreSQL used
# per request (from /proc: JAVA_PID and the postgres processes), and the application's resident memory.
set -euo pipefail
cd "$(dirname "$0")"
base=${BASE:-http://localhost:8080}
jar=$(mktemp -d /tmp/hubcycle-pages.XXXXXX)
trap 'rm -rf "$jar"' EXIT
. ./sign-in.sh

cookie=$(sign_in "$base" "$jar/c")
# WITH_TOKEN=1: every request sends a new API token of the signed-in person instead of the session cookie.
if [ -n "${WITH_TOKEN:-}" ]; then TOKEN=$(api_token "$base" "$jar/c"); export TOKEN; fi
mapfile -t pages < <(key_pages "$base" "$jar/c")
if [ -n "${POST_FIELDS:-}" ]; then
  csrf=$(curl -s -b "$jar/c" "$base${pages[0]}" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed 's/.*value="//; s/"$//')
  export BODY="$POST_FIELDS&_csrf=$csrf"
fi
java_pid=${JAVA_PID:-$(pgrep -f 'hubcycle.jar' | head -n 1)}

run() { # connections seconds paths -> JSON line with cpu_ms per request added
  local before after json
  before=$(cpu_ticks "$java_pid")
  json=$(COOKIE="$cookie" PATHS="$3" wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"$2"s -s pages.lua "$base" | tail -n 1)
  after=$(cpu_ticks "$java_pid")
  local requests; requests=$(echo "$json" | sed 's/.*"requests":\([0-9]*\).*/\1/')
  local cpu_ms; cpu_ms=$(echo "scale=2; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc)
  echo "${json%\}},\"cpu_ms_per_request\":$cpu_ms}"
}

echo "# $(date -u '+%Y-%m-%d %H:%M') $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), signed in as ${EMAIL:-lead01@national.test}${TOKEN:+, with an API token}${BODY:+, posting forms}"
all=$(IFS=,; echo "${pages[*]}")
echo "# warm-up: ${WARM_SECONDS:-180} s over every page, 4 users, not measured"
run 4 "${WARM_SECONDS:-180}" "$all" >/dev/null
for page in "${pages[@]}"; do
  echo "$page single $(run 1 20 "$page")"
  echo "$page twenty $(run 20 30 "$page") rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/$java_pid/status) / 1024 ))"
done
echo "# after: load $(cut -d' ' -f1-3 /proc/loadavg)"
