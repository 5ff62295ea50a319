"""The annotation sheet: a real PDF of the Hội An sample, read back with poppler (pdftotext, pdfinfo, pdftoppm)."""

import re
import subprocess
import unicodedata
from datetime import date

import pytest
from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtGui import QImage

from creative_layers_plugin.core import annotation_sheet as sheet
from creative_layers_plugin.core.schema import LANGUAGES, VALUE_LISTS
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.processing.export_annotation_sheet import ExportAnnotationSheetAlgorithm
from creative_layers_plugin.toolbelt.errors import UserError
from creative_layers_plugin.toolbelt.i18n import install_translator, remove_translator

CRITERIA = VALUE_LISTS["criterion"]
VIETNAMESE_NOTE = "Cây bàng lớn, cần giữ lại."  # sustainability only
ENGLISH_NOTE = "Rain garden to cool the plaza and store storm water."  # flexibility and sustainability
ACCESS_NOTE = "Main existing entrance; kerb to be lowered."  # accessibility
NO_CRITERION_NOTE = "Who maintains the pond today?"


def pdf_text(path):
    """The PDF's text, NFC, with runs of white space (line breaks in wrapped cells) as one space."""
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFC", result.stdout.decode("utf-8")).split())


def pdf_pages(path):
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE).group(1))


def first_page_image(path, tmp_path):
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    (png,) = tmp_path.glob("page*.png")
    return QImage(str(png))


def criterion_labels(language):
    return [CRITERIA.label_for(code, language) for code in CRITERIA.codes()]


@pytest.fixture(scope="module")
def sample(qgis_app, tmp_path_factory):
    return create_workspace(tmp_path_factory.mktemp("sheet") / "hội an.gpkg", "hoi_an", sample=True)


@pytest.fixture(scope="module")
def vietnamese(sample, tmp_path_factory):
    output = tmp_path_factory.mktemp("vi") / "bảng ghi chú.pdf"
    return sheet.export_annotation_sheet(sample, output, language="vi"), output


def run_algorithm(parameters):
    import processing

    return processing.run("creativemap:export_annotation_sheet", parameters)


def test_the_template_has_its_items_and_is_what_the_script_makes(qgis_app):
    import make_layout

    project = QgsProject()
    layout = sheet.load_layout(project)
    kinds = {"map": QgsLayoutItemMap, "legend": QgsLayoutItemLegend, "scalebar": QgsLayoutItemScaleBar,
             "north_arrow": QgsLayoutItemPicture, "table": QgsLayoutFrame}  # fmt: skip
    for item_id in sheet.ITEM_IDS:
        assert isinstance(layout.itemById(item_id), kinds.get(item_id, object)), item_id
    table = layout.itemById("table").multiFrame()
    assert isinstance(table, QgsLayoutItemManualTable)
    assert table.resizeMode() == QgsLayoutMultiFrame.RepeatUntilFinished
    assert layout.itemById("scalebar").linkedMap().uuid() == layout.itemById("map").uuid()
    assert layout.itemById("north_arrow").picturePath().endswith("arrows/NorthArrow_02.svg")
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (297, 210)  # A4 landscape
    assert not make_layout.outdated(), "run scripts/make_layout.py and commit the template"


def test_the_vietnamese_sheet_has_the_notes_and_vietnamese_labels_only(vietnamese, tmp_path):
    result, output = vietnamese
    text = pdf_text(output)
    assert VIETNAMESE_NOTE in text and ENGLISH_NOTE in text and NO_CRITERION_NOTE in text
    assert "Ghi chú cuộc thi: Công viên Hội An" in text
    assert sheet.format_date(date.today(), "vi") in text
    for label in [*criterion_labels("vi"), "Chưa gắn tiêu chí", "Cây hiện hữu", "Được chấp nhận", "Nhóm dự thi"]:
        assert label in text, label
    for label in ["Durabilité", "Sustainability", "Flexibilité", "Accessibilité", "No criterion", "Sans critère"]:
        assert label not in text, label
    # every annotation of the sample is shown; the pages PDF and result agree, the table went on past page 2
    assert result["annotations"] == 29
    assert result["pages"] == pdf_pages(output) >= 3
    assert result["criteria"] == [*CRITERIA.codes(), None]


def test_the_first_page_tells_the_badges_colours_under_the_map(vietnamese):
    _result, output = vietnamese
    result = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", str(output), "-"],
                            capture_output=True, check=True)  # fmt: skip
    first_page = " ".join(unicodedata.normalize("NFC", result.stdout.decode("utf-8")).split())
    assert "Tiêu chí cuộc thi" in first_page  # the key's title, then every criterion of the jury
    for label in criterion_labels("vi"):
        assert label in first_page, label


