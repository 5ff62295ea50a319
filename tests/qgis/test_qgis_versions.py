"""core/qgis_versions.py: the newer call where this QGIS has it, the 3.22 one otherwise; both paths wherever both
exist (the newer on QGIS 3.40/3.44, in their trees; the older on 3.22 and, where it is still there, on the newer)."""

import contextlib
import sqlite3
import warnings

import pytest
from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsField,
    QgsFields,
    QgsLocatorResult,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from creative_layers_plugin.core import qgis_versions
from creative_layers_plugin.core.qgis_versions import locator_data, make_tab, new_field, save_default_style

OLDER_AND_NEWER = [pytest.param(False, id="3.22-call"), pytest.param(True, id="newer-call")]


def needs(newer: bool, available: bool) -> None:
    if newer and not available:
        pytest.skip(f"QGIS {Qgis.version()} has only the 3.22 call")


@pytest.mark.parametrize("newer", OLDER_AND_NEWER)
def test_a_field_is_made_from_a_qmetatype(qgis_app, newer):
    needs(newer, qgis_versions.FIELD_TAKES_METATYPE)
    text = new_field("name", QMetaType.Type.QString, "text", 36, metatype=newer)
    number = new_field("rev", QMetaType.Type.LongLong, "int8", metatype=newer)
    assert (text.name(), text.typeName(), text.length(), text.type()) == ("name", "text", 36, QMetaType.Type.QString)
    assert (number.type(), number.length()) == (QMetaType.Type.LongLong, 0)
    assert new_field("day", QMetaType.Type.QDate, "date", metatype=newer).type() == QMetaType.Type.QDate


def test_the_newer_field_call_is_taken_where_qgis_has_it(qgis_app):
    assert qgis_versions.FIELD_TAKES_METATYPE == (Qgis.QGIS_VERSION_INT >= 33800)
    if not qgis_versions.FIELD_TAKES_METATYPE:
        with pytest.raises(TypeError):  # 3.22 has no QgsField(name, QMetaType.Type)
            QgsField("name", QMetaType.Type.QString)


@pytest.mark.parametrize("newer", OLDER_AND_NEWER)
def test_a_container_becomes_a_tab_without_a_deprecated_call(qgis_app, newer):
    needs(newer, hasattr(QgsAttributeEditorContainer, "setType"))
    container = QgsAttributeEditorContainer("Identity", None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the 3.22 call, deprecated from 3.40 on
        container.setIsGroupBox(True)
    with warnings.catch_warnings():
        if newer:
            warnings.simplefilter("error", DeprecationWarning)
        make_tab(container, newer=newer)
    if newer:  # the container's type (3.32 on; isGroupBox is deprecated there)
        assert container.type() == Qgis.AttributeEditorContainerType.Tab
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # deprecated from 3.40 on, the 3.22 reading
            assert not container.isGroupBox()


def test_the_tab_call_of_this_qgis_warns_nothing(qgis_app):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        make_tab(QgsAttributeEditorContainer("Identity", None))


def a_geopackage_layer(path):
    fields = QgsFields()
    fields.append(new_field("name", QMetaType.Type.QString, "text"))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "place"
    writer = QgsVectorFileWriter.create(
        str(path), fields, QgsWkbTypes.Type.Point, QgsVectorLayer("Point?crs=EPSG:4326", "", "memory").crs(),
        QgsVectorLayer("Point", "", "memory").transformContext(), options,
    )  # fmt: skip
    del writer
    layer = QgsVectorLayer(f"{path}|layername=place", "place", "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("newer", OLDER_AND_NEWER)
def test_a_style_is_stored_as_the_default_of_its_layer(qgis_app, tmp_path, newer):
    from qgis.core import QgsMapLayer

    needs(newer, hasattr(QgsMapLayer, "saveStyleToDatabaseV2"))
    layer = a_geopackage_layer(tmp_path / "styles.gpkg")
    with warnings.catch_warnings():
        if newer:
            warnings.simplefilter("error", DeprecationWarning)
        assert save_default_style(layer, "place", "Places", newer=newer) == ""
    del layer
    with contextlib.closing(sqlite3.connect(tmp_path / "styles.gpkg")) as connection:
        rows = connection.execute("SELECT f_table_name, styleName, useAsDefault, description FROM layer_styles")
        assert rows.fetchall() == [("place", "place", 1, "Places")]


@pytest.mark.parametrize("newer", OLDER_AND_NEWER)
def test_a_style_that_cannot_be_stored_says_so(qgis_app, newer):
    from qgis.core import QgsMapLayer

    needs(newer, hasattr(QgsMapLayer, "saveStyleToDatabaseV2"))
    memory = QgsVectorLayer("Point?crs=EPSG:4326", "memory", "memory")  # a provider that stores no style
    assert save_default_style(memory, "place", "Places", newer=newer) != ""


def test_a_locator_result_gives_back_its_data(qgis_app):
    result = QgsLocatorResult(None, "Chùa Cầu", ["layer-id", 7])
    assert list(locator_data(result)) == ["layer-id", 7]
