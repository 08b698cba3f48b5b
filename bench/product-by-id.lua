-- GET /api/v1/products/{id} over the ids given in PRODUCT_IDS (comma-separated), round robin per thread.
local ids = {}
for id in string.gmatch(os.getenv("PRODUCT_IDS") or "1", "%d+") do ids[#ids + 1] = id end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/products/" .. ids[(n % #ids) + 1])
end
