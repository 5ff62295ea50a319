"""Render a preview of the committed layer styles on the Hội An sample (for a human to look at).

    python scripts/render_style_preview.py [--output docs/screenshots/styles-hoi-an.png] [--width 1200 --height 800]

Every styled layer of the schema is built as a memory layer (WGS 84) from ``build_sample("hoi_an")``, its
committed QML (resources/styles) is loaded, and the old town and central park area (about 3 km across) is rendered
offscreen with real QGIS, labels included. The functions are shared with tests/qgis/test_styles.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "docs" / "screenshots" / "styles-hoi-an.png"
CENTRE = (108.3305, 15.8792)  # between the Japanese covered bridge and the central park (lon, lat)
WIDTH_M = 3000.0
PARK = (108.33405, 15.88035)  # the competition site, shown in an inset with the architects' notes
PARK_WIDTH_M = 330.0
INSET_SIZE = (540, 400)
BACKGROUND = "#f4f1ea"
# drawing order, bottom first: areas, then lines, then points
_ORDER = {"MultiPolygon": 0, "Polygon": 1, "LineString": 2, "Point": 3}
_PAINTED_LAST = ("space", "annotation_point")  # above the other points

_APP = None


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    global _APP
    if QgsApplication.instance() is None:
        _APP = QgsApplication([], True)  # kept alive for the whole run
        _APP.initQgis()
    return QgsApplication.instance()


def sample_layers(city: str = "hoi_an", styled: bool = True) -> list:
    """Memory layers (EPSG:4326) of every layer with a geometry, filled with the city's sample; bottom first."""
    from qgis.core import QgsFeature, QgsGeometry

    from creative_layers_plugin.core import styles
    from creative_layers_plugin.core.samples import build_sample
    from creative_layers_plugin.core.schema import LAYERS
    from creative_layers_plugin.core.workspace import to_qvariant

    sample = build_sample(city)
    layers = []
    for layer_def in sorted((d for d in LAYERS if not d.is_table), key=lambda d: _ORDER[d.geometry]):
        layer = styles.schema_memory_layer(layer_def)
        features = []
        for record in sample[layer_def.name]:
            feature = QgsFeature(layer.fields())
            feature.setAttributes([to_qvariant(f.type, record.get(f.name)) for f in layer_def.all_fields()])
            feature.setGeometry(QgsGeometry.fromWkt(record["geometry"]))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        if styled and not styles.apply_style(layer, layer_def):
            raise RuntimeError(f"the style of {layer_def.name} could not be loaded")
        layers.append(layer)
    layers.sort(key=lambda layer: layer.name() in _PAINTED_LAST)
    return layers


def map_settings(layers: list, width: int = 1200, height: int = 800, width_m: float = WIDTH_M, centre=CENTRE):
    """Web Mercator map settings around ``centre`` (lon, lat), ``width_m`` metres across on the ground."""
    import math

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsMapSettings, QgsProject, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator, QgsProject.instance())
    half_w = width_m / math.cos(math.radians(centre[1])) / 2
    centre = to_mercator.transform(*centre)
    half_h = half_w * height / width
    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers)))  # QgsMapSettings wants the top layer first
    settings.setDestinationCrs(mercator)
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(BACKGROUND))
    settings.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, True)
    return settings


def render(settings):
    """The rendered QImage (parallel job, labels included)."""
    from qgis.core import QgsMapRendererParallelJob

    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def _caption(painter, x: float, y: float, text: str, pixels: int = 15) -> None:
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont

    font = QFont("DejaVu Sans")
    font.setPixelSize(pixels)
    painter.setFont(font)
    box = QRectF(x, y, painter.fontMetrics().horizontalAdvance(text) + 16, pixels + 12)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(QColor("#1f2328"))
    painter.drawText(box, Qt.AlignCenter, text)


def preview(layers: list, width: int = 1200, height: int = 800, width_m: float = WIDTH_M):
    """The city view with an inset of the competition site (where the architects' notes show)."""
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QPainter, QPen

    settings = map_settings(layers, width, height, width_m)
    image = render(settings)
    inset_settings = map_settings(layers, *INSET_SIZE, PARK_WIDTH_M, PARK)
    inset = render(inset_settings)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    extent = inset_settings.extent()
    corners = [settings.mapToPixel().transform(QgsPointXY(x, y)) for x, y in
               ((extent.xMinimum(), extent.yMaximum()), (extent.xMaximum(), extent.yMinimum()))]  # fmt: skip
    painter.setPen(QPen(QColor("#1f2328"), 1.5, Qt.DashLine))
    painter.setBrush(Qt.NoBrush)
    painter.drawRect(QRectF(QPointF(corners[0].x(), corners[0].y()), QPointF(corners[1].x(), corners[1].y())))
    frame = QRectF(width - INSET_SIZE[0] - 14, height - INSET_SIZE[1] - 14, *INSET_SIZE)
    painter.drawImage(frame.topLeft(), inset)
    painter.setPen(QPen(QColor("#1f2328"), 2))
    painter.drawRect(frame)
    _caption(painter, 12, 12, f"Creative Layers styles: Hội An sample, 1:{settings.scale():,.0f}")
    _caption(painter, frame.left() + 6, frame.top() + 6, f"Central park, 1:{inset_settings.scale():,.0f}", 12)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--metres", type=float, default=WIDTH_M, help="ground width of the view")
    args = parser.parse_args(argv)
    start_qgis()
    layers = sample_layers("hoi_an")
    image = preview(layers, args.width, args.height, args.metres)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.output)):
        raise SystemExit(f"cannot write {args.output}")
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
