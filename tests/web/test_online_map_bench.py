"""bench/online_map.py keeps running (a small server, one run); its numbers are printed, never asserted."""

import re
import subprocess
import sys

from tests.conftest import ROOT

LINES = (
    r"^server: qgis-server with 300 features",
    r"^the view's item requests: \d+ \(bbox in each: True, limit \[500\]\), \d+ features; the map drew [1-9]\d*",
    r"^raw requests of the view \(fetch, all at once, JSON read\): first answer \d+\.\d+ s, all \d+\.\d+ s",
    r"^page: first records drawn \d+\.\d+ s after the navigation's start",
    r"^ratio first drawn / raw requests: \d+\.\d\d$",
    r"^ratio all drawn / raw requests: \d+\.\d\d$",
)


def test_online_map_benchmark_prints_its_ratios(tmp_path):
    command = [sys.executable, "bench/online_map.py", "--features", "300", "--repeats", "1", "--workdir", str(tmp_path)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    for line in LINES:
        assert re.search(line, result.stdout, re.MULTILINE), (line, result.stdout)
