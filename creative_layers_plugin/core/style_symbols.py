"""The symbols of the creative map: colours per coded value, the pictograms, markers, fills and lines (qgis.core only).

``styles.py`` decides which field categorises a layer and puts the categories together; this module draws them.

Pictograms are the SVG files of ``resources/icons/map``: ``<value list>-<code>.svg`` for one value,
``<value list>.svg`` for every value of a list (idea stages share the bulb), ``other.svg`` for anything else, so a
value added to a value list gets a symbol without a new drawing. They are embedded in the symbol as ``base64:``
(QGIS 3.22 reads inline SVG), so a style works in any QGIS and on QGIS Server, with or without the plugin. They
are drawn white on a coloured background through the ``param(fill)`` / ``param(outline)`` SVG parameters.

A record that will not be published is marked (``mark_withheld``) by extra symbol layers drawn only where an
expression is true (data-defined ``PropertyLayerEnabled``): a red dashed ring on a white casing around a point, a
red dashed casing along a line, a red dashed outline on an area. QGIS draws legend and preview icons without
evaluating that property, so the marking's colour is also data-defined: transparent where no feature is drawn
(``$id`` is NULL), and the legend shows the plain category symbols. The badges of the competition criteria
(``add_badges``, see ``annotation_styles``) are drawn the same way: a small disc per criterion, on its own slot of a
ring around a marker, or around a disc that a geometry generator puts on a line or an area.
"""

from __future__ import annotations

import base64
import math
from functools import lru_cache
from pathlib import Path

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSvgMarkerSymbolLayer,
    QgsSymbol,
    QgsSymbolLayer,
)
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor

from ..__about__ import RESOURCES_DIR

ICON_DIR = RESOURCES_DIR / "icons" / "map"
FALLBACK_ICON = "other"
NOT_SET_COLOUR = "#a3a9ae"
ICON_COLOUR = "#ffffff"
HALO_COLOUR = "#ffffff"
WITHHELD_COLOUR = "#e4002b"  # the "will not be published" marking: a red that no palette colour comes close to

# A colour per code, by value list. Codes missing here (a value added later) take a colour of EXTRA_COLOURS.
PALETTES: dict[str, dict[str, str]] = {
    "creative_field": {
        "crafts_folk_art": "#d35400", "design": "#8e44ad", "film": "#3f3d8f", "gastronomy": "#c0392b",
        "literature": "#12877f", "media_arts": "#c2185b", "music": "#1f6fd1", "architecture": "#8d5524",
        "other": "#6d7478",
    },
    "space_type": {
        "workshop_studio": "#d35400", "creative_hub": "#8e44ad", "gallery": "#c2185b", "performance_venue": "#1f6fd1",
        "market_shop": "#c0392b", "public_space": "#2e8b57", "community_cafe": "#8d5524", "library": "#12877f",
        "heritage_house": "#9a7d0a", "online": "#3f3d8f",
    },
    "event_type": {
        "festival": "#d35400", "exhibition": "#c2185b", "performance": "#1f6fd1", "workshop": "#8d5524",
        "market_fair": "#c0392b", "talk": "#12877f", "competition": "#9a7d0a", "training": "#2e8b57",
        "screening": "#3f3d8f", "other": "#6d7478",
    },
    "experience_type": {
        "craft_workshop": "#d35400", "tour": "#12877f", "cooking_class": "#c0392b", "farm": "#2e8b57",
        "show": "#1f6fd1", "homestay": "#8d5524", "other": "#6d7478",
    },
    "idea_stage": {"concept": "#c29b0c", "prototype": "#d68910", "running": "#ba4a00", "scaling": "#78281f"},
    "product_kind": {"product": "#c2185b", "service": "#3f3d8f"},
    "craft": {
        "pottery": "#a04000", "carpentry_woodcarving": "#8d5524", "lantern": "#c0392b", "tailoring": "#8e44ad",
        "leather": "#9a7d0a", "bamboo_coconut": "#4d7c0f", "silk_embroidery": "#c2185b", "lion_head": "#e67e22",
        "vegetable_farming": "#2e8b57", "birds_nest": "#5d6d7e", "mural_painting": "#1f6fd1",
        "folk_performance": "#3f3d8f", "other": "#6d7478",
    },
    "annotation_kind": {
        "idea": "#c98b00", "constraint": "#c0392b", "question": "#1f6fd1", "proposal_zone": "#8e44ad",
        "circulation": "#e67e22", "existing_tree": "#2e8b57", "view": "#12877f", "access": "#34495e",
    },
    "zone_kind": {
        "park_outline": "#2e7d32", "plaza": "#c8a165", "friendship_building": "#b03a2e", "entrance": "#e67e22",
        "green_area": "#66bb44", "water": "#3a8dde", "other": "#8c8c8c",
    },
    "admin_kind": {"ward": "#6c5b9e", "commune": "#3f7cac"},
    # the jury's criteria, drawn as badges: Okabe & Ito's colours, told apart with any colour vision and in print
    "criterion": {
        "reuse_conversion": "#d55e00", "flexibility": "#56b4e9", "sustainability": "#009e73",
        "accessibility": "#0072b2", "community_inspiration": "#f0e442", "creative_space_network": "#cc79a7",
    },
}  # fmt: skip
EXTRA_COLOURS = ("#16a085", "#2c3e50", "#7d3c98", "#a04000", "#1a5276", "#196f3d", "#922b21", "#5d6d7e")

