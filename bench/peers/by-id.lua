-- GET {PREFIX}{id}{SUFFIX} over the ids in IDS (comma-separated, any characters but commas), round robin per
-- thread; headers given to wrk with -H go along (wrk.format adds them).
local ids = {}
for id in string.gmatch(os.getenv("IDS"), "[^,]+") do ids[#ids + 1] = id end
local prefix, suffix = os.getenv("PREFIX"), os.getenv("SUFFIX") or ""
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", prefix .. ids[(n % #ids) + 1] .. suffix)
end
