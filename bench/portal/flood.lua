-- A comment flood for wrk: the same comment posted again and again from one address (X-Forwarded-For 203.0.113.7),
-- with the session cookie and CSRF token the bench took from a page's form (env FLOOD_COOKIE, FLOOD_CSRF) and a
-- captcha field that is no solution (the first sends of the window answer 400, the rest must be 429). Counts the
-- answers by status, and the 429s without a Retry-After header, and prints one line the bench reads:
--   RESULT requests=N rps=R p99_ms=B errors=E no_retry_after=M statuses=400:5,429:N,...
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Forwarded-For"] = "203.0.113.7"
wrk.headers["Cookie"] = os.getenv("FLOOD_COOKIE") or ""
wrk.body = "authorName=" .. encode("Nguyễn Văn Flood") .. "&phone=0912345678&title=" .. encode("Bình luận lặp lại")
  .. "&content=" .. encode("Cùng một bình luận, gửi lại liên tục từ một địa chỉ.") .. "&altcha=bench"
  .. "&_csrf=" .. encode(os.getenv("FLOOD_CSRF") or "")

statuses = {}
no_retry_after = 0

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 429 and not (headers["Retry-After"] or headers["retry-after"]) then
    no_retry_after = no_retry_after + 1
  end
end

function done(summary, latency, requests)
  local total, missing = {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
    missing = missing + thread:get("no_retry_after")
  end
  local keys = {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do table.insert(parts, status .. ":" .. total[status]) end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p99_ms=%.2f errors=%d no_retry_after=%d statuses=%s\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, missing, table.concat(parts, ",")))
end
