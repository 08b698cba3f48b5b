-- Catalog listings: GET each path of LISTING_PATHS (separated by spaces) in turn, round robin per thread, as
-- shoppers browse categories, sorts, pages and the in-stock filter. Counts answers other than 200 as wrk's Non-2xx.
local paths = {}
for path in string.gmatch(os.getenv("LISTING_PATHS") or "/api/v1/products", "%S+") do paths[#paths + 1] = path end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
