"""Geometries, attributes and coordinate systems of imported rows that cannot be kept (see cases.py): each row is
refused with its reason (the Processing log's "Row n: ..." line, the same reason in the report), none is dropped
silently, and the workspace is left as it was."""

from __future__ import annotations

import csv
import unicodedata

import pytest

from .checks import bound, bound_all, expect, file_digest, rows_digest, run, run_failing
from .records import around_park, write_csv, write_vector

ORG = ["name", "actor_type", "x", "y"]
PARK = ("108.3341", "15.8803")
UID = "5d6c0f7e-9c1a-4e8b-b0f2-2a1c3e4d5f60"
BOWTIE = around_park([(-50, -50), (50, 50), (50, -50), (-50, 50)])


def _csv(header, rows):
    return lambda folder: write_csv(folder / "rows.csv", header, rows)


def _geojson(layer_columns, records, authid="EPSG:4326"):
    return lambda folder: write_vector(folder / "rows.geojson", "GeoJSON", authid, layer_columns, records)


def _null_geometry(folder):
    path = folder / "rows.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, '
                    '"properties": {"name": "Gốm Thanh Hà", "actor_type": "artisan"}}]}', encoding="utf-8")  # fmt: skip
    return path


def _shapefile_without_prj(folder):
    path = write_vector(folder / "vn2000.shp", "ESRI Shapefile", "EPSG:5899", ["name", "actor_type"],
                        [(["Gốm Thanh Hà", "artisan"], "POINT (562354 1756423)")])  # fmt: skip
    path.with_suffix(".prj").unlink()
    return path


# case id -> (the file, the layer, the workspace, the coordinate system of x and y)
ROWS = {
    "geom-self-intersecting": (_geojson(["zone_kind", "name"], [(["green_area", "Bãi cỏ"], BOWTIE)]),
                               "competition_site", "empty", None),
    "geom-empty": (_null_geometry, "organisation", "empty", None),
    "geom-wrong-type": (_geojson(ORG[:2], [(["Phố đèn lồng", "artisan"], "LINESTRING (108.33 15.87, 108.34 15.88)")]),
                        "organisation", "empty", None),
    "geom-far-outside-city": (_csv(ORG, [["Gốm Hồ Gươm", "artisan", "105.8524", "21.0287"]]), "organisation", "empty",
                              None),
    "geom-nan-coordinates": (_csv(ORG, [["Gốm Thanh Hà", "artisan", "nan", PARK[1]]]), "organisation", "empty", None),
    "geom-infinite-coordinates": (_csv(ORG, [["Gốm Thanh Hà", "artisan", "inf", PARK[1]]]), "organisation", "empty",
                                  None),
    "geom-not-wkt": (_csv(["name", "actor_type", "wkt"], [["Gốm Thanh Hà", "artisan", "somewhere near the river"]]),
                     "organisation", "empty", None),
    "attr-not-in-value-list": (_csv(ORG, [["Lâu đài", "castle", *PARK]]), "organisation", "empty", None),
    "attr-required-empty": (_csv(ORG, [["Gốm Thanh Hà", "", *PARK]]), "organisation", "empty", None),
    "attr-no-identity": (_csv(ORG, [["", "artisan", *PARK]]), "organisation", "empty", None),
    "attr-text-too-long": (_csv(ORG, [["Gốm " * 75, "artisan", *PARK]]), "organisation", "empty", None),
    "attr-date-wrong-form": (_csv(["name", "event_type", "start_date", "x", "y"],
                                  [["Lễ hội đèn lồng", "festival", "45/13/2025", *PARK]]), "event", "empty", None),
    "attr-uid-not-uuid": (_csv(["uid", *ORG], [["ABC-123", "Gốm Thanh Hà", "artisan", *PARK]]), "organisation",
                          "empty", None),
    "attr-phone": (_csv([*ORG, "phone"], [["Gốm Thanh Hà", "artisan", *PARK, "call me"]]), "organisation", "empty",
                   None),
    "attr-email": (_csv([*ORG, "email"], [["Gốm Thanh Hà", "artisan", *PARK, "an@"]]), "organisation", "empty", None),
    "attr-out-of-range": (_csv([*ORG, "founded_year"], [["Gốm Thanh Hà", "artisan", *PARK, "3025"]]), "organisation",
                          "empty", None),
    "crs-projected-without-crs": (_csv(ORG, [["Gốm Thanh Hà", "artisan", "562354", "1756423"]]), "organisation",
                                  "empty", None),
    "crs-lonlat-given-as-vn2000": (_csv(ORG, [["Gốm Thanh Hà", "artisan", *PARK]]), "organisation", "empty",
                                   "EPSG:5899"),
    "crs-swapped-lat-lon": (_csv(ORG, [["Gốm Thanh Hà", "artisan", PARK[1], PARK[0]]]), "organisation", "empty", None),
    "crs-shapefile-without-prj": (_shapefile_without_prj, "organisation", "empty", None),
    "crs-city-of-another-workspace": (_csv([*ORG, "city"], [["Gốm Thanh Hà", "artisan", *PARK, "Hội An"]]),
                                      "organisation", "ha_noi", None),
}  # fmt: skip


