"""QGIS Server's side: the account it runs as, its environment, its data and project, and spawn-fcgi to start it.

As root, QGIS Server (and nginx's workers) run as www-data: the run folder's data, logs, run and home folders are
given to it, so that it can write the GeoPackage (and its -wal and -shm) and its logs. As another user, everything
runs as that user.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

from server.layout import RunLayout, ServerError
from server.processes import MARKER

QGIS_FCGI = Path("/usr/lib/cgi-bin/qgis_mapserv.fcgi")
PROJECT_SCRIPT = Path(__file__).resolve().parent / "project.py"
ACCOUNT_WHEN_ROOT = "www-data"


def fcgi_account() -> pwd.struct_passwd | None:
    """The unprivileged account QGIS Server and nginx's workers run as when we are root; None otherwise."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(ACCOUNT_WHEN_ROOT)
    except KeyError as error:
        raise ServerError(f"There is no user {ACCOUNT_WHEN_ROOT} to run QGIS Server as: create it.") from error


def check_reachable(layout: RunLayout, account: pwd.struct_passwd | None) -> None:
    """The unprivileged account must be able to enter every folder above the run folder."""
    if account is None:
        return
    for folder in reversed(layout.root.parents):
        info = folder.stat()
        if info.st_mode & 0o001 or (info.st_gid == account.pw_gid and info.st_mode & 0o010):
            continue
        raise ServerError(
            f"{account.pw_name} cannot enter {folder}, above the run folder: choose a run folder under /tmp or /srv."
        )


def give_to(account: pwd.struct_passwd | None, *paths: Path) -> None:
    """Give ``paths`` (and all they hold) to the account QGIS Server runs as."""
    if account is None:
        return
    for path in paths:
        for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
            os.lchown(item, account.pw_uid, account.pw_gid)


def environment(layout: RunLayout, log_level: int) -> dict[str, str]:
    """QGIS Server's environment: everything it writes goes into the run folder."""
    home = layout.home
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QGIS_", "PYTHON"))}
    env.pop("CREATIVE_MAP_SERVER_PASSWORD", None)
    env.update(
        {
            MARKER: str(layout.root),  # how stop recognises the processes of this server
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "share"),
            "QGIS_CUSTOM_CONFIG_PATH": str(home / "profiles"),
            "QGIS_OPTIONS_PATH": str(home / "profiles"),
            "QGIS_AUTH_DB_DIR_PATH": str(home / "auth"),
            "QGIS_PROJECT_FILE": str(layout.project),
            "QGIS_SERVER_LOG_FILE": str(layout.log_files["qgis"]),
            "QGIS_SERVER_LOG_LEVEL": str(log_level),
            "QGIS_SERVER_LOG_STDERR": "0",
            "QGIS_SERVER_PARALLEL_RENDERING": "0",
            "QGIS_SERVER_CACHE_DIRECTORY": str(home / "cache" / "server"),
            "QGIS_SERVER_IGNORE_BAD_LAYERS": "0",  # a layer that cannot be read is an error, not a gap
            "QGIS_SERVER_API_WFS3_MAX_LIMIT": "10000",  # QGIS 3.22's default, written down: items?limit= above is 400
            "QT_QPA_PLATFORM": "offscreen",
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
        }
    )
    return env


def prepare_data(layout: RunLayout, data: Path | None, sample: bool, city: str, env: dict[str, str],
                 layers: list[str] | None = None, as_loaded: bool = False) -> None:  # fmt: skip
    """The run folder's GeoPackage (a copy of ``data``, made with the sample, or kept from the last run, else made
    empty) and the project generated for it, in a separate Python process (it needs a QGIS application).
    ``layers`` and ``as_loaded``: see ``project.write_project``."""
    command = [sys.executable, str(PROJECT_SCRIPT), "--gpkg", str(layout.gpkg), "--project", str(layout.project)]
    command += ["--city", city, "--media", str(layout.media)]
    if layers is not None:
        command += ["--layers", ",".join(layers)]
    if as_loaded:
        command += ["--as-loaded"]
    if data is not None:
        if not data.is_file():
            raise ServerError(f"The GeoPackage {data} does not exist: give an existing workspace or use --sample.")
        command += ["--source", str(data.resolve())]
    elif sample:
        command += ["--create", "sample"]
    elif not layout.gpkg.exists():
        command += ["--create", "empty"]
    log = layout.log_files["project"]
    with log.open("w", encoding="utf-8") as output:
        result = subprocess.run(command, env=env, stdout=output, stderr=subprocess.STDOUT, check=False, timeout=180)
    if result.returncode != 0:
        lines = [
            line.strip() for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()
        ]
        reason = lines[-1] if lines else f"exit {result.returncode}"
        raise ServerError(f"The server's data or project could not be made ({reason}): see {log}.")


def spawn(layout: RunLayout, account: pwd.struct_passwd | None, env: dict[str, str], processes: int) -> None:
    """QGIS Server's FastCGI processes on the run folder's unix socket (readable by nginx's workers only)."""
    command = ["spawn-fcgi", "-s", str(layout.socket), "-M", "0600", "-P", str(layout.fcgi_pid)]
    command += ["-F", str(processes), "-d", str(layout.data)]
    if account is not None:
        name = account.pw_name
        command += ["-u", name, "-g", name, "-U", name, "-G", name]
    command += ["--", str(QGIS_FCGI)]
    stderr_log = layout.log_files["fcgi"]
    with stderr_log.open("a", encoding="utf-8") as output:
        result = subprocess.run(
            command, env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=output, start_new_session=True,
            check=False, timeout=60,
        )  # fmt: skip
    give_to(account, stderr_log)
    if result.returncode != 0:
        raise ServerError(f"spawn-fcgi could not start QGIS Server (exit {result.returncode}): see {stderr_log}.")
