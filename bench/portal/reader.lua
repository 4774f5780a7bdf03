-- An anonymous reader of the portal for wrk: a plain GET with no cookie, each request from an address of its own
-- (X-Forwarded-For 198.51.100.1-254, which the application honors behind a proxy; nginx ignores it). Counts the
-- answers by status and prints one line the bench reads:
--   RESULT requests=N rps=R p50_ms=A p99_ms=B errors=E statuses=200:N,...
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local sent = 0
statuses = {}

function init(args)
  sent = id * 97
end

function request()
  sent = sent + 1
  return wrk.format(nil, nil, { ["X-Forwarded-For"] = "198.51.100." .. (sent % 254 + 1) })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local keys = {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do table.insert(parts, status .. ":" .. total[status]) end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d statuses=%s\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end
