"""A real HTTP server on 127.0.0.1 that speaks just enough OGC API - Features to be published to, and misbehaves on
request: it answers a chosen status to writes, lacks collections, answers late, or answers what is not JSON. For the
failures the reference server cannot be made to show on purpose."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from creative_layers_plugin.core.schema import LAYERS

from .loopback import Loopback


class Behaviour:
    def __init__(self) -> None:
        self.collections = [layer.name for layer in LAYERS]
        self.write_statuses: list[int] = []  # the answers to the next writes, in order; then 201
        self.read_delay = 0.0
        self.not_json = False
        self.requests: list[tuple[str, str]] = []
        self.created: dict[str, dict] = {}
        self.created_in: dict[str, str] = {}  # remote id -> collection
        self.answer = None  # (collection, properties) -> the properties the server answers (a server set up so)
        self.media: dict[str, bytes] = {}  # its media store: path -> the photo's bytes
        self.media_statuses: list[int] = []  # the answers to the next photo uploads, in order; then 201


class Handler(BaseHTTPRequestHandler):
    behaviour: Behaviour

    def log_message(self, *_args) -> None:  # quiet
        pass

    def _send(self, status: int, body: object = None, headers: dict | None = None) -> None:
        data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_HEAD(self) -> None:
        self.behaviour.requests.append(("HEAD", self.path))
        data = self.behaviour.media.get(self.path)
        self.send_response(200 if data is not None else 404)
        self.send_header("Content-Length", str(len(data or b"")))
        self.end_headers()

    def _media_put(self, body: bytes) -> None:
        status = self.behaviour.media_statuses.pop(0) if self.behaviour.media_statuses else 201
        if status == 201:
            self.behaviour.media[self.path] = body
        self._send(status, None if status == 201 else {"code": str(status)})

    def do_GET(self) -> None:
        behaviour = self.behaviour
        behaviour.requests.append(("GET", self.path))
        time.sleep(behaviour.read_delay)
        if self.path.startswith("/media/"):
            data = behaviour.media.get(self.path)
            self._send(200 if data is not None else 404, data if data is not None else {"code": "NotFound"})
        elif behaviour.not_json:
            self._send(200, b"<html><body>Welcome to nginx!</body></html>")
        elif self.path.startswith("/conformance"):
            self._send(200, {"conformsTo": ["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"]})
        elif self.path.startswith("/collections") and "/items" in self.path:
            name = self.path.split("/")[2]
            if name not in behaviour.collections:
                self._send(404, {"code": "NotFound"})
            else:  # what it created, filtered by uid as servers do (?uid=...)
                uid = parse_qs(urlsplit(self.path).query).get("uid", [None])[0]
                features = [{**feature, "id": remote_id} for remote_id, feature in behaviour.created.items()
                            if behaviour.created_in[remote_id] == name
                            and uid in (None, (feature.get("properties") or {}).get("uid"))]  # fmt: skip
                if behaviour.answer is not None:
                    features = [{**f, "properties": behaviour.answer(name, f["properties"])} for f in features]
                self._send(200, {"type": "FeatureCollection", "features": features, "links": []})
        elif self.path.startswith("/collections"):
            self._send(200, {"collections": [{"id": name, "title": name} for name in behaviour.collections]})
        else:
            self._send(200, {"links": []})

    def _write(self, method: str) -> None:
        behaviour = self.behaviour
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        behaviour.requests.append((method, self.path))
        if self.path.startswith("/media/") and method == "PUT":
            self._media_put(body)
            return
        if "creative-layers-write-probe" in self.path:
            self._send(404, {"code": "NotFound"})
            return
        status = behaviour.write_statuses.pop(0) if behaviour.write_statuses else 201
        if status == 201 and method == "POST":
            feature = json.loads(body)
            remote_id = str(len(behaviour.created) + 1)
            behaviour.created[remote_id] = feature
            behaviour.created_in[remote_id] = self.path.split("/")[2]
            self._send(201, None, {"Location": f"http://{self.headers['Host']}{self.path}/{remote_id}"})
        else:
            self._send(status, {"code": str(status), "description": "refused"})

    def do_POST(self) -> None:
        self._write("POST")

    def do_PUT(self) -> None:
        self._write("PUT")

    def do_DELETE(self) -> None:
        self._write("DELETE")


class MisbehavingServer(Loopback):
    def __init__(self) -> None:
        self.behaviour = Behaviour()
        super().__init__(type("BoundHandler", (Handler,), {"behaviour": self.behaviour}))
