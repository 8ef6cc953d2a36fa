-- wrk script of benches/compare/server.sh: the bearer token from $TOKEN (when set), the method
-- and body from $WRK_METHOD / $WRK_BODY (ROAPI takes its SQL as a POST body), and one JSON line
-- with the figures at the end. With WRK_DISTINCT=1 every request's SQL ends in a LIMIT of its
-- own (one million and up: the answer is the same, the text never repeats), so no server can
-- answer from a cache of earlier answers.
local token = os.getenv("TOKEN")
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
local method = os.getenv("WRK_METHOD")
if method and method ~= "" then wrk.method = method end
local body = os.getenv("WRK_BODY")
if body and body ~= "" then wrk.body = body end
local distinct = os.getenv("WRK_DISTINCT") == "1"
local n = 1000000

if distinct then
  request = function()
    n = n + 1
    if wrk.body then
      return wrk.format(nil, nil, nil, wrk.body .. " limit " .. n)
    end
    return wrk.format(nil, wrk.path .. "%20limit%20" .. n)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "non2xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
