"""The working copy: a GeoPackage made from the schema; opening, migrating, and refusing bad files untouched."""

import shutil
import sqlite3
from contextlib import closing

import pytest
from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from creative_layers_plugin.core import crs as crs_tools
from creative_layers_plugin.core import schema, workspace, workspace_open
from creative_layers_plugin.core.workspace import WorkspaceError, create_workspace
from creative_layers_plugin.core.workspace_open import open_workspace
from tests.conftest import ROOT, content_digest

V1_FILE = ROOT / "tests" / "data" / "workspace_schema_v1.gpkg"
PARK_WGS84 = QgsPointXY(108.334085, 15.880313)
PARK_5899 = QgsPointXY(562354, 1756423)  # DOMAIN.md: about E 562 354, N 1 756 423


def digest(path):
    return content_digest(path)


def test_a_sample_workspace_has_every_layer_in_the_city_crs(qgis_app, tmp_path):
    ws = create_workspace(tmp_path / "hoi_an.gpkg", "hoi_an", sample=True)
    assert (ws.crs, ws.cities, ws.schema_version) == ("EPSG:5899", ("hoi_an",), schema.SCHEMA_VERSION)
    for layer_def in schema.LAYERS:
        layer = ws.layer(layer_def.name)
        assert layer.isValid()
        assert [f.name() for f in layer.fields()][1:] == [f.name for f in layer_def.all_fields()]  # after fid
        if layer_def.geometry:
            assert layer.crs().authid() == "EPSG:5899"
    bridge = next(ws.layer("space").getFeatures("\"name\" = 'Chùa Cầu'"))
    point = bridge.geometry().asPoint()
    assert abs(point.x() - 561_500) < 300 and abs(point.y() - 1_756_070) < 300  # the covered bridge, in metres
    assert bridge["city"] == "hoi_an" and bridge["rev"] == 1


def test_all_cities_hold_at_least_400_features_and_ha_noi_alone_uses_5897(qgis_app, tmp_path):
    everything = create_workspace(tmp_path / "all.gpkg", "all", sample=True)
    assert sum(everything.count(layer.name) for layer in schema.LAYERS) >= 400
    assert {f["city"] for f in everything.layer("organisation").getFeatures()} == {"hoi_an", "tam_ky", "ha_noi"}
    ha_noi = create_workspace(tmp_path / "ha_noi.gpkg", "ha_noi", sample=False)
    assert ha_noi.layer("space").crs().authid() == "EPSG:5897"
    assert ha_noi.count("space") == 0


def test_value_lists_travel_inside_the_workspace_in_three_languages(qgis_app, tmp_path):
    ws = create_workspace(tmp_path / "ws.gpkg", "hoi_an")
    with closing(sqlite3.connect(ws.path)) as connection, connection:
        row = connection.execute(
            "SELECT label_en, label_vi, label_fr FROM cl_value_lists "
            "WHERE list='creative_field' AND code='crafts_folk_art'"
        ).fetchone()
    assert row == ("Crafts and folk art", "Thủ công và nghệ thuật dân gian", "Artisanat et arts populaires")


def test_the_park_point_goes_to_wgs84_and_back_within_a_metre():
    forward = crs_tools.transform("EPSG:4326", "EPSG:5899")
    projected = forward.transform(PARK_WGS84)
    assert projected.distance(PARK_5899) < 2
    back = crs_tools.transform("EPSG:5899", "EPSG:4326").transform(projected)
    metres_per_degree = 111_320
    assert abs(back.x() - PARK_WGS84.x()) * metres_per_degree < 1
    assert abs(back.y() - PARK_WGS84.y()) * metres_per_degree < 1


def with_operation(pipeline):
    """5899 -> 4326 forced through ``pipeline``."""
    source, target = crs_tools.crs("EPSG:5899"), crs_tools.crs("EPSG:4326")
    context = QgsCoordinateTransformContext()
    assert context.addCoordinateOperation(source, target, pipeline, False)
    return QgsCoordinateTransform(source, target, context)


