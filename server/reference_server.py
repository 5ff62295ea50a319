"""The reference shared server on loopback: QGIS Server (Debian's qgis-server) under spawn-fcgi, behind nginx.

It serves the creative map's project, generated from the plugin's schema (``server/project.py``): WMS with the
layers' stored styles, and OGC API - Features with transactions at ``/wfs3``. Reads are open; POST, PUT, PATCH and
DELETE need basic auth. Everything lives in one run folder: data, project, nginx configuration, pid files, socket,
logs, and QGIS Server's home and profile (nothing is written in /etc, /var or the user's home).

    server/reference_server.py start --port 8090 --run-dir /tmp/cmap --user staff --password-file pw.txt [--sample]
    server/reference_server.py stop --run-dir /tmp/cmap

The password comes from ``--password-file`` or the environment variable CREATIVE_MAP_SERVER_PASSWORD; without
either, one is made and kept in ``<run dir>/password`` (readable by its owner only). It is never printed.
From Python: ``handle = start_server(run_dir, port, user, password, sample=False)``, ``handle.stop()``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: server/ is a package of the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server import cli, nginx, qgis_server, web_page
from server.layout import RunLayout, ServerError
from server.processes import server_processes, terminate

READY_PATH = "/wfs3/collections?f=json"


@dataclass
class ServerHandle:
    url: str  # http://127.0.0.1:<port>, the root: WMS at /ows?SERVICE=WMS, OGC API - Features at /wfs3
    run_dir: Path
    port: int
    user: str
    data: Path  # the served GeoPackage
    project: Path
    logs: dict[str, Path] = field(default_factory=dict)

    @property
    def features_url(self) -> str:
        return f"{self.url}/wfs3"

    @property
    def map_url(self) -> str:
        return f"{self.url}/"  # the online map page

    @property
    def media_url(self) -> str:
        return f"{self.url}/media/"  # the media store: GET by all, PUT and DELETE with the user's credentials

    def processes(self) -> dict[int, str]:
        """pid -> name of this server's live nginx and QGIS Server processes."""
        return server_processes(self.run_dir, RunLayout.of(self.run_dir).pid_files)

    def stop(self) -> None:
        stop_server(self.run_dir)


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as nginx does: TIME_WAIT is no obstacle
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _get(url: str, timeout: float = 5.0) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError) as error:
        return 0, str(getattr(error, "reason", error))


