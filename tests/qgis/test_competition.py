"""The Competition tab: the site, sketching with simulated canvas clicks, the form, measures, refusals, the review."""

import sqlite3
import time
from contextlib import closing

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsPointXY, QgsProject
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent
from qgis.PyQt.QtWidgets import QComboBox, QPlainTextEdit, QTextEdit

from creative_layers_plugin.core import loading
from creative_layers_plugin.core.annotations import site_outline
from creative_layers_plugin.core.workspace import create_workspace
from tests.qgis.conftest import close_competition

PARK = QgsPointXY(562354.0, 1756423.0)  # the park point in EPSG:5899 (DOMAIN.md)


@pytest.fixture()
def site(qgis_app, qgis_iface, dock, tmp_path):
    """The Hội An sample open in the panel, the map 800 x 600 px on the site, the map tools switched on."""
    dock.load(create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True))
    canvas = qgis_iface.mapCanvas()
    qgis_iface.mainWindow().show()  # a hidden canvas keeps a tiny map: clicks would land metres off
    canvas.resize(800, 600)
    canvas.setDestinationCrs(QgsProject.instance().crs())
    deadline = time.monotonic() + 5
    while canvas.mapSettings().outputSize().width() < 700 and time.monotonic() < deadline:
        qgis_app.processEvents()  # QGIS applies a new size after a short timer
        time.sleep(0.02)
    assert canvas.mapSettings().outputSize().width() >= 700
    settle(qgis_app)
    dock.competition.go_to_site()
    settle(qgis_app)
    dock.competition.form.snapCheck.setChecked(False)  # exact clicks, for the measures; the snapping test snaps
    qgis_iface.messageBar().clear_messages()
    yield dock.competition
    close_competition(dock.competition)
    qgis_iface.mainWindow().hide()


