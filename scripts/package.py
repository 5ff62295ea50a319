"""Build the installable plugin zip in dist/ with pb_tool and pb_tool.cfg.

pb_tool runs from a staging copy of the plugin folder, so that nothing is written into the source tree; the zip's
top folder is the plugin (metadata.txt, __init__.py with classFactory, resources, compiled translations).
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "creative_layers_plugin"
BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def build() -> Path:
    missing_qm = [p for p in (PLUGIN / "i18n").glob("*.ts") if not p.with_suffix(".qm").exists()]
    if missing_qm:
        raise SystemExit(f"Compiled translations are missing for {missing_qm}: run `make package` (it runs setup).")
    if BUILD.exists():
        shutil.rmtree(BUILD)
    source = BUILD / "source" / PLUGIN.name
    shutil.copytree(PLUGIN, source, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    pb_tool = Path(sys.executable).parent / "pb_tool"
    command = [str(pb_tool), "zip", "--quick", "--no-docs", "--config_file", str(ROOT / "pb_tool.cfg")]
    command += ["--plugin_path", str(BUILD / "deploy")]
    result = subprocess.run(command, cwd=source, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit("pb_tool could not build the zip (its output is above).")
    DIST.mkdir(exist_ok=True)
    target = DIST / f"{PLUGIN.name}-{version()}.zip"
    shutil.move(source / f"{PLUGIN.name}.zip", target)
    return target


def main() -> int:
    target = build()
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
    print(f"{target.relative_to(ROOT)}: {len(names)} files, top folder {names[0].split('/')[0]}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
