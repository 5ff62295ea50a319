"""The jury's criteria on the competition annotations: badges beside each note's symbol, and their legend.

An annotation names the criteria it serves in a multi-valued field (``Look.badges``: ``criteria``, codes of the
``criterion`` value list, stored as ``{"sustainability","flexibility"}``). Each criterion has a fixed colour
(``style_symbols.PALETTES["criterion"]``: Okabe & Ito's, told apart with any colour vision and in print) and a fixed
slot on a ring, clockwise from 12 o'clock in the value list's order, so that the position also tells the criterion
(in grey print, say). A note gets the badge of each criterion it names and none of the others: around the marker of
a point; around a small disc of the kind's colour at the middle of a line, and on the outline of an area at its
north-east (the label keeps the middle). A criterion added to the value list gets a colour and a slot, no change
here.

The legend (QGIS 3.22): a categorised renderer lists nothing but its categories, and the workspace's styles must
stay categorised by kind, so the criteria enter the legend as the attribute legend of a diagram: a pie of the
criteria (a heading, then one entry per criterion, coloured as its badge, labelled from the value list) that is
never drawn (its data-defined *Show diagram* is false). QGIS lists those entries under the kinds in the layers
panel and in a print layout's legend, as square patches without a check box or a count; a legend filtered by the
map's content leaves them out. ``relabel_criteria`` puts them in the style's language.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDiagramLayerSettings,
    QgsDiagramSettings,
    QgsExpression,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPieDiagram,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleCategoryDiagramRenderer,
    QgsSymbol,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor

from . import style_symbols as sym
from .schema import VALUE_LISTS, Layer, ValueList

HEADING = "0"  # the attribute of the legend's heading row (an empty slice of the pie)


def criteria_list(layer_def: Layer, field: str | None) -> ValueList | None:
    """The value list of the badges' field (None: the layer has no badges)."""
    return VALUE_LISTS[layer_def.field(field).value_list] if field else None


def names_expression(field: str, code: str) -> str:
    """True where the multi-valued ``field`` names ``code`` (stored ``{"a","b"}``), false elsewhere (never NULL: a
    data-defined *enabled* that is NULL counts as true)."""
    pattern = QgsExpression.quotedString('%"' + code + '"%')
    return f"coalesce({QgsExpression.quotedColumnRef(field)} LIKE {pattern}, false)"


def any_expression(field: str) -> str:
    """True where the multi-valued ``field`` names at least one code, false elsewhere."""
    return f"coalesce({QgsExpression.quotedColumnRef(field)} LIKE '%\"%', false)"


def badges(layer_def: Layer, field: str | None) -> list[tuple[str, QColor]]:
    """``(expression, colour)`` of each code of the field's value list, in list order (empty without badges)."""
    value_list = criteria_list(layer_def, field)
    if value_list is None:
        return []
    return [(names_expression(field, value.code), sym.colour_for(value_list.name, value.code, index))
            for index, value in enumerate(value_list.values)]  # fmt: skip


def badge_anchor(layer_def: Layer, field: str) -> str | None:
    """Where a line or an area carries its badges (a point geometry expression, NULL without criteria); None for
    points (the badges ring the marker)."""
    if layer_def.geometry == "LineString":
        point = "line_interpolate_point($geometry, length($geometry) / 2)"
    elif layer_def.geometry in ("Polygon", "MultiPolygon"):
        point = "closest_point($geometry, make_point(x_max($geometry), y_max($geometry)))"
    else:
        return None
    return f"if({any_expression(field)}, {point}, NULL)"


def add_criteria_badges(symbol: QgsSymbol, layer_def: Layer, field: str | None, colour: QColor,
                        marker_size: float) -> QgsSymbol:  # fmt: skip
    """``symbol`` (of a category of ``colour``) with the badges of the criteria a note names. Returns it."""
    if not field:
        return symbol
    return sym.add_badges(symbol, badges(layer_def, field), badge_anchor(layer_def, field), colour, marker_size)


def style_categories(field: str | None):
    """What a layer's QML holds: symbology, labels, scale visibility, and the diagram (the criteria's legend)."""
    categories = (
        QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling | QgsMapLayer.StyleCategory.Rendering
    )
    return categories | QgsMapLayer.StyleCategory.Diagrams if field else categories


def _legend_labels(value_list: ValueList, language: str) -> list[str]:
    return [value_list.label.get(language), *(value.label.get(language) for value in value_list.values)]


def set_criteria_legend(qgs_layer: QgsVectorLayer, layer_def: Layer, field: str | None, language: str) -> None:
    """Give the layer the legend of its badges (a diagram that is never drawn, see the module); nothing without."""
    if not field:
        return
    value_list = criteria_list(layer_def, field)
    settings = QgsDiagramSettings()
    settings.enabled = True
    settings.categoryAttributes = [HEADING, *(expression for expression, _colour in badges(layer_def, field))]
    settings.categoryColors = [QColor(0, 0, 0, 0), *(colour for _expression, colour in badges(layer_def, field))]
    settings.categoryLabels = _legend_labels(value_list, language)
    settings.size = QSizeF(6, 6)
    settings.sizeType = QgsUnitTypes.RenderUnit.RenderMillimeters
    settings.penColor = QColor(sym.HALO_COLOUR)
    settings.penWidth = 0.3
    renderer = QgsSingleCategoryDiagramRenderer()
    renderer.setDiagram(QgsPieDiagram())
    renderer.setDiagramSettings(settings)
    renderer.setAttributeLegend(True)
    layer_settings = QgsDiagramLayerSettings()
    properties = layer_settings.dataDefinedProperties()
    properties.setProperty(QgsDiagramLayerSettings.Property.Show, QgsProperty.fromValue(False))  # the badges draw them
    layer_settings.setDataDefinedProperties(properties)
    qgs_layer.setDiagramRenderer(renderer)
    qgs_layer.setDiagramLayerSettings(layer_settings)


def relabel_criteria(qgs_layer: QgsVectorLayer, layer_def: Layer, field: str | None, language: str) -> None:
    """The criteria's legend entries in ``language`` (an entry the user added stays as it is)."""
    renderer = qgs_layer.diagramRenderer()
    if not field or not isinstance(renderer, QgsSingleCategoryDiagramRenderer):
        return
    value_list = criteria_list(layer_def, field)
    attributes = [HEADING, *(expression for expression, _colour in badges(layer_def, field))]
    wanted = dict(zip(attributes, _legend_labels(value_list, language), strict=True))
    settings = renderer.diagramSettings()[0]  # a single-category renderer: its one settings
    pairs = zip(settings.categoryAttributes, settings.categoryLabels, strict=False)
    labels = [wanted.get(attribute, label) for attribute, label in pairs]
    if labels != settings.categoryLabels:
        settings.categoryLabels = labels
        renderer.setDiagramSettings(settings)


def criteria_key_layer(language: str) -> QgsVectorLayer:
    """A layer that is only the key of the badges, for a print layout's legend (never on a map): one category per
    criterion, a disc of its badge's colour, its label in ``language``; the layer is named after the list."""
    value_list = VALUE_LISTS["criterion"]
    layer = QgsVectorLayer("Point?field=criterion:string(40)", value_list.label.get(language), "memory")
    categories = []
    for index, value in enumerate(value_list.values):
        colour = sym.colour_for(value_list.name, value.code, index)
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour.name(), "outline_color": colour.darker(150).name(), "size": "2.6"}
        )
        categories.append(QgsRendererCategory(value.code, symbol, value.label.get(language)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("criterion", categories))
    return layer
