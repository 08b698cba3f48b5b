#!/usr/bin/env python3
"""Buyers for bench/drills.sh: N customers checking out through the load balancer for a fixed time, each
order under its own Idempotency-Key, RETRIED with the same key after a connection error, a timeout or a 5xx
until the shop answers 201/200 (the order) or a definite 4xx. Standard library only.

  drill-buyers.py setup BASE ADMIN_PASSWORD BUYERS PRODUCTS STOCK STATE.json
      registers BUYERS customers and creates PRODUCTS products with STOCK units each (through BASE)
  drill-buyers.py run BASE STATE.json SECONDS RESULT.json
      checks out for SECONDS and writes every acknowledged order and every failed attempt (with its time)
  drill-buyers.py check NAME FAULT_AT STATE.json SQL_COMMAND RESULT.json [EARLIER_RESULT.json...]
      judges a drill against the database (SQL_COMMAND runs one query and prints tab-separated rows): every
      acknowledged order present, no key with two orders, no order nobody was told about, stock + units sold
      equal to the start; prints the failure window and PASS or FAIL (exit 1)

Each buyer sets its cart to one unit (PUT, safe to repeat) and places the order; a retry never sends a new
key, so an order the shop committed before the answer was lost is answered again, never made twice.
"""
import http.client
import json
import sys
import threading
import time
import uuid

ADDRESS = {"fullName": "Drill Customer", "line1": "1 Load St", "city": "Testville", "region": "VA",
           "postalCode": "22201", "country": "US"}
TIMEOUT = 10


def call(base, method, path, body=None, token=None, key=None):
    """One attempt: (status, json body) or (None, reason) when no HTTP answer came."""
    host, port = base.replace("http://", "").split(":")
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if key:
        headers["Idempotency-Key"] = key
    connection = http.client.HTTPConnection(host, int(port), timeout=TIMEOUT)
    try:
        connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = connection.getresponse()
        text = response.read()
        try:
            answer = json.loads(text) if text else None
        except ValueError:
            answer = None
        if isinstance(answer, dict) and response.getheader("Idempotent-Replayed") == "true":
            answer["replayed"] = True  # an earlier attempt with this key made the order; this one only answers it
        return response.status, answer
    except (OSError, http.client.HTTPException) as e:
        return None, type(e).__name__
    finally:
        connection.close()


def definite(status):
    return status is not None and status < 500 and status != 429


def until_answered(base, failures, what, method, path, body=None, token=None, key=None, deadline=None):
    """Repeats the same request until a definite answer; every other attempt is recorded as a failure."""
    while True:
        status, answer = call(base, method, path, body, token, key)
        if definite(status):
            return status, answer
        failures.append({"t": time.time(), "what": what, "status": status,
                         "reason": answer if status is None else (answer or {}).get("title")})
        if deadline and time.time() > deadline:
            return status, answer
        time.sleep(0.2)


def setup(base, admin_password, buyers, products, stock, state_file):
    failures = []
    status, tokens = until_answered(base, failures, "login", "POST", "/api/v1/auth/login",
                                    {"email": "admin@aisle.local", "password": admin_password})
    assert status == 200, (status, tokens)
    admin = tokens["accessToken"]
    run = uuid.uuid4().hex[:8]
    product_ids = []
    for i in range(products):
        status, product = until_answered(base, failures, "product", "POST", "/api/v1/products",
                                         {"sku": f"DRILL-{run}-{i}", "name": f"Drill product {run} {i}",
                                          "brand": "Drill", "category": "sports",
                                          "description": "Bought by the fault drills.", "price": 10.00,
                                          "stock": stock}, token=admin)
        assert status == 201, (status, product)
        product_ids.append(product["id"])
    customers = []
    for i in range(buyers):
        email = f"drill-{run}-{i}@example.com"
        status, user = until_answered(base, failures, "register", "POST", "/api/v1/auth/register",
                                      {"email": email, "password": "correct-horse-battery",
                                       "fullName": "Drill Customer"})
        assert status == 201, (status, user)
        customers.append({"id": user["id"], "email": email, "product": product_ids[i % products]})
    json.dump({"run": run, "products": product_ids, "stock": stock, "customers": customers}, open(state_file, "w"))
    print(f"{buyers} buyers, {products} products of {stock} units")


def buyer(base, customer, seconds, results, lock):
    failures, orders, refused = [], [], []
    status, tokens = until_answered(base, failures, "login", "POST", "/api/v1/auth/login",
                                    {"email": customer["email"], "password": "correct-horse-battery"})
    token = tokens["accessToken"]
    end = time.time() + seconds
    while time.time() < end:
        status, _ = until_answered(base, failures, "cart", "PUT", f"/api/v1/cart/items/{customer['product']}",
                                   {"quantity": 1}, token=token)
        if status != 200:
            refused.append({"what": "cart", "status": status})
            continue
        key = uuid.uuid4().hex
        started = time.time()
        status, order = until_answered(base, failures, "checkout", "POST", "/api/v1/orders", {"shippingAddress": ADDRESS},
                                       token=token, key=key, deadline=end + 120)
        if status in (200, 201):
            orders.append({"key": key, "id": order["id"], "user": customer["id"], "status": status,
                           "replayed": bool(order.get("replayed")), "seconds": round(time.time() - started, 3)})
        else:
            refused.append({"what": "checkout", "key": key, "status": status,
                            "title": (order or {}).get("title") if isinstance(order, dict) else order})
    with lock:
        results["orders"].extend(orders)
        results["failures"].extend(failures)
        results["refused"].extend(refused)


