"""Importing records (creativemap:import_records): Survey123 exports, plain CSV, GeoJSON and shapefiles.

Every test reads the values back from the workspace: codes instead of labels, uids, record fields, places in
EPSG:5899, the report of the rejected rows, and a workspace left exactly as it was when a file cannot be imported.
"""

import csv
import shutil
import unicodedata

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType

from creative_layers_plugin.core import crs as crs_tools
from creative_layers_plugin.core import importers
from creative_layers_plugin.core.import_values import day_first_column, parse_moment, phone
from creative_layers_plugin.core.importers import import_records, natural_uid
from creative_layers_plugin.core.qgis_versions import new_field
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.processing.import_records import ImportRecordsAlgorithm
from creative_layers_plugin.toolbelt.errors import UserError
from tests.conftest import ROOT, content_digest, held_open

SURVEY = ROOT / "tests" / "data" / "survey123_hoi_an_organisations.csv"
PARK_5899 = QgsPointXY(562354, 1756423)  # DOMAIN.md: the park point, about E 562 354, N 1 756 423
PARK_LON, PARK_LAT = 108.334085, 15.880313
BAD_ROWS = {10: "Hộ gia đình sáng tạo", 11: "no place", 12: "13/45/2024", 13: "swapped", 14: "km from the centre"}


def digest(path):
    return content_digest(path)


