"""Render a preview of the committed layer styles on the Hội An sample (for a human to look at).

    python scripts/render_style_preview.py [--output docs/screenshots/styles-hoi-an.png] [--width 1200 --height 800]
    python scripts/render_style_preview.py --annotations [--language en|vi|fr] [--output ...]

Every styled layer of the schema is built as a memory layer (WGS 84) from ``build_sample("hoi_an")``, its
committed QML (resources/styles) is loaded, and the old town and central park area (about 3 km across) is rendered
offscreen with real QGIS, labels included. ``--annotations`` prints instead the competition site and its notes
from a Hội An sample workspace (the styles it stores, relabelled as the plugin does) on a print layout at 1:2,500
with the notes' legend, kinds and criteria (docs/screenshots/annotations-hoi-an.png). The functions are shared with
tests/qgis/test_styles.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "docs" / "screenshots" / "styles-hoi-an.png"
ANNOTATIONS_OUTPUT = ROOT / "docs" / "screenshots" / "annotations-hoi-an.png"
SITE_LAYERS = ("competition_site", "annotation_polygon", "annotation_line", "annotation_point")  # bottom first
SITE_PAGE, SITE_MAP = (236, 122), (132, 94)  # mm: the page and its map at 1:2,500 (330 m by 235 m)
BADGE_NOTE = (
    "Badges: one per criterion the note names, each in its own place, clockwise from the top in the\n"
    "legend's order: around the marker, or around a disc of the kind's colour on lines and areas."
)
CENTRE = (108.3305, 15.8792)  # between the Japanese covered bridge and the central park (lon, lat)
WIDTH_M = 3000.0
PARK = (108.33405, 15.88035)  # the competition site, shown in an inset with the architects' notes
PARK_WIDTH_M = 330.0
INSET_SIZE = (540, 400)
BACKGROUND = "#f4f1ea"
# drawing order, bottom first: areas, then lines, then points
_ORDER = {"MultiPolygon": 0, "Polygon": 1, "LineString": 2, "Point": 3}
_PAINTED_LAST = ("space", "annotation_point")  # above the other points


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


def site_layers(folder: Path, language: str = "en") -> tuple:
    """The workspace made from the Hội An sample in ``folder`` and its competition layers as the plugin opens them
    (each with the style stored in the workspace, relabelled in ``language``); bottom first."""
    from creative_layers_plugin.core.schema import layer
    from creative_layers_plugin.core.styles import relabel
    from creative_layers_plugin.core.workspace import create_workspace

    workspace = create_workspace(Path(folder) / "creative_map_hoi_an.gpkg", "hoi_an", sample=True)
    layers = []
    for name in SITE_LAYERS:
        qgs_layer = workspace.layer(name, layer(name).label.get(language))
        relabel(qgs_layer, layer(name), language)
        layers.append(qgs_layer)
    return workspace, layers


def _text_item(layout, text: str, x: float, y: float, size: float, bold: bool = False):
    from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
    from qgis.PyQt.QtGui import QFont

    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(font)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(200, size * 0.6))
    return item


def site_layout(layers: list, crs: str, language: str = "en", scale: float = 2500.0, legend_layer: int = -1):
    """A print layout: the competition site at 1:``scale`` with its notes, a scale bar, and the legend of
    ``layers[legend_layer]`` (the note kinds and the jury's criteria)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsRectangle,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    project = QgsProject.instance()
    for qgs_layer in layers:
        project.addMapLayer(qgs_layer, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(*SITE_PAGE))
    map_size = SITE_MAP  # mm
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(*map_size))
    item.attemptMove(QgsLayoutPoint(6, 12))
    item.setCrs(QgsCoordinateReferenceSystem(crs))  # after the size: a map item set up before it stays empty
    item.setLayers(list(reversed(layers)))  # the top layer first
    item.setBackgroundColor(QColor(BACKGROUND))
    item.setFrameEnabled(True)
    centre = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), item.crs(), project).transform(*PARK)
    half_w, half_h = (side / 1000 * scale / 2 for side in map_size)
    item.zoomToExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h))
    item.setScale(scale)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(25)
    bar_text = bar.textFormat()
    bar_text.setFont(QFont("DejaVu Sans"))
    bar_text.setSize(8)
    bar.setTextFormat(bar_text)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(9, 12 + map_size[1] - 9))
    legend = QgsLayoutItemLegend(layout)
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(item)
    root = legend.model().rootGroup()
    root.clear()
    root.addLayer(layers[legend_layer])
    for style, size, bold in ((QgsLegendStyle.Subgroup, 9.5, True), (QgsLegendStyle.SymbolLabel, 8.5, False)):
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    legend.setSymbolHeight(4.0)
    legend.setMaximumSymbolSize(4.6)  # the notes' markers are 6 mm: smaller in the legend, still read
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.2)
    legend.setBackgroundEnabled(False)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(map_size[0] + 10, 10))
    legend.adjustBoxSize()
    _text_item(layout, f"Hội An central park: the competition notes and the jury's criteria, 1:{scale:,.0f}",
               6, 4, 11, bold=True)  # fmt: skip
    _text_item(layout, BADGE_NOTE, 6, 13 + map_size[1], 7.5).attemptResize(QgsLayoutSize(map_size[0], 9))
    return layout


def render_layout(layout, dpi: int = 160):
    """The layout's first page as a QImage."""
    from qgis.core import QgsLayoutExporter

    return QgsLayoutExporter(layout).renderPageToImage(0, dpi=dpi)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--metres", type=float, default=WIDTH_M, help="ground width of the view")
    parser.add_argument("--annotations", action="store_true", help="the competition notes' print layout instead")
    parser.add_argument("--language", default="en", choices=("en", "vi", "fr"), help="legend language (--annotations)")
    args = parser.parse_args(argv)
    from make_styles import start_qgis  # one QgsApplication for the scripts

    start_qgis()
    if args.annotations:
        import tempfile

        output = args.output if args.output != OUTPUT else ANNOTATIONS_OUTPUT
        from qgis.core import QgsProject

        with tempfile.TemporaryDirectory() as folder:
            workspace, layers = site_layers(Path(folder), args.language)
            image = render_layout(site_layout(layers, workspace.crs, args.language))
            QgsProject.instance().removeMapLayers([qgs_layer.id() for qgs_layer in layers])  # before their file goes
        return _save(image, output)
    layers = sample_layers("hoi_an")
    image = preview(layers, args.width, args.height, args.metres)
    return _save(image, args.output)


def _save(image, output: Path) -> int:
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output)):
        raise SystemExit(f"cannot write {output}")
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
