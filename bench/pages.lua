-- wrk script for bench/pages.sh: sends the session cookie, cycles through PATHS (comma-separated,
-- from the environment) and reports latency percentiles and request counts as one line of JSON.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "([^,]+)") do paths[#paths + 1] = p end
local cookie = os.getenv("COOKIE") or ""
-- With TOKEN (an API token, ADR 0035), each request sends it instead of the session cookie, as a program would.
local token = os.getenv("TOKEN") or ""
-- With BODY (set by pages.sh from POST_FIELDS), each request posts it as a form instead, "{n}" in it replaced by a
-- count, so that each save changes something. Like a browser, the page a POST is sent on to is asked for next
-- (it takes the confirmation the POST left in the session): the figures are over both.
local body = os.getenv("BODY") or ""
local follow = nil
if body ~= "" then
  response = function(status, headers)
    local location = headers["Location"]
    if location then follow = (string.gsub(location, "^https?://[^/]+", "")) end
  end
end
local i = 0
local n = 0
local made = 0
-- Each thread has a Lua state of its own: its number keeps the counts of two threads apart.
setup = function(thread)
  made = made + 1
  thread:set("tid", made)
end

request = function()
  i = i % #paths + 1
  -- The API answers JSON only: asked for HTML it refuses (406), which wrk counts as an error.
  local accept = string.find(paths[i], "^/api/") and "application/json" or "text/html"
  if follow then
    local path = follow
    follow = nil
    return wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "text/html" })
  end
  if body ~= "" then
    n = n + 1
    return wrk.format("POST", paths[i], {
      ["Cookie"] = cookie,
      ["Accept"] = accept,
      ["Content-Type"] = "application/x-www-form-urlencoded"
    }, (string.gsub(body, "{n}", tostring(tid or 0) .. "-" .. n)))
  end
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