def test_epsg_6960_is_pinned_not_left_to_chance():
    """EPSG:6959 (the other VN-2000 operation) puts the park 1 m away; no datum shift at all, about 225 m away."""
    source, target = crs_tools.crs("EPSG:5899"), crs_tools.crs("EPSG:4326")
    pinned = crs_tools.pinned_operation(source, target)
    assert "+x=-191.90441429" in pinned  # EPSG:6960's Helmert
    assert crs_tools.pin_vn2000().calculateCoordinateOperation(source, target) == pinned
    assert "+x=-191.90441429" in crs_tools.pin_vn2000().calculateCoordinateOperation(crs_tools.crs("EPSG:5897"), target)

    plugin = crs_tools.transform("EPSG:5899", "EPSG:4326").transform(PARK_5899)
    helmert = pinned[pinned.index("+step +proj=push") : pinned.index("+step +proj=unitconvert")]
    no_shift = with_operation(pinned.replace(helmert, "")).transform(PARK_5899)
    other = next(op.proj for op in QgsDatumTransform.operations(source, target) if "(1)" in op.name)
    epsg_6959 = with_operation(other).transform(PARK_5899)
    metres = 111_320
    distance = lambda a, b: ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5 * metres  # noqa: E731
    assert distance(plugin, PARK_WGS84) < 2
    assert 0.3 < distance(plugin, epsg_6959) < 5
    assert 150 < distance(plugin, no_shift) < 300


def test_the_project_keeps_the_pinned_operation(qgis_app):
    project = QgsProject()
    crs_tools.pin_in_project(project)
    operations = project.transformContext().coordinateOperations()
    assert any("-191.90441429" in proj for proj in operations.values())
    assert ("EPSG:5899", "EPSG:3857") in operations  # the basemap's CRS too


def test_styles_travel_with_the_data_to_a_qgis_without_the_plugin(qgis_app, tmp_path):
    ws = create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True)
    plain = QgsVectorLayer(f"{ws.path}|layername=space", "space", "ogr")  # what any QGIS does
    categories = {category.value(): category.label() for category in plain.renderer().categories()}
    assert categories["heritage_house"] == schema.value_list("space_type").label_for("heritage_house", "vi")
    assert plain.labelsEnabled()
    for layer_def in schema.LAYERS:
        if layer_def.geometry:
            loaded = QgsVectorLayer(f"{ws.path}|layername={layer_def.name}", layer_def.name, "ogr")
            assert loaded.styleManager().currentStyle() and loaded.renderer().type() in ("categorizedSymbol",
                                                                                       "singleSymbol")  # fmt: skip
            assert loaded.listStylesInDatabase()[0] >= 1, layer_def.name


def test_an_older_workspace_gets_this_versions_styles_when_opened(qgis_app, tmp_path):
    path = tmp_path / "old.gpkg"
    shutil.copy(V1_FILE, path)  # made before styles were stored
    assert QgsVectorLayer(f"{path}|layername=space", "s", "ogr").renderer().type() == "singleSymbol"
    open_workspace(path)
    assert QgsVectorLayer(f"{path}|layername=space", "s", "ogr").renderer().type() == "categorizedSymbol"
    assert workspace.read_meta(path)["styled_with"]


def test_reopening_a_current_workspace_changes_nothing(qgis_app, tmp_path):
    ws = create_workspace(tmp_path / "ws.gpkg", "tam_ky", sample=True)
    before = digest(ws.path)
    assert open_workspace(ws.path) == ws
    assert digest(ws.path) == before


def test_schema_2_rewrites_the_first_versions_multi_values_as_qgis_writes_them(qgis_app, tmp_path):
    path = tmp_path / "old.gpkg"
    shutil.copy(V1_FILE, path)
    before = {f["uid"]: f["creative_fields"] for f in QgsVectorLayer(f"{path}|layername=organisation").getFeatures()}
    assert any(value and ";" in value for value in before.values())  # the first schema's "a;b"
    migrated = open_workspace(path)
    assert migrated.schema_version == 2 and workspace.read_meta(path)["schema_version"] == "2"
    after = {f["uid"]: f["creative_fields"] for f in migrated.layer("organisation").getFeatures()}
    assert after.keys() == before.keys()
    for uid, old in before.items():
        expected = schema.format_multi(old.split(";")) if old else old
        assert after[uid] == expected, uid
    assert all(value is None or value.startswith('{"') for value in after.values())


