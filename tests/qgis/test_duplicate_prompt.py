"""Saving a new record whose name is already used within 100 m asks first; "No" drops it, "Yes" keeps it."""

import time
import unicodedata

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from creative_layers_plugin.core import loading
from creative_layers_plugin.core.workspace import create_workspace


def answer_question(button, seen):
    """Click ``button`` on the question box as soon as it is shown (it is modal: it runs its own event loop)."""

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def add_namesake(qgis_app, layer, name, dx):
    original = next(f for f in layer.getFeatures() if f["name"])
    point = original.geometry().asPoint()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point.x() + dx, point.y())))
    feature["name"] = name(original["name"])
    feature["uid"] = "7f0a7c1e-0000-4000-8000-000000000001"
    layer.startEditing()
    assert layer.addFeature(feature)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        qgis_app.processEvents()
    return original


@pytest.mark.parametrize(("button", "kept"), [(QMessageBox.No, False), (QMessageBox.Yes, True)])
def test_a_namesake_nearby_is_asked_about(qgis_app, dock, tmp_path, button, kept):
    dock.load(create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True))
    layer = loading.map_layers()["organisation"]
    before = layer.featureCount()
    seen = []
    answer_question(button, seen)
    original = add_namesake(qgis_app, layer, lambda name: unicodedata.normalize("NFD", name.upper()), dx=40)
    assert len(seen) == 1 and original["name"] in seen[0] and "40" in seen[0]
    assert layer.featureCount() == before + (1 if kept else 0)
    layer.rollBack()


def test_a_namesake_far_away_is_not_asked_about(qgis_app, dock, tmp_path):
    dock.load(create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True))
    layer = loading.map_layers()["organisation"]
    before = layer.featureCount()
    seen = []
    answer_question(QMessageBox.No, seen)
    add_namesake(qgis_app, layer, lambda name: name, dx=400)
    assert seen == [] and layer.featureCount() == before + 1
    layer.rollBack()
    QApplication.processEvents()