def run(base, state_file, seconds, result_file):
    state = json.load(open(state_file))
    results = {"orders": [], "failures": [], "refused": [], "started": time.time()}
    lock = threading.Lock()
    threads = [threading.Thread(target=buyer, args=(base, c, float(seconds), results, lock)) for c in state["customers"]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results["ended"] = time.time()
    json.dump(results, open(result_file, "w"))
    print(f"acknowledged orders: {len(results['orders'])}, failed attempts: {len(results['failures'])}, "
          f"definite refusals: {len(results['refused'])}")


def sql(command, query):
    import subprocess
    out = subprocess.run(command + [query], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line.strip()]


def check(name, fault_at, state_file, command, result_file, earlier):
    state = json.load(open(state_file))
    result = json.load(open(result_file))
    acknowledged = list(result["orders"])
    for f in earlier:
        acknowledged += json.load(open(f))["orders"]
    command = command.split()
    users = ",".join(str(c["id"]) for c in state["customers"])
    products = ",".join(str(p) for p in state["products"])
    ids = sorted({o["id"] for o in acknowledged})
    found = set()
    for start in range(0, len(ids), 500):
        chunk = ",".join(str(i) for i in ids[start:start + 500])
        found |= {int(r[0]) for r in sql(command, f"SELECT id FROM orders WHERE id IN ({chunk})")}
    lost = len(ids) - len(found)
    keys_twice = int(sql(command, f"SELECT COUNT(*) FROM (SELECT user_id, idempotency_key FROM orders WHERE user_id IN "
                                  f"({users}) GROUP BY user_id, idempotency_key HAVING COUNT(*) > 1) t")[0][0])
    in_database = int(sql(command, f"SELECT COUNT(*) FROM orders WHERE user_id IN ({users})")[0][0])
    distinct_keys = len({(o["user"], o["key"]) for o in acknowledged})
    stock = int(sql(command, f"SELECT COALESCE(SUM(stock), 0) FROM products WHERE id IN ({products})")[0][0])
    sold = int(sql(command, f"SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE product_id IN ({products})")[0][0])
    start_total = state["stock"] * len(state["products"])
    mine = [o for o in result["orders"]]
    # before the fault only sign-ins fail (503 while every password-hashing slot is busy), and are retried
    before = [f for f in result["failures"] if f["t"] < fault_at]
    failures = sorted((f for f in result["failures"] if f["t"] >= fault_at), key=lambda f: f["t"])
    kinds = {}
    for f in failures:
        kind = f"{f['what']} {f['status'] or f['reason']}"
        kinds[kind] = kinds.get(kind, 0) + 1
    window = (f"from +{failures[0]['t'] - fault_at:.1f} s to +{failures[-1]['t'] - fault_at:.1f} s after the fault "
              f"({failures[-1]['t'] - failures[0]['t']:.1f} s)") if failures else "none"
    early = {}
    for f in before:
        kind = f"{f['what']} {f['status'] or f['reason']}"
        early[kind] = early.get(kind, 0) + 1
    slowest = max((o["seconds"] for o in mine), default=0)
    print(f"{name}: {len(mine)} orders acknowledged in this drill ({len(ids)} so far), {len(found)} found, {lost} lost; "
          f"keys with two orders: {keys_twice}; orders of the buyers in the database: {in_database} "
          f"(acknowledged: {distinct_keys}); stock + units sold: {stock} + {sold} = {stock + sold} (start {start_total})")
    print(f"{name}: failed attempts before the fault: {len(before)} {json.dumps(early, sort_keys=True)}")
    print(f"{name}: failed attempts after the fault: {len(failures)} {json.dumps(kinds, sort_keys=True)}, {window}; "
          f"definite refusals: {len(result['refused'])}; slowest acknowledged checkout (retries included): {slowest:.1f} s")
    replayed = sum(1 for o in mine if o.get("replayed"))
    print(f"{name}: orders made by an attempt whose answer was lost, answered to the retry with the same key: {replayed}")
    ok = lost == 0 and keys_twice == 0 and in_database == distinct_keys and stock + sold == start_total \
        and not result["refused"] and len(mine) > 0
    print(f"{name}: {'PASS' if ok else 'FAIL'}")
    return ok


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        setup(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7])
    elif sys.argv[1] == "check":
        sys.exit(0 if check(sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7:]) else 1)
    elif sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    else:
        sys.exit(__doc__)
