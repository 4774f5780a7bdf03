#!/usr/bin/env python3
"""A loopback round-robin TCP proxy: each new connection goes to the next backend that accepts it."""
import socket, sys, threading, itertools

listen_port = int(sys.argv[1])
backends = [("127.0.0.1", int(p)) for p in sys.argv[2:]]
turn = itertools.cycle(range(len(backends)))

def pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

def serve(client):
    for _ in range(len(backends)):
        target = backends[next(turn)]
        try:
            upstream = socket.create_connection(target, timeout=2)
            upstream.settimeout(None)
            break
        except OSError:
            continue
    else:
        client.close()
        return
    threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
    threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", listen_port))
server.listen(128)
while True:
    conn, _ = server.accept()
    serve(conn)