def _wait_ready(handle: ServerHandle, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    detail = "no answer"
    while time.monotonic() < deadline:
        status, body = _get(handle.url + READY_PATH, timeout=max(1.0, min(10.0, deadline - time.monotonic())))
        if status == 200:
            with contextlib.suppress(ValueError):
                if "collections" in json.loads(body):
                    return
            detail = "an answer that is not the collections' JSON"
        else:
            detail = f"HTTP {status}" if status else body
        names = set(handle.processes().values())
        if "qgis_mapserv.fc" not in names or "nginx" not in names:
            detail = f"{'QGIS Server' if 'nginx' in names else 'nginx'} stopped ({detail})"
            break
        time.sleep(0.2)
    logs = handle.logs
    raise ServerError(
        f"The server at {handle.url} did not answer {READY_PATH} within {timeout:.0f} s ({detail}): "
        f"see {logs['qgis']}, {logs['fcgi']} and {logs['nginx']}."
    )


def _check_tools() -> None:
    for tool in ("nginx", "spawn-fcgi", "openssl"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            raise ServerError(f"{tool} is not installed: run scripts/setup.sh (make test installs it).")
    if not qgis_server.QGIS_FCGI.exists():
        raise ServerError(f"{qgis_server.QGIS_FCGI} is missing: install Debian's qgis-server (scripts/setup.sh does).")


def start_server(
    run_dir: str | Path,
    port: int,
    user: str,
    password: str,
    sample: bool = False,
    data: str | Path | None = None,
    city: str = "hoi_an",
    processes: int = 1,
    log_level: int = 1,
    timeout: float = 60.0,
    layers: list[str] | None = None,
    as_loaded: bool = False,
) -> ServerHandle:
    """Start the server of ``run_dir`` on 127.0.0.1:``port``, writes allowed to ``user`` with ``password``; return
    once ``/wfs3/collections`` answers. Its data: a copy of ``data``, the ``city``'s sample, the data of the last run
    in this folder, else the schema's empty layers. ``layers``: serve only these; ``as_loaded``: the layers keep their
    forms (aliases, value maps), as a server set up by hand from the workspace would."""
    layout = RunLayout.of(run_dir)
    for folder in layout.folders():
        folder.mkdir(parents=True, exist_ok=True)
    layout.root.chmod(0o755)
    if server_processes(layout.root, layout.pid_files):
        raise ServerError(f"A server already runs in {layout.root}: stop it first (reference_server.py stop).")
    if not _port_free(port):
        raise ServerError(f"Port {port} on 127.0.0.1 is in use: choose another port.")
    _check_tools()
    account = qgis_server.fcgi_account()
    qgis_server.check_reachable(layout, account)
    if len(str(layout.socket)) > 100:
        raise ServerError(f"The run folder's path is too long for a unix socket ({layout.socket}): use a shorter one.")
    for stale in (*layout.pid_files, layout.socket):
        stale.unlink(missing_ok=True)
    env = qgis_server.environment(layout, log_level)
    (layout.home / "runtime").mkdir(mode=0o700, exist_ok=True)
    qgis_server.prepare_data(layout, Path(data) if data else None, sample, city, env, layers, as_loaded)
    layout.htpasswd.write_text(nginx.htpasswd_line(user, password), encoding="utf-8")
    layout.htpasswd.chmod(0o640)
    qgis_server.give_to(account, layout.data, layout.logs, layout.run, layout.home)
    if account is not None:
        os.chown(layout.htpasswd, 0, account.pw_gid)  # root's, readable by nginx's workers
    handle = ServerHandle(f"http://127.0.0.1:{port}", layout.root, port, user, layout.gpkg, layout.project)
    handle.logs.update(layout.log_files)
    try:
        web_page.prepare(layout, "wfs3", city, account)
        qgis_server.spawn(layout, account, env, processes)
        nginx.start(layout, port, f"{account.pw_name} {account.pw_name}" if account else None)
        _wait_ready(handle, timeout)
    except BaseException:
        stop_server(layout.root)
        raise
    facts = {"url": handle.url, "port": port, "user": user, "data": str(handle.data), "project": str(handle.project)}
    facts["map_url"] = handle.map_url
    (layout.root / "server.json").write_text(json.dumps(facts, indent=1), encoding="utf-8")
    return handle


def stop_server(run_dir: str | Path, timeout: float = 10.0) -> list[int]:
    """Stop the nginx and QGIS Server processes of ``run_dir`` (also after a crash); returns the pids stopped."""
    layout = RunLayout.of(run_dir)
    found = server_processes(layout.root, layout.pid_files)
    left = terminate(found, timeout)
    if left:
        raise ServerError(f"Processes {left} of the server in {layout.root} would not stop: end them by hand.")
    for stale in (*layout.pid_files, layout.socket):
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser, start = cli.parser(
        "The creative map's reference shared server (QGIS Server + nginx).", 8090, "data, logs, pid files"
    )
    start.add_argument("--processes", type=int, default=1, help="QGIS Server FastCGI processes")
    start.add_argument("--log-level", type=int, default=1, choices=(0, 1, 2), help="QGIS Server: 0 info, 2 critical")
    args = parser.parse_args(argv)

    def start_from(a):
        return start_server(
            a.run_dir, a.port, a.user, cli.password(a), sample=a.sample, data=a.data, city=a.city,
            processes=a.processes, log_level=a.log_level, timeout=a.timeout,
        )  # fmt: skip

    return cli.run(
        args,
        start_from,
        stop_server,
        lambda h: f"OGC API - Features: {h.features_url}  WMS: {h.url}/ows?SERVICE=WMS\n"
        f"data: {h.data}  logs: {h.run_dir / 'logs'}",
    )


if __name__ == "__main__":
    sys.exit(main())
