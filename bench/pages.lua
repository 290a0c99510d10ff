-- wrk script for bench/pages.sh: sends the session cookie, cycles through PATHS (comma-separated,
-- from the environment) and reports latency percentiles and request counts as one line of JSON.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "([^,]+)") do paths[#paths + 1] = p end
local cookie = os.getenv("COOKIE") or ""
-- With TOKEN (an API token, ADR 0035), each request sends it instead of the session cookie, as a program would.
local token = os.getenv("TOKEN") or ""
local i = 0

request = function()
  i = i % #paths + 1
  -- The API answers JSON only: asked for HTML it refuses (406), which wrk counts as an error.
  local accept = string.find(paths[i], "^/api/") and "application/json" or "text/html"
  if token ~= "" then
    return wrk.format("GET", paths[i], { ["Authorization"] = "Bearer " .. token, ["Accept"] = accept })
  end
  return wrk.format("GET", paths[i], { ["Cookie"] = cookie, ["Accept"] = accept })
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"errors":%d,"seconds":%.1f,"p50_ms":%.1f,"p95_ms":%.1f,"p99_ms":%.1f}\n',
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3))
end
