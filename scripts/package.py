"""Build the installable plugin zip in dist/ with pb_tool and pb_tool.cfg.

The source tree keeps metadata.txt, resources/ and i18n/ at its top, beside the package; the plugin folder QGIS loads
holds them inside. ``assemble`` makes that folder (``make package`` here, ``make run`` and the tests through
scripts/qgis_session.py), and pb_tool zips it from there, so that nothing is written into the source tree: the zip's
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
METADATA = ROOT / "metadata.txt"
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"
BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"
SOURCE_ONLY = shutil.ignore_patterns("__pycache__", "*.pyc")


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return parser["general"]["version"]


def assemble(target: Path) -> Path:
    """The plugin folder as QGIS loads it, at ``target`` (replaced): the package with metadata.txt, resources/ and
    the compiled translations (i18n/*.qm) inside."""
    missing_qm = [p.name for p in I18N.glob("*.ts") if not p.with_suffix(".qm").exists()]
    if missing_qm:
        raise SystemExit(f"Compiled translations are missing for {missing_qm}: run `make setup`.")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(PLUGIN, target, ignore=SOURCE_ONLY)
    shutil.copy2(METADATA, target / METADATA.name)
    shutil.copytree(RESOURCES, target / RESOURCES.name, ignore=SOURCE_ONLY)
    (target / I18N.name).mkdir()
    for compiled in sorted(I18N.glob("*.qm")):
        shutil.copy2(compiled, target / I18N.name / compiled.name)
    return target


def build() -> Path:
    if BUILD.exists():
        shutil.rmtree(BUILD)
    source = assemble(BUILD / "source" / PLUGIN.name)
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