def test_an_annotation_with_several_criteria_is_listed_under_each(sample, vietnamese):
    result, output = vietnamese
    annotations = sheet.read_annotations(sample)
    groups = sheet.group_by_criterion(annotations, None)
    listed = [annotation.uid for _code, members in groups for annotation in members]
    assert len(listed) == sum(len(annotation.criteria) or 1 for annotation in annotations)
    assert set(listed) == {annotation.uid for annotation in annotations}
    assert result["rows"] == len(groups) + len(listed)  # one bold row per group, then its annotations
    assert pdf_text(output).count(ENGLISH_NOTE) >= 2  # under flexibility and under sustainability


def test_the_first_page_shows_the_map_with_the_site_and_the_annotations(vietnamese, tmp_path):
    _result, output = vietnamese
    image = first_page_image(output, tmp_path)
    assert not image.isNull() and image.width() > image.height()  # A4 landscape
    pixels = [image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]
    assert sum(1 for pixel in pixels if pixel & 0xFFFFFF == 0xFFFFFF) < 0.8 * len(pixels)  # not blank
    scale = image.width() / 297.0  # pixels per millimetre; the map is 205 mm wide from 10 mm, 29 mm down
    inside = {image.pixel(round(x * scale), round(y * scale)) for x in range(15, 210) for y in range(35, 195)}
    assert len(inside) > 150  # zones, symbols, labels: many colours, not an empty frame
    text = pdf_text(output)  # the legend names the four layers and their categories in Vietnamese
    for label in [
        "Khu đất cuộc thi",
        "Ghi chú cuộc thi (điểm)",
        "Ghi chú cuộc thi (đường)",
        "Ghi chú cuộc thi (vùng)",
        "Ranh giới công viên",
        "Tòa nhà Hữu nghị",
        "Ý tưởng",
        "Lối đi, lưu thông",
        "Khu vực đề xuất",
    ]:
        assert label in text, label


def test_french_through_processing_whatever_the_language_of_qgis(sample, tmp_path, creativemap_provider):
    output = tmp_path / "fiche.pdf"
    translator = install_translator("vi")  # QGIS in Vietnamese: the sheet is still French
    try:
        outputs = run_algorithm({"WORKSPACE": str(sample.path), "OUTPUT": str(output), "LANGUAGE": 2})
    finally:
        remove_translator(translator)
    text = pdf_text(output)
    assert outputs["OUTPUT"] == str(output) and outputs["ANNOTATIONS"] == 29
    assert outputs["PAGES"] == pdf_pages(output) >= 1
    assert "Annotations du concours : parc central de Hội An" in text and "Sans critère" in text
    assert VIETNAMESE_NOTE in text and ENGLISH_NOTE in text
    for label in [*criterion_labels("fr"), "Arbre existant", "Acceptée", "Équipe", "Légende"]:
        assert label in text, label
    for label in ["Tính bền vững", "Sustainability", "Khả năng tiếp cận", "Chú giải", "Chưa gắn tiêu chí"]:
        assert label not in text, label


def test_english_sheet(sample, tmp_path):
    result = sheet.export_annotation_sheet(sample.path, tmp_path / "sheet.pdf", language="en", today=date(2025, 6, 1))
    text = pdf_text(tmp_path / "sheet.pdf")
    assert "Competition annotations: Hội An central park" in text and "Printed on 1 June 2025" in text
    for label in [*criterion_labels("en"), "No criterion", "Existing tree", "Review status", "Legend"]:
        assert label in text, label
    assert "Durabilité" not in text and "Tính bền vững" not in text
    assert result["pages"] == pdf_pages(tmp_path / "sheet.pdf")


def test_only_the_annotations_of_the_chosen_criteria(sample, tmp_path, creativemap_provider):
    output = tmp_path / "accessibility.pdf"
    accessibility = CRITERIA.codes().index("accessibility")
    outputs = run_algorithm({"WORKSPACE": str(sample.path), "OUTPUT": str(output), "CRITERIA": [accessibility],
                             "LANGUAGE": 2})  # fmt: skip
    expected = [a for a in sheet.read_annotations(sample) if "accessibility" in a.criteria]
    assert outputs["ANNOTATIONS"] == len(expected) == 6
    assert outputs["PAGES"] == pdf_pages(output)
    text = pdf_text(output)
    assert "Accessibilité" in text and ACCESS_NOTE in text
    assert all(annotation.text in text for annotation in expected)
    # neither on the map nor in the table: the other annotations and the other criteria
    assert "Accessibilité (6)" in text  # its group in the table
    for absent in [VIETNAMESE_NOTE, ENGLISH_NOTE, NO_CRITERION_NOTE]:
        assert absent not in text, absent
    for label in ["Durabilité", "Flexibilité", "Sans critère"]:  # no other group (a legend may list the criteria)
        assert f"{label} (" not in text, label


