"""Sketches on the competition site that cannot be kept (see cases.py): the panel's map tool finishes them, the
panel refuses them with a sentence in the message bar (or asks first), and no layer gains a feature."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsPointXY
from qgis.PyQt.QtWidgets import QMessageBox

from creative_layers_plugin.core import loading
from tests.qgis.conftest import close_competition

from .checks import bound, bound_all, expect

PARK = QgsPointXY(562354.0, 1756423.0)  # the park point in EPSG:5899 (DOMAIN.md)
SKETCHES = {
    "geom-sketch-empty": ("Point", []),
    "geom-sketch-line-one-point": ("LineString", [(0, 0)]),
    "geom-sketch-crossing": ("Polygon", [(0, 0), (30, 30), (30, 0), (0, 30)]),
}


@pytest.fixture()
def panel(dock, qgis_iface, sample_ws):
    dock.load(sample_ws)
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:5899"))
    qgis_iface.messageBar().clear_messages()
    yield dock.competition
    close_competition(dock.competition)


def counts():
    return {name: layer.featureCount() for name, layer in loading.map_layers().items()}


def finish(panel, kind, offsets):
    """Click the points (metres from the park point) with the panel's map tool, then right-click."""
    tool = panel.sketch(kind)
    tool.points = [QgsPointXY(PARK.x() + dx, PARK.y() + dy) for dx, dy in offsets]
    tool.finish()


@bound_all(*SKETCHES)
def test_a_sketch_that_cannot_be_kept_is_refused(case, panel, qgis_iface):
    before = counts()
    finish(panel, *SKETCHES[case])
    (sentence,) = qgis_iface.messageBar().get_messages(Qgis.Warning)
    expect(case, sentence.split(":", 1)[1] if sentence.startswith("Creative Layers:") else sentence)
    assert panel.dialog is None and counts() == before


@bound("geom-sketch-far-from-site")
def test_a_sketch_far_from_the_site_is_asked_about(panel, qgis_iface, monkeypatch):
    asked = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    before = counts()
    finish(panel, "Point", [(2000, 0)])
    (question,) = asked
    expect("geom-sketch-far-from-site", question)
    assert panel.dialog is None and counts() == before
    assert "The sketch was not kept." in qgis_iface.messageBar().get_messages(Qgis.Info)[-1]
