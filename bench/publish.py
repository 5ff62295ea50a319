"""Benchmark: publishing to the reference server, against what a QGIS user would otherwise do; planning a large
workspace; the QGIS window while a publish runs.

    .venv/bin/python bench/publish.py [--features 5000] [--large 100000] [--repeats 3] [--wfst-repeats 1]
                                      [--plan-repeats 1] [--skip-publish] [--skip-wfst] [--skip-large]
                                      [--skip-responsive] [--tracemalloc] [--workdir build/bench/publish]

1. Publishing ``--features`` new records (open_and_render.py's Hội An generator: points of nine layers; the persons
   without consent stay private) to the reference server (QGIS Server 3.22 behind nginx), a fresh one for each
   measurement, the sides alternating:
   (a) the plugin: ``publish()`` with a ``Server(url, auth=...)``: validation, both sides read, the plan, the writes
       (four at a time), the journal and the base;
   (b) QGIS's own WFS-T, what a QGIS user would otherwise do: one QgsVectorLayer per layer with the "WFS" provider on
       the server's WFS 1.1.0 (``/ows``), the password in a QGIS authentication configuration (a temporary auth DB),
       the records copied from the workspace, startEditing, addFeatures, commitChanges (WFS-T Insert transactions);
   (c) a bare client, the server's capacity: requests with as many threads as the plugin's WORKERS, kept-alive
       connections, the same GeoJSON features POSTed to OGC API - Features, bodies built beforehand.
   Printed: the medians and the ratios plugin / WFS-T (target at most 1.0) and bare / plugin (target at least 0.8).
2. Planning a ``--large`` workspace with 100 changed records (bench/plan_large.py).
3. The event loop while the plugin publishes in a QgsTask, as the panel does (its ServerTask: the plan, then the
   writes): a 10 ms QTimer on the main thread records its gaps; printed: the longest stall (target under 200 ms).
   It runs in a child process of this script, with a GUI QgsApplication (QT_QPA_PLATFORM=offscreen): importing
   open_and_render.py makes a QgsApplication without GUI, and a process has one.

Workspaces are generated once into ``--workdir`` (build/bench/publish/) and copied for each measurement.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from requests.adapters import HTTPAdapter  # noqa: E402

USER = "staff"
PASSWORD_ENV = "BENCH_PUBLISH_PASSWORD"  # to the child: never on a command line
CHANGED = 100  # records changed in the large workspace before it is planned


# the reference server, a fresh one per measurement
@contextmanager
def fresh_server(data: Path | None = None, timeout: float = 120.0, start=None):
    """A server on loopback (empty, or serving a copy of ``data``) started by ``start`` (the reference server's
    start_server unless said); ``handle.password`` its password."""
    from server.reference_server import start_server
    from server.throwaway import running

    with running(start or start_server, "cl-bench-", USER, data=data, timeout=timeout) as handle:
        yield handle


def server_count(handle, collections) -> int:
    total = 0
    for name in collections:
        answer = requests.get(f"{handle.features_url}/collections/{name}/items", params={"limit": 1, "f": "json"},
                              timeout=60)  # fmt: skip
        total += answer.json().get("numberMatched", 0)
    return total


# workspaces
def workspace(path: Path, features: int) -> Path:
    """open_and_render's generated workspace, made again when another plugin version made it (opening it would
    store this version's styles, and QGIS 3.22 asks in a dialog before it overwrites a stored style)."""
    from open_and_render import generate

    from creative_layers_plugin.__about__ import __version__
    from creative_layers_plugin.core.workspace import read_meta

    if path.exists() and read_meta(path).get("styled_with") != __version__:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return generate(path, features)


def copy_of(source: Path, target: Path) -> Path:
    from server.project import copy_geopackage  # SQLite's backup: a workspace in WAL mode is copied whole

    target.parent.mkdir(parents=True, exist_ok=True)
    copy_geopackage(source, target)
    return target


