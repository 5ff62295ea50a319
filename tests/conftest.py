"""Shared test set-up: the repository's scripts are importable, and paths every test needs."""

import contextlib
import gc
import os
import sys
import tempfile
from pathlib import Path

import pytest

# QGIS's authentication database of the tests: a folder of their own, never the user's profile (read when QGIS starts)
os.environ.setdefault("QGIS_AUTH_DB_DIR_PATH", tempfile.mkdtemp(prefix="creative-layers-auth-"))

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "creative_layers_plugin"
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


def pytest_report_header(config):
    """Which QGIS the suites run on: the host's, or a Debian tree's (scripts/qgis_trees.py)."""
    from qgis.core import Qgis

    tree = os.environ.get("CREATIVE_LAYERS_QGIS_TREE")
    where = f"the Debian tree of QGIS {tree} (scripts/qgis_trees.py)" if tree else "this machine"
    return f"QGIS {Qgis.version()}, Python {sys.version.split()[0]}, on {where}"


@pytest.fixture(autouse=True, scope="session")
def nothing_of_qgis_outlives_it(qgis_app):
    """Before pytest-qgis closes QGIS (exitQgis, this fixture's dependency, is torn down after it): QGIS 3.22 keeps
    the traceback of an exception a Python algorithm raised alive once its provider is removed, and with it every
    frame up to the test's own, so a layer a test held was freed only after QGIS had closed, and crashed the
    interpreter after all tests had passed (tests/qgis/test_session_exit.py). Those frames are cleared here, while
    QGIS still runs; the frames still running (pytest's own) are left as they are."""
    yield
    for leaked in [o for o in gc.get_objects() if isinstance(o, BaseException) and o.__traceback__ is not None]:
        tb = leaked.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            while frame is not None:
                with contextlib.suppress(RuntimeError):  # a frame still running
                    frame.clear()
                frame = frame.f_back
            tb = tb.tb_next
        leaked.__traceback__ = None
    gc.collect()


def content_digest(path):
    """A digest of what a file holds: for a GeoPackage, its schema and every row (SQLite's dump), so that a header
    QGIS rewrites when it closes a pooled connection (journal mode) does not count as a change; else its bytes."""
    import hashlib
    import sqlite3

    path = Path(path)
    if not path.exists():
        return None
    data = path.read_bytes()
    if not data.startswith(b"SQLite format 3\x00"):
        return hashlib.sha256(data).hexdigest()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for statement in connection.iterdump():
            digest.update(statement.encode("utf-8"))
        return digest.hexdigest()
    finally:
        connection.close()


SHAPEFILE_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qix")


def held_open(*paths: str | Path) -> list[str]:
    """The files among ``paths`` (a shapefile's with its sidecars) that this process still holds open. A file
    read or refused must be free: the user fixes, moves or deletes it at once (on Windows, an open file is locked)."""
    wanted = set()
    for path in map(Path, paths):
        sidecars = SHAPEFILE_SIDECARS if path.suffix.lower() == ".shp" else ()
        wanted |= {str(path.resolve())} | {str(path.with_suffix(suffix).resolve()) for suffix in sidecars}
    held = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target in wanted:
            held.append(target)
    return sorted(held)
