"""Taking the map to a record: shared by the panel's lists (records to correct, competition annotations)."""

from __future__ import annotations

from qgis.core import QgsRectangle, QgsWkbTypes

CLOSE_SCALE = 2000  # a point is shown at this scale, or closer if the map is closer already


def zoom_to_feature(canvas, layer, feature) -> None:
    """Centre a point (at 1:2,000 at most), frame a line or an area with a margin, and flash it."""
    if not feature.hasGeometry():
        return
    box = canvas.mapSettings().layerExtentToOutputExtent(layer, feature.geometry().boundingBox())
    if feature.geometry().type() == QgsWkbTypes.GeometryType.PointGeometry or box.isEmpty():
        canvas.setCenter(box.center())
        canvas.zoomScale(min(canvas.scale(), CLOSE_SCALE))
    else:
        box.scale(1.3)
        canvas.setExtent(QgsRectangle(box))
    canvas.refresh()
    canvas.flashFeatureIds(layer, [feature.id()])
