#!/usr/bin/env bash
# Start-up to "Hubcycle is running" on H2, second start (the database and demo data already there):
# the plain jar three times, then bin/hubcycle's first start (it records a class-data-sharing archive)
# and three starts from that record, then -- when a Java 25 runtime is there (JAVA25, default Temurin's
# under /usr/lib/jvm) -- the plain jar once and bin/hubcycle on Java 25 the same way (an AOT cache,
# JEP 483/514/515: classes loaded and linked, method profiles); each followed by bin/hubcycle's small-memory
# mode (HUBCYCLE_MEMORY=small), first start and two more. Prints wall time to ready, the CPU time the process used
# to get there (steadier than wall time on a shared machine), Spring's "Started … in", and the load.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/hubcycle.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d /tmp/hubcycle-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT

start() { # label, command...
  local label=$1; shift
  local log="$work/run.log" started
  started=$(date +%s.%N)
  HUBCYCLE_DATA_DIR="$work/data" SERVER_PORT=${PORT:-8099} "$@" >"$log" 2>&1 &
  local pid=$!
  until grep -q "Hubcycle is running" "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: did not start"; cat "$log"; return 1; }
    sleep 0.1
  done
  printf '%s: ready in %.1f s, %s s of CPU (%s), load %s\n' "$label" "$(echo "$(date +%s.%N) - $started" | bc)" \
    "$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")" \
    "$(grep -o 'Started HubcycleApplication in [0-9.]* seconds' "$log")" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "$(date -u '+%Y-%m-%d %H:%M') $(nproc) cores, $(java -version 2>&1 | head -n 1)"
start "first start (creates the database)" java -Xmx256m -jar target/hubcycle.jar
for i in 1 2 3; do start "plain jar" java -Xmx256m -jar target/hubcycle.jar; done

# bin/hubcycle, as a hub runs it: the first start records, the later ones use the record.
cp target/hubcycle.jar "$work/hubcycle.jar"
export HUBCYCLE_JAR="$work/hubcycle.jar"
start "bin/hubcycle, first start (records a CDS archive)" bin/hubcycle
for i in 1 2 3; do start "bin/hubcycle with its CDS archive" bin/hubcycle; done
small() { # label prefix: bin/hubcycle's small-memory mode (ADR 0020), first start and two from its record
  HUBCYCLE_MEMORY=small start "$1 small memory, first start" bin/hubcycle
  for i in 1 2; do HUBCYCLE_MEMORY=small start "$1 small memory, from its record" bin/hubcycle; done
}
small "bin/hubcycle,"

java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$java25" ] || { echo "no Java 25 runtime at $java25: AOT cache not measured"; exit 0; }
echo "$("$java25" -version 2>&1 | head -n 1)"
rm -rf "$work/hubcycle-app"
export JAVA="$java25"
start "Java 25, plain jar" "$java25" -Xmx256m -jar target/hubcycle.jar
start "Java 25, bin/hubcycle, first start (records an AOT cache)" bin/hubcycle
for i in 1 2 3; do start "Java 25, bin/hubcycle with its AOT cache" bin/hubcycle; done
small "Java 25, bin/hubcycle,"
