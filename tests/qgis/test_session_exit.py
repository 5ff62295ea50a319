"""The test session ends cleanly: QGIS 3.22 keeps every exception a Python algorithm raises alive (sip), and with it
the frames it went through, up to the caller's. A layer in one of those frames outlived QGIS (pytest-qgis calls
exitQgis() before Python ends) and crashed the interpreter when it was finally freed, after every test had passed."""

import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT

LEAKING_TEST = """
import shutil

import processing
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from creative_layers_plugin.processing.provider import CreativeMapProvider


def test_a_layer_held_while_an_algorithm_fails(tmp_path):
    provider = CreativeMapProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    shutil.copy("{data}", tmp_path / "held.gpkg")
    layer = QgsVectorLayer(str(tmp_path / "held.gpkg") + "|layername=organisation", "held", "ogr")
    assert layer.isValid()
    (tmp_path / "notes.gpkg").write_text("not a GeoPackage", encoding="utf-8")
    fail(tmp_path / "notes.gpkg")
    QgsApplication.processingRegistry().removeProvider(provider)


def fail(path):
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("creativemap:validate", {{"WORKSPACE": str(path)}})
    return str(raised.value)
"""


def test_a_layer_held_while_an_algorithm_fails_does_not_crash_the_session_at_exit(tmp_path):
    test_file = tmp_path / "test_leak.py"
    test_file.write_text(LEAKING_TEST.format(data=ROOT / "tests" / "data" / "workspace_schema_v1.gpkg"), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-q", "-p", "no:cacheprovider", str(test_file)]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "1 passed" in run.stdout, run.stdout + run.stderr
    assert run.returncode == 0, textwrap.shorten(run.stdout + run.stderr, 2000)