MARKER_SHAPES = {
    "circle": QgsSimpleMarkerSymbolLayerBase.Shape.Circle,
    "square": QgsSimpleMarkerSymbolLayerBase.Shape.Square,
    "pentagon": QgsSimpleMarkerSymbolLayerBase.Shape.Pentagon,
    "hexagon": QgsSimpleMarkerSymbolLayerBase.Shape.Hexagon,
    "octagon": QgsSimpleMarkerSymbolLayerBase.Shape.Octagon,
    "diamond": QgsSimpleMarkerSymbolLayerBase.Shape.Diamond,
    "square_with_corners": QgsSimpleMarkerSymbolLayerBase.Shape.SquareWithCorners,
}
# The pictogram's share of the background (less where the shape leaves less room).
_ICON_SHARE = {"diamond": 0.5, "pentagon": 0.58, "square": 0.6, "square_with_corners": 0.62}


def colour_for(value_list: str, code: str, index: int = 0) -> QColor:
    """The colour of a code of a value list; a code without one takes an extra colour chosen by its position."""
    name = PALETTES.get(value_list, {}).get(code) or EXTRA_COLOURS[index % len(EXTRA_COLOURS)]
    return QColor(name)


def icon_path(value_list: str | None, code: str | None, icon: str | None = None) -> Path:
    """The pictogram file: ``icon`` if given, else the code's, the value list's, or the generic one."""
    candidates = [icon] if icon else []
    if value_list and code:
        candidates.append(f"{value_list}-{code}")
    if value_list:
        candidates.append(value_list)
    for name in (*candidates, FALLBACK_ICON):
        path = ICON_DIR / f"{name}.svg"
        if path.is_file():
            return path
    raise FileNotFoundError(f"no pictogram {FALLBACK_ICON}.svg in {ICON_DIR}")


@lru_cache(maxsize=256)
def embedded_svg(path: Path) -> str:
    """The SVG file as an inline ``base64:`` path, the form QGIS keeps inside a style."""
    return "base64:" + base64.b64encode(path.read_bytes()).decode("ascii")


def _shape(name: str):
    return MARKER_SHAPES.get(name, QgsSimpleMarkerSymbolLayerBase.Shape.Circle)


def marker_symbol(colour: QColor, icon: Path | None, shape: str = "circle", size: float = 6.5) -> QgsMarkerSymbol:
    """A coloured background of ``shape`` with a thin white rim and the white pictogram on it (sizes in mm)."""
    symbol = QgsMarkerSymbol()
    background = QgsSimpleMarkerSymbolLayer(_shape(shape), size * (0.9 if shape == "square" else 1.0))
    background.setColor(colour)
    background.setStrokeColor(QColor(HALO_COLOUR))
    background.setStrokeWidth(0.35)
    symbol.changeSymbolLayer(0, background)
    if icon is not None:
        pictogram = QgsSvgMarkerSymbolLayer(embedded_svg(icon), size * _ICON_SHARE.get(shape, 0.66))
        pictogram.setFillColor(QColor(ICON_COLOUR))
        pictogram.setStrokeColor(QColor(ICON_COLOUR))
        symbol.appendSymbolLayer(pictogram)
    return symbol