def test_a_first_version_workspace_is_migrated_in_place_without_losing_a_row(qgis_app, tmp_path, monkeypatch):
    path = tmp_path / "old.gpkg"
    shutil.copy(V1_FILE, path)
    counts = {layer.name: QgsVectorLayer(f"{path}|layername={layer.name}").featureCount() for layer in schema.LAYERS}
    assert sum(counts.values()) > 100
    # the next schema version: a new field on organisations and a new layer
    organisation = schema.layer("organisation")
    extra_field = schema.make_field(
        "instagram", schema.FieldType.URL, "Instagram", "Instagram", "Instagram", tab="contact"
    )
    newer = organisation.__class__(**{**organisation.__dict__, "fields": (*organisation.fields, extra_field)})
    makerspace_label = schema.Label("Makerspaces", "Xưởng sáng chế", "Fablabs")
    new_layer = organisation.__class__(**{**organisation.__dict__, "name": "makerspace", "label": makerspace_label})
    layers = (*(newer if layer.name == "organisation" else layer for layer in schema.LAYERS), new_layer)
    for module in (workspace, workspace_open):
        monkeypatch.setattr(module, "LAYERS", layers)
        monkeypatch.setattr(module, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)

    migrated = open_workspace(path)
    assert migrated.schema_version == schema.SCHEMA_VERSION + 1
    assert workspace.read_meta(path)["schema_version"] == str(schema.SCHEMA_VERSION + 1)
    for name, count in counts.items():
        assert QgsVectorLayer(f"{path}|layername={name}").featureCount() == count, name
    organisations = migrated.layer("organisation")
    assert "instagram" in organisations.fields().names()
    assert all(f["name"] for f in organisations.getFeatures())  # old values kept
    assert migrated.layer("makerspace").featureCount() == 0
    assert open_workspace(path) == migrated  # once is enough


@pytest.mark.parametrize("case", ["missing", "text", "sqlite", "plain_gpkg", "newer", "read_only", "locked"])
def test_bad_files_get_a_sentence_and_stay_untouched(qgis_app, tmp_path, case):
    path = tmp_path / "bad.gpkg"
    expected = {
        "missing": "does not exist",
        "text": "is not a GeoPackage",
        "sqlite": "not a GeoPackage",
        "plain_gpkg": "not a Creative Layers workspace",
        "newer": "newer Creative Layers",
        "read_only": "read-only",
        "locked": "being written by another program",
    }[case]
    holder = None
    if case == "text":
        path.write_text("uid,name\n1,Chùa Cầu\n", encoding="utf-8")
    elif case == "sqlite":
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("CREATE TABLE t (x)")
    elif case == "plain_gpkg":
        layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "plain", "memory")
        from qgis.core import QgsVectorFileWriter

        QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(),
                                                  QgsVectorFileWriter.SaveVectorOptions())  # fmt: skip
    elif case != "missing":
        create_workspace(path, "hoi_an")
        if case == "newer":
            with closing(sqlite3.connect(path)) as connection, connection:
                connection.execute("UPDATE cl_workspace SET value='99' WHERE key='schema_version'")
        elif case == "read_only":
            path.chmod(0o444)
        elif case == "locked":
            holder = sqlite3.connect(path)
            holder.execute("BEGIN IMMEDIATE")
    before = digest(path) if path.exists() else None
    try:
        with pytest.raises(WorkspaceError) as raised:
            open_workspace(path)
    finally:
        if holder is not None:
            holder.rollback()
            holder.close()
    sentence = raised.value.sentence
    assert expected in sentence
    assert sentence.endswith(".") and "\n" not in sentence
    assert (digest(path) if path.exists() else None) == before


def test_creating_over_an_existing_file_or_in_a_missing_folder_is_refused(qgis_app, tmp_path):
    existing = create_workspace(tmp_path / "ws.gpkg", "hoi_an").path
    before = digest(existing)
    with pytest.raises(WorkspaceError, match="already exists"):
        create_workspace(existing, "hoi_an")
    assert digest(existing) == before
    with pytest.raises(WorkspaceError, match="cannot be written"):
        create_workspace(tmp_path / "nowhere" / "ws.gpkg", "hoi_an")
    with pytest.raises(WorkspaceError, match="Unknown city"):
        create_workspace(tmp_path / "x.gpkg", "da_lat")
    assert not (tmp_path / "x.gpkg").exists()


def test_a_connection_to_the_workspace_is_closed_when_its_block_ends(qgis_app, tmp_path):
    """``with sqlite3.connect(...)`` commits but does not close: the file stayed open ("ResourceWarning: unclosed
    database" on Python 3.13, QGIS 3.40's trees)."""
    ws = create_workspace(tmp_path / "ws.gpkg", "hoi_an")
    with workspace.connect(ws.path) as connection:
        connection.execute("CREATE TABLE kept (x)")
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        connection.execute("SELECT 1")
    with pytest.raises(ZeroDivisionError), workspace.connect(ws.path) as connection:
        connection.execute("INSERT INTO kept VALUES (1)")
        raise ZeroDivisionError  # an error in the block: nothing of it is kept
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        connection.execute("SELECT 1")
    with workspace.connect(ws.path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM kept").fetchone() == (0,)
