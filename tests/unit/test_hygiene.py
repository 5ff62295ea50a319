"""The house rules of DESIGN.md, checked on the code itself."""

import ast
import configparser
import xml.etree.ElementTree as ET

from tests.conftest import PLUGIN_DIR, ROOT

WIDGET_MODULES = ("qgis.gui", "qgis.PyQt.QtWidgets", "PyQt5.QtWidgets")


def python_files():
    return [p for p in PLUGIN_DIR.rglob("*.py") if "__pycache__" not in p.parts]


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_and_sync_import_no_widgets():
    offenders = []
    for package in ("core", "sync"):
        for path in (PLUGIN_DIR / package).rglob("*.py"):
            offenders += [f"{path.name}: {m}" for m in imported_modules(path) if m.startswith(WIDGET_MODULES)]
    assert offenders == []


def test_classfactory_import_is_lazy():
    tree = ast.parse((PLUGIN_DIR / "__init__.py").read_text(encoding="utf-8"))
    top_level_imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert top_level_imports == []
    assert any(isinstance(n, ast.FunctionDef) and n.name == "classFactory" for n in tree.body)


def test_no_print_in_the_plugin():
    offenders = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                offenders.append(f"{path.relative_to(PLUGIN_DIR)}:{node.lineno}")
    assert offenders == []


def test_no_file_over_400_lines():
    assert [p.name for p in python_files() if len(p.read_text(encoding="utf-8").splitlines()) > 400] == []


def test_each_ui_file_sits_beside_its_python_and_wires_no_signals():
    for ui in PLUGIN_DIR.rglob("*.ui"):
        assert ui.with_suffix(".py").is_file(), ui
        connections = ET.parse(ui).getroot().find("connections")
        assert connections is None or len(connections) == 0, f"{ui.name} wires signals in Designer"


def test_every_subpackage_and_module_goes_into_the_zip():
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(ROOT / "pb_tool.cfg", encoding="utf-8")
    listed_dirs = set(cfg.get("files", "extra_dirs").split())
    listed_files = set(cfg.get("files", "python_files").split()) | set(cfg.get("files", "extras").split())
    top_modules = {p.name for p in PLUGIN_DIR.glob("*.py")}
    packages = {p.parent.name for p in PLUGIN_DIR.glob("*/__init__.py")}
    assert top_modules <= listed_files
    assert packages <= listed_dirs
    assert "resources" in listed_dirs and "metadata.txt" in listed_files
    for name in listed_dirs:
        assert (PLUGIN_DIR / name).is_dir() or (ROOT / name).is_dir(), name  # resources/ is assembled in
