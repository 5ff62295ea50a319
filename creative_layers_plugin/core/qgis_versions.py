"""What differs between the QGIS versions the plugin runs on (3.22 to 3.44, and 4.x), in one place.

Where a newer QGIS has a newer call (the old one deprecated, or gone from QGIS 4), the newer is used where this QGIS
has it and the 3.22 one otherwise; tests/qgis/test_qgis_versions.py runs both paths wherever both exist.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsAttributeEditorContainer, QgsField, QgsLocatorResult, QgsMapLayer
from qgis.PyQt.QtCore import QMetaType

QGIS_VERSION = Qgis.QGIS_VERSION_INT
# QgsField takes a QMetaType.Type from QGIS 3.38 on (the QVariant.Type constructor is deprecated there and gone with
# Qt 6); before, it takes a QVariant.Type, which has the same numbers as QMetaType.Type for every type used here
FIELD_TAKES_METATYPE = QGIS_VERSION >= 33800


def new_field(
    name: str, meta_type: QMetaType.Type, type_name: str, length: int = 0, metatype: bool = FIELD_TAKES_METATYPE
) -> QgsField:
    """A QgsField of the type ``meta_type`` (``QMetaType.Type.QString``, ``QMetaType.Type.LongLong``...)."""
    if metatype:
        return QgsField(name, meta_type, type_name, length)
    return QgsField(name, int(meta_type), type_name, length)  # a QVariant.Type: an int of the same value


def make_tab(container: QgsAttributeEditorContainer, newer: bool | None = None) -> None:
    """Show ``container`` as a tab of the form: setType (QGIS 3.32 on) or setIsGroupBox(False) (deprecated in 3.40)."""
    if newer if newer is not None else hasattr(container, "setType"):
        container.setType(Qgis.AttributeEditorContainerType.Tab)
    else:
        container.setIsGroupBox(False)


def save_default_style(layer: QgsMapLayer, name: str, description: str, newer: bool | None = None) -> str:
    """Store the layer's style in its data source as its default style; the error, or "" when it was stored.
    saveStyleToDatabaseV2 (QGIS 3.44 on) says what was stored; saveStyleToDatabase is deprecated there."""
    if newer if newer is not None else hasattr(layer, "saveStyleToDatabaseV2"):
        failed, error = layer.saveStyleToDatabaseV2(name, description, True, "")
        results = QgsMapLayer.SaveStyleResult
        if failed & results.QmlGenerationFailed or failed & results.DatabaseWriteFailed:
            return error or "the style was not stored"
        return ""  # stored (an SLD that could not be made is no reason to refuse it)
    return layer.saveStyleToDatabase(name, description, True, "")


def locator_data(result: QgsLocatorResult):
    """The data a locator result was made with: ``getUserData()`` where QGIS has it (3.22, where reading the
    ``userData`` attribute fails), else the ``userData`` attribute (3.40 on, where getUserData is gone)."""
    if hasattr(result, "getUserData"):
        return result.getUserData()
    return result.userData
