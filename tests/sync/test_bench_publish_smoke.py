"""bench/publish.py keeps running (on small data, against real reference servers); its numbers are printed, never
asserted."""

import re
import subprocess
import sys

from tests.conftest import ROOT

LINES = (
    r"^ratio plugin / WFS-T: \d+\.\d\d ",
    r"^capacity bare / plugin: \d+\.\d\d ",
    r"^ratio plan / plain read: \d+\.\d\d ",
    r"^guards. share of prepare\(\): \d+\.\d\d % \(at most 5 %; findings: \[\]\)",
    r"^memory while planning: resident peak \+\d+ MB",
    r"^longest event-loop stall: \d+ ms",
)


def test_publish_benchmark_prints_its_ratios(tmp_path):
    command = [sys.executable, "bench/publish.py", "--features", "200", "--large", "2000", "--repeats", "1"]
    command += ["--workdir", str(tmp_path)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "200 features in the workspace" in result.stdout
    for line in LINES:
        assert re.search(line, result.stdout, re.MULTILINE), (line, result.stdout)
