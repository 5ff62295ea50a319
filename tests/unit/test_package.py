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


def test_the_source_tree_keeps_metadata_resources_and_translations_at_its_top():
    from tests.conftest import PLUGIN_DIR, ROOT

    assert (ROOT / "metadata.txt").is_file() and (ROOT / "resources" / "styles").is_dir()
    assert sorted(p.name for p in (ROOT / "i18n").glob("*.ts")) == ["creative_layers_fr.ts", "creative_layers_vi.ts"]
    assert not [p for p in ("metadata.txt", "resources", "i18n") if (PLUGIN_DIR / p).exists()]


def test_the_code_finds_its_files_in_the_source_tree_and_in_the_assembled_plugin_folder(tmp_path):
    """Run from the source tree (the tests, scripts), metadata.txt, resources/ and i18n/ are the top-level ones; in
    the plugin folder QGIS loads, the ones inside it."""
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    probe = (
        "import json, sys; from creative_layers_plugin import __about__ as a; from creative_layers_plugin.core import "
        "styles, samples; print(json.dumps([str(a.METADATA_PATH), str(styles.STYLES_DIR), str(samples.SAMPLES_DIR), "
        "str(a.I18N_DIR), str(a.__icon_path__), a.__version__]))"
    )
    folder = package.assemble(tmp_path / "plugins" / "creative_layers_plugin")
    for top, where in ((ROOT, ROOT), (tmp_path / "plugins", folder)):
        result = subprocess.run([sys.executable, "-c", probe], cwd=top, capture_output=True, text=True, check=False,
                                env={"PYTHONPATH": str(top), "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        assert result.returncode == 0, result.stderr
        metadata, styles, samples, i18n, icon, version = json.loads(result.stdout.splitlines()[-1])
        assert metadata == str(where / "metadata.txt") and styles == str(where / "resources" / "styles")
        assert samples == str(where / "resources" / "samples") and i18n == str(where / "i18n")
        assert icon == str(where / "resources" / "icons" / "creative_layers.svg") and version == package.version()
    assert sorted(p.name for p in (folder / "i18n").iterdir()) == ["creative_layers_fr.qm", "creative_layers_vi.qm"]