def rows_of(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def by_name(ws, layer_name="organisation"):
    return {feature["name"]: feature for feature in ws.layer(layer_name).getFeatures()}


def iso(moment):
    return moment.toUTC().toString("yyyy-MM-ddTHH:mm:ss")


def survey_copy(tmp_path, name="survey123_hoi_an_organisations.csv"):
    target = tmp_path / name
    shutil.copy(SURVEY, target)
    return target


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_vector(path, driver, authid, columns, records):
    """A GeoJSON or shapefile with text ``columns`` and ``records`` of (values, WKT), in ``authid``."""
    fields = QgsFields()
    for name in columns:
        fields.append(new_field(name, QMetaType.Type.QString, "string"))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    geometry_type = QgsGeometry.fromWkt(records[0][1]).wkbType()
    writer = QgsVectorFileWriter.create(
        str(path), fields, geometry_type, QgsCoordinateReferenceSystem(authid), QgsCoordinateTransformContext(), options
    )
    assert writer.hasError() == QgsVectorFileWriter.NoError, writer.errorMessage()
    for values, wkt in records:
        feature = QgsFeature(fields)
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        assert writer.addFeature(feature)
    del writer
    return path


def around_park(offsets, transform=None):
    """A WKT polygon of (east, north) metre offsets around the park point, in WGS 84 (or through ``transform``)."""
    metres_per_degree = 111_320.0
    points = [
        (PARK_LON + east / (metres_per_degree * 0.9618), PARK_LAT + north / metres_per_degree)
        for east, north in offsets
    ]
    if transform is not None:
        points = [(p.x(), p.y()) for p in (transform.transform(QgsPointXY(x, y)) for x, y in points)]
    return "POLYGON ((" + ", ".join(f"{x:.9f} {y:.9f}" for x, y in [*points, points[0]]) + "))"


def shoelace(offsets):
    pairs = zip(offsets, [*offsets[1:], offsets[0]], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


@pytest.fixture()
def ws(qgis_app, tmp_path):
    return create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=False)


# --------------------------------------------------------------------------------------------------- Survey123


def test_a_survey123_export_becomes_records_with_codes_uids_and_places(ws, tmp_path):
    source = survey_copy(tmp_path)
    result = import_records(ws, "organisation", source, user="tester")
    rows = rows_of(source)
    assert (result.imported, result.updated, len(result.rejected)) == (11, 0, 5)
    assert result.imported + len(result.rejected) == len(rows) == 16  # nothing dropped silently
    assert ws.count("organisation") == 11
    good = [row for number, row in enumerate(rows, start=2) if number not in BAD_ROWS]
    features = by_name(ws)
    assert {f["uid"] for f in features.values()} == {row["GlobalID"].strip("{}").lower() for row in good}

    pottery = features["Xưởng gốm Thanh Hà"]
    assert pottery["uid"] == rows[0]["GlobalID"][1:-1].lower()
    assert (pottery["rev"], pottery["city"]) == (1, "hoi_an")
    assert iso(pottery["created_at"]) == "2024-11-27T11:19:00"  # 11/27/2024 11:19:00 AM
    assert iso(pottery["updated_at"]) == "2024-11-28T14:05:30"  # 11/28/2024 2:05:30 PM
    assert (pottery["created_by"], pottery["updated_by"]) == ("hoian_youth_union", "unhabitat_vn")
    assert (pottery["actor_type"], pottery["ownership"], pottery["crafts"]) == (
        "household_business",
        "private",
        '{"pottery"}',
    )
    assert (pottery["needs"], pottery["wheelchair"], pottery["founded_year"]) == (
        '{"capital","communication"}',
        "limited",
        1998,
    )
    assert pottery["phone"] == "+84905123456" and pottery["facebook"] == "https://facebook.com/gomthanhha"

    kim_bong = features["Làng mộc Kim Bồng"]  # written in NFD in the file, stored in NFC
    assert unicodedata.is_normalized("NFC", kim_bong["name"])
    assert (kim_bong["actor_type"], kim_bong["crafts"]) == ("community_group", '{"carpentry_woodcarving"}')
    assert kim_bong["needs"] == '{"human_resources","capital"}'
    bai_choi = features["Câu lạc bộ Bài Chòi Hội An"]
    assert (bai_choi["actor_type"], bai_choi["creative_fields"]) == ("youth_club", '{"crafts_folk_art","music"}')
    assert (bai_choi["zalo"], bai_choi["phone"]) == ("+84935222333", None)

    youth = features["CLB Thanh niên Sáng tạo Hội An"]  # labels without accents
    assert (youth["actor_type"], youth["ownership"], youth["wheelchair"]) == ("youth_club", "community", "yes")
    assert (youth["creative_fields"], youth["needs"]) == ('{"film","music"}', '{"human_resources","connections"}')
    assert youth["phone"] == "+84905777888"  # the leading 0 a spreadsheet removed
    lanterns = features["Đèn lồng Phố Hội"]  # "Lụa, thêu" is one label with a comma inside
    assert lanterns["crafts"] == '{"lantern","silk_embroidery"}'
    assert lanterns["creative_fields"] == '{"crafts_folk_art","design"}'
    assert features["LỒNG ĐÈN BẢO NGỌC"]["actor_type"] == "artisan"  # NGHỆ NHÂN in capitals
    studio = features["Hoi An Design Studio"]  # English labels
    assert (studio["actor_type"], studio["creative_fields"]) == ("sme", '{"design","architecture"}')
    assert studio["needs"] == '{"capital","communication"}'
    assert features["Hội An Craft Hub"]["creative_fields"] == '{"crafts_folk_art","design","architecture"}'

    layer = ws.layer("organisation")
    assert layer.crs().authid() == "EPSG:5899"
    hub = features["Hội An Craft Hub"].geometry().asPoint()  # surveyed at the park point (108.33409, 15.88031)
    assert hub.distance(PARK_5899) < 3
    bridge = crs_tools.transform("EPSG:4326", "EPSG:5899").transform(QgsPointXY(108.32448, 15.87689))
    assert features["Đèn lồng Phố Hội"].geometry().asPoint().distance(bridge) < 0.01


def test_the_report_lists_each_rejected_row_with_its_number_and_reason(ws, tmp_path):
    source = survey_copy(tmp_path)
    result = import_records(ws, "organisation", source)
    assert result.report_path == tmp_path / "survey123_hoi_an_organisations_import_report.csv"
    report = rows_of(result.report_path)
    assert list(report[0]) == ["row", "uid", "reason"]
    assert {int(item["row"]) for item in report} == set(BAD_ROWS)
    for item in report:
        assert BAD_ROWS[int(item["row"])] in item["reason"], item
        assert item["reason"].endswith(".")
    rows = rows_of(source)
    missing_place = next(item for item in report if item["row"] == "11")
    assert missing_place["uid"] == rows[11 - 2]["GlobalID"].strip("{}").lower()
    assert "actor_type" in next(item for item in report if item["row"] == "10")["reason"]
    assert sorted(r.row for r in result.rejected) == sorted(BAD_ROWS)
    names = {f["name"] for f in ws.layer("organisation").getFeatures()}
    assert not names & {"Nhóm Gốm Sáng tạo Trẻ", "Xưởng may Cẩm Phô", "Đồ da Sơn Phong", "Đầu lân Minh An"}


def test_importing_the_same_file_again_updates_and_never_duplicates(ws, tmp_path):
    source = survey_copy(tmp_path)
    import_records(ws, "organisation", source, user="first")
    before = {f["uid"]: f for f in ws.layer("organisation").getFeatures()}
    again = import_records(ws, "organisation", source, user="second")
    assert (again.imported, again.updated, len(again.rejected)) == (0, 11, 5)
    after = {f["uid"]: f for f in ws.layer("organisation").getFeatures()}
    assert set(after) == set(before) and ws.count("organisation") == 11
    for uid, feature in after.items():
        assert feature["rev"] == before[uid]["rev"] + 1 == 2
        assert feature["updated_by"] == "second"
        assert feature["updated_at"] > before[uid]["updated_at"]
        assert feature["created_at"] == before[uid]["created_at"]  # creation facts are kept
        assert feature["created_by"] == before[uid]["created_by"]
        assert feature.geometry().asPoint().distance(before[uid].geometry().asPoint()) < 0.001

    edited = source.read_text(encoding="utf-8-sig").replace("Tre dừa Cẩm Thanh,", "Tre dừa Cẩm Thanh Xanh,")
    source.write_text(edited, encoding="utf-8-sig")
    third = import_records(ws, "organisation", source)
    assert (third.imported, third.updated, ws.count("organisation")) == (0, 11, 11)
    renamed = by_name(ws)["Tre dừa Cẩm Thanh Xanh"]
    assert renamed["rev"] == 3 and "Tre dừa Cẩm Thanh" not in by_name(ws)


def test_rows_without_uid_get_a_uid_from_their_natural_key(qgis_app, tmp_path):
    header = ["Tên", "Loại chủ thể", "Điện thoại", "Kinh độ", "Vĩ độ", "Ghi chú nội bộ"]
    rows = [
        ["Xưởng Mộc Kim Bồng", "Nghệ nhân", "0905 111 222", "108,3225", "15,8665", "gọi trước"],
        ["Nhà Gốm Hội An", "hộ kinh doanh", "", "108.3290", "15.8790", ""],
        ["nha gom hoi an", "Hộ kinh doanh", "", "108.3291", "15.8791", "trùng tên"],
    ]
    source = write_csv(tmp_path / "plain.csv", header, rows)
    first = create_workspace(tmp_path / "one.gpkg", "hoi_an")
    result = import_records(first, "organisation", source)
    assert (result.imported, len(result.rejected)) == (2, 1)
    assert result.rejected[0].row == 4 and "row 3" in result.rejected[0].reason  # same name, told apart in the report
    assert result.ignored_columns == ("Ghi chú nội bộ",)
    workshop = by_name(first)["Xưởng Mộc Kim Bồng"]
    assert workshop["uid"] == natural_uid("organisation", "hoi_an", {"name": "Xưởng Mộc Kim Bồng"})
    assert (workshop["actor_type"], workshop["phone"]) == ("artisan", "+84905111222")  # labels as column names
    assert workshop["created_by"] == workshop["updated_by"] and workshop["created_by"]
    point = workshop.geometry().asPoint()
    expected = crs_tools.transform("EPSG:4326", "EPSG:5899").transform(QgsPointXY(108.3225, 15.8665))
    assert point.distance(expected) < 0.01  # decimal commas read as decimal points

    again = import_records(first, "organisation", source)
    assert (again.imported, again.updated, first.count("organisation")) == (0, 2, 2)
    second = create_workspace(tmp_path / "two.gpkg", "hoi_an")
    import_records(second, "organisation", source)
    assert {f["uid"] for f in second.layer("organisation").getFeatures()} == {
        f["uid"] for f in first.layer("organisation").getFeatures()
    }


def test_a_field_map_overrides_the_matching_by_name(ws, tmp_path):
    header = ["Tên tổ chức", "Loại", "Năm", "Kinh độ", "Vĩ độ", "name"]
    rows = [["Gốm Thanh Hà Mới", "Hợp tác xã", "2001", "108.3030", "15.8790", "ignored on purpose"]]
    source = write_csv(tmp_path / "mapped.csv", header, rows)
    result = import_records(
        ws, "organisation", source, field_map="Tên tổ chức=name; loai = actor_type;Năm=founded_year;name="
    )
    assert (result.imported, result.rejected) == (1, [])
    feature = next(ws.layer("organisation").getFeatures())
    assert (feature["name"], feature["actor_type"], feature["founded_year"]) == (
        "Gốm Thanh Hà Mới",
        "cooperative",
        2001,
    )


# --------------------------------------------------------------------------------------------------- GeoJSON, shapefile


def test_a_surveyed_geojson_outline_replaces_the_approximate_competition_site(qgis_app, tmp_path):
    ws = create_workspace(tmp_path / "sample.gpkg", "hoi_an", sample=True)
    approximate = next(f for f in ws.layer("competition_site").getFeatures() if f["zone_kind"] == "park_outline")
    assert approximate["is_approximate"] is True or approximate["is_approximate"] == 1
    zones_before = ws.count("competition_site")
    offsets = [(-140, -100), (138, -92), (131, 95), (-126, 90)]
    outline = around_park(offsets)
    stage = around_park([(-100, 30), (-80, 30), (-80, 50), (-100, 50)])
    columns = ["zone_kind", "name", "is_approximate", "source"]
    path = write_vector(
        tmp_path / "surveyed_site.geojson",
        "GeoJSON",
        "EPSG:4326",
        columns,
        [
            (["Ranh giới công viên", "Công viên Hội An", "không", "Khảo sát 2025"], outline),
            (["Khác", "Sân khấu ngoài trời", "không", "Khảo sát 2025"], stage),
        ],
    )
    result = import_records(ws, "competition_site", path)
    assert (result.imported, result.updated, result.rejected) == (1, 1, [])
    assert ws.count("competition_site") == zones_before + 1
    park = next(f for f in ws.layer("competition_site").getFeatures() if f["zone_kind"] == "park_outline")
    assert park["uid"] == approximate["uid"] and park["rev"] == approximate["rev"] + 1
    assert park["is_approximate"] in (False, 0) and park["source"] == "Khảo sát 2025"
    geometry = park.geometry()
    assert QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.Polygon
    assert geometry.contains(QgsGeometry.fromPointXY(PARK_5899))
    assert geometry.area() == pytest.approx(shoelace(offsets), rel=0.01)  # square metres in EPSG:5899, not degrees
    assert park["area_m2"] == pytest.approx(geometry.area(), abs=0.01)
    assert not approximate.geometry().equals(geometry)


def test_a_shapefile_in_another_crs_lands_on_the_same_place(ws, tmp_path):
    to_utm = crs_tools.transform("EPSG:4326", "EPSG:32649")
    offsets = [(-140, -100), (138, -92), (131, 95), (-126, 90)]
    path = write_vector(
        tmp_path / "site_utm.shp",
        "ESRI Shapefile",
        "EPSG:32649",
        ["zone_kind", "name", "is_approximate"],
        [(["park_outline", "Công viên Hội An", "no"], around_park(offsets, to_utm))],
    )
    result = import_records(ws, "competition_site", path)
    assert (result.imported, result.rejected) == (1, [])
    feature = next(ws.layer("competition_site").getFeatures())
    assert (feature["name"], feature["is_approximate"]) == ("Công viên Hội An", False)  # "is_approxi" in the .dbf
    expected = QgsGeometry.fromWkt(around_park(offsets))
    expected.transform(crs_tools.transform("EPSG:4326", "EPSG:5899"))
    assert feature.geometry().hausdorffDistance(expected) < 0.05


def test_an_invalid_outline_is_repaired_or_rejected_with_the_reason(ws, tmp_path):
    spike = around_park([(-50, -50), (50, -50), (50, 50), (0, 50), (0, 80), (0, 50), (-50, 50)])
    bowtie = around_park([(-50, -50), (50, 50), (50, -50), (-50, 50)])
    path = write_vector(
        tmp_path / "outlines.geojson",
        "GeoJSON",
        "EPSG:4326",
        ["zone_kind", "name"],
        [(["plaza", "Quảng trường"], spike), (["green_area", "Bãi cỏ"], bowtie)],
    )
    result = import_records(ws, "competition_site", path)
    assert result.imported == 1 and [r.row for r in result.rejected] == [3]
    assert "2 parts" in result.rejected[0].reason
    plaza = next(ws.layer("competition_site").getFeatures())
    assert plaza.geometry().isGeosValid() and plaza["name"] == "Quảng trường"
    assert plaza["area_m2"] == pytest.approx(100 * 100, rel=0.02)


def test_a_workspace_of_all_cities_gives_each_row_its_nearest_city(qgis_app, tmp_path):
    ws = create_workspace(tmp_path / "all.gpkg", "all")
    source = write_csv(
        tmp_path / "cities.csv",
        ["name", "actor_type", "lon", "lat"],
        [["Bích họa Tam Thanh", "artisan", "108.5320", "15.6030"], ["Ống Phố Hà Nội", "sme", "105.8530", "21.0300"]],
    )
    result = import_records(ws, "organisation", source)
    assert result.imported == 2
    assert {f["name"]: f["city"] for f in ws.layer("organisation").getFeatures()} == {
        "Bích họa Tam Thanh": "tam_ky",
        "Ống Phố Hà Nội": "ha_noi",
    }


# --------------------------------------------------------------------------------------------------- bad files


def bad_files(tmp_path):
    not_utf8 = tmp_path / "windows.csv"
    not_utf8.write_bytes(b"name,actor_type\nG\xf4\xecm Thanh H\xe0,artisan\n")  # Windows-1258, as old Excel saves
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    unrelated = write_csv(tmp_path / "unrelated.csv", ["foo", "bar"], [["1", "2"]])
    survey = survey_copy(tmp_path)
    return {
        "missing": (tmp_path / "nowhere.csv", "organisation", None, "does not exist"),
        "not a table": (tmp_path / "ws.gpkg", "organisation", None, "not a CSV, GeoJSON or shapefile"),
        "not utf-8": (not_utf8, "organisation", None, "UTF-8"),
        "broken": (broken, "organisation", None, "cannot be read"),
        "unknown layer": (survey, "galleries", None, "no layer galleries"),
        "no column": (unrelated, "organisation", None, "No column"),
        "missing column": (survey, "organisation", "Tên tổ chức=name", "does not have"),
        "unknown field": (survey, "organisation", "name=ten_to_chuc", "the field ten_to_chuc"),
        "no equals": (survey, "organisation", "name actor_type", "equals sign"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "not a table",
        "not utf-8",
        "broken",
        "unknown layer",
        "no column",
        "missing column",
        "unknown field",
        "no equals",
    ],
)
def test_a_bad_file_gets_a_sentence_and_leaves_the_workspace_untouched(ws, tmp_path, case):
    source, layer_name, field_map, words = bad_files(tmp_path)[case]
    before = digest(ws.path)
    with pytest.raises(UserError) as caught:
        import_records(ws, layer_name, source, field_map=field_map)
    assert words in caught.value.sentence
    assert caught.value.sentence.endswith(".") and ":" in caught.value.sentence  # what happened: what to do
    assert digest(ws.path) == before
    assert not list(tmp_path.glob("*_import_report.csv"))


def test_a_failure_while_writing_leaves_the_workspace_as_it_was(ws, tmp_path, monkeypatch):
    source = survey_copy(tmp_path)
    import_records(ws, "organisation", source)
    before = {f["uid"]: (f["rev"], f["name"]) for f in ws.layer("organisation").getFeatures()}
    extra = (
        source.read_text(encoding="utf-8-sig")
        .replace("108.30401", "108.30402")
        .replace("Hộ gia đình sáng tạo", "Hộ kinh doanh")
    )  # the rejected row 10 becomes a new record, the others are updates
    source.write_text(extra, encoding="utf-8-sig")
    real_change = importers._change

    def change_then_fail(*args):
        real_change(*args)  # creates and updates are written ...
        raise OSError("disk full")  # ... then the disk fills up

    monkeypatch.setattr(importers, "_change", change_then_fail)
    with pytest.raises(OSError):
        import_records(ws, "organisation", source)
    assert {f["uid"]: (f["rev"], f["name"]) for f in ws.layer("organisation").getFeatures()} == before
    assert not (tmp_path / "survey123_hoi_an_organisations_import_report.csv").exists()
    monkeypatch.undo()
    result = import_records(ws, "organisation", source)
    assert (result.imported, result.updated, ws.count("organisation")) == (1, 11, 12)


# --------------------------------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("11/27/2024 11:19:00 AM", False, "2024-11-27T11:19:00+00:00"),
        ("11/27/2024 12:05:00 AM", False, "2024-11-27T00:05:00+00:00"),
        ("1/5/2025 3:07 PM", False, "2025-01-05T15:07:00+00:00"),
        ("27/11/2024", True, "2024-11-27"),
        ("2024-11-27T11:19:00+07:00", False, "2024-11-27T11:19:00+07:00"),
        ("2024-11-27", False, "2024-11-27"),
        ("1732706340000", False, "2024-11-27T11:19:00+00:00"),
        ("13/45/2024", False, None),
        ("hôm qua", False, None),
    ],
)
def test_dates_are_read_as_survey123_and_people_write_them(text, day_first, expected):
    moment = parse_moment(text, day_first)
    assert (moment.isoformat() if moment else None) == expected


