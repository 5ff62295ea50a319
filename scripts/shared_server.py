"""The shared server ``make run`` starts beside QGIS, so that Publish works on a fresh machine: the reference server
(``server/``) on 127.0.0.1 with the Hội An sample, and, in the project's own QGIS profile, a Basic authentication
configuration holding its password and the plugin's settings pointing at it.

The password is made once and kept in ``build/shared-server/password`` (mode 0600); the profile's authentication
database is locked by a master password kept beside it (``auth-master``, mode 0600) and given to QGIS through
QGIS_AUTH_PASSWORD_FILE, so no prompt appears. Nothing of it is printed.
"""

from __future__ import annotations

import configparser
import contextlib
import fcntl
import os
import secrets
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUTHCFG_ID = "cmapsrv"  # seven characters, as QGIS makes them
PORT = 8090


def _secret(path: Path) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(18) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def _port(preferred: int = PORT) -> int:
    for port in (preferred, 0):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise OSError("no free port on 127.0.0.1")


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _run_folder() -> Path:
    """CREATIVE_LAYERS_SHARED_SERVER_DIR, or build/shared-server when QGIS Server's account can reach it, else a
    folder of its own under /tmp."""
    if os.environ.get("CREATIVE_LAYERS_SHARED_SERVER_DIR"):
        return Path(os.environ["CREATIVE_LAYERS_SHARED_SERVER_DIR"])
    folder = ROOT / "build" / "shared-server"
    if os.geteuid() != 0 or all(parent.stat().st_mode & 0o001 for parent in folder.parents if parent.exists()):
        return folder
    fallback = Path(tempfile.gettempdir()) / "creative-layers-shared-server"
    fallback.mkdir(exist_ok=True)
    fallback.chmod(0o755)
    return fallback


_AUTH_SCRIPT = """
import sys
from qgis.core import QgsApplication, QgsAuthMethodConfig
app = QgsApplication([], False)
app.initQgis()
manager = QgsApplication.authManager()
master, authcfg, user, password = sys.stdin.read().split("\\n")[:4]
if not manager.setMasterPassword(master, True):
    sys.exit("the profile's authentication database refuses its master password")
config = QgsAuthMethodConfig("Basic")
config.setId(authcfg)
config.setName("Creative map shared server (make run)")
config.setConfig("username", user)
config.setConfig("password", password)
if authcfg in manager.configIds():
    manager.updateAuthenticationConfig(config)
else:
    manager.storeAuthenticationConfig(config, True)
app.exitQgis()
"""


def auth_environment(profile: Path) -> dict[str, str]:
    """What QGIS needs to open the profile's authentication database without asking."""
    return {"QGIS_AUTH_DB_DIR_PATH": str(profile), "QGIS_AUTH_PASSWORD_FILE": str(profile / "auth-master")}


def configure_profile(profile: Path, url: str, user: str, password: str) -> None:
    """The Basic configuration in the profile's authentication database, and the plugin's settings (its id)."""
    master = _secret(profile / "auth-master")
    env = {**os.environ, **auth_environment(profile), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QGIS_AUTH_PASSWORD_FILE")  # the database may not exist yet: the script makes it with this password
    subprocess.run([sys.executable, "-c", _AUTH_SCRIPT], input=f"{master}\n{AUTHCFG_ID}\n{user}\n{password}\n",
                   env=env, text=True, check=True, capture_output=True, timeout=120)  # fmt: skip
    ini_path = profile / "QGIS" / "QGIS3.ini"
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str
    ini.read(ini_path, encoding="utf-8")
    if not ini.has_section("creative_layers"):
        ini.add_section("creative_layers")
    ini["creative_layers"]["server_url"] = url
    ini["creative_layers"]["authcfg"] = AUTHCFG_ID
    with ini_path.open("w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)


@contextlib.contextmanager
def shared_server(profile: Path, user: str = "staff"):
    """The shared server with the sample, running while the block runs; the profile set up to publish to it.
    CREATIVE_LAYERS_SHARED_SERVER=0 goes without."""
    if os.environ.get("CREATIVE_LAYERS_SHARED_SERVER") == "0":
        yield None
        return
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    folder = _run_folder()
    folder.mkdir(parents=True, exist_ok=True)
    lock = (folder / "lock").open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # one session at a time on one server's data
    except OSError:
        print(f"No shared server: another session uses {folder}. Publishing needs one.", file=sys.stderr)
        lock.close()
        yield None
        return
    with lock:
        yield from _serve(folder, profile, user)


def _serve(folder: Path, profile: Path, user: str):
    from server.reference_server import ServerError, start_server

    password = _secret(folder / "password")
    run_dir = folder / "run"
    fresh = not (run_dir / "data" / "creative_map.gpkx").exists()
    handle, ports = None, [_port()]
    while handle is None:
        try:
            handle = start_server(run_dir, ports[-1], user, password, sample=fresh)
        except ServerError as error:
            if len(ports) == 3 or _port_free(ports[-1]):  # a failure of its own, not a port taken meanwhile
                print(f"No shared server: {error} Publishing needs one.", file=sys.stderr)
                yield None
                return
            ports.append(_port(0))  # another session took it between the choice and the start: any free port
    handle.password = password  # for the scripts of `make run` that publish to it (never printed)
    try:
        configure_profile(profile, handle.features_url, user, password)
        yield handle
    finally:
        handle.stop()
