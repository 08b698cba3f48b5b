-- A password-guessing flood on POST /api/v1/auth/login. FLOOD_EMAIL set: every guess is on that one
-- account; unset: every guess is on a different made-up account (each one costs a password hash, like a
-- flood spread over many accounts). Counts the answers by status.
local email = os.getenv("FLOOD_EMAIL")
if email == "" then email = nil end
local threads = {}
local n = 0

setup = function(thread)
  n = n + 1
  thread:set("id", n)
  table.insert(threads, thread)
end

init = function(args)
  guesses, statuses = 0, {}
end

request = function()
  guesses = guesses + 1
  local who = email or string.format("flood-%d-%d-%d@example.com", id, guesses, math.random(1, 1000000000))
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" },
    string.format('{"email":"%s","password":"guess-%d"}', who, guesses))
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, count in pairs(t:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(total) do parts[#parts + 1] = string.format("%s: %d", status, count) end
  table.sort(parts)
  io.write("login answers by status: " .. table.concat(parts, ", ") .. "\n")
end
