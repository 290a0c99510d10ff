#!/usr/bin/env bash
# Start-up to "Hubcycle is running" on H2, second start (the database and demo data already there),
# three times each: the plain jar, then the extracted jar with a class-data-sharing archive made by a
# training run (-XX:ArchiveClassesAtExit with spring.context.exit=onRefresh), then -- when a Java 25
# runtime is there (JAVA25, default Temurin's under /usr/lib/jvm) -- the extracted jar with an AOT cache
# (JEP 483/514/515: classes loaded and linked, method profiles) from a training run that starts the
# application and stops it when it is ready. Prints wall time to ready, the CPU time the process used
# to get there (steadier than wall time on a shared machine), Spring's "Started … in", and the load.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/hubcycle.jar ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d /tmp/hubcycle-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar target/hubcycle.jar extract --destination "$work/app" >/dev/null

start() { # label, java command, java options...
  local label=$1 java=$2; shift 2
  local log="$work/run.log" started
  started=$(date +%s.%N)
  HUBCYCLE_DATA_DIR="$work/data" SERVER_PORT=${PORT:-8099} "$java" -Xmx256m "$@" >"$log" 2>&1 &
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
start "first start (creates the database)" java -jar target/hubcycle.jar
for i in 1 2 3; do start "plain jar" java -jar target/hubcycle.jar; done
(cd "$work/app" && HUBCYCLE_DATA_DIR="$work/data" SERVER_PORT=${PORT:-8099} java -Xmx256m \
  -XX:ArchiveClassesAtExit=hubcycle.jsa -Dspring.context.exit=onRefresh -jar hubcycle.jar >/dev/null 2>&1 || true)
cd "$work/app"
for i in 1 2 3; do start "with CDS archive" java -XX:SharedArchiveFile=hubcycle.jsa -jar hubcycle.jar; done

java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$java25" ] || { echo "no Java 25 runtime at $java25: AOT cache not measured"; exit 0; }
echo "$("$java25" -version 2>&1 | head -n 1)"
for i in 1 2; do start "Java 25, plain jar" "$java25" -jar hubcycle.jar; done
start "Java 25, training run for the AOT cache" "$java25" -XX:AOTCacheOutput=hubcycle.aot -jar hubcycle.jar
for i in 1 2 3; do start "Java 25 with AOT cache" "$java25" -XX:AOTCache=hubcycle.aot -jar hubcycle.jar; done