def publishable(path: Path) -> dict[str, dict]:
    """layer -> uid -> the GeoJSON Feature the plugin sends (rev 1, as a create does)."""
    from creative_layers_plugin.core.schema import LAYERS
    from creative_layers_plugin.core.workspace_open import open_workspace
    from creative_layers_plugin.sync.working_copy import read_local

    opened = open_workspace(path)
    bodies = {}
    for layer in LAYERS:
        found = {uid: {**local.body, "properties": {**local.body["properties"], "rev": 1}}
                 for uid, local in read_local(opened, layer).items() if local.body is not None}  # fmt: skip
        if found:
            bodies[layer.name] = found
    return bodies


# part 1: the three ways to publish
def through_plugin(path: Path, handle, phases: dict) -> float:
    from creative_layers_plugin.sync.client import Server
    from creative_layers_plugin.sync.publish import publish

    marks = []
    started = time.perf_counter()
    result = publish(path, handle.features_url, server=Server(handle.features_url, auth=(USER, handle.password)),
                     progress=lambda value: marks.append((time.perf_counter(), value)))  # fmt: skip
    elapsed = time.perf_counter() - started
    checked = next(moment for moment, value in marks if value >= 5)  # validation done
    planned = max(moment for moment, value in marks if value <= 40)  # both sides read, compared
    written = max(moment for moment, value in marks if value < 100)  # the last write confirmed
    for name, seconds in (("validate", checked - started), ("read both sides and plan", planned - checked),
                          ("writes", written - planned), ("finish", started + elapsed - written)):  # fmt: skip
        phases.setdefault(name, []).append(seconds)
    phases.setdefault("created", []).append(result.numbers()["create"])
    return elapsed


def auth_config(password: str) -> str:
    """A Basic configuration in QGIS's authentication manager (the temporary auth DB of this run)."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(secrets.token_urlsafe(12), True):
        raise RuntimeError("the temporary QGIS authentication database refused its master password")
    config = QgsAuthMethodConfig()
    config.setMethod("Basic")
    config.setName("creative map bench")
    config.setConfig("username", USER)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    if not (stored[0] if isinstance(stored, tuple) else stored):
        raise RuntimeError("QGIS's authentication manager did not store the configuration")
    return config.id()


def through_wfst(path: Path, handle, bodies: dict[str, dict]) -> float:
    """What a QGIS user does without the plugin: the server's WFS layers, the records pasted in, saved (WFS-T)."""
    from qgis.core import QgsApplication, QgsCoordinateTransform, QgsFeature, QgsProject, QgsVectorLayer

    from creative_layers_plugin.core.schema import LAYERS

    authcfg = auth_config(handle.password)
    try:
        started = time.perf_counter()
        for layer in (layer for layer in LAYERS if layer.name in bodies):
            uri = f"url='{handle.url}/ows' typename='{layer.name}' version='1.1.0' authcfg={authcfg}"
            target = QgsVectorLayer(uri, layer.name, "WFS")
            if not target.isValid():
                raise RuntimeError(f"QGIS's WFS provider cannot open {layer.name} at {handle.url}/ows")
            source = QgsVectorLayer(f"{path}|layername={layer.name}", layer.name, "ogr")
            transform = None
            if source.crs() != target.crs():
                transform = QgsCoordinateTransform(source.crs(), target.crs(), QgsProject.instance())
            names = [field.name for field in layer.publishable_fields() if target.fields().indexOf(field.name) >= 0]
            pairs = [(target.fields().indexOf(name), source.fields().indexOf(name)) for name in names]
            rev = target.fields().indexOf("rev")
            features = []
            for original in source.getFeatures():
                if original["uid"] not in bodies[layer.name]:
                    continue  # what the plugin keeps private is not pasted either
                feature = QgsFeature(target.fields())
                for to_index, from_index in pairs:
                    feature.setAttribute(to_index, original.attribute(from_index))
                feature.setAttribute(rev, 1)
                geometry = original.geometry()
                if transform is not None:
                    geometry.transform(transform)
                feature.setGeometry(geometry)
                features.append(feature)
            if not (target.startEditing() and target.addFeatures(features) and target.commitChanges()):
                raise RuntimeError(f"WFS-T commit of {layer.name} failed: {'; '.join(target.commitErrors()[:3])}")
        return time.perf_counter() - started
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(authcfg)


