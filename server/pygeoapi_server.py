"""The second shared server on loopback: pygeoapi 0.21.0 under gunicorn, on PostgreSQL 15 + PostGIS, behind nginx.

Every layer of the plugin's schema is a table of the run folder's own PostgreSQL cluster (``server/postgis.py``; a
trigger refuses an update that does not bring ``rev + 1``) and a collection of pygeoapi (``server/pygeoapi_config.py``;
PostgreSQL provider, ``editable: true``, storage CRS84). gunicorn runs pygeoapi's Flask app from its own virtual
environment (``.venv-pygeoapi``, made by ``scripts/setup.sh``) on a unix socket; nginx in front (``server/nginx.py``)
leaves reads open and asks basic auth for POST, PUT, PATCH and DELETE. Everything lives in one run folder.

    server/pygeoapi_server.py start --port 8091 --run-dir /tmp/cmap-pg --user staff --password-file pw.txt [--sample]
    server/pygeoapi_server.py stop --run-dir /tmp/cmap-pg

The password comes from ``--password-file`` or CREATIVE_MAP_SERVER_PASSWORD, else one is made into
``<run dir>/password`` (mode 0600); it is never printed. From Python:
``handle = start_pygeoapi_server(run_dir, port, user, password, sample=False)``, ``handle.features_url``,
``handle.stop()``.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: server/ is a package of the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server import cli, nginx, postgis, pygeoapi_config, web_page
from server.layout import PygeoapiLayout, ServerError
from server.processes import server_processes, terminate
from server.qgis_server import check_reachable, fcgi_account, give_to
from server.reference_server import _get, _port_free

NAMES = ("nginx", "gunicorn", "postgres")  # /proc/<pid>/comm of this server's processes
READY_PATH = "/collections?f=json"
EXPORT_SCRIPT = Path(__file__).resolve().parent / "pg_export.py"


@dataclass
class PygeoapiHandle:
    url: str  # http://127.0.0.1:<port>: the OGC API - Features landing page itself
    run_dir: Path
    port: int
    user: str
    logs: dict[str, Path] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # features per collection at start

    @property
    def features_url(self) -> str:
        return self.url

    @property
    def map_url(self) -> str:
        return f"{self.url}/"  # the online map page (API clients asking JSON get pygeoapi's landing page there)

    @property
    def media_url(self) -> str:
        return f"{self.url}/media/"  # the media store: GET by all, PUT and DELETE with the user's credentials

    def processes(self) -> dict[int, str]:
        """pid -> name of this server's live nginx, gunicorn and postgres processes."""
        layout = PygeoapiLayout.of(self.run_dir)
        return server_processes(self.run_dir, layout.pid_files, NAMES)

    def stop(self) -> None:
        stop_pygeoapi_server(self.run_dir)


def _check_tools() -> None:
    for tool in ("nginx", "openssl"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            raise ServerError(f"{tool} is not installed: run scripts/setup.sh (make test installs it).")
    postgis.check_installed()
    if not (pygeoapi_config.VENV / "bin" / "gunicorn").exists():
        raise ServerError(f"{pygeoapi_config.VENV} has no pygeoapi: run scripts/setup.sh (it makes that environment).")


def _prepare_logs(layout: PygeoapiLayout, web: pwd.struct_passwd | None) -> None:
    for name, log in layout.log_files.items():
        log.touch()
        if web is not None and name in ("gunicorn", "pygeoapi"):
            os.chown(log, web.pw_uid, web.pw_gid)


def export_workspace(layout: PygeoapiLayout, data: Path | None, sample: bool, city: str, env: dict[str, str]) -> dict:
    """The features to load, from the workspace ``data`` or a new sample, by QGIS in its own process."""
    command = [sys.executable, str(EXPORT_SCRIPT), "--out", str(layout.features_json), "--city", city]
    command += ["--media", str(layout.media)]
    if data is not None:
        if not data.is_file():
            raise ServerError(f"The GeoPackage {data} does not exist: give an existing workspace or use --sample.")
        command += ["--source", str(data.resolve())]
    else:
        command += ["--create", "sample" if sample else "empty"]
    log = layout.log_files["data"]
    with log.open("a", encoding="utf-8") as output:
        output.write(f"$ pg_export.py {' '.join(command[3:])}\n")
        output.flush()
        qgis_env = {**env, "QT_QPA_PLATFORM": "offscreen", "HOME": str(layout.home)}
        qgis_env["XDG_RUNTIME_DIR"] = str(layout.home / "runtime")
        result = subprocess.run(
            command, env=qgis_env, stdout=output, stderr=subprocess.STDOUT, check=False, timeout=300
        )
    if result.returncode != 0:
        raise ServerError(f"The workspace's features could not be read (exit {result.returncode}): see {log}.")
    return json.loads(layout.features_json.read_text(encoding="utf-8"))


def start_gunicorn(layout: PygeoapiLayout, web: pwd.struct_passwd | None, env: dict[str, str], workers: int) -> None:
    command = [
        str(pygeoapi_config.VENV / "bin" / "gunicorn"), "--daemon", "--workers", str(workers),
        "--bind", f"unix:{layout.socket}", "--pid", str(layout.gunicorn_pid), "--timeout", "120",
        "--graceful-timeout", "5", "--error-logfile", str(layout.log_files["gunicorn"]), "--capture-output",
        "--chdir", str(layout.pygeoapi), "pygeoapi.flask_app:APP",
    ]  # fmt: skip
    extra = {"user": web.pw_uid, "group": web.pw_gid, "extra_groups": []} if web is not None else {}
    result = subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=layout.pygeoapi,
        start_new_session=True, check=False, timeout=60, **extra,
    )  # fmt: skip
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [f"exit {result.returncode}"])[-1]
        raise ServerError(f"gunicorn could not start pygeoapi ({reason}): see {layout.log_files['gunicorn']}.")


