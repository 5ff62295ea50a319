"""The dock: a sample workspace created in a task and loaded in groups; filters by city and creative field with
counts that follow; zoom to a city; cancel leaves no half-made file."""

import shutil
import sqlite3
from contextlib import closing

from qgis.core import QgsPointXY, QgsProject

from creative_layers_plugin.core import crs as crs_tools
from creative_layers_plugin.core import loading, schema
from tests.qgis.conftest import wait_for

BRIDGE_WGS84 = QgsPointXY(108.32612, 15.87712)


def select(combo, code):
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def sql_count(path, layer, where="1=1"):
    with closing(sqlite3.connect(path)) as connection, connection:
        return connection.execute(f'SELECT COUNT(*) FROM "{layer}" WHERE {where}').fetchone()[0]


def test_new_from_sample_loads_the_map_in_groups(qgis_app, qgis_iface, dock, tmp_path):
    path = tmp_path / "all.gpkg"
    select(dock.form.sampleCityCombo, "all")
    wait_for(qgis_app, dock.create_from_sample(path, dock.form.sampleCityCombo.currentData()))
    group = loading.find_group()
    assert group is not None and group.name() == "Creative map"
    subgroups = [child.customProperty(loading.GROUP_PROPERTY) for child in group.children()]
    assert subgroups == list(schema.GROUPS)
    layers = loading.map_layers()
    assert set(layers) == {layer.name for layer in schema.LAYERS}
    assert layers["space"].name() == "Places and spaces"
    assert QgsProject.instance().crs().authid() == "EPSG:5899"
    total = sum(sql_count(path, layer.name) for layer in schema.LAYERS)
    assert dock.form.countLabel.text() == f"Showing {total} of {total} features."
    assert dock.form.filterGroup.isEnabled()


def test_filters_follow_city_and_creative_field(qgis_app, dock, tmp_path):
    path = tmp_path / "all.gpkg"
    wait_for(qgis_app, dock.create_from_sample(path, "all"))
    layers = loading.map_layers()
    select(dock.form.cityCombo, "tam_ky")
    assert loading.feature_count(layers["organisation"]) == sql_count(path, "organisation", "city='tam_ky'")
    assert loading.feature_count(layers["ward"]) == sql_count(path, "ward", "city='tam_ky'")
    select(dock.form.fieldCombo, "design")
    design = "city='tam_ky' AND creative_fields LIKE '%\"design\"%'"
    assert loading.feature_count(layers["organisation"]) == sql_count(path, "organisation", design)
    # wards have no creative field: they stay, as context
    assert loading.feature_count(layers["ward"]) == sql_count(path, "ward", "city='tam_ky'")
    assert all(f["city"] == "tam_ky" and "design" in f["creative_fields"] for f in layers["product"].getFeatures())
    shown = sum(loading.feature_count(layer) for layer in layers.values())
    assert dock.form.countLabel.text().startswith(f"Showing {shown} of ")
    select(dock.form.cityCombo, None)
    select(dock.form.fieldCombo, None)
    assert loading.feature_count(layers["organisation"]) == sql_count(path, "organisation")


def test_zoom_to_the_city(qgis_app, qgis_iface, dock, tmp_path):
    wait_for(qgis_app, dock.create_from_sample(tmp_path / "all.gpkg", "all"))
    canvas = qgis_iface.mapCanvas()
    select(dock.form.cityCombo, "hoi_an")
    dock.zoom_to_city()
    bridge = crs_tools.transform("EPSG:4326", canvas.mapSettings().destinationCrs()).transform(BRIDGE_WGS84)
    assert canvas.extent().contains(bridge)
    assert canvas.extent().width() < 40_000  # a town, not the country
    select(dock.form.cityCombo, "ha_noi")
    dock.zoom_to_city()
    assert not canvas.extent().contains(bridge)


def test_cancel_leaves_no_half_made_workspace(qgis_app, qgis_iface, dock, tmp_path):
    path = tmp_path / "cancelled.gpkg"
    task = dock.create_from_sample(path, "all")
    task.cancel()
    wait_for(qgis_app, task)
    assert not path.exists()
    assert loading.find_group() is None
    assert dock.form.openButton.isEnabled() and not dock.form.progressBar.isVisibleTo(dock)


