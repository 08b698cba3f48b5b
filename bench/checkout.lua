-- Checkout load: every connection is one customer (run with as many threads as connections, so each
-- thread has one connection and one token). A customer alternates "add 1 unit to the cart" and "place the
-- order". Customer i buys product i of PRODUCT_IDS (round robin). Counts orders placed (201) and refused
-- for stock or a used-up code (409); anything else is an error.
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do tokens[#tokens + 1] = line end
local products = {}
for id in string.gmatch(os.getenv("PRODUCT_IDS"), "%d+") do products[#products + 1] = id end
local threads = {}
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("token", tokens[counter])
  thread:set("product", products[((counter - 1) % #products) + 1])
  table.insert(threads, thread)
end

init = function(args)
  step = 0
  placed, refused, failed = 0, 0, 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  add = wrk.format("POST", "/api/v1/cart/items", headers, '{"productId":' .. product .. ',"quantity":1}')
  -- ORDER_BODY: what to send with the order (a shipping method, a code...); by default just the address
  order = wrk.format("POST", "/api/v1/orders", headers, os.getenv("ORDER_BODY") or
    '{"shippingAddress":{"fullName":"Bench Customer","line1":"1 Load St","city":"Testville","region":"VA","postalCode":"22201","country":"US"}}')
end

-- `last` is what this connection has in flight (one connection per thread, no pipelining)
request = function()
  step = step + 1
  if step % 2 == 1 then last = "add"; return add else last = "order"; return order end
end

response = function(status, headers, body)
  if last == "order" then
    if status == 201 then placed = placed + 1
    elseif status == 409 then refused = refused + 1
    else failed = failed + 1 end
  elseif status ~= 200 and status ~= 201 and status ~= 409 then
    failed = failed + 1
  end
end

done = function(summary, latency, requests)
  local p, r, f = 0, 0, 0
  for _, t in ipairs(threads) do
    p = p + t:get("placed"); r = r + t:get("refused"); f = f + t:get("failed")
  end
  io.write(string.format("orders placed: %d, refused (409): %d, failed: %d, orders/s: %.1f\n",
    p, r, f, p / (summary.duration / 1e6)))
end
