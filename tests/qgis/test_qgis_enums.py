"""QGIS's enums in the form every QGIS the plugin runs on has: scoped, ``QgsWkbTypes.GeometryType.PointGeometry``.

QGIS 3.22 knows an enum value by its short name (``QgsWkbTypes.PointGeometry``) and by its scoped one; from 3.30 on
many enums moved to ``Qgis`` and the old names are kept as aliases, some of them ambiguous (``QgsPalLayerSettings.
OverPoint`` became another enum's value on 3.40); QGIS 4 (PyQt6) keeps the scoped names. Whether ``A.B`` is an enum's
value or a class only QGIS can tell: this test asks the QGIS it runs on, and runs on every version the suites run on.
"""

from __future__ import annotations

import ast
import enum
import importlib

from qgis.core import Qgis, QgsWkbTypes

from tests.conftest import PLUGIN_DIR, ROOT
from tests.unit.test_qt6_readiness import PENDING_QT6, attribute_chain

QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")


def is_enum_value(value) -> bool:
    """A value of an enum: a Python enum's (QGIS's scoped enums from 3.2x on) or a sip enum's (PyQt5)."""
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def short_enum_names(source: str, where: str) -> list[str]:
    """``where:line Class.Name`` for every enum value the source reads by its short name."""
    tree = ast.parse(source)
    imported = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in QGIS_MODULES:
            module = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(module, alias.name):
                    imported[alias.asname or alias.name] = getattr(module, alias.name)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
            continue
        chain = attribute_chain(node)
        if chain[0] in imported:
            value = getattr(imported[chain[0]], chain[1], None)
            if value is not None and not isinstance(value, type) and is_enum_value(value):
                found.append(f"{where}:{node.lineno} {'.'.join(chain)}")
    return found


def test_the_check_tells_an_enum_value_from_a_class():
    source = (
        "from qgis.core import QgsWkbTypes, QgsFeatureRequest, Qgis\n"
        "a = QgsWkbTypes.PointGeometry\nb = QgsWkbTypes.GeometryType.PointGeometry\n"
        "c = QgsFeatureRequest.OrderByClause\nd = Qgis.Info\ne = QgsWkbTypes.GeometryType\n"
    )
    assert short_enum_names(source, "x") == ["x:2 QgsWkbTypes.PointGeometry", "x:5 Qgis.Info"]
    assert QgsWkbTypes.GeometryType.PointGeometry == QgsWkbTypes.PointGeometry  # the scoped form, on this QGIS
    assert Qgis.MessageLevel.Info == Qgis.Info


def test_the_plugin_reads_qgis_enums_by_their_scoped_names():
    found = []
    for path in sorted(PLUGIN_DIR.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if "__pycache__" not in path.parts and name not in PENDING_QT6:
            found += short_enum_names(path.read_text(encoding="utf-8"), name)
    assert found == []
