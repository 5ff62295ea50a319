"""Benchmark: publishing to the second server, pygeoapi 0.21.0 on PostgreSQL/PostGIS behind nginx.

    .venv/bin/python bench/publish_pygeoapi.py [--features 5000] [--large 100000] [--changed 0.01] [--repeats 3]
                                               [--skip-publish] [--skip-large] [--workdir build/bench/publish]

1. Publishing ``--features`` new records (the generator of bench/open_and_render.py), each side on a fresh server,
   the sides alternating: the plugin's ``publish()`` against a bare client (as many threads as the plugin's WORKERS,
   kept-alive connections, the same GeoJSON bodies built beforehand): the server's capacity. Printed: the medians and
   the ratio bare / plugin (the target of the reference server: at least 0.8). QGIS's own WFS-T has no counterpart
   here (pygeoapi serves no WFS, and QGIS 3.22's OGC API - Features provider cannot write).
2. ``--large`` records published to an empty server, then ``--changed`` of them (1 %) renamed in the working copy
   and published again. Printed: both times, and what the second publish sent, counted in nginx's access log (it
   must be the changed records only, and the reads that precede each replace).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from publish import USER, copy_of, fresh_server, publishable, server_count, through_bare_client, workspace  # noqa: E402


def fresh_pygeoapi(timeout: float = 180.0):
    """A pygeoapi server on loopback, empty; ``handle.password`` its password."""
    from server.pygeoapi_server import start_pygeoapi_server

    return fresh_server(timeout=timeout, start=start_pygeoapi_server)


def plugin_publish(path: Path, handle):
    from creative_layers_plugin.sync.client import Server
    from creative_layers_plugin.sync.publish import publish

    started = time.perf_counter()
    result = publish(path, handle.features_url, server=Server(handle.features_url, auth=(USER, handle.password)))
    return time.perf_counter() - started, result


def requests_sent(handle, since: int) -> Counter:
    """Method -> count of the requests nginx logged after byte ``since`` of its access log."""
    log = handle.logs["access"]
    from creative_layers_plugin.sync.client import PROBE_ID

    with log.open("rb") as lines:
        lines.seek(since)
        requests = [line.split(b'"', 2)[1].decode() for line in lines if line.count(b'"') >= 2]
    return Counter("DELETE (the write-access probe)" if PROBE_ID in request else request.split(" ", 1)[0]
                   for request in requests)  # fmt: skip


def publish_benchmark(args, source: Path, scratch: Path) -> None:
    from creative_layers_plugin.sync.publish import WORKERS

    bodies = publishable(source)
    expected = sum(len(by_uid) for by_uid in bodies.values())
    times: dict[str, list[float]] = {"plugin": [], "bare": []}
    for run in range(args.repeats):
        for side in ("plugin", "bare") if run % 2 == 0 else ("bare", "plugin"):
            with fresh_pygeoapi() as handle:
                if side == "plugin":
                    seconds, result = plugin_publish(copy_of(source, scratch / f"pg_publish_{run}.gpkg"), handle)
                    assert result.numbers()["create"] == expected, result.numbers()
                else:
                    seconds = through_bare_client(handle, bodies, WORKERS)
                times[side].append(seconds)
                held = server_count(handle, bodies)
                if held != expected:
                    print(f"WARNING: after {side} the server holds {held} features, {expected} expected")
    plugin, bare = statistics.median(times["plugin"]), statistics.median(times["bare"])
    print(f"publish to pygeoapi: {expected} new features, {args.repeats} runs of each side, medians")
    print(f"plugin publish():                     {plugin:.2f} s")
    print(f"bare client ({WORKERS} threads, POST /items): {bare:.2f} s")
    print(f"capacity bare / plugin: {bare / plugin:.2f} ({expected / plugin:.0f} features/s against "
          f"{expected / bare:.0f})")  # fmt: skip


def rename(path: Path, share: float) -> int:
    """Change ``share`` of every layer's records (its name, or an annotation's text): one edit session per layer, as
    planners would; returns how many records changed."""
    from creative_layers_plugin.core.schema import LAYERS
    from creative_layers_plugin.core.workspace_open import open_workspace

    opened = open_workspace(path)
    changed = 0
    for definition in LAYERS:
        layer = opened.layer(definition.name)
        field = next((name for name in ("name", "text") if layer.fields().indexOf(name) >= 0), None)
        fids = sorted(feature.id() for feature in layer.getFeatures())
        if field is None or not fids:
            continue
        index = layer.fields().indexOf(field)
        layer.startEditing()
        for fid in fids[:: max(1, round(1 / share))]:
            layer.changeAttributeValue(fid, index, f"Đổi {fid}")
            changed += 1
        if not layer.commitChanges():
            raise RuntimeError(f"changing {definition.name}: {layer.commitErrors()[:3]}")
    return changed


def large_benchmark(args, source: Path, scratch: Path) -> None:
    path = copy_of(source, scratch / "pg_large.gpkg")
    with fresh_pygeoapi() as handle:
        first, result = plugin_publish(path, handle)
        created = result.numbers()["create"]
        changed = rename(path, args.changed)
        mark = handle.logs["access"].stat().st_size
        second, again = plugin_publish(path, handle)
        sent = requests_sent(handle, mark)
        numbers = again.numbers()
    writes = sent["PUT"] + sent["POST"] + sent["DELETE"]
    print(f"large: {args.large} features in the workspace, {created} published")
    print(f"first publish (all new):        {first:.1f} s ({created / first:.0f} features/s)")
    print(f"second publish ({changed} renamed): {second:.1f} s; ratio second / first {second / first:.3f}")
    print(f"the second publish updated {numbers['update']}, created {numbers['create']}, deleted "
          f"{numbers['delete']}; nginx saw {dict(sent)}: {writes} writes for {changed} changes")  # fmt: skip
    if writes != numbers["update"] or numbers["update"] > changed:
        print("WARNING: the second publish did not send only the changes")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--features", type=int, default=5000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--changed", type=float, default=0.01)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-publish", action="store_true")
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--workdir", type=Path, default=ROOT / "build" / "bench" / "publish")
    args = parser.parse_args(argv)
    import open_and_render  # noqa: F401 (its QgsApplication, without GUI, for this process)

    args.workdir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="cl-bench-pg-work-"))
    try:
        if not args.skip_publish:
            publish_benchmark(args, workspace(args.workdir / f"publish_{args.features}.gpkg", args.features), scratch)
        if not args.skip_large:
            large_benchmark(args, workspace(args.workdir / f"large_{args.large}.gpkg", args.large), scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