def _wait_ready(handle: PygeoapiHandle, expected: set[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    detail = "no answer"
    while time.monotonic() < deadline:
        status, body = _get(handle.url + READY_PATH, timeout=max(1.0, min(10.0, deadline - time.monotonic())))
        if status == 200:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                ids = {item["id"] for item in json.loads(body)["collections"]}
                if expected <= ids:
                    return
                detail = f"collections missing: {sorted(expected - ids)}"
        else:
            detail = f"HTTP {status}" if status else body
        names = set(handle.processes().values())
        missing = [name for name in NAMES if name not in names]
        if missing:
            detail = f"{', '.join(missing)} stopped ({detail})"
            break
        time.sleep(0.2)
    logs = handle.logs
    raise ServerError(
        f"The server at {handle.url} did not answer {READY_PATH} within {timeout:.0f} s ({detail}): "
        f"see {logs['gunicorn']}, {logs['pygeoapi']}, {logs['postgres']} and {logs['nginx']}."
    )


def start_pygeoapi_server(
    run_dir: str | Path,
    port: int,
    user: str,
    password: str,
    sample: bool = False,
    data: str | Path | None = None,
    workers: int = 2,
    city: str = "hoi_an",
    timeout: float = 60.0,
    layers: list[str] | None = None,
) -> PygeoapiHandle:
    """Start the pygeoapi server of ``run_dir`` on 127.0.0.1:``port``, writes allowed to ``user`` with ``password``;
    return once every collection is listed. Its data: a copy of the workspace ``data``, the ``city``'s sample, the
    database of the last run in this folder, else the schema's empty tables. ``layers``: serve only these collections
    (the database holds every table)."""
    from creative_layers_plugin.core.schema import LAYERS

    layout = PygeoapiLayout.of(run_dir)
    for folder in layout.folders():
        folder.mkdir(parents=True, exist_ok=True)
    layout.root.chmod(0o755)
    if server_processes(layout.root, layout.pid_files, NAMES):
        raise ServerError(f"A server already runs in {layout.root}: stop it first (pygeoapi_server.py stop).")
    if not _port_free(port):
        raise ServerError(f"Port {port} on 127.0.0.1 is in use: choose another port.")
    _check_tools()
    if len(str(layout.pg_socket_dir / f".s.PGSQL.{postgis.PORT}")) > 100:
        raise ServerError(f"The run folder's path is too long for a unix socket ({layout.root}): use a shorter one.")
    web, db = fcgi_account(), postgis.db_account()  # as root: www-data (nginx's workers, gunicorn), postgres
    check_reachable(layout, web)
    check_reachable(layout, db)
    for stale in (layout.nginx_pid, layout.gunicorn_pid, layout.socket):
        stale.unlink(missing_ok=True)
    (layout.home / "runtime").mkdir(mode=0o700, exist_ok=True)
    _prepare_logs(layout, web)
    base_env = postgis.marked_env(layout)
    url = f"http://127.0.0.1:{port}"
    handle = PygeoapiHandle(url, layout.root, port, user, dict(layout.log_files))
    cluster = postgis.Cluster(layout, db, base_env)
    fresh = sample or data is not None or not cluster.initialised()
    timings: dict[str, float] = {}
    clock = [time.monotonic()]

    def lap(name: str) -> None:
        now = time.monotonic()
        timings[name], clock[0] = round(now - clock[0], 2), now

    features = None  # None: keep the database of the last run
    if sample or data is not None:
        features = export_workspace(layout, Path(data) if data else None, sample, city, base_env)
        lap("workspace export (QGIS)")
    elif fresh:
        features = {"layers": {}}  # the schema's tables, empty: no need for QGIS
    db_password = "pw-" + os.urandom(24).hex()
    try:
        if fresh:
            cluster.remove()
            cluster.init()
            lap("initdb")
        cluster.configure()
        cluster.start()
        lap("PostgreSQL start")
        cluster.create_database(db_password)
        lap("database and tables")
        if features is not None:
            cluster.load(features)
        handle.counts = cluster.counts()
        lap("loading")
        layout.htpasswd.write_text(nginx.htpasswd_line(user, password), encoding="utf-8")
        layout.htpasswd.chmod(0o640)
        pygeoapi_config.write(layout, url, port, layers)
        env = pygeoapi_config.environment(layout, {**base_env, **postgis.connection_env(layout, db_password)})
        if web is not None:
            os.chown(layout.run, web.pw_uid, web.pw_gid)  # gunicorn writes its socket and pid file there
            os.chown(layout.htpasswd, 0, web.pw_gid)  # root's, readable by nginx's workers
            give_to(web, layout.home)
        pygeoapi_config.generate_openapi(layout, env)
        lap("OpenAPI document")
        web_page.prepare(layout, ".", city, web)
        start_gunicorn(layout, web, env, workers)
        nginx.start(layout, port, f"{web.pw_name} {web.pw_name}" if web else None, proxy=True)
        _wait_ready(handle, {layer.name for layer in LAYERS if layers is None or layer.name in layers}, timeout)
        lap("gunicorn, nginx, first answer")
    except BaseException:
        stop_pygeoapi_server(layout.root)
        raise
    facts = {"url": url, "port": port, "user": user, "features_url": handle.features_url, "counts": handle.counts}
    facts["map_url"] = handle.map_url
    facts["startup_seconds"] = timings
    (layout.root / "server.json").write_text(json.dumps(facts, indent=1), encoding="utf-8")
    return handle


def stop_pygeoapi_server(run_dir: str | Path, timeout: float = 15.0) -> list[int]:
    """Stop nginx and gunicorn, then PostgreSQL (a fast shutdown: SIGINT to the postmaster), also after a crash;
    returns the pids stopped."""
    layout = PygeoapiLayout.of(run_dir)
    found = server_processes(layout.root, layout.pid_files, NAMES)
    front = {pid: name for pid, name in found.items() if name != "postgres"}
    left = terminate(front, timeout)
    database = {pid: name for pid, name in found.items() if name == "postgres"}
    masters = {pid: name for pid, name in database.items() if _parent(pid) not in database}
    left += terminate(masters, timeout, first=signal.SIGINT)  # the postmaster ends its children itself
    rest = server_processes(layout.root, layout.pid_files, NAMES)  # orphans of a crash, and anything new
    left += terminate(rest, timeout)
    if left:
        raise ServerError(f"Processes {left} of the server in {layout.root} would not stop: end them by hand.")
    for stale in (layout.nginx_pid, layout.gunicorn_pid, layout.socket):
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)
    return sorted(set(found) | set(rest))


def _parent(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
        return int(stat.rsplit(")", 1)[-1].split()[1])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser, start = cli.parser(
        "The creative map's pygeoapi server (PostgreSQL + PostGIS, nginx).", 8091, "database, logs, pid files"
    )
    start.add_argument("--workers", type=int, default=2, help="gunicorn's worker processes")
    args = parser.parse_args(argv)

    def start_from(a):
        return start_pygeoapi_server(
            a.run_dir, a.port, a.user, cli.password(a), sample=a.sample, data=a.data, workers=a.workers,
            city=a.city, timeout=a.timeout,
        )  # fmt: skip

    return cli.run(
        args,
        start_from,
        stop_pygeoapi_server,
        lambda h: f"OGC API - Features: {h.features_url}  logs: {h.run_dir / 'logs'}",
    )


if __name__ == "__main__":
    sys.exit(main())
