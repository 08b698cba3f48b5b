#!/usr/bin/env python3
"""Buyers for bench/galera.sh: customers checking out through two Aisle instances, each on its own Galera node.

  race:  every buyer buys one unit at a time of a product with little stock, with a promotion code that has a usage
         limit; each checkout is sent with one Idempotency-Key to BOTH instances at the same moment (two nodes race
         to place it), and replayed afterwards on each. Both answers and the replays must name the same order.
  drill: buyers check out for a fixed time, alternating instances, each buyer its own product (so that what fails
         is the node's absence, not two nodes racing for one stock row); a checkout that fails (503, no answer) is
         retried with its key until it succeeds, as a client should. Every request's time and outcome is kept, so
         the script can tell how long requests failed while a node was away.

Prints one JSON document on stdout. Standard library only.
"""
import argparse, json, threading, time, urllib.error, urllib.request, uuid

ADDRESS = {"fullName": "Galera Buyer", "line1": "1 Cluster Way", "city": "Arlington", "region": "VA",
           "postalCode": "22201", "country": "US"}


def call(base, method, path, body=None, token=None, key=None, timeout=15):
    """(status, json or None); status 0 when there was no answer."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if key:
        headers["Idempotency-Key"] = key
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read() or b"null")
        except ValueError:
            return e.code, None
    except (OSError, ValueError):
        return 0, None


def customer(base, n, run):
    email = f"galera-{run}-{n}@example.com"
    for _ in range(60):  # sign-ins share a few password-hashing slots: a busy answer is retried
        status, body = call(base, "POST", "/api/v1/auth/register",
                            {"email": email, "password": "galera-password", "fullName": "Buyer"})
        if status in (200, 201, 409):
            break
        time.sleep(0.5)
    for _ in range(60):
        status, body = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": "galera-password"})
        if status == 200:
            return body["accessToken"]
        time.sleep(0.5)
    raise RuntimeError(f"sign-in failed for {email}: {status} {body}")


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.orders = {}          # key -> order id
        self.acked = set()        # every order id answered with 200/201, by any instance, replays included
        self.anomalies = []       # answers that break a guarantee
        self.statuses = {}        # "checkout 201" -> count
        self.events = []          # drill: (time, ok)
        self.refused_stock = 0
        self.code_used_up = 0
        self.with_code = 0

    def count(self, what, status):
        with self.lock:
            self.statuses[f"{what} {status}"] = self.statuses.get(f"{what} {status}", 0) + 1


def detail(body):
    return f"{body.get('title', '')}: {body.get('detail', '')}" if isinstance(body, dict) else ""


def checkout_until_answered(base, token, key, code, tally, deadline):
    """Sends the checkout, again with the same key while the answer is a 503 or none at all."""
    body = {"shippingAddress": ADDRESS}
    if code:
        body["promotionCode"] = code
    while True:
        status, answer = call(base, "POST", "/api/v1/orders", body, token, key)
        tally.count("checkout", status)
        with tally.lock:
            tally.events.append((time.time(), status not in (0, 500, 502, 503, 504)))
        # only "busy" (503) and "no answer" are worth the same request again
        if status not in (0, 502, 503, 504) or time.time() > deadline:
            return status, answer
        time.sleep(0.2)


def race_buyer(apps, token, product, code, tally, deadline):
    use_code, need_item = True, True
    while time.time() < deadline:
        if need_item:
            status, _ = call(apps[0], "POST", "/api/v1/cart/items", {"productId": product, "quantity": 1}, token)
            tally.count("cart", status)
            if status == 409:  # no stock left to put in a cart
                return
            need_item = False
        key = str(uuid.uuid4())
        answers = [None, None]

        def send(i):
            answers[i] = checkout_until_answered(apps[i], token, key, code if use_code else None, tally, deadline)
        threads = [threading.Thread(target=send, args=(i,)) for i in (0, 1)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        ids = {a[1]["id"] for a in answers if a[0] in (200, 201)}
        with tally.lock:
            tally.acked |= ids
        if len(ids) > 1:
            tally.anomalies.append(f"key {key} made orders {sorted(ids)}")
        if ids:
            order = ids.pop()
            with tally.lock:
                tally.orders[key] = order
                tally.with_code += 1 if use_code else 0
            for app in apps:  # replays on each instance answer the same order
                status, replay = call(app, "POST", "/api/v1/orders", {"shippingAddress": ADDRESS}, token, key)
                if status in (200, 201):
                    with tally.lock:
                        tally.acked.add(replay["id"])
                if status not in (200, 201) or replay["id"] != order:
                    tally.anomalies.append(f"replay of {key} on {app}: {status} {replay}")
            if any(a[0] not in (200, 201) for a in answers):
                tally.anomalies.append(f"key {key}: one instance placed {order}, the other said {answers}")
            need_item = True
            continue
        texts = " ".join(detail(a[1]) for a in answers)
        if "out of stock" in texts:
            with tally.lock:
                tally.refused_stock += 1
            return
        if "used up" in texts.lower():
            with tally.lock:
                tally.code_used_up += 1
            use_code = False
            continue
        tally.anomalies.append(f"key {key}: {answers}")
        return


def drill_buyer(apps, n, token, products, tally, deadline):
    product = products[n % len(products)]
    i = n
    while time.time() < deadline:
        app = apps[i % 2]
        i += 1
        status, _ = call(app, "POST", "/api/v1/cart/items", {"productId": product, "quantity": 1}, token)
        tally.count("cart", status)
        with tally.lock:
            tally.events.append((time.time(), status in (200, 201)))
        if status not in (200, 201):
            time.sleep(0.2)
            continue
        key = str(uuid.uuid4())
        status, answer = checkout_until_answered(app, token, key, None, tally, deadline + 60)
        if status in (200, 201):
            with tally.lock:
                tally.orders[key] = answer["id"]
        else:
            tally.anomalies.append(f"key {key} never placed: {status} {answer}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["race", "drill"])
    parser.add_argument("--apps", required=True, help="two base URLs, comma-separated")
    parser.add_argument("--product", required=True, help="a product id (drill: one per buyer, comma-separated)")
    parser.add_argument("--started", help="a file to write once every buyer is signed in and buying starts")
    parser.add_argument("--code")
    parser.add_argument("--buyers", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--run", default=str(int(time.time())))
    args = parser.parse_args()
    apps = args.apps.split(",")
    tokens = [None] * args.buyers

    def sign_up(n):
        tokens[n] = customer(apps[n % 2], n, args.run)
    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(args.buyers)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    if None in tokens:
        raise SystemExit("not every buyer could sign in")
    tally = Tally()
    start = time.time()
    if args.started:
        open(args.started, "w").write(str(start))
    deadline = start + args.seconds
    if args.mode == "race":
        work = [threading.Thread(target=race_buyer, args=(apps, tokens[n], int(args.product), args.code, tally,
                                                          deadline))
                for n in range(args.buyers)]
    else:
        products = [int(p) for p in args.product.split(",")]
        work = [threading.Thread(target=drill_buyer, args=(apps, n, tokens[n], products, tally, deadline))
                for n in range(args.buyers)]
    [t.start() for t in work]
    [t.join() for t in work]
    failures = sorted(t for t, ok in tally.events if not ok)
    print(json.dumps({
        "seconds": round(time.time() - start, 1), "orders": len(tally.orders),
        "keys": sorted(tally.orders), "orderIds": sorted(tally.orders.values()), "ackedIds": sorted(tally.acked),
        "withCode": tally.with_code, "refusedForStock": tally.refused_stock, "codeUsedUp": tally.code_used_up,
        "statuses": tally.statuses, "anomalies": tally.anomalies[:20], "anomalyCount": len(tally.anomalies),
        "requests": len(tally.events), "failedRequests": len(failures),
        "firstFailure": failures[0] if failures else None, "lastFailure": failures[-1] if failures else None,
        "failureTimes": [round(t, 2) for t in failures],
    }))


if __name__ == "__main__":
    main()
