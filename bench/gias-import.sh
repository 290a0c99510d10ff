#!/usr/bin/env bash
# Benchmark: the full GIAS import of the national dataset (about 50,000 establishments, 2,500
# trusts, 17,000 links), then an unchanged re-import, through the real command line
# (java -jar hubcycle.jar import-gias). On H2 always; on PostgreSQL too when BENCH_DATABASE_URL
# names an empty database (with BENCH_DATABASE_USERNAME and BENCH_DATABASE_PASSWORD).
# Prints each file's own import time (what the budget is about) and the whole command's wall time
# (which adds JVM and Spring start-up). Budgets: full < 30 s, unchanged < 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f target/hubcycle.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d /tmp/hubcycle-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
java -jar target/hubcycle.jar generate-gias --scale national "$work/gias" >/dev/null
files=("$work"/gias/allgroupsdata*.csv "$work"/gias/edubasealldata*.csv "$work"/gias/links_edubasealldata*.csv)

measure() {
  local database=$1; shift
  for pass in full unchanged; do
    local started ended
    started=$(date +%s.%N)
    "$@" -Xmx512m -jar target/hubcycle.jar import-gias "${files[@]}" | grep -E '^[a-z_]+[0-9]+\.csv' | sed "s/^/$database $pass: /"
    ended=$(date +%s.%N)
    printf '%s %s: whole command %.1f s\n' "$database" "$pass" "$(echo "$ended - $started" | bc)"
  done
}

echo "$(date -u +%Y-%m-%d) $(nproc) cores, $(java -version 2>&1 | head -n 1)"
measure H2 env HUBCYCLE_DATA_DIR="$work/h2" java
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  measure PostgreSQL env SPRING_PROFILES_ACTIVE=postgres DATABASE_URL="$BENCH_DATABASE_URL" \
    DATABASE_USERNAME="${BENCH_DATABASE_USERNAME:-hubcycle}" DATABASE_PASSWORD="${BENCH_DATABASE_PASSWORD:-hubcycle}" java
fi