def settle(qgis_app, seconds=0.8):
    """Let QGIS's deferred work (a resize, a zoom) happen."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        qgis_app.processEvents()
        time.sleep(0.02)


def pixel(canvas, point: QgsPointXY) -> QPoint:
    spot = canvas.getCoordinateTransform().transform(point)
    return QPoint(round(spot.x()), round(spot.y()))


def click(canvas, tool, point: QgsPointXY, button=Qt.LeftButton, move=True):
    where = pixel(canvas, point)
    if move:
        tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.MouseMove, where, Qt.NoButton))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, where, button))


def gpkg_rows(path, sql):
    with closing(sqlite3.connect(path)) as connection, connection:
        return connection.execute(sql).fetchall()


def set_combo(combo: QComboBox, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_going_to_the_site_frames_it_and_locks_it(site, qgis_iface):
    layer = loading.map_layers()["competition_site"]
    outline = site_outline(layer).boundingBox()
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(outline)
    assert min(extent.width() / outline.width(), extent.height() / outline.height()) < 1.6  # framed, not a city
    assert site.tool is not None and site.tool.geometry_type == "Point" and site.form.noteButton.isChecked()
    assert qgis_iface.mapCanvas().mapTool() is site.tool
    assert layer.readOnly() and not layer.startEditing()
    site.form.unlockSiteCheck.setChecked(True)
    assert not layer.readOnly() and layer.startEditing()
    layer.rollBack()
    site.form.unlockSiteCheck.setChecked(False)
    assert layer.readOnly()


def test_a_line_is_measured_while_drawn_then_its_form_opens_and_saves(site, qgis_app, qgis_iface, dock):
    canvas = qgis_iface.mapCanvas()
    site.form.lineButton.click()
    tool = site.tool
    assert tool.geometry_type == "LineString"
    start, end = QgsPointXY(PARK.x() - 20, PARK.y() + 5), QgsPointXY(PARK.x() + 20, PARK.y() + 35)
    click(canvas, tool, start)
    tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.MouseMove, pixel(canvas, end), Qt.NoButton))
    drawn = site.form.measureLabel.text()
    assert drawn.startswith("Length: ") and drawn.endswith(" m")
    assert float(drawn.split()[1].replace(",", "")) == pytest.approx(50.0, abs=1.0)  # 30-40-50, within a pixel
    click(canvas, tool, end)
    click(canvas, tool, end, Qt.RightButton, move=False)
    dialog, feature, _context = site.dialog
    assert dialog.isVisible()
    stored = feature["length_m"]
    assert stored == pytest.approx(50.0, abs=1.0)
    form = dialog.attributeForm()
    kind = form.findChild(QComboBox, "kind") or next(
        combo for combo in form.findChildren(QComboBox) if combo.findText("Circulation") >= 0
    )
    kind.setCurrentIndex(kind.findText("Circulation"))
    text = next(w for w in form.findChildren((QTextEdit, QPlainTextEdit)) if w.isVisibleTo(form))
    text.setPlainText("Lối đi bóng mát từ quảng trường")
    dialog.accept()
    for _ in range(10):
        qgis_app.processEvents()
    rows = gpkg_rows(
        dock.workspace.path,
        "SELECT kind, text, length_m, uid, author FROM annotation_line WHERE text LIKE 'Lối đi bóng%'",
    )
    assert len(rows) == 1
    assert rows[0][0] == "circulation" and rows[0][2] == pytest.approx(stored) and len(rows[0][3]) == 36
    layer = loading.map_layers()["annotation_line"]
    assert not layer.isEditable()  # saved to the workspace at once
    assert any("Lối đi bóng mát" in item.text for item in site.review.annotations)


def test_an_area_is_measured_in_epsg_5899_whatever_the_maps_crs(site, qgis_app, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    qgis_app.processEvents()
    site.go_to_site()
    site.form.areaButton.click()
    tool = site.tool
    from creative_layers_plugin.core import crs as crs_tools

    to_map = crs_tools.transform("EPSG:5899", "EPSG:3857")
    corners = [(-30, -30), (30, -30), (30, 10), (-30, 10)]  # 60 m x 40 m = 2,400 m² in EPSG:5899
    for dx, dy in corners:
        click(canvas, tool, to_map.transform(QgsPointXY(PARK.x() + dx, PARK.y() + dy)))
    click(canvas, tool, to_map.transform(QgsPointXY(PARK.x() + 30, PARK.y() + 10)), Qt.RightButton, move=False)
    feature = site.dialog[1]
    assert feature["area_m2"] == pytest.approx(2400, rel=0.03)  # a click lands on the nearest pixel
    assert feature["site_uid"]  # the zone it lies in


@pytest.mark.parametrize(
    ("kind", "offsets", "sentence"),
    [
        ("LineString", [(0, 0)], "A line needs two different points"),
        ("Polygon", [(0, 0), (20, 0)], "An area needs three points"),
        ("Polygon", [(0, 0), (30, 30), (30, 0), (0, 30)], "The area crosses itself"),
    ],
)
def test_invalid_sketches_are_refused_with_a_sentence(site, qgis_iface, kind, offsets, sentence):
    canvas = qgis_iface.mapCanvas()
    site.sketch(kind)
    before = {name: layer.featureCount() for name, layer in loading.map_layers().items()}
    for dx, dy in offsets:
        click(canvas, site.tool, QgsPointXY(PARK.x() + dx, PARK.y() + dy))
    click(canvas, site.tool, QgsPointXY(PARK.x(), PARK.y()), Qt.RightButton, move=False)
    assert site.dialog is None
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any(sentence in text for text in warnings), warnings
    assert {name: layer.featureCount() for name, layer in loading.map_layers().items()} == before


def test_an_outline_that_touches_itself_is_repaired(site, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    site.sketch("Polygon")
    # a square with a spike going out and back along the same edge: repairable into the square
    for dx, dy in [(0, 0), (40, 0), (40, 40), (20, 40), (20, 60), (20, 40), (0, 40)]:
        click(canvas, site.tool, QgsPointXY(PARK.x() + dx, PARK.y() + dy))
    click(canvas, site.tool, PARK, Qt.RightButton, move=False)
    assert site.dialog is not None
    feature = site.dialog[1]
    assert feature.geometry().isGeosValid() and feature["area_m2"] == pytest.approx(1600, rel=0.05)
    assert any("repaired" in text for text in qgis_iface.messageBar().get_messages(Qgis.Info))


@pytest.mark.parametrize("keep", [False, True])
def test_a_note_far_from_the_site_is_asked_about(site, qgis_iface, keep):
    asked = []
    site.ask_far = lambda distance: asked.append(distance) or keep
    canvas = qgis_iface.mapCanvas()
    canvas.zoomScale(20000)
    site.sketch("Point")
    click(canvas, site.tool, QgsPointXY(PARK.x() + 600, PARK.y()))
    assert len(asked) == 1 and 300 < asked[0] < 600  # from the park's edge, not its centre
    assert (site.dialog is not None) is keep
    click(canvas, site.sketch("Point"), QgsPointXY(PARK.x() + 10, PARK.y()))
    assert len(asked) == 1  # inside the site: no question


def test_clicks_snap_to_the_site_outline(site, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    layer = loading.map_layers()["competition_site"]
    outline = site_outline(layer)  # kept: its vertex iterator reads it
    corner = next(outline.vertices())
    near = QgsPointXY(corner.x() + canvas.mapUnitsPerPixel() * 4, corner.y() - canvas.mapUnitsPerPixel() * 3)
    site.form.snapCheck.setChecked(True)
    tool = site.sketch("Point")
    where = pixel(canvas, near)
    tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.MouseMove, where, Qt.NoButton))
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, where, Qt.LeftButton)
    tool.canvasReleaseEvent(event)
    point = site.dialog[1].geometry().asPoint()
    assert point.distance(QgsPointXY(corner)) < 0.01


def test_backspace_takes_the_last_point_back_and_escape_starts_again(site, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    tool = site.sketch("LineString")
    for dx in (0, 10, 20):
        click(canvas, tool, QgsPointXY(PARK.x() + dx, PARK.y()))
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Backspace, Qt.NoModifier))
    assert len(tool.points) == 2
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert tool.points == [] and site.form.measureLabel.text() == ""


def test_the_review_filters_count_and_mark_as_reviewed(site, dock):
    review = site.review
    assert len(review.annotations) == site.form.annotationsTree.topLevelItemCount() > 20
    set_combo(site.form.criterionCombo, "accessibility")
    shown = review.shown
    assert shown and all("accessibility" in item.criteria for item in shown)
    assert site.form.annotationsTree.topLevelItemCount() == len(shown)
    assert f"Accessibility: {len(shown)}" in site.form.countsLabel.text()
    set_combo(site.form.teamCombo, "Nhóm Mây Tre")
    assert review.shown and all(item.team == "Nhóm Mây Tre" for item in review.shown)
    set_combo(site.form.criterionCombo, None)
    set_combo(site.form.kindCombo, "circulation")
    set_combo(site.form.statusCombo, "accepted")
    assert [item.text for item in review.shown] == ["Lối đi không bậc cấp từ cổng phía tây."]
    set_combo(site.form.statusCombo, None)
    set_combo(site.form.kindCombo, None)
    set_combo(site.form.teamCombo, None)
    question = next(item for item in review.annotations if item.text == "Who maintains the pond today?")
    assert review.select(question.layer, question.fid)
    set_combo(site.form.reviewStatusCombo, "needs_changes")
    site.form.reviewCommentEdit.setText("Ask the ward's public works office.")
    assert review.save_review()
    rows = gpkg_rows(dock.workspace.path, "SELECT review_status, reviewer_comment FROM annotation_point "
                     "WHERE text = 'Who maintains the pond today?'")  # fmt: skip
    assert rows == [("needs_changes", "Ask the ward's public works office.")]
    assert not loading.map_layers()["annotation_point"].isEditable()


def test_the_review_speaks_vietnamese(qgis_app, qgis_iface, clean_settings, tmp_path):
    from creative_layers_plugin.gui.dock import CreativeMapDock

    panel = CreativeMapDock(qgis_iface)
    try:
        from creative_layers_plugin.gui.competition import CompetitionPanel

        competition = CompetitionPanel(panel, "vi")
        labels = [competition.form.criterionCombo.itemText(i) for i in range(competition.form.criterionCombo.count())]
        assert "Tính bền vững" in labels and "Khả năng tiếp cận" in labels
    finally:
        panel.cleanup()
        panel.deleteLater()