def fill_symbol(
    colour: QColor,
    opacity: float = 0.4,
    outline_width: float = 0.5,
    dashed: bool = False,
    marker: QgsMarkerSymbol | None = None,
) -> QgsFillSymbol:
    """A translucent fill (``opacity`` of the fill colour only) with a clear, darker outline; ``marker`` is drawn
    once inside each polygon (on its surface) when given."""
    fill_colour = QColor(colour)
    fill_colour.setAlphaF(opacity)
    symbol = QgsFillSymbol()
    layer = QgsSimpleFillSymbolLayer(fill_colour, Qt.BrushStyle.SolidPattern, QColor(colour).darker(125))
    layer.setStrokeWidth(outline_width)
    layer.setStrokeStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    layer.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    symbol.changeSymbolLayer(0, layer)
    if marker is not None:
        centre = QgsCentroidFillSymbolLayer()
        centre.setPointOnSurface(True)
        centre.setSubSymbol(marker)
        symbol.appendSymbolLayer(centre)
    return symbol


def line_symbol(colour: QColor, width: float = 0.9, dashed: bool = False, arrow: bool = False) -> QgsLineSymbol:
    """A line with a white casing (readable over any basemap), dashed or not, with an arrowhead at its end."""
    symbol = QgsLineSymbol()
    casing = QgsSimpleLineSymbolLayer(QColor(HALO_COLOUR), width + 0.8)
    casing.setPenCapStyle(Qt.PenCapStyle.RoundCap)
    casing.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    symbol.changeSymbolLayer(0, casing)
    line = QgsSimpleLineSymbolLayer(colour, width)
    line.setPenStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    line.setPenCapStyle(Qt.PenCapStyle.FlatCap if dashed else Qt.PenCapStyle.RoundCap)
    line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    symbol.appendSymbolLayer(line)
    if arrow:
        head = QgsMarkerLineSymbolLayer(True)
        head.setPlacement(QgsMarkerLineSymbolLayer.Placement.LastVertex)
        tip = QgsMarkerSymbol()
        shape = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.ArrowHeadFilled, width * 3.5)
        shape.setColor(colour)
        shape.setStrokeColor(QColor(HALO_COLOUR))
        shape.setStrokeWidth(0.2)
        tip.changeSymbolLayer(0, shape)
        head.setSubSymbol(tip)
        symbol.appendSymbolLayer(head)
    return symbol


def has_embedded_icon(symbol: QgsSymbol) -> bool:
    """Whether a symbol (or a sub-symbol of it) draws an inline SVG pictogram."""
    for layer in symbol.symbolLayers():
        if isinstance(layer, QgsSvgMarkerSymbolLayer) and layer.path().startswith("base64:"):
            return True
        if layer.subSymbol() is not None and has_embedded_icon(layer.subSymbol()):
            return True
    return False


def _feature_colour(colour: str | QColor) -> QgsProperty:
    """``colour`` where a feature is drawn, transparent in legend and preview icons (no feature: ``$id`` is NULL)."""
    rgba = ",".join(str(part) for part in QColor(colour).getRgb())
    return QgsProperty.fromExpression(f"if($id IS NULL, '0,0,0,0', '{rgba}')")


def _only_on_features(layer: QgsSymbolLayer, expression: str | None, colour: str, fill: str | None = None):
    """``layer`` drawn where ``expression`` is true (always if None), its stroke in ``colour`` (and its fill in
    ``fill``, if given); transparent in legend and preview icons."""
    if expression is not None:
        layer.setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyLayerEnabled, QgsProperty.fromExpression(expression)
        )
    layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeColor, _feature_colour(colour))
    if fill is not None:
        layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyFillColor, _feature_colour(fill))
    return layer


def _dashed_line(colour: str, width: float) -> QgsSimpleLineSymbolLayer:
    line = QgsSimpleLineSymbolLayer(QColor(colour), width)
    line.setPenStyle(Qt.PenStyle.DashLine)
    line.setPenCapStyle(Qt.PenCapStyle.FlatCap)
    line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return line


