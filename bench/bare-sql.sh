#!/usr/bin/env bash
# Bare SQL of each key page (issue 14 point 3): the statements one request for the page runs, taken from
# PostgreSQL's log (every statement logged for a moment, parameters put back in), then replayed ROUNDS times
# (default 15, after one round not counted) in psql with \timing; prints each page's median time.
#   PGLOG=/path/to/server.log PSQL="psql -h HOST -p PORT -U postgres -d DB" BASE=http://localhost:8080 bash bench/bare-sql.sh
# PSQL must connect as a superuser (to set log_min_duration_statement); EMAIL, PASSWORD, PAGES as bench/pages.sh.
set -euo pipefail
cd "$(dirname "$0")"
base=${BASE:-http://localhost:8080}
rounds=${ROUNDS:-15}
work=$(mktemp -d /tmp/hubcycle-bare-sql.XXXXXX)
trap 'rm -rf "$work"; $PSQL -qAt -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null' EXIT
. ./sign-in.sh
sign_in "$base" "$work/c" >/dev/null
mapfile -t pages < <(key_pages "$base" "$work/c")
for page in "${pages[@]}"; do curl -s -b "$work/c" -o /dev/null "$base$page"; done  # statements prepared, caches filled

statements() { # log-file first-line -> the statements logged from that line on, parameters substituted
  python3 - "$1" "$2" <<'PY'
import re, sys
lines = open(sys.argv[1], errors='replace').read().split('\n')[int(sys.argv[2]):]
entries = []
for line in lines:
    if re.match(r'^\d{4}-\d\d-\d\d ', line): entries.append(line)
    elif entries: entries[-1] += '\n' + line
i = 0
while i < len(entries):
    m = re.search(r'LOG:  duration: [\d.]+ ms  execute [^:]*: (.*)', entries[i], re.S)
    if m:
        sql = m.group(1).strip()
        if i + 1 < len(entries) and 'DETAIL:  parameters:' in entries[i + 1]:
            found = re.findall(r"\$(\d+) = (NULL|'(?:[^']|'')*')", entries[i + 1].split('parameters:', 1)[1])
            for n, value in sorted(((int(n), v) for n, v in found), reverse=True):
                sql = sql.replace('$%d' % n, value)
            i += 1
        # the scheduled jobs' statements are not the page's
        if not re.search(r'shedlock|outbound_email|^(BEGIN|COMMIT|ROLLBACK|SET)', sql, re.I):
            print(sql.replace('\n', ' ') + ';')
    i += 1
PY
}

$PSQL -qAt -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
sleep 1
n=0
for page in "${pages[@]}"; do
  n=$((n + 1))
  from=$(wc -l < "$PGLOG")
  curl -s -b "$work/c" -o /dev/null "$base$page"
  sleep 1
  statements "$PGLOG" "$from" > "$work/$n.sql"
done
$PSQL -qAt -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null

echo "# $(date -u '+%Y-%m-%d %H:%M') load $(cut -d' ' -f1-3 /proc/loadavg); bare SQL, median of $rounds rounds in psql"
n=0
for page in "${pages[@]}"; do
  n=$((n + 1))
  count=$(wc -l < "$work/$n.sql")
  { echo '\timing on'; for ((r = 0; r <= rounds; r++)); do cat "$work/$n.sql"; done; } > "$work/run.sql"
  $PSQL -qAt -f "$work/run.sql" 2>&1 | grep -o 'Time: [0-9.]*' | awk '{print $2}' | python3 -c "
import statistics, sys
times = [float(t) for t in sys.stdin]
each = [sum(times[r * $count:(r + 1) * $count]) for r in range(1, $rounds + 1)]
print('$page statements=$count bare_sql_ms=%.2f (min %.2f, max %.2f)' % (statistics.median(each), min(each), max(each)))"
done
