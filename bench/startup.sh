#!/usr/bin/env bash
# Start-up to "Hubcycle is running" on H2, second start (the database and demo data already there),
# three times each: the plain jar, then the extracted jar with a class-data-sharing archive made by a
# training run (-XX:ArchiveClassesAtExit with spring.context.exit=onRefresh). Prints wall time to
# ready, Spring's "Started … in", and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/hubcycle.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d /tmp/hubcycle-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar target/hubcycle.jar extract --destination "$work/app" >/dev/null

start() { # label, java options...
  local label=$1; shift
  local log="$work/run.log" started
  started=$(date +%s.%N)
  HUBCYCLE_DATA_DIR="$work/data" SERVER_PORT=${PORT:-8099} java -Xmx256m "$@" >"$log" 2>&1 &
  local pid=$!
  until grep -q "Hubcycle is running" "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: did not start"; cat "$log"; return 1; }
    sleep 0.1
  done
  printf '%s: ready in %.1f s (%s), load %s\n' "$label" "$(echo "$(date +%s.%N) - $started" | bc)" \
    "$(grep -o 'Started HubcycleApplication in [0-9.]* seconds' "$log")" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "$(date -u '+%Y-%m-%d %H:%M') $(nproc) cores, $(java -version 2>&1 | head -n 1)"
start "first start (creates the database)" -jar target/hubcycle.jar
for i in 1 2 3; do start "plain jar" -jar target/hubcycle.jar; done
(cd "$work/app" && HUBCYCLE_DATA_DIR="$work/data" SERVER_PORT=${PORT:-8099} java -Xmx256m \
  -XX:ArchiveClassesAtExit=hubcycle.jsa -Dspring.context.exit=onRefresh -jar hubcycle.jar >/dev/null 2>&1 || true)
cd "$work/app"
for i in 1 2 3; do start "with CDS archive" -XX:SharedArchiveFile=hubcycle.jsa -jar hubcycle.jar; done
