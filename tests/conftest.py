"""Shared test set-up: the repository's scripts are importable, and paths every test needs."""

import os
import sys
import tempfile
from pathlib import Path

# QGIS's authentication database of the tests: a folder of their own, never the user's profile (read when QGIS starts)
os.environ.setdefault("QGIS_AUTH_DB_DIR_PATH", tempfile.mkdtemp(prefix="creative-layers-auth-"))

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIR = ROOT / "creative_layers_plugin"
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


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
