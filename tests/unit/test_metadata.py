"""metadata.txt is complete for the official plugin repository, and the version exists in one place."""

import re
import subprocess

from creative_layers_plugin import __about__
from tests.conftest import ROOT

REQUIRED = (
    "name qgisMinimumVersion description about version author email tracker repository homepage tags category "
    "icon hasProcessingProvider experimental"
).split()


def test_metadata_has_every_key_the_plugin_repository_wants():
    metadata = __about__.read_metadata()
    missing = [key for key in REQUIRED if not metadata.get(key, "").strip()]
    assert missing == []
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["qgisMaximumVersion"] == "4.99"  # QGIS 4 (Qt 6) loads it
    assert metadata["supportsQt6"] == "True"  # what older readers of the plugin repository look for
    assert metadata["hasProcessingProvider"] == "yes"
    assert metadata["experimental"] in ("True", "False")
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", metadata["email"])
    for key in ("tracker", "repository", "homepage"):
        assert metadata[key].startswith("https://"), key
    assert (ROOT / metadata["icon"]).is_file()


def test_about_reads_metadata():
    metadata = __about__.read_metadata()
    assert __about__.__version__ == metadata["version"]
    assert __about__.__title__ == metadata["name"]
    assert __about__.PROVIDER_ID == "creativemap"


def test_the_version_is_written_in_metadata_txt_only():
    version = __about__.__version__
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    holders = []
    for name in tracked.splitlines():
        path = ROOT / name
        if path.suffix in (".py", ".txt", ".cfg", ".toml", ".ui", ".sh") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            # (a pinned requirement's ==x is another package's)
            if re.search(rf"(?<![\d.])(?<!==){re.escape(version)}(?![\d.])", text):
                holders.append(name)
    assert holders == ["metadata.txt"]
