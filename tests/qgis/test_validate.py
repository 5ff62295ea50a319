"""Validation of a real workspace: the sample is clean, broken features are found, the algorithm counts and reports."""

import csv

import pytest
from qgis.core import QgsGeometry, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

from creative_layers_plugin.core import schema
from creative_layers_plugin.core.validation import (
    REPORT_COLUMNS,
    count,
    plain_value,
    validate_layer,
    validate_qgs_layer,
    validate_workspace,
    write_report,
)
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.processing.validate import ValidateAlgorithm
from creative_layers_plugin.toolbelt.task import TaskCancelledError


def errors_of(problems):
    return [p for p in problems if p.is_error]


def first(layer, expression=None):
    return next(layer.getFeatures(expression) if expression else layer.getFeatures())


def edit(layer, feature, **values):
    """Change attributes (and ``geometry``) of one feature and save."""
    assert layer.startEditing()
    for name, value in values.items():
        if name == "geometry":
            assert layer.changeGeometry(feature.id(), value)
        else:
            assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name), value)
    assert layer.commitChanges(), layer.commitErrors()


@pytest.fixture()
def sample(qgis_app, tmp_path):
    return create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True)


@pytest.fixture()
def clean(sample):
    """The Hội An sample, checked to have no error, for the tests that break it."""
    assert errors_of(validate_workspace(sample, lang="en")) == []
    return sample


def test_the_sample_workspace_has_no_error(sample):
    assert errors_of(validate_workspace(sample, lang="en")) == []


def test_the_sample_has_warnings_only_where_data_is_missing(clean):
    problems = validate_workspace(clean, lang="en")
    assert {p.code for p in problems} <= {"no_photo", "no_contact", "no_consent"}
    assert any(p.code == "no_consent" and p.layer == "person" for p in problems)


