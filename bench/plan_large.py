"""Part 2 of bench/publish.py: planning a large workspace in which 100 records changed since the last publish,
against one plain read of the same layers (QgsVectorLayer.getFeatures(), every attribute and geometry).

The server holds the same records: a reference server serving a copy of the workspace (as one initial publish would
leave it, without posting them one by one), and the workspace's sync base says they were published (written with the
plugin's SyncState.confirm, the SQLite syncing off while it is filled: that is setup, not measured). Then 100
organisations are renamed in the workspace, and measured, alternating:

- the plain read (the reference);
- ``prepare()``: the working copy read and checked while the server's collections are read (in a thread), the
  comparison; its parts: the server's read from the first request to the last page, the time spent in item pages;
- the server side alone: the plugin's client reading every collection (``read_remote``, the plan's page size), nothing
  else: what ``prepare`` cannot go below however fast the local side is;
- the local side alone: the base read, ``read_local`` for every layer and ``compare`` against the server's records
  held in memory (what ``prepare`` costs without the network).

Printed: the medians, the ratio plan / plain read (target at most 1.5), the local side's and the server side's
ratios, the share of ``prepare()`` the guards take (the dataset and mass-change checks, the revisions read, the
answers checked against the schema: each function timed where it runs, inside the measured ``prepare()``; at most
5 %), and the memory:
the peak of the process's resident size while planning (sampled every 10 ms) above where it started, the growth of
ru_maxrss, and, with ``--tracemalloc``, the Python allocations' peak of the local side.
"""

from __future__ import annotations

import os
import resource
import statistics
import threading
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from qgis.core import QgsVectorLayer

from creative_layers_plugin.core.schema import LAYERS
from creative_layers_plugin.core.workspace_open import open_workspace
from creative_layers_plugin.sync import answers, guards, remote_reader
from creative_layers_plugin.sync.client import Server
from creative_layers_plugin.sync.plan import Remote, compare
from creative_layers_plugin.sync.publish import prepare
from creative_layers_plugin.sync.remote_reader import read_remote
from creative_layers_plugin.sync.state import SyncState
from creative_layers_plugin.sync.working_copy import read_local

MB = 1024 * 1024


class Clock:
    """Time spent in some module functions (wrapped in place while it is used), summed over every call, also from
    the threads that call them."""

    def __init__(self, *targets: tuple[object, str]) -> None:
        self.targets = targets
        self.spent = 0.0
        self.lock = threading.Lock()
        self.saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> Clock:
        for owner, name in self.targets:
            function = getattr(owner, name)
            self.saved.append((owner, name, function))
            setattr(owner, name, self._timed(function))
        return self

    def _timed(self, function):
        def timed(*args, **kwargs):
            begun = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                with self.lock:
                    self.spent += time.perf_counter() - begun

        return timed

    def __exit__(self, *exc) -> None:
        for owner, name, function in self.saved:
            setattr(owner, name, function)


def guard_clock() -> Clock:
    """The checks of the guards inside ``prepare()``: the counts per layer, the findings, each record's revision
    read, the first record of each collection checked against the schema."""
    return Clock((guards, "count"), (guards, "find"), (remote_reader, "_revision"), (answers, "reading"))


def resident() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakResident:
    """The process's largest resident size while the block runs (sampled), and ru_maxrss's growth."""

    def __init__(self, every: float = 0.01) -> None:
        self.every = every
        self.stop = threading.Event()

    def __enter__(self) -> PeakResident:
        self.start = self.peak = resident()
        self.maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self) -> None:
        while not self.stop.wait(self.every):
            self.peak = max(self.peak, resident())

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()
        self.peak = max(self.peak, resident())
        self.maxrss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - self.maxrss


class TimedServer(Server):
    """The plugin's client, noting when the plan first asks the server and how long its item pages take."""

    first_call: float | None = None
    last_page: float | None = None
    in_items = 0.0
    pages = 0

    def probe(self):
        self.first_call = self.first_call or time.perf_counter()
        return super().probe()

    def json(self, url, what="", **kwargs):
        started = time.perf_counter()
        try:
            return super().json(url, what, **kwargs)
        finally:
            if "/items" in url:
                self.last_page = time.perf_counter()
                self.in_items += self.last_page - started
                self.pages += 1


def plain_read(path: Path) -> int:
    count = 0
    for layer in LAYERS:
        qgs_layer = QgsVectorLayer(f"{path}|layername={layer.name}", layer.name, "ogr")
        for feature in qgs_layer.getFeatures():
            feature.attributes()
            feature.geometry()
            count += 1
    return count


def published_state(path: Path) -> tuple[dict[str, dict], dict[str, list[int]]]:
    """What one publish of the workspace would leave: layer -> uid -> Local of every publishable record, and
    layer -> the fids of the records that stay private."""
    opened = open_workspace(path)
    published, private = {}, {}
    for layer in LAYERS:
        records = read_local(opened, layer)
        published[layer.name] = {uid: local for uid, local in records.items() if local.canonical is not None}
        private[layer.name] = [local.fid for local in records.values() if local.canonical is None]
    return published, private


def without(path: Path, fids: dict[str, list[int]]) -> Path:
    """The server's copy without the private records (it never received them)."""
    for name, doomed in fids.items():
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if doomed and not layer.dataProvider().deleteFeatures(doomed):
            raise RuntimeError(f"the private records of {name} could not be left out of the server's copy")
    return path


