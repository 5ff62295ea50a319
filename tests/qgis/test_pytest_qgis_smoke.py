"""pytest-qgis 5.0.2 names QGIS 3.34 but works on 3.22: one smoke test of each fixture this suite uses."""

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow


def test_fixtures_work_on_this_qgis(qgis_app, qgis_iface, qgis_canvas, qgis_bot, qgis_new_project, qgis_processing):
    assert Qgis.QGIS_VERSION_INT >= 32200
    assert isinstance(qgis_app, QgsApplication)
    assert isinstance(qgis_iface.mainWindow(), QMainWindow)
    assert isinstance(qgis_canvas, QgsMapCanvas)
    layer = QgsVectorLayer("Point?crs=EPSG:5899&field=name:string", "smoke", "memory")
    QgsProject.instance().addMapLayer(layer)
    assert qgis_iface.mapCanvas().layers() == [layer]
    assert QgsApplication.processingRegistry().providerById("native") is not None
    assert qgis_bot is not None