def test_broken_features_are_reported_with_layer_uid_field_and_code(clean, tmp_path):
    broken = {}
    organisations = clean.layer("organisation")
    feature = first(organisations, '"phone" IS NOT NULL')
    edit(organisations, feature, phone="0905 123 456")
    broken[("organisation", feature["uid"], "phone")] = "phone"

    spaces = clean.layer("space")
    feature = first(spaces)
    edit(spaces, feature, space_type="castle")
    broken[("space", feature["uid"], "space_type")] = "code"

    persons = clean.layer("person")
    feature = first(persons, '"is_youth_leader"')
    edit(persons, feature, consent_publish=True)
    broken[("person", feature["uid"], "consent_publish")] = "youth_consent"

    events = clean.layer("event")
    feature = first(events)
    edit(events, feature, name="")
    broken[("event", feature["uid"], "name")] = "required"

    villages = clean.layer("craft_village")
    feature = first(villages)
    box = feature.geometry().boundingBox()
    xmin, ymin, xmax, ymax = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    bow_tie = QgsGeometry.fromWkt(
        f"POLYGON(({xmin} {ymin}, {xmax} {ymax}, {xmax} {ymin}, {xmin} {ymax}, {xmin} {ymin}))"
    )
    edit(villages, feature, geometry=bow_tie)
    broken[("craft_village", feature["uid"], None)] = "geometry"

    problems = validate_workspace(clean, lang="en")
    errors = errors_of(problems)
    assert {(p.layer, p.uid, p.field): p.code for p in errors} == broken
    assert len(errors) == len(broken)
    geometry = next(p for p in errors if p.code == "geometry")
    assert "Self-intersection" in geometry.message and geometry.fid == feature.id()

    report = write_report(problems, tmp_path / "report.csv")
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets read the file as UTF-8
    rows = list(csv.reader(report.open(encoding="utf-8-sig")))
    assert tuple(rows[0]) == REPORT_COLUMNS and len(rows) == len(problems) + 1
    phone_row = rows[1 + problems.index(next(p for p in errors if p.code == "phone"))]
    assert phone_row[:6] == ["organisation", next(k[1] for k in broken if k[0] == "organisation"),
                             phone_row[2], "phone", "error", "phone"]  # fmt: skip

    algorithm = ValidateAlgorithm()
    algorithm.initAlgorithm()
    feedback = QgsProcessingFeedback()
    target = tmp_path / "algorithm report.csv"
    results, ok = algorithm.run({"WORKSPACE": str(clean.path), "REPORT": str(target)}, QgsProcessingContext(),
                                feedback)  # fmt: skip
    assert ok
    assert results["ERRORS"] == len(broken) == 5
    assert results["WARNINGS"] == len(problems) - len(errors)
    assert results["REPORT"] == str(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert sum(row["severity"] == "error" for row in rows) == 5
    assert {(row["layer"], row["code"]) for row in rows if row["severity"] == "error"} == {
        (layer, code) for (layer, _uid, _field), code in broken.items()
    }


def test_without_a_report_name_the_report_goes_beside_the_workspace(clean):
    algorithm = ValidateAlgorithm()
    algorithm.initAlgorithm()
    results, ok = algorithm.run({"WORKSPACE": str(clean.path)}, QgsProcessingContext(), QgsProcessingFeedback())
    assert ok and results["ERRORS"] == 0 and results["WARNINGS"] > 0
    assert results["REPORT"] == str(clean.path.with_name("ws_validation_report.csv"))
    assert len(list(csv.reader(open(results["REPORT"], encoding="utf-8-sig")))) == results["WARNINGS"] + 1


def test_processing_run_through_the_registry(clean, tmp_path, creativemap_provider):
    import processing

    report = tmp_path / "báo cáo.csv"
    outputs = processing.run("creativemap:validate", {"WORKSPACE": str(clean.path), "REPORT": str(report)})
    assert outputs["ERRORS"] == 0 and outputs["REPORT"] == str(report) and report.is_file()


def test_the_algorithm_refuses_a_file_that_is_not_a_workspace(qgis_app, tmp_path):
    not_a_workspace = tmp_path / "notes.gpkg"
    not_a_workspace.write_text("hello", encoding="utf-8")
    algorithm = ValidateAlgorithm()
    algorithm.initAlgorithm()
    with pytest.raises(QgsProcessingException, match=r"notes\.gpkg is not a GeoPackage"):
        algorithm.processAlgorithm({"WORKSPACE": str(not_a_workspace)}, QgsProcessingContext(), QgsProcessingFeedback())
    _results, ok = algorithm.run({"WORKSPACE": str(not_a_workspace)}, QgsProcessingContext(), QgsProcessingFeedback())
    assert not ok


def test_a_layer_being_edited_is_validated_with_its_unsaved_edits(clean):
    persons = clean.layer("person")
    feature = first(persons, 'NOT "is_youth_leader"')
    assert persons.startEditing()
    persons.changeAttributeValue(feature.id(), persons.fields().indexOf("email"), "not an e-mail")
    persons.changeAttributeValue(feature.id(), persons.fields().indexOf("birth_year"), 1850)
    problems = errors_of(validate_qgs_layer(persons, schema.layer("person"), lang="en"))
    assert {(p.fid, p.field, p.code) for p in problems} == {(feature.id(), "email", "email"),
                                                             (feature.id(), "birth_year", "range")}  # fmt: skip
    persons.rollBack()
    assert errors_of(validate_layer(clean, schema.layer("person"), lang="en")) == []


def test_a_reference_to_a_missing_record_is_a_warning(clean):
    persons = clean.layer("person")
    person = first(persons, '"organisation_uid" IS NOT NULL')
    edit(persons, person, organisation_uid="00000000-0000-4000-8000-000000000000")
    problems = validate_workspace(clean, lang="en")
    dangling = [p for p in problems if p.code == "reference"]
    assert [(p.layer, p.fid, p.field, p.severity) for p in dangling] == [
        ("person", person.id(), "organisation_uid", "warning")
    ]


def test_duplicated_uids_in_a_table_without_a_unique_index(clean):
    table = clean.layer("sme_enrolment")
    one, two = list(table.getFeatures())[:2]
    edit(table, two, uid=one["uid"])
    (problem,) = errors_of(validate_workspace(clean, lang="en"))
    assert (problem.layer, problem.fid, problem.field, problem.code) == ("sme_enrolment", two.id(), "uid", "duplicate")


def test_progress_and_cancel(clean):
    seen = []
    validate_workspace(clean, progress=seen.append, lang="en")
    assert seen[-1] == 100.0 and seen == sorted(seen) and len(seen) == len(schema.LAYERS)
    with pytest.raises(TaskCancelledError):
        validate_workspace(clean, cancelled=lambda: True, lang="en")


def test_plain_values_from_qgis(qgis_app):
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

    assert plain_value(QVariant()) is None
    assert plain_value(QDate(2025, 6, 30)).isoformat() == "2025-06-30"
    assert plain_value(QDate()) is None
    moment = plain_value(QDateTime.fromString("2025-06-30T08:00:00Z", Qt.ISODate))
    assert moment.isoformat() == "2025-06-30T08:00:00+00:00"
    assert plain_value("Hội An") == "Hội An" and plain_value(3) == 3
    assert count([]) == (0, 0)
