-- GET each path of the file PATHS_FILE (one a line) in turn, round robin per thread: many distinct requests,
-- as many customers make, rather than one URL that any cache answers after the first time.
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  if line ~= "" then paths[#paths + 1] = line end
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
