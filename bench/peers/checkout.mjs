// Checkout load for the peer comparison: CONNECTIONS guests at once, each placing orders of one unit of one
// product in a loop for DURATION seconds, through each shop's own store API, in the fewest requests that shop
// allows. Prints one JSON line: orders, orders/s, requests/s, per-order latency p50/p99 and failures.
//   node checkout.mjs aisle  BASE CONNECTIONS DURATION PRODUCT_IDS(comma-separated)
//   node checkout.mjs medusa BASE CONNECTIONS DURATION VARIANT_IDS(comma-separated) PUBLISHABLE_KEY REGION_ID
// Node's fetch keeps connections alive, like wrk. The address is the same made-up US one on both sides.
const [shop, base, connections, duration, ids, key, region] = process.argv.slice(2)
const items = ids.split(",")
const address = { first_name: "Bench", last_name: "Guest", address_1: "1 Load St", city: "Arlington",
  province: "VA", postal_code: "22201", country_code: "us" }
let requests = 0

async function call(method, path, body, headers = {}) {
  requests++
  const response = await fetch(base + path, { method, headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`)
  return text ? JSON.parse(text) : {}
}

async function aisleOrder(item, n) {
  await call("POST", "/api/v1/checkout/guest", { email: `guest-${n}@example.com`, items: [{ productId: Number(item),
    quantity: 1 }], shippingAddress: { fullName: "Bench Guest", line1: address.address_1, city: address.city,
    region: address.province, postalCode: address.postal_code, country: "US" } })
}

let shippingOption
async function medusaOrder(item, n) {
  const h = { "x-publishable-api-key": key }
  const { cart } = await call("POST", "/store/carts", { region_id: region, email: `guest-${n}@example.com`,
    items: [{ variant_id: item, quantity: 1 }], shipping_address: address, billing_address: address }, h)
  if (!shippingOption) {
    shippingOption = (await call("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, h)).shipping_options[0].id
  }
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shippingOption }, h)
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, h)
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" }, h)
  const done = await call("POST", `/store/carts/${cart.id}/complete`, {}, h)
  if (done.type !== "order") throw new Error("cart not completed: " + JSON.stringify(done).slice(0, 200))
}

const place = shop === "medusa" ? medusaOrder : aisleOrder
const latencies = []
let failures = 0, counter = 0, firstFailure
const end = Date.now() + Number(duration) * 1000
async function guest(i) {
  while (Date.now() < end) {
    const n = counter++, started = performance.now()
    try {
      await place(items[n % items.length], n)
      latencies.push(performance.now() - started)
    } catch (e) {
      failures++; firstFailure ??= e.message
    }
  }
}
const started = Date.now()
await Promise.all(Array.from({ length: Number(connections) }, (_, i) => guest(i)))
const seconds = (Date.now() - started) / 1000
latencies.sort((a, b) => a - b)
const at = (q) => latencies.length ? +latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1) : null
console.log(JSON.stringify({ shop, orders: latencies.length, ordersPerSecond: +(latencies.length / seconds).toFixed(1),
  requestsPerSecond: +(requests / seconds).toFixed(1), requestsPerOrder: +(requests / Math.max(1, latencies.length)).toFixed(2),
  p50ms: at(0.5), p99ms: at(0.99), failures, firstFailure }))