def test_criteria_given_as_codes_or_labels(sample, tmp_path):
    result = sheet.export_annotation_sheet(sample, tmp_path / "s.pdf", "flexibility, Tính bền vững", "vi")
    assert result["criteria"] == ["flexibility", "sustainability"]
    text = pdf_text(tmp_path / "s.pdf")
    assert "Tính linh hoạt (" in text and "Tính bền vững (" in text and "Khả năng tiếp cận (" not in text


def test_an_unknown_criterion_is_one_sentence(sample, tmp_path):
    with pytest.raises(UserError, match=r"^beauty is not a competition criterion: use one of reuse_conversion, "):
        sheet.export_annotation_sheet(sample, tmp_path / "s.pdf", ["accessibility", "beauty"])
    assert not (tmp_path / "s.pdf").exists()


def test_no_annotation_to_show_is_one_sentence(qgis_app, tmp_path):
    empty = create_workspace(tmp_path / "empty.gpkg", "hoi_an")
    with pytest.raises(UserError, match=r"^The workspace has no annotation yet: annotate the competition site"):
        sheet.export_annotation_sheet(empty, tmp_path / "s.pdf")
    with pytest.raises(UserError, match=r"^No annotation speaks to the chosen criteria \(accessibility\): "):
        sheet.export_annotation_sheet(empty, tmp_path / "s.pdf", ["accessibility"])
    algorithm = ExportAnnotationSheetAlgorithm()
    algorithm.initAlgorithm()
    parameters = {"WORKSPACE": str(empty.path), "OUTPUT": str(tmp_path / "s.pdf"), "LANGUAGE": 0}
    with pytest.raises(QgsProcessingException, match=r"^The workspace has no annotation yet"):
        algorithm.processAlgorithm(parameters, QgsProcessingContext(), QgsProcessingFeedback())
    assert not (tmp_path / "s.pdf").exists()


def test_an_output_that_cannot_be_written_is_one_sentence(sample, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("hello", encoding="utf-8")
    for output in (not_a_folder / "sheet.pdf", tmp_path):
        with pytest.raises(UserError, match=r"^The annotation sheet cannot be written to .*: choose another file"):
            sheet.export_annotation_sheet(sample, output)
    assert not_a_folder.read_text(encoding="utf-8") == "hello"
    result = sheet.export_annotation_sheet(sample, tmp_path / "new folder" / "sheet.pdf")
    assert pdf_pages(result["output"]) == result["pages"]


def test_the_language_follows_qgis_by_default(qgis_app, clean_settings):
    clean_settings.setValue("locale/overrideFlag", True)
    clean_settings.setValue("locale/userLocale", "vi_VN")
    algorithm = ExportAnnotationSheetAlgorithm()
    algorithm.initAlgorithm()
    language = algorithm.parameterDefinition("LANGUAGE")
    assert language.options() == ["English", "Tiếng Việt", "Français"] and language.defaultValue() == 1
    criteria = algorithm.parameterDefinition("CRITERIA")
    assert criteria.allowMultiple() and criteria.options() == criterion_labels("vi")


def test_the_sheet_texts_are_data_in_three_languages():
    for key, label in sheet.SHEET_TEXTS.items():
        assert all(getattr(label, language) for language in LANGUAGES), key
    assert sheet.format_date(date(2025, 5, 1), "fr") == "1er mai 2025"
    assert sheet.format_date(date(2025, 12, 24), "vi") == "24 tháng 12 năm 2025"
    assert sheet.format_date(date(2025, 12, 24), "en") == "24 December 2025"
    assert [sheet.round_length(metres) for metres in (14.0, 17.0, 23.0, 140.0, 0.7)] == [10, 20, 25, 100, 0.5]


def test_qgis_process_runs_it_in_the_language_of_the_profile(sample, tmp_path):
    """The headless contract: criteria by number, comma separated (QGIS 3.22's qgis_process refuses CRITERIA=0
    CRITERIA=3); without LANGUAGE the sheet is in the profile's language."""
    import json
    import os

    import qgis_session

    profiles = tmp_path / "profiles"
    qgis_session.prepare_profile(profiles, language="vi")
    qgis_session.deploy_plugin(profiles)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "QGIS_CUSTOM_CONFIG_PATH": str(profiles)}  # fmt: skip
    output = tmp_path / "tờ ghi chú.pdf"
    command = ["qgis_process.bin", "--json", "run", "creativemap:export_annotation_sheet", "--",
               f"WORKSPACE={sample.path}", f"OUTPUT={output}", "CRITERIA=0,3"]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    results = json.loads(result.stdout[result.stdout.index("{") :])["results"]
    expected = [a for a in sheet.read_annotations(sample) if {"reuse_conversion", "accessibility"} & set(a.criteria)]
    assert results["ANNOTATIONS"] == len(expected) and results["PAGES"] == pdf_pages(output)
    text = pdf_text(output)
    assert "Tái sử dụng và chuyển đổi công năng (" in text and "Khả năng tiếp cận (" in text
    assert "Tính bền vững (" not in text
