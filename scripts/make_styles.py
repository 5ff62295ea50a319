"""Regenerate the committed layer styles (resources/styles/*.qml) from the schema, with real QGIS.

    python scripts/make_styles.py [--language en|vi|fr] [--output DIR] [--check]

Each layer with a geometry gets its QML, made by ``creative_layers_plugin.core.styles`` on a memory layer built
from ``Layer.all_fields()`` and the layer's geometry. ``--check`` writes nothing and exits 1 when a committed QML
differs from what the schema gives (the QGIS version aside).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_APP = None


def start_qgis():
    """A QgsApplication without a window (offscreen unless a platform is set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    global _APP
    if QgsApplication.instance() is None:
        _APP = QgsApplication([], True)  # kept alive for the whole run
        _APP.initQgis()
    return QgsApplication.instance()


def outdated_styles(language: str = "en") -> list[str]:
    """Names of the committed QML files that differ from a fresh generation (missing ones included)."""
    from creative_layers_plugin.core import styles

    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for fresh in styles.write_qml_files(language, Path(folder)):
            committed = styles.STYLES_DIR / fresh.name
            expected = styles.normalise_qml(fresh.read_text(encoding="utf-8"))
            if not committed.is_file() or styles.normalise_qml(committed.read_text(encoding="utf-8")) != expected:
                stale.append(fresh.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=("en", "vi", "fr"), help="language of category labels")
    parser.add_argument("--output", type=Path, default=None, help="folder (default: resources/styles)")
    parser.add_argument("--check", action="store_true", help="only report styles that are out of date")
    args = parser.parse_args(argv)
    start_qgis()
    if args.check:
        stale = outdated_styles(args.language)
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    from creative_layers_plugin.core import styles

    for path in styles.write_qml_files(args.language, args.output):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