def through_bare_client(handle, bodies: dict[str, dict], workers: int) -> float:
    items = [(f"{handle.features_url}/collections/{name}/items", json.dumps(body).encode())
             for name, by_uid in bodies.items() for body in by_uid.values()]  # fmt: skip
    session = requests.Session()
    session.auth = (USER, handle.password)
    session.trust_env = False
    session.mount("http://", HTTPAdapter(pool_connections=workers * 2, pool_maxsize=workers * 2))
    headers = {"Content-Type": "application/geo+json"}

    def post(item) -> None:
        answer = session.post(item[0], data=item[1], headers=headers, timeout=60)
        if answer.status_code != 201:
            raise RuntimeError(f"POST {item[0]} -> {answer.status_code}: {answer.text[:200]}")

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(post, items))
    elapsed = time.perf_counter() - started
    session.close()
    return elapsed


def publish_benchmark(args, source: Path, scratch: Path) -> None:
    from creative_layers_plugin.sync.publish import WORKERS

    bodies = publishable(source)
    expected = sum(len(by_uid) for by_uid in bodies.values())
    sides = ["plugin", "bare"] + ([] if args.skip_wfst else ["wfst"])
    times: dict[str, list[float]] = {side: [] for side in sides}
    phases: dict[str, list] = {}
    wfst_problem = "skipped (--skip-wfst)" if args.skip_wfst else ""
    for run in range(args.repeats):
        for side in sides[run % len(sides):] + sides[:run % len(sides)]:  # fmt: skip
            if side == "wfst" and (wfst_problem or run >= args.wfst_repeats):
                continue
            copy = copy_of(source, scratch / f"publish_{run}_{side}.gpkg")
            with fresh_server() as handle:
                try:
                    if side == "plugin":
                        times[side].append(through_plugin(copy, handle, phases))
                    elif side == "wfst":
                        times[side].append(through_wfst(copy, handle, bodies))
                    else:
                        times[side].append(through_bare_client(handle, bodies, WORKERS))
                except RuntimeError as error:
                    if side != "wfst":
                        raise
                    wfst_problem = str(error)
                    continue
                held = server_count(handle, bodies)
                if held != expected:
                    print(f"WARNING: after {side} the server holds {held} features, {expected} expected")
    plugin, bare = statistics.median(times["plugin"]), statistics.median(times["bare"])
    split = ", ".join(f"{name} {statistics.median(values):.2f}" for name, values in phases.items() if name != "created")
    wfst_runs = len(times.get("wfst", []))
    print(f"publish: {args.features} features in the workspace, {expected} publishable (the rest private), "
          f"{args.repeats} runs of each side ({wfst_runs} of WFS-T), each on a fresh server, medians")  # fmt: skip
    print(f"plugin publish():                        {plugin:.2f} s ({split})")
    if times.get("wfst"):
        wfst = statistics.median(times["wfst"])
        print(f"QGIS WFS-T (WFS provider, commitChanges): {wfst:.2f} s")
    print(f"bare client ({WORKERS} threads, POST /items):    {bare:.2f} s")
    if times.get("wfst"):
        print(f"ratio plugin / WFS-T: {plugin / wfst:.2f} (target at most 1.0)")
    else:
        print(f"ratio plugin / WFS-T: n/a, {wfst_problem}")
    print(f"capacity bare / plugin: {bare / plugin:.2f} (target at least 0.8; "
          f"{expected / plugin:.0f} features/s against {expected / bare:.0f})")  # fmt: skip


# part 3: the event loop while a publish runs in a task (child process)
def responsiveness_benchmark(args, source: Path, scratch: Path) -> None:
    copy = copy_of(source, scratch / "responsive.gpkg")
    with fresh_server() as handle:
        command = [sys.executable, str(Path(__file__).resolve()), "--responsiveness-child", str(copy)]
        command.append(handle.features_url)
        result = subprocess.run(command, cwd=ROOT, env={**os.environ, PASSWORD_ENV: handle.password},
                                capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith(("longest event-loop stall", "event loop"))]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"the responsiveness child failed ({result.returncode}): {result.stderr[-2000:]}")
    print("\n".join(lines))