def test_the_order_of_day_and_month_is_decided_per_column():
    assert day_first_column(["27/11/2024", "03/12/2024"]) is True
    assert day_first_column(["11/27/2024 11:19:00 AM", "12/03/2024"]) is False
    assert day_first_column(["11/27/2024", "31/02/2024"]) is False  # Survey123's order wins a tie: 31/02 is refused


@pytest.mark.parametrize(
    ("written", "stored"),
    [("0905 123 456", "+84905123456"), ("0235.3861.327", "+842353861327"), ("+84 (0) 905 123 456", "+84905123456"),
     ("84905123456", "+84905123456"), ("0084 905 123 456", "+84905123456"), ("+33 6 12 34 56 78", "+33612345678")],
)  # fmt: skip
def test_phone_numbers_become_e164(written, stored):
    assert phone(written) == stored


# --------------------------------------------------------------------------------------------------- Processing


def test_the_processing_algorithm_imports_and_reports(ws, tmp_path, creativemap_provider):
    import processing

    report = tmp_path / "reports" / "organisations.csv"
    report.parent.mkdir()
    parameters = {
        "INPUT": str(survey_copy(tmp_path)),
        "WORKSPACE": str(ws.path),
        "LAYER": "organisation",
        "REPORT": str(report),
    }
    outputs = processing.run("creativemap:import_records", parameters)
    assert (outputs["IMPORTED"], outputs["UPDATED"], outputs["REJECTED"]) == (11, 0, 5)
    assert outputs["REPORT"] == str(report)
    assert {int(row["row"]) for row in rows_of(report)} == set(BAD_ROWS)
    assert ws.count("organisation") == 11
    again = processing.run("creativemap:import_records", {**parameters, "REPORT": None})
    assert (again["IMPORTED"], again["UPDATED"], ws.count("organisation")) == (0, 11, 11)
    assert again["REPORT"] == str(tmp_path / "survey123_hoi_an_organisations_import_report.csv")
    assert held_open(parameters["INPUT"]) == []  # the user may move or delete the export at once


def test_the_processing_algorithm_turns_a_bad_file_into_a_sentence(ws, tmp_path, qgis_processing):
    algorithm = ImportRecordsAlgorithm()
    algorithm.initAlgorithm()
    assert algorithm.name() == "import_records" and algorithm.shortHelpString()
    source = write_csv(tmp_path / "nothing.csv", ["foo", "bar"], [["1", "2"]])
    parameters = {"INPUT": str(source), "WORKSPACE": str(ws.path), "LAYER": "space", "FIELD_MAP": "", "REPORT": None}
    before = digest(ws.path)
    with pytest.raises(QgsProcessingException, match=r"No column of nothing\.csv"):
        algorithm.processAlgorithm(parameters, QgsProcessingContext(), QgsProcessingFeedback())
    assert digest(ws.path) == before
    copy = algorithm.createInstance()
    assert isinstance(copy, ImportRecordsAlgorithm) and copy is not algorithm
