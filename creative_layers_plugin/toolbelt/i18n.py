"""Translation: the plugin follows QGIS's locale (Settings > Options > General > User interface translation).

Every user-visible string in Python goes through :func:`tr`. pylupdate5 files a bare ``tr("...")`` call under the
``@default`` context wherever it stands, so :func:`tr` translates in that context; strings of ``.ui`` files keep the
context of their form, and the same translator serves both.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..__about__ import I18N_DIR

SUPPORTED_LANGUAGES = ("en", "vi", "fr")
_CONTEXT = "@default"


_TRANSLATORS: dict[str, QTranslator | None] = {}


def tr(text: str, language: str | None = None) -> str:
    """The text in the user's language, or in ``language`` when given (a stored form's messages are in the stored
    style's language, whatever the user's); the English source when no translation exists."""
    if language is None:
        return QCoreApplication.translate(_CONTEXT, text)
    if language[:2] == "en":
        return text
    if language not in _TRANSLATORS:
        translator = QTranslator()
        _TRANSLATORS[language] = translator if translator.load(str(translation_file(language[:2]))) else None
    translator = _TRANSLATORS[language]
    if translator is None:
        return text
    # PyQt5 hands QTranslator.translate its const char* as ASCII: give it the UTF-8 bytes lupdate stored
    return translator.translate(_CONTEXT.encode(), text.encode("utf-8")) or text


def qgis_language() -> str:
    """The two-letter language of QGIS's user interface: the override in QGIS's options, or the system's."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    else:
        locale = QgsApplication.locale()
    return (locale or "en")[:2].lower()


def translation_file(language: str) -> Path:
    return I18N_DIR / f"creative_layers_{language}.qm"


def install_translator(language: str | None = None) -> QTranslator | None:
    """Install the plugin's translator for ``language`` (QGIS's by default); None when English or not found."""
    language = language or qgis_language()
    path = translation_file(language)
    if language == "en" or not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