def responsiveness_child(path: str, url: str) -> None:
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop, QTimer
    from qgis.PyQt.QtWidgets import QProgressBar

    app = QgsApplication([], True)
    app.initQgis()
    from creative_layers_plugin.gui.publish_panel import ServerTask
    from creative_layers_plugin.sync.client import Server
    from creative_layers_plugin.sync.publish import prepare, publish

    password = os.environ[PASSWORD_ENV]
    loop, bar, outcome = QEventLoop(), QProgressBar(), {}
    ticks = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def failed(sentence: str) -> None:
        outcome["error"] = sentence
        loop.quit()

    def published(result) -> None:
        outcome["result"] = result
        loop.quit()

    def planned(plan) -> None:  # on the main thread, as the panel: then the writes in a second task
        task = ServerTask("Publish", Server(url, auth=(USER, password)), lambda task: publish(
            path, url, plan=plan, progress=task.progress, cancelled=task.isCanceled, server=task.server),
            floor=40, on_success=published, on_failure=failed)  # fmt: skip
        task.progressChanged.connect(lambda value: bar.setValue(int(value)))
        outcome["publish_task"] = task
        QgsApplication.taskManager().addTask(task)

    task = ServerTask("Plan", Server(url, auth=(USER, password)), lambda task: prepare(
        path, url, progress=task.progress, cancelled=task.isCanceled, server=task.server),
        on_success=planned, on_failure=failed)  # fmt: skip
    task.progressChanged.connect(lambda value: bar.setValue(int(value)))
    timer.start()
    started = time.perf_counter()
    QgsApplication.taskManager().addTask(task)
    loop.exec_()
    elapsed = time.perf_counter() - started
    timer.stop()
    if "error" in outcome:
        raise SystemExit(f"the publish failed: {outcome['error']}")
    gaps = sorted((later - earlier) * 1000 for earlier, later in itertools.pairwise(ticks))
    created = outcome["result"].numbers()["create"]
    print(
        f"event loop: {created} features published in a QgsTask in {elapsed:.1f} s, {len(gaps)} timer ticks "
        f"(10 ms), 99th percentile {gaps[int(len(gaps) * 0.99)]:.0f} ms, {sum(g > 100 for g in gaps)} over 100 ms"
    )
    print(f"longest event-loop stall: {gaps[-1]:.0f} ms (target under 200 ms)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--features", type=int, default=5000, help="records to publish (parts 1 and 3)")
    parser.add_argument("--large", type=int, default=100_000, help="records of the workspace to plan (part 2)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each side of part 1")
    parser.add_argument("--wfst-repeats", type=int, default=1, help="runs of the WFS-T side (it takes minutes)")
    parser.add_argument("--plan-repeats", type=int, default=1, help="runs of each side of part 2")
    parser.add_argument("--workdir", type=Path, default=ROOT / "build" / "bench" / "publish")
    parser.add_argument("--tracemalloc", action="store_true", help="part 2: also the local side under tracemalloc")
    for part in ("publish", "wfst", "large", "responsive"):
        parser.add_argument(f"--skip-{part}", action="store_true")
    parser.add_argument("--responsiveness-child", nargs=2, metavar=("WORKSPACE", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.responsiveness_child:
        responsiveness_child(*args.responsiveness_child)
        return

    auth_dir = tempfile.mkdtemp(prefix="cl-bench-auth-")  # QGIS reads it when its application starts
    os.environ["QGIS_AUTH_DB_DIR_PATH"] = auth_dir
    scratch = Path(tempfile.mkdtemp(prefix="cl-bench-work-"))
    try:
        import open_and_render  # noqa: F401 (its QgsApplication, without GUI, for this process)

        args.workdir.mkdir(parents=True, exist_ok=True)
        if not (args.skip_publish and args.skip_responsive):
            source = workspace(args.workdir / f"publish_{args.features}.gpkg", args.features)
        if not args.skip_publish:
            publish_benchmark(args, source, scratch)
        if not args.skip_large:
            import plan_large

            large = workspace(args.workdir / f"large_{args.large}.gpkg", args.large)
            plan_large.plan_benchmark(large, scratch, fresh_server, copy_of, CHANGED, args.plan_repeats,
                                      args.tracemalloc)  # fmt: skip
        if not args.skip_responsive:
            responsiveness_benchmark(args, source, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.rmtree(auth_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
