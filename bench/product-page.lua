-- GET {PAGE}{id} over the ids in PRODUCT_IDS (comma-separated), round robin per thread.
local ids = {}
for id in string.gmatch(os.getenv("PRODUCT_IDS") or "1", "%d+") do ids[#ids + 1] = id end
local prefix = os.getenv("PAGE") or "/p/"
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", prefix .. ids[(n % #ids) + 1])
end
