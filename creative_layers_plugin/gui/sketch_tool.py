"""The map tool that sketches a competition annotation: a note (point), a line or an area.

Left click adds a point (a note is done at once), right click finishes a line or an area, Backspace takes the last
point back, Esc starts again. Clicks snap to the vertices and edges of the layers given (the site's outline and
zones) with snapping of the tool's own, so the project's snapping settings stay as the user made them. While
drawing, the length or area in EPSG:5899 is sent out as text; a finished sketch is sent out as a geometry in the
map's CRS.
"""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsGeometry,
    QgsPointLocator,
    QgsPointXY,
    QgsSnappingConfig,
    QgsTolerance,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvasSnappingUtils, QgsMapTool, QgsRubberBand, QgsSnapIndicator
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.annotations import measure, sketch_geometry

SNAP_TOLERANCE_PX = 12
_BAND_TYPES = {
    "Point": QgsWkbTypes.GeometryType.PointGeometry,
    "LineString": QgsWkbTypes.GeometryType.LineGeometry,
    "Polygon": QgsWkbTypes.GeometryType.PolygonGeometry,
}


class SketchTool(QgsMapTool):
    measured = pyqtSignal(str)  # the measure of the sketch so far, as a sentence ("" for a note)
    finished = pyqtSignal(object)  # the sketch's QgsGeometry, in the map's CRS

    def __init__(self, canvas, geometry_type: str, snap_to=()) -> None:
        super().__init__(canvas)
        self.geometry_type = geometry_type
        self.snapping = QgsMapCanvasSnappingUtils(canvas, self)
        config = QgsSnappingConfig()
        config.setEnabled(bool(snap_to))
        config.setMode(QgsSnappingConfig.SnappingMode.AdvancedConfiguration)
        flags = QgsSnappingConfig.SnappingTypes.VertexFlag | QgsSnappingConfig.SnappingTypes.SegmentFlag
        for layer in snap_to:
            config.setIndividualLayerSettings(
                layer,
                QgsSnappingConfig.IndividualLayerSettings(
                    True, flags, SNAP_TOLERANCE_PX, QgsTolerance.UnitType.Pixels, 0, 0
                ),
            )
        self.snapping.setConfig(config)
        self.points: list[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, _BAND_TYPES[geometry_type])
        self.band.setColor(QColor(214, 39, 40, 200))
        self.band.setFillColor(QColor(214, 39, 40, 50))
        self.band.setWidth(2)
        self.snap_indicator = QgsSnapIndicator(canvas)
        self.setCursor(QgsApplication.getThemeCursor(QgsApplication.Cursor.CapturePoint))

    # what the sketch is so far
    def geometry(self, cursor: QgsPointXY | None = None) -> QgsGeometry:
        points = self.points + ([cursor] if cursor is not None else [])
        return sketch_geometry(points, self.geometry_type)

    def _snapped(self, event) -> QgsPointXY:
        match = self.snapping.snapToMap(event.pos())
        self.snap_indicator.setMatch(match)
        return QgsPointXY(match.point()) if match.isValid() else QgsPointXY(event.mapPoint())

    def _show(self, cursor: QgsPointXY | None = None) -> None:
        geometry = self.geometry(cursor)
        if geometry.isEmpty():
            self.band.reset(_BAND_TYPES[self.geometry_type])
        else:
            self.band.setToGeometry(geometry, None)
        crs = self.canvas().mapSettings().destinationCrs()
        self.measured.emit(measure(geometry, crs).text(self.geometry_type))

    # QgsMapTool
    def canvasMoveEvent(self, event) -> None:  # noqa: N802 (QGIS's name)
        cursor = self._snapped(event)
        if self.points:
            self._show(cursor)

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802 (QGIS's name)
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.points.append(self._snapped(event))
        if self.geometry_type == "Point":
            self.finish()
        else:
            self._show()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (QGIS's name)
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.points:
            self.points.pop()
            self._show()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.reset()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            event.accept()
        else:
            event.ignore()

    def finish(self) -> None:
        """Send the sketch out (even an unfinished one: whoever receives it says what is wrong) and start again."""
        geometry = self.geometry()
        self.reset()
        self.finished.emit(geometry)

    def reset(self) -> None:
        self.points = []
        self.band.reset(_BAND_TYPES[self.geometry_type])
        self.measured.emit("")

    def deactivate(self) -> None:
        self.reset()
        self.snap_indicator.setMatch(QgsPointLocator.Match())
        super().deactivate()

    def isEditTool(self) -> bool:  # noqa: N802 (QGIS's name)
        return True