def mark_withheld(symbol: QgsSymbol, expression: str, size: float = 6.5) -> QgsSymbol:
    """``symbol`` with the "will not be published" marking, drawn where ``expression`` is true (sizes in mm): a red
    dashed ring on a white casing around a marker of ``size``, a red dashed casing under a line, a red dashed
    outline over an area. Returns ``symbol``."""
    if isinstance(symbol, QgsMarkerSymbol):
        for colour, width, dashed in ((HALO_COLOUR, 1.1, False), (WITHHELD_COLOUR, 0.6, True)):
            ring = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, size + 2.4)
            ring.setColor(QColor(0, 0, 0, 0))
            ring.setStrokeColor(QColor(colour))
            ring.setStrokeWidth(width)
            ring.setStrokeStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            symbol.appendSymbolLayer(_only_on_features(ring, expression, colour))
    elif isinstance(symbol, QgsLineSymbol):
        symbol.insertSymbolLayer(0, _only_on_features(_dashed_line(WITHHELD_COLOUR, 2.4), expression, WITHHELD_COLOUR))
    else:
        symbol.appendSymbolLayer(_only_on_features(_dashed_line(WITHHELD_COLOUR, 0.8), expression, WITHHELD_COLOUR))
    return symbol


# --------------------------------------------------------------------------------------------------- badges

BADGE_SIZE = 2.4  # mm: the diameter of a criterion's badge
HUB_SIZE = 2.6  # mm: the disc of the kind's colour that carries the badges on a line or an area


def badge_slot(index: int, count: int, radius: float) -> QPointF:
    """The offset (mm, y down) of slot ``index`` of ``count`` on a ring of ``radius``, clockwise from 12 o'clock."""
    angle = math.radians(-90 + 360 * index / max(count, 1))
    return QPointF(round(radius * math.cos(angle), 3), round(radius * math.sin(angle), 3))


def badge_layers(badges: list[tuple[str, QColor]], radius: float) -> list[QgsSimpleMarkerSymbolLayer]:
    """One small disc per ``(expression, colour)`` with a darker rim, on its own slot of a ring of ``radius`` (mm),
    drawn where its expression is true; transparent in legend and preview icons."""
    layers = []
    for index, (expression, colour) in enumerate(badges):
        badge = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, BADGE_SIZE)
        badge.setColor(colour)
        badge.setStrokeColor(QColor(colour).darker(190))
        badge.setStrokeWidth(0.3)
        badge.setOffset(badge_slot(index, len(badges), radius))
        layers.append(_only_on_features(badge, expression, badge.strokeColor().name(), QColor(colour).name()))
    return layers


def add_badges(
    symbol: QgsSymbol, badges: list[tuple[str, QColor]], where: str | None, hub: QColor, marker_size: float = 6.5
) -> QgsSymbol:
    """``symbol`` with a badge per ``(expression, colour)`` of ``badges``, drawn where the expression is true.

    A marker gets them on a ring around itself (``marker_size``, mm). A line or an area gets them around a disc of
    ``hub`` colour drawn at the point given by the expression ``where`` (a geometry generator; nothing where it is
    NULL). Returns ``symbol``."""
    if isinstance(symbol, QgsMarkerSymbol):
        for layer in badge_layers(badges, marker_size / 2 + BADGE_SIZE / 2 + 0.35):
            symbol.appendSymbolLayer(layer)
        return symbol
    crown = QgsMarkerSymbol()
    disc = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.Circle, HUB_SIZE)
    disc.setColor(hub)
    disc.setStrokeColor(QColor(HALO_COLOUR))
    disc.setStrokeWidth(0.4)
    crown.changeSymbolLayer(0, _only_on_features(disc, None, HALO_COLOUR, hub.name()))
    for layer in badge_layers(badges, HUB_SIZE / 2 + BADGE_SIZE / 2 + 0.3):
        crown.appendSymbolLayer(layer)
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": where, "SymbolType": "Marker"})
    generator.setSubSymbol(crown)
    symbol.appendSymbolLayer(generator)
    return symbol
