"""Which Qt names of the plugin PyQt6 does not have: run by the Qt 6 environment (.venv-qt6), never inside QGIS.

    .venv-qt6/bin/python scripts/qt6_check.py < uses.json > missing.json
    .venv-qt6/bin/python scripts/qt6_check.py --forms FORM.ui... > problems.json

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


def forms(paths: list[str]) -> list[str]:
    """What PyQt6's uic makes of each Qt Designer form: a sentence per form it cannot compile, and per Qt name in the
    compiled code that PyQt6 does not have; ``checked: N`` first."""
    import io
    import re

    from PyQt6 import uic

    found = [f"checked: {len(paths)}"]
    for path in paths:
        compiled = io.StringIO()
        try:
            uic.compileUi(path, compiled)
        except Exception as error:  # noqa: BLE001 (said, for the test to show)
            found.append(f"{path}: {error}")
            continue
        names = re.findall(r"\b(Qt[A-Za-z]+)\.(Q[A-Za-z]*(?:\.[A-Za-z_]+)+)", compiled.getvalue())
        for module, dotted in sorted(set(names)):
            if not resolve(module, dotted):
                found.append(f"{path}: {module}.{dotted}")
    return found


def main() -> int:
    if sys.argv[1:2] == ["--forms"]:
        json.dump(forms(sys.argv[2:]), sys.stdout)
        return 0
    uses = json.load(sys.stdin)
    missing = [[module, dotted] for module, dotted in uses if not resolve(module, dotted)]
    json.dump(missing, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
