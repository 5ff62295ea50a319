"""The server's side of a plan, read in a thread while the working copy is read and checked: the server answers
(QGIS Server renders its pages in its own process) while this one works.

Pages are asked ``READ_PAGE_SIZE`` features at a time (QGIS Server accepts up to 10,000): fewer requests, and a
page's JSON still decoded in well under the 200 ms a QGIS window may stall. Only this thread uses the ``Server``
while it runs; the planning thread waits for what it needs (``info``, then each ``layer``), and an error of the
server is raised there, in the order the planning asks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from ..core.schema import Layer
from . import answers
from .client import Server, ServerInfo
from .plan import Remote
from .records import canonical

READ_PAGE_SIZE = 5000


class ReadCancelledError(Exception):
    """The user cancelled while the plan waited for the server."""


def read_remote(server: Server, layer: Layer, page_size: int = READ_PAGE_SIZE,
                stopped: Callable[[], bool] | None = None) -> dict[str, Remote]:  # fmt: skip
    """uid -> the server's record of ``layer`` (canonical form, and the feature as the server gave it). Its first
    record is checked against the schema before any is believed (``answers.reading``)."""
    remote = {}
    server.readings.pop(layer.name, None)
    for count, feature in enumerate(server.items(layer.name, page_size=page_size)):
        if count == 0:
            reading = answers.reading(layer, feature.get("properties") or {}, server.url)
            if reading is not None:  # labels read back into names: this record and every later one
                server.readings[layer.name] = reading
                feature = server.believed(layer.name, feature)
        if stopped is not None and count % 1000 == 0 and stopped():
            break
        props = feature.get("properties") or {}
        uid = props.get("uid")
        if uid and feature.get("id") is not None:
            content = canonical(layer, props, feature.get("geometry"))
            remote[uid] = Remote(str(feature["id"]), content, feature, _revision(props.get("rev")))
    return remote


def _revision(value) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


class RemoteReader:
    """``server.probe()``, then every collection of ``layers`` the server has, in a thread."""

    def __init__(self, server: Server, layers: Iterable[Layer], page_size: int = READ_PAGE_SIZE) -> None:
        self.server = server
        self.layers = tuple(layers)
        self.page_size = page_size
        self._probed = threading.Event()
        self._read = {layer.name: threading.Event() for layer in self.layers}
        self._stop = threading.Event()
        self._info: ServerInfo | None = None
        self._results: dict[str, dict[str, Remote]] = {}
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="creative-layers-read-server", daemon=True)

    def start(self) -> RemoteReader:
        self._thread.start()
        return self

    def stop(self) -> None:
        """No more pages (a request under way ends by itself; what it brings is dropped)."""
        self._stop.set()

    def _run(self) -> None:
        try:
            self._info = self.server.probe()
            self._probed.set()
            for layer in self.layers:
                if self._stop.is_set():
                    return
                if layer.name in self._info.collections:
                    self._results[layer.name] = read_remote(self.server, layer, self.page_size, self._stop.is_set)
                self._read[layer.name].set()
        except BaseException as error:  # noqa: BLE001 (raised in the planning thread, when it asks)
            self._error = error
        finally:
            self._probed.set()
            for event in self._read.values():
                event.set()

    def _wait(self, event: threading.Event, cancelled: Callable[[], bool]) -> None:
        while not event.wait(0.1):
            if cancelled():
                self.stop()
                raise ReadCancelledError()

    def info(self, cancelled: Callable[[], bool] = lambda: False) -> ServerInfo:
        """What the server is and holds (its conformance and collections)."""
        self._wait(self._probed, cancelled)
        if self._info is None:
            raise self._error or RuntimeError("the server was not read")
        return self._info

    def ready(self, name: str) -> bool:
        """Whether the layer ``name`` was read (``layer`` hands it over without waiting)."""
        return self._read[name].is_set() and name in self._results

    def layer(self, name: str, cancelled: Callable[[], bool] = lambda: False) -> dict[str, Remote]:
        """uid -> the server's record of the layer ``name`` (handed over once)."""
        self._wait(self._read[name], cancelled)
        if name not in self._results:
            raise self._error or RuntimeError(f"the server's {name} was not read")
        return self._results.pop(name)
