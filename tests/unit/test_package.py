"""make package: an installable zip whose top folder is the plugin."""

import configparser
import zipfile

import package


def test_the_zip_holds_the_plugin_folder_with_compiled_translations():
    target = package.build()
    assert target.name == f"creative_layers_plugin-{package.version()}.zip"
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        metadata = archive.read("creative_layers_plugin/metadata.txt").decode("utf-8")
    assert {name.split("/")[0] for name in names} == {"creative_layers_plugin"}
    for needed in ("__init__.py", "metadata.txt", "plugin.py", "gui/dock.ui", "resources/icons/creative_layers.svg"):
        assert f"creative_layers_plugin/{needed}" in names, needed
    for language in ("vi", "fr"):
        assert f"creative_layers_plugin/i18n/creative_layers_{language}.qm" in names
    assert not [n for n in names if n.endswith((".pyc", ".ts")) or "__pycache__" in n]
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read_string(metadata)
    assert parsed["general"]["version"] == package.version()
    assert "classFactory" in zipfile.ZipFile(target).read("creative_layers_plugin/__init__.py").decode()