def test_opening_a_bad_file_says_so_and_loads_nothing(qgis_app, qgis_iface, dock, tmp_path):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a database", encoding="utf-8")
    qgis_iface.messageBar().clear_messages()
    wait_for(qgis_app, dock.open_path(bad))
    from qgis.core import Qgis

    assert any("is not a GeoPackage" in text for text in qgis_iface.messageBar().get_messages(Qgis.Critical))
    assert loading.find_group() is None
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_an_unknown_count_is_counted_not_shown_as_minus_one(qgis_app, tmp_path):
    """QGIS may answer -1 while its layer tree counts the same layer in the background (seen in this suite)."""
    from qgis.core import QgsVectorLayer

    workspace_path = tmp_path / "ws.gpkg"
    from creative_layers_plugin.core.workspace import create_workspace

    create_workspace(workspace_path, "hoi_an", sample=True)

    class CountingBusy(QgsVectorLayer):
        def featureCount(self, *args):  # noqa: N802 (what QGIS answers while another count runs)
            return -1

    layer = CountingBusy(f"{workspace_path}|layername=organisation", "organisation", "ogr")
    layer.setSubsetString("\"city\" = 'hoi_an'")
    assert loading.feature_count(layer) == sql_count(workspace_path, "organisation", "city='hoi_an'") > 0


def test_refresh_shows_records_imported_behind_the_map(qgis_app, dock, tmp_path):
    from creative_layers_plugin.core.importers import import_records
    from tests.conftest import ROOT

    path = tmp_path / "hoi_an.gpkg"
    wait_for(qgis_app, dock.create_from_sample(path, "hoi_an"))
    before = loading.feature_count(loading.map_layers()["organisation"])
    source = tmp_path / "survey.csv"  # the import report goes beside its source: keep it out of tests/data
    shutil.copy(ROOT / "tests" / "data" / "survey123_hoi_an_organisations.csv", source)
    result = import_records(dock.workspace, "organisation", source)
    counts = dock.refresh()
    assert counts["organisation"] == before + result.imported == sql_count(path, "organisation")
    assert dock.form.countLabel.text().startswith(f"Showing {sum(counts.values())} of ")


def test_add_on_the_map_uses_qgis_own_tool_on_the_chosen_layer(qgis_app, qgis_iface, dock, tmp_path):
    wait_for(qgis_app, dock.create_from_sample(tmp_path / "ws.gpkg", "hoi_an"))
    select(dock.form.kindCombo, "event")
    qgis_iface.actionAddFeature().trigger.reset_mock()
    layer = dock.records.add_record()
    assert layer is loading.map_layers()["event"] and layer.isEditable()
    assert qgis_iface.activeLayer() is layer
    qgis_iface.actionAddFeature().trigger.assert_called_once()  # QGIS's Add Point Feature: a click opens the form
    layer.rollBack()


def test_the_records_to_correct_are_listed_with_zoom_and_form(qgis_app, qgis_iface, dock, tmp_path):
    wait_for(qgis_app, dock.create_from_sample(tmp_path / "ws.gpkg", "hoi_an"))
    wait_for(qgis_app, dock.records.check())
    tree = dock.form.problemsTree
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0) == "Every record can be published."
    layer = loading.map_layers()["organisation"]
    broken = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(broken.id(), layer.fields().indexOf("phone"), "0905 123 456")
    assert layer.commitChanges()
    wait_for(qgis_app, dock.records.check())
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert broken["name"] in item.text(0) and "+84905123456" in item.text(1)
    tree.setCurrentItem(item)
    assert dock.form.zoomProblemButton.isEnabled() and dock.form.formProblemButton.isEnabled()
    dock.records.zoom_to_selected()
    centre = qgis_iface.mapCanvas().center()
    assert centre.distance(broken.geometry().asPoint()) < 1  # canvas and layer are both in EPSG:5899
    dock.records.open_selected_form()
    opened_layer, opened_feature = qgis_iface.openFeatureForm.call_args[0][:2]
    assert opened_layer is layer and opened_feature.id() == broken.id()