def record_base(path: Path, url: str, published: dict[str, dict]) -> dict[str, dict[str, Remote]]:
    """The sync base of that publish (the server's ids are the copied fids), and the server's records as the plan
    reads them back, in memory."""
    remote = {}
    with SyncState(path, url) as state:
        state.confirm(LAYERS[0].name, "-", None, None)  # makes the tables
        state.connection.execute("PRAGMA synchronous = OFF")
        for name, records in published.items():
            remote[name] = {}
            for uid, local in records.items():
                state.confirm(name, uid, str(local.fid), local.canonical, local.rev)
                remote[name][uid] = Remote(str(local.fid), local.canonical, local.body, local.rev)
    return remote


def rename(path: Path, count: int) -> int:
    """``count`` organisations renamed, as an edit session in QGIS would."""
    layer = QgsVectorLayer(f"{path}|layername=organisation", "organisation", "ogr")
    index = layer.fields().indexOf("name")
    features = list(layer.getFeatures())
    step = max(1, len(features) // count)
    changes = {feature.id(): {index: f"{feature['name']} (đổi tên)"} for feature in features[::step][:count]}
    if not layer.dataProvider().changeAttributeValues(changes):
        raise RuntimeError("the organisations could not be renamed")
    return len(changes)


def server_side(url: str) -> int:
    server = Server(url)
    try:
        collections = server.probe().collections
        return sum(len(read_remote(server, layer)) for layer in LAYERS if layer.name in collections)
    finally:
        server.close()


def local_side(path: Path, url: str, remote: dict[str, dict[str, Remote]]) -> list:
    opened = open_workspace(path)
    changes = []
    with SyncState(path, url) as state:
        for layer in LAYERS:
            changes += compare(layer.name, read_local(opened, layer), remote[layer.name], state.base(layer.name))
    return changes


def plan_benchmark(source: Path, scratch: Path, fresh_server, copy_of, changed: int, repeats: int,
                   trace: bool) -> None:  # fmt: skip
    work = copy_of(source, scratch / "large_work.gpkg")
    started = time.perf_counter()
    published, private = published_state(work)
    served = without(copy_of(work, scratch / "large_served.gpkg"), private)
    with fresh_server(data=served, timeout=600) as handle:
        built = time.perf_counter() - started
        url = handle.features_url
        remote = record_base(work, url, published)
        renamed = rename(work, changed)
        count = plain_read(work)  # also warms the file cache for every side
        sides = ("plain", "prepare", "local", "server")
        times: dict[str, list[float]] = {side: [] for side in sides}
        parts: dict[str, list[float]] = {"server read, first request to last page": [], "in item pages": []}
        guarded: list[float] = []  # the share of prepare() in the guards' checks
        memory = None
        for run in range(repeats):
            for side in sides[run % len(sides) :] + sides[: run % len(sides)]:
                begun = time.perf_counter()
                if side == "plain":
                    plain_read(work)
                elif side == "local":
                    local_side(work, url, remote)
                elif side == "server":
                    server_side(url)
                else:
                    server = TimedServer(url)
                    with PeakResident() as peak, guard_clock() as clock:
                        plan = prepare(work, url, server=server)
                    guarded.append(clock.spent / (time.perf_counter() - begun))
                    memory = memory or peak
                    parts["server read, first request to last page"].append(server.last_page - server.first_call)
                    parts["in item pages"].append(server.in_items)
                times[side].append(time.perf_counter() - begun)
        traced = None
        if trace:
            tracemalloc.start()
            local_side(work, url, remote)
            traced = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    actions = Counter(change.action for change in plan.changes)
    plain, planned, local, alone = (statistics.median(times[side]) for side in sides)
    split = ", ".join(f"{name} {statistics.median(values):.1f}" for name, values in parts.items())
    print(
        f"plan: {count} features, {renamed} changed since the last publish, against a server holding the same "
        f"(serving a copy: ready in {built:.0f} s; {server.pages} item pages), {repeats} runs each, medians"
    )
    print(f"plan found: {dict(sorted(actions.items()))}")
    print(f"plain read of the {len(LAYERS)} layers (getFeatures):  {plain:.2f} s")
    print(f"prepare() (validate, read both sides, compare): {planned:.2f} s ({split})")
    print(f"local side (read_local + compare, server's records in memory): {local:.2f} s")
    print(f"server side alone (the plugin's client reading every collection): {alone:.2f} s")
    print(f"ratio plan / plain read: {planned / plain:.2f} (target at most 1.5)")
    print(f"ratio local side / plain read: {local / plain:.2f}")
    print(f"ratio server side alone / plain read: {alone / plain:.2f} (the floor of the plan's ratio)")
    print(f"guards' share of prepare(): {100 * statistics.median(guarded):.2f} % (at most 5 %; findings: "
          f"{[finding.kind for finding in plan.findings]})")  # fmt: skip
    traced_text = f", tracemalloc peak of the local side {traced / MB:.0f} MB" if traced is not None else ""
    print(
        f"memory while planning: resident peak +{(memory.peak - memory.start) / MB:.0f} MB (from "
        f"{memory.start / MB:.0f} MB), ru_maxrss +{memory.maxrss_growth / MB:.0f} MB{traced_text}"
    )
