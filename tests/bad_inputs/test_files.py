"""Files: workspaces that cannot be opened or created, and files that cannot be imported (see cases.py)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

from qgis.core import QgsVectorFileWriter, QgsVectorLayer

from tests.conftest import held_open

from .checks import bound, expect, file_digest, rows_digest, run_failing
from .records import write_csv, write_vector


def refused_open(case_id, path):
    """Opening ``path`` as a workspace (creativemap:validate opens it as every algorithm and the panel do)."""
    before = file_digest(path)
    sentence = run_failing("validate", {"WORKSPACE": str(path), "REPORT": str(path.with_suffix(".report.csv"))})
    expect(case_id, sentence)
    assert file_digest(path) == before
    assert not path.with_suffix(".report.csv").exists()


@bound("files-not-a-geopackage")
def test_not_a_geopackage(creativemap_provider, tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_text("Ghi chú cuộc họp", encoding="utf-8")
    refused_open("files-not-a-geopackage", path)


@bound("files-truncated-geopackage")
def test_truncated_geopackage(creativemap_provider, templates, tmp_path):
    data = templates["empty"].read_bytes()
    path = tmp_path / "cut.gpkg"
    path.write_bytes(data[: len(data) // 3])
    refused_open("files-truncated-geopackage", path)


@bound("files-sqlite-not-geopackage")
def test_sqlite_not_geopackage(creativemap_provider, tmp_path):
    path = tmp_path / "notes.gpkg"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('xin chào')")
    connection.close()
    refused_open("files-sqlite-not-geopackage", path)


@bound("files-geopackage-of-another-app")
def test_geopackage_of_another_app(creativemap_provider, tmp_path):
    path = tmp_path / "roads.gpkg"
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "roads", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    from qgis.core import QgsCoordinateTransformContext

    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    refused_open("files-geopackage-of-another-app", path)


@bound("files-newer-schema")
def test_newer_schema(creativemap_provider, empty_ws):
    with closing(sqlite3.connect(empty_ws.path)) as connection, connection:
        connection.execute("UPDATE cl_workspace SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    refused_open("files-newer-schema", empty_ws.path)


@bound("files-read-only")
def test_read_only(creativemap_provider, empty_ws):
    os.chmod(empty_ws.path, 0o444)
    try:
        refused_open("files-read-only", empty_ws.path)
    finally:
        os.chmod(empty_ws.path, 0o644)


@bound("files-locked")
def test_locked(creativemap_provider, empty_ws):
    before = rows_digest(empty_ws.path)
    other = sqlite3.connect(empty_ws.path)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    try:
        sentence = run_failing("validate", {"WORKSPACE": str(empty_ws.path)})
    finally:
        other.rollback()
        other.close()
    expect("files-locked", sentence)
    assert rows_digest(empty_ws.path) == before


@bound("files-missing-workspace")
def test_missing_workspace(creativemap_provider, tmp_path):
    path = tmp_path / "gone.gpkg"
    expect("files-missing-workspace", run_failing("validate", {"WORKSPACE": str(path)}))
    assert not path.exists()


@bound("files-workspace-not-gpkg-name")
def test_workspace_not_gpkg_name(creativemap_provider, tmp_path):
    path = tmp_path / "map.sqlite"
    expect("files-workspace-not-gpkg-name", run_failing("create_workspace", {"OUTPUT": str(path), "CITY": "hoi_an"}))
    assert list(tmp_path.iterdir()) == []


@bound("files-workspace-folder-missing")
def test_workspace_folder_missing(creativemap_provider, tmp_path):
    path = tmp_path / "not here" / "map.gpkg"
    sentence = run_failing("create_workspace", {"OUTPUT": str(path), "CITY": "hoi_an"})
    expect("files-workspace-folder-missing", sentence)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------------------------------- importing


def refused_import(case_id, ws, source, field_map=""):
    before, source_before = rows_digest(ws.path), file_digest(source)
    parameters = {"INPUT": str(source), "WORKSPACE": str(ws.path), "LAYER": "organisation", "FIELD_MAP": field_map}
    expect(case_id, run_failing("import_records", parameters))
    assert rows_digest(ws.path) == before and file_digest(source) == source_before
    assert not list(source.parent.glob("*_import_report.csv"))
    assert held_open(source) == []


@bound("files-import-missing")
def test_import_missing(creativemap_provider, empty_ws, tmp_path):
    refused_import("files-import-missing", empty_ws, tmp_path / "nowhere.csv")


@bound("files-import-spreadsheet")
def test_import_spreadsheet(creativemap_provider, empty_ws, tmp_path):
    source = tmp_path / "to_chuc.xlsx"
    source.write_bytes(b"PK\x03\x04" + b"\x00" * 64)  # what a workbook begins with
    refused_import("files-import-spreadsheet", empty_ws, source)


@bound("files-import-wrong-encoding")
def test_import_wrong_encoding(creativemap_provider, empty_ws, tmp_path):
    source = tmp_path / "windows.csv"
    source.write_bytes(b"name,actor_type,x,y\nG\xf4\xecm Thanh H\xe0,artisan,108.30,15.88\n")  # Windows-1258
    refused_import("files-import-wrong-encoding", empty_ws, source)


@bound("files-import-empty")
def test_import_empty(creativemap_provider, empty_ws, tmp_path):
    source = tmp_path / "empty.csv"
    source.write_bytes(b"")
    refused_import("files-import-empty", empty_ws, source)


@bound("files-import-broken-geojson")
def test_import_broken_geojson(creativemap_provider, empty_ws, tmp_path):
    source = tmp_path / "broken.geojson"
    source.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geom', encoding="utf-8")
    refused_import("files-import-broken-geojson", empty_ws, source)


@bound("files-import-shapefile-without-dbf")
def test_import_shapefile_without_dbf(creativemap_provider, empty_ws, tmp_path):
    source = write_vector(tmp_path / "points.shp", "ESRI Shapefile", "EPSG:4326", ["name", "actor_type"],
                          [(["Gốm Thanh Hà", "artisan"], "POINT (108.30 15.88)")])  # fmt: skip
    source.with_suffix(".dbf").unlink()
    refused_import("files-import-shapefile-without-dbf", empty_ws, source)


@bound("files-import-no-matching-column")
def test_import_no_matching_column(creativemap_provider, empty_ws, tmp_path):
    source = write_csv(tmp_path / "unrelated.csv", ["foo", "bar"], [["1", "2"]])
    refused_import("files-import-no-matching-column", empty_ws, source)


@bound("files-import-field-map-unknown-column")
def test_import_field_map_unknown_column(creativemap_provider, empty_ws, tmp_path):
    source = write_csv(tmp_path / "orgs.csv", ["name", "actor_type", "x", "y"], [["Gốm", "artisan", "108.3", "15.88"]])
    refused_import("files-import-field-map-unknown-column", empty_ws, source, field_map="Tên tổ chức=name")
