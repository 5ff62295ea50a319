"""What every bad-input test does: bind itself to its case, check the whole sentence, prove that nothing was lost."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from .cases import BY_ID

BOUND: dict[str, str] = {}  # case id -> the test bound to it
SYNC_TABLES = ("cl_sync_base", "cl_sync_journal", "cl_publish_log", "cl_history")  # what a publish records of itself


def _register(case_id: str, test_name: str) -> None:
    assert case_id in BY_ID, f"{test_name} names an unknown case {case_id}"
    assert case_id not in BOUND, f"{case_id} has two tests: {BOUND[case_id]} and {test_name}"
    BOUND[case_id] = test_name


def _xfail(case_id: str):
    reason = BY_ID[case_id].defect
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def bound(case_id: str):
    """Bind a test function to one case (a strict xfail when the case records a defect)."""

    def decorate(function):
        _register(case_id, f"{function.__module__}.{function.__name__}")
        function.case_id = case_id
        for mark in _xfail(case_id):
            function = mark(function)
        return function

    return decorate


def bound_all(*case_ids: str):
    """Parametrize a test over several cases (argument ``case``), each bound to it."""
    params = []
    for case_id in case_ids:
        _register(case_id, f"parametrized[{case_id}]")
        params.append(pytest.param(case_id, id=case_id, marks=_xfail(case_id)))
    return pytest.mark.parametrize("case", params)


def expect(case_id: str, sentence: str) -> None:
    """The sentence the user got is the case's sentence, whole (placeholders aside), one sentence that ends."""
    case = BY_ID[case_id]
    assert case.pattern().fullmatch(sentence), f"{case_id}:\n  got      {sentence!r}\n  expected {case.sentence!r}"


def file_digest(path: str | Path) -> str | None:
    path = Path(path)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def rows_digest(path: str | Path, skip: tuple[str, ...] = ()) -> str:
    """A checksum of every row of every table of a GeoPackage (the tables in ``skip`` aside), read-only."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if row[0] not in skip and not row[0].startswith("sqlite_")
        ]
        for table in tables:
            digest.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def layers_digest(path: str | Path) -> str:
    """Every table but the publish's own journal and base."""
    return rows_digest(path, SYNC_TABLES)


def run(algorithm: str, parameters: dict, feedback=None) -> dict:
    """A Processing algorithm of the plugin, as the toolbox or a model runs it."""
    import processing

    return processing.run(f"creativemap:{algorithm}", parameters, feedback=feedback)


def run_failing(algorithm: str, parameters: dict, feedback=None) -> str:
    """The sentence of the algorithm that fails (QgsProcessingException), as the Processing dialog shows it."""
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        run(algorithm, parameters, feedback)
    return str(raised.value)


def records_digest(path: str | Path) -> str:
    """Every record of every layer, all fields but ``rev`` (the revision the server holds, which a publish that
    partly went through brings here)."""
    from creative_layers_plugin.core.schema import LAYERS

    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for layer in LAYERS:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{layer.name}")') if row[1] != "rev"]
            listed = ", ".join(f'"{name}"' for name in columns)
            for row in connection.execute(f'SELECT {listed} FROM "{layer.name}" ORDER BY fid'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()
