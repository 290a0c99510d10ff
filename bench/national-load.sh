#!/usr/bin/env bash
# Loads the national dataset into an empty PostgreSQL database named by BENCH_DATABASE_URL (with
# BENCH_DATABASE_USERNAME and BENCH_DATABASE_PASSWORD): the national GIAS extracts through import-gias,
# then every module's share through load-national (40 hubs, ten years). Prints each step's time; the
# budget for the whole load is 5 minutes. Afterwards sign in as national@national.test, a hub lead
# (lead01@national.test to lead40@), a school contact (school01-001@national.test to school03-100@) or a
# participant of this year (teacher<participant id>@national.test, one account for each place's participant)
# with the password BENCH_PASSWORD (default national-bench).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${BENCH_DATABASE_URL:?name an empty PostgreSQL database, e.g. jdbc:postgresql://localhost:5432/national}"
[ -f target/hubcycle.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d /tmp/hubcycle-national.XXXXXX)
trap 'rm -rf "$work"' EXIT
java -jar target/hubcycle.jar generate-gias --scale national "$work/gias" >/dev/null

run() {
  env SPRING_PROFILES_ACTIVE=postgres LOGGING_LEVEL_ROOT=WARN DATABASE_URL="$BENCH_DATABASE_URL" \
    DATABASE_USERNAME="${BENCH_DATABASE_USERNAME:-hubcycle}" DATABASE_PASSWORD="${BENCH_DATABASE_PASSWORD:-hubcycle}" \
    java -Xmx1g -jar target/hubcycle.jar "$@"
}

echo "$(date -u +%Y-%m-%d) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
started=$(date +%s.%N)
run import-gias "$work"/gias/allgroupsdata*.csv "$work"/gias/edubasealldata*.csv "$work"/gias/links_edubasealldata*.csv
run load-national --seed "${BENCH_SEED:-2026}" --years 10 --password "${BENCH_PASSWORD:-national-bench}"
printf 'whole load: %.0f s\n' "$(echo "$(date +%s.%N) - $started" | bc)"
