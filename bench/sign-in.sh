# Sourced by bench/pages.sh and bench/compare.sh: signing in, the key pages, CPU ticks.

sign_in() { # base cookie-file -> the session cookie, "HUBCYCLE_SESSION=…" (EMAIL, PASSWORD)
  local csrf
  csrf=$(curl -s -c "$2" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$2" -c "$2" -o /dev/null --data-urlencode "username=${EMAIL:-lead01@national.test}" \
    --data-urlencode "password=${PASSWORD:-national-bench}" --data-urlencode "_csrf=$csrf" "$1/login"
  echo "HUBCYCLE_SESSION=$(awk '$6 == "HUBCYCLE_SESSION" {print $7}' "$2")"
}

key_pages() { # base cookie-file -> the key pages, one a line (PAGES=/a,/b for others; YEAR, default 2026-27)
  local hub urn year=${YEAR:-2026-27}
  if [ -n "${PAGES:-}" ]; then tr ',' '\n' <<< "$PAGES"; return; fi
  hub=$(curl -s -b "$2" "$1/" | grep -o 'href="/hubs/[^"]*"' | head -n 1 | sed 's/.*\/hubs\///; s/"$//' || true)
  urn=$(curl -s -b "$2" "$1/schools?q=ash" | grep -o 'href="/schools/[0-9]*"' | head -n 1 | grep -o '[0-9]*' || true)
  printf '%s\n' "/" "/schools?q=ash" "/schools?q=QA1" "/schools/$urn" "/catalogue/$hub/$year" "/enrolment/$year" "/llmes"
}

cpu_ticks() { # pid -> CPU time of that process and of every postgres process, in clock ticks
  # utime + stime, and the children's (cutime + cstime): PostgreSQL's server process counts there the backends
  # and workers that have exited, which would otherwise vanish from the sum during a run.
  local total=0 pid
  for pid in "$1" $(pgrep -x postgres || true); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")))
  done
  echo "$total"
}

api_token() { # base cookie-file (signed in) -> a new API token of the signed-in person, made through the form
  # (ADR 0035): a year's token named "bench <time>", with the person's PASSWORD.
  local csrf
  csrf=$(curl -s -b "$2" -c "$2" "$1/account/tokens/new" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed 's/.*value="//; s/"$//')
  curl -s -b "$2" -c "$2" -o /dev/null --data-urlencode "name=bench $(date -u +%H%M%S)" --data-urlencode "days=365" \
    --data-urlencode "password=${PASSWORD:-national-bench}" --data-urlencode "_csrf=$csrf" "$1/account/tokens"
  curl -s -b "$2" "$1/account/tokens" | grep -o 'id="secret">hcy_[^<]*' | sed 's/id="secret">//'
}
