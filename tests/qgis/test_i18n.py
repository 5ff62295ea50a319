"""The plugin follows QGIS's locale: with vi the dock's title and every label are Vietnamese, with fr French."""

import pytest
import translations
from qgis.PyQt.QtWidgets import QGroupBox, QLabel, QPushButton

from creative_layers_plugin.gui.dock import CreativeMapDock
from creative_layers_plugin.toolbelt import i18n

ENGLISH = {"title": "Creative Layers", "group": "Working copy", "button": "Show the log messages"}


def dock_texts(dock):
    texts = [dock.windowTitle()]
    texts += [w.text() for w in dock.findChildren(QLabel) if w.text()]
    texts += [w.title() for w in dock.findChildren(QGroupBox)]
    texts += [w.text() for w in dock.findChildren(QPushButton)]
    return texts


@pytest.mark.parametrize("language", ["vi", "fr"])
def test_the_dock_speaks_the_language_of_qgis(qgis_app, clean_settings, language):
    clean_settings.setValue("locale/overrideFlag", True)
    clean_settings.setValue("locale/userLocale", language)
    assert i18n.qgis_language() == language
    expected = {
        source: text for (_ctx, source), (text, _) in translations.messages(translations.ts_path(language)).items()
    }
    translator = i18n.install_translator()
    assert translator is not None
    try:
        dock = CreativeMapDock()
        texts = dock_texts(dock)
        assert dock.windowTitle() == expected["Creative Layers"]
        assert expected["Working copy"] in texts and expected["Show the log messages"] in texts
        # every text of the dock is a translation (or a proper name that is the same in every language)
        english_only = [t for t in texts if t in expected and expected[t] != t]
        assert english_only == []
        assert not set(ENGLISH.values()) & set(texts)
        dock.deleteLater()
    finally:
        i18n.remove_translator(translator)
    assert i18n.tr("Working copy") == "Working copy"


def test_english_needs_no_translator(qgis_app, clean_settings):
    clean_settings.setValue("locale/overrideFlag", True)
    clean_settings.setValue("locale/userLocale", "en_GB")
    assert i18n.qgis_language() == "en"
    assert i18n.install_translator() is None
    dock = CreativeMapDock()
    assert dock.windowTitle() == ENGLISH["title"]
    dock.deleteLater()


def test_every_shipped_language_has_its_compiled_file():
    for language in ("vi", "fr"):
        assert i18n.translation_file(language).stat().st_size > 0
