"""Which Qt names of the plugin PyQt6 does not have: run by the Qt 6 environment (.venv-qt6), never inside QGIS.

    .venv-qt6/bin/python scripts/qt6_check.py < uses.json > missing.json

Reads a JSON list of [module, dotted name] (``["QtCore", "Qt.DockWidgetArea.RightDockWidgetArea"]``: a name the
plugin imports from ``qgis.PyQt.<module>`` and the attributes it reads from it) and writes the ones PyQt6 lacks. A
Qt 5 short enum name (``Qt.RightDockWidgetArea``), a QVariant type name (``QVariant.Int``) or ``exec_`` is among
them: PyQt6 has only the scoped names, QMetaType's types and ``exec``. qgis.PyQt on Qt 6 moves some classes between
modules (QAction is in QtGui), so a name not found in its module is looked for in the others.
"""

from __future__ import annotations

import importlib
import json
import sys

MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtXml", "QtSvg", "QtPrintSupport", "QtSql", "QtTest", "uic")


def resolve(module_name: str, dotted: str) -> bool:
    first, *rest = dotted.split(".")
    candidates = [module_name, *(m for m in MODULES if m != module_name)]
    for candidate in candidates:
        try:
            module = importlib.import_module(f"PyQt6.{candidate}")
        except ImportError:
            continue
        if not hasattr(module, first):
            continue
        value = getattr(module, first)
        try:
            for attribute in rest:
                value = getattr(value, attribute)
        except AttributeError:
            return False
        return True
    return False


def main() -> int:
    uses = json.load(sys.stdin)
    missing = [[module, dotted] for module, dotted in uses if not resolve(module, dotted)]
    json.dump(missing, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
