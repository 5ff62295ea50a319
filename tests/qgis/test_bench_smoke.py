"""The benchmarks keep running (on small data); their numbers are printed, never asserted."""

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_open_and_render_benchmark_prints_its_ratio(tmp_path):
    command = [sys.executable, "bench/open_and_render.py", "--features", "2000", "--repeats", "1"]
    command += ["--workspace", str(tmp_path / "bench.gpkg")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "2000 features" in result.stdout
    assert re.search(r"^ratio plugin / plain QGIS: \d+\.\d\d ", result.stdout, re.MULTILINE), result.stdout