def import_rows(source, ws, layer, feedback, crs=None):
    report = source.parent / "report.csv"
    parameters = {"INPUT": str(source), "WORKSPACE": str(ws.path), "LAYER": layer, "REPORT": str(report)}
    if crs:
        parameters["COORDINATES_CRS"] = crs
    outputs = run("import_records", parameters, feedback)
    with report.open(encoding="utf-8-sig", newline="") as handle:
        return outputs, list(csv.DictReader(handle))


@bound_all(*ROWS)
def test_a_row_that_cannot_be_kept_is_refused_with_its_reason(case, creativemap_provider, request, tmp_path, feedback):
    make, layer, template, crs = ROWS[case]
    ws = request.getfixturevalue(f"{template}_ws")
    source = make(tmp_path)
    before, source_before = rows_digest(ws.path), file_digest(source)
    outputs, report = import_rows(source, ws, layer, feedback, crs)
    assert (outputs["IMPORTED"], outputs["UPDATED"], outputs["REJECTED"]) == (0, 0, 1)  # none dropped silently
    (line,) = [line for line in feedback.lines if line.startswith("Row ")]
    expect(case, line)
    assert [(row["row"], row["reason"]) for row in report] == [("2", line.split(": ", 1)[1])]
    assert rows_digest(ws.path) == before and file_digest(source) == source_before


@bound("attr-duplicate-uid-in-file")
def test_duplicate_uid_in_file(creativemap_provider, empty_ws, tmp_path, feedback):
    rows = [[UID, "Gốm Thanh Hà", "artisan", *PARK], [UID.upper(), "Gốm Thanh Hà (bản sao)", "artisan", *PARK]]
    source = write_csv(tmp_path / "twice.csv", ["GlobalID", *ORG], rows)
    outputs, report = import_rows(source, empty_ws, "organisation", feedback)
    assert (outputs["IMPORTED"], outputs["REJECTED"]) == (1, 1)
    (line,) = [line for line in feedback.lines if line.startswith("Row ")]
    expect("attr-duplicate-uid-in-file", line)
    assert [row["row"] for row in report] == ["3"] and "row 2" in line
    names = [feature["name"] for feature in empty_ws.layer("organisation").getFeatures()]
    assert names == ["Gốm Thanh Hà"]  # the first row is kept, the second is in the report, neither is merged


@bound("attr-nfd-text")
def test_nfd_text_is_stored_in_nfc(creativemap_provider, empty_ws, tmp_path, feedback):
    name = unicodedata.normalize("NFD", "Làng mộc Kim Bồng")
    assert name != unicodedata.normalize("NFC", name)
    source = write_csv(tmp_path / "nfd.csv", ORG, [[name, "nghệ nhân", *PARK]])
    run("import_records", {"INPUT": str(source), "WORKSPACE": str(empty_ws.path), "LAYER": "organisation"}, feedback)
    (line,) = [line for line in feedback.lines if "records added" in line]
    expect("attr-nfd-text", line)
    (stored,) = [feature["name"] for feature in empty_ws.layer("organisation").getFeatures()]
    assert stored == "Làng mộc Kim Bồng" and unicodedata.is_normalized("NFC", stored)


@bound("crs-unknown")
def test_unknown_crs(creativemap_provider, empty_ws, tmp_path):
    source = write_csv(tmp_path / "orgs.csv", ORG, [["Gốm Thanh Hà", "artisan", *PARK]])
    before, source_before = rows_digest(empty_ws.path), file_digest(source)
    parameters = {"INPUT": str(source), "WORKSPACE": str(empty_ws.path), "LAYER": "organisation",
                  "COORDINATES_CRS": "EPSG:999999"}  # fmt: skip
    expect("crs-unknown", run_failing("import_records", parameters))
    assert rows_digest(empty_ws.path) == before and file_digest(source) == source_before


@pytest.mark.parametrize("crs", ["EPSG:999999", "not a crs"])
def test_an_unknown_crs_given_to_the_import_function_is_a_sentence_too(empty_ws, tmp_path, crs):
    """Scripts and models call import_records with a CRS's text: an unknown one is a sentence, not a traceback."""
    from creative_layers_plugin.core.importers import import_records
    from creative_layers_plugin.toolbelt.errors import UserError

    source = write_csv(tmp_path / "orgs.csv", ORG, [["Gốm Thanh Hà", "artisan", *PARK]])
    before = rows_digest(empty_ws.path)
    with pytest.raises(UserError) as raised:
        import_records(empty_ws, "organisation", source, coordinates_crs=crs)
    assert f"The coordinate system {crs} is unknown to QGIS" in raised.value.sentence
    assert rows_digest(empty_ws.path) == before
