"""A real HTTP proxy on 127.0.0.1 that misbehaves at random moments, for publishing over a bad network.

It is a forward proxy (what QGIS's proxy settings point to): the client sends ``GET http://host:port/path``, the
proxy forwards the request to that host over a kept-alive connection of its own and relays the answer. Each request
draws one fault from a seeded random generator, so a failing run can be replayed with the same seed:

- ``drop``: the connection is closed before the request is forwarded (the server never sees it);
- ``lost``: the request is forwarded and done, then the connection is closed without an answer (the worst case:
  the write happened and the client does not know);
- ``delay``: the answer comes late (but within the client's timeout);
- ``502`` / ``503`` / ``429``: the proxy answers itself, without forwarding;
- ``502_after``: forwarded and done, then answered 502 (as a gateway whose upstream answered too late);
- ``cut``: forwarded, and the answer's body is cut short.
"""

from __future__ import annotations

import http.client
import random
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from .loopback import Loopback

FAULTS = ("drop", "lost", "delay", "502", "503", "429", "502_after", "cut")
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "trailer", "upgrade",
              "transfer-encoding"}  # fmt: skip


class Faults:
    """What the proxy does: the share of requests that meet a fault, which faults, and what happened."""

    def __init__(self, seed: int, rate: float = 0.0, faults: tuple[str, ...] = FAULTS, max_delay: float = 0.4):
        self.random = random.Random(seed)
        self.rate = rate
        self.faults = faults
        self.max_delay = max_delay
        self.lock = threading.Lock()
        self.seen: Counter = Counter()
        self.before_forward = None  # a callable (method, path) run just before a request goes on to the server
        self.script: dict[str, list[str | None]] = {}  # method -> the faults its next requests meet, in order

    def draw(self, method: str) -> str | None:
        with self.lock:
            if self.script.get(method):
                fault = self.script[method].pop(0)
            else:
                fault = self.random.choice(self.faults) if self.random.random() < self.rate else None
            self.seen[(method, fault)] += 1
            return fault

    def delay(self) -> float:
        with self.lock:
            return self.random.uniform(0.05, self.max_delay)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    faults: Faults

    def log_message(self, *_args) -> None:
        pass

    def _relay(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        fault = self.faults.draw(self.command)
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault in ("503", "429", "502"):
            self._answer(int(fault), b'{"code": "proxy"}', {"Retry-After": "0"} if fault != "502" else {})
            return
        if fault == "delay":
            time.sleep(self.faults.delay())
        if self.faults.before_forward is not None:
            self.faults.before_forward(self.command, urlsplit(self.path).path)
        target = urlsplit(self.path)
        upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
        try:
            headers = {key: value for key, value in self.headers.items() if key.lower() not in HOP_BY_HOP}
            path = target.path + (f"?{target.query}" if target.query else "")
            upstream.request(self.command, path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
        finally:
            upstream.close()
        if fault == "lost":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "502_after":
            self._answer(502, b"<html>502 Bad Gateway</html>", {"Content-Type": "text/html"})
            return
        self.send_response(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in HOP_BY_HOP and key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if fault == "cut" and data:
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(data)

    def _answer(self, status: int, data: bytes, headers: dict) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_HEAD = do_PATCH = _relay  # noqa: N815


class FaultyProxy(Loopback):
    """``with FaultyProxy(faults) as proxy: ... proxy.url``: started on a free port of 127.0.0.1, stopped after."""

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        super().__init__(type("Handler", (_Handler,), {"faults": faults}))
