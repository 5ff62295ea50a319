"""The competition annotations' styles: a badge per jury criterion, and the criteria in the legend."""

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsGeometry,
    QgsGeometryGeneratorSymbolLayer,
    QgsLayerTree,
    QgsLayerTreeModel,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutPoint,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage

from creative_layers_plugin.core import annotation_styles, style_symbols, styles
from creative_layers_plugin.core.schema import VALUE_LISTS, Label, Value, ValueList, layer

from .test_styles import _coloured_pixels, loaded, symbols_of

pytestmark = pytest.mark.usefixtures("qgis_app")

NOTES = [layer(f"annotation_{suffix}") for suffix in ("point", "line", "polygon")]
CRITERIA = VALUE_LISTS["criterion"]
CRITERION_COLOURS = {code: style_symbols.colour_for("criterion", code) for code in CRITERIA.codes()}
TWO_CRITERIA = '{"sustainability","accessibility"}'


def _palette_pixels(image: QImage, colours: dict, tolerance: int = 14) -> dict:
    """How many opaque pixels of ``image`` are within ``tolerance`` of each of ``colours`` (name: QColor)."""
    image = image.convertToFormat(QImage.Format_ARGB32)
    data = bytes(image.constBits().asarray(image.sizeInBytes()))  # B, G, R, A per pixel
    wanted = {name: (colour.blue(), colour.green(), colour.red()) for name, colour in colours.items()}
    counts = dict.fromkeys(colours, 0)
    for offset in range(0, len(data), 4):
        if data[offset + 3] < 230:
            continue
        pixel = data[offset : offset + 3]
        for name, bgr in wanted.items():
            if max(abs(pixel[0] - bgr[0]), abs(pixel[1] - bgr[1]), abs(pixel[2] - bgr[2])) <= tolerance:
                counts[name] += 1
    return counts


def _evaluate(expression, **attributes):
    context = QgsExpressionContext()
    fields = styles.schema_memory_layer(NOTES[0]).fields()
    feature = QgsFeature(fields)
    for name, value in attributes.items():
        feature.setAttribute(name, value)
    context.setFeature(feature)
    return QgsExpression(expression).evaluate(context)


def test_six_distinct_criterion_colours_and_exact_matches_only():
    colours = [colour.name() for colour in CRITERION_COLOURS.values()]
    assert len(colours) == len(set(colours)) == 6
    for first in colours:  # far from each other, and from white and the dark text
        for second in [*colours, "#ffffff", "#1f2328"]:
            if first != second:
                a, b = QColor(first), QColor(second)
                assert max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 60
    names = annotation_styles.names_expression("criteria", "sustainability")
    assert _evaluate(names, criteria=TWO_CRITERIA)
    for value in ('{"accessibility"}', '{"sustainability_plus"}', "{}", None):
        assert _evaluate(names, criteria=value) in (0, False), value  # false, never NULL: NULL would enable a badge
    assert _evaluate(annotation_styles.any_expression("criteria"), criteria=TWO_CRITERIA)
    assert _evaluate(annotation_styles.any_expression("criteria"), criteria=None) in (0, False)


@pytest.mark.parametrize("layer_def", NOTES, ids=[d.name for d in NOTES])
def test_every_kind_carries_one_badge_per_criterion_in_list_order(layer_def):
    qgs_layer = loaded(layer_def)
    for symbol in symbols_of(qgs_layer.renderer()):
        if layer_def.geometry != "Point":  # a geometry generator carries them around a disc of the kind's colour
            generator = symbol.symbolLayer(symbol.symbolLayerCount() - 1)
            assert isinstance(generator, QgsGeometryGeneratorSymbolLayer)
            symbol = generator.subSymbol()
        badges = [
            symbol_layer
            for symbol_layer in symbol.symbolLayers()
            if symbol_layer.dataDefinedProperties().isActive(QgsSymbolLayer.PropertyLayerEnabled)
        ]
        enabled = [b.dataDefinedProperties().property(QgsSymbolLayer.PropertyLayerEnabled).expressionString()
                   for b in badges]  # fmt: skip
        assert enabled == [annotation_styles.names_expression("criteria", code) for code in CRITERIA.codes()]
        assert [b.color().name() for b in badges] == [c.name() for c in CRITERION_COLOURS.values()]
        assert len({(b.offset().x(), b.offset().y()) for b in badges}) == 6  # each criterion in its own place
        assert badges[0].offset().x() == 0 and badges[0].offset().y() < 0  # the first at 12 o'clock
        counts = _palette_pixels(symbol.asImage(QSize(64, 64)), CRITERION_COLOURS)
        assert sum(counts.values()) == 0, counts  # legend and preview icons show the kind alone


def _note_features(qgs_layer, criteria_by_side, kind="idea"):
    """Two notes of ``kind`` about 130 m apart around the park, left and right, with the given criteria."""
    lon, lat = 108.33405, 15.88035
    features = []
    geometry = {0: "Point", 1: "LineString", 2: "Polygon"}[int(qgs_layer.geometryType())]
    for side, criteria in zip((-1, 1), criteria_by_side, strict=True):
        x = lon + side * 0.0006
        wkt = {
            "Point": f"POINT ({x} {lat})",
            "LineString": f"LINESTRING ({x - 0.0002} {lat}, {x + 0.0002} {lat})",
            "Polygon": f"POLYGON (({x - 0.0002} {lat - 0.00015}, {x + 0.0002} {lat - 0.00015}, "
            f"{x + 0.0002} {lat + 0.00015}, {x - 0.0002} {lat + 0.00015}, {x - 0.0002} {lat - 0.00015}))",
        }[geometry]
        feature = QgsFeature(qgs_layer.fields())
        feature.setAttribute("kind", kind)
        feature.setAttribute("text", "Note")
        feature.setAttribute("criteria", criteria)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert qgs_layer.dataProvider().addFeatures(features)[0]
    return features


@pytest.mark.parametrize("layer_def", NOTES, ids=[d.name for d in NOTES])
def test_a_note_shows_the_badges_of_its_criteria_and_a_note_without_none(layer_def, tmp_path):
    from render_style_preview import BACKGROUND, map_settings, render

    qgs_layer = loaded(layer_def, tmp_path)
    _note_features(qgs_layer, (TWO_CRITERIA, None))
    settings = map_settings([qgs_layer], 600, 200, width_m=300.0, centre=(108.33405, 15.88035))
    assert 1_000 < settings.scale() < 5_000  # the notes and their labels show
    image = render(settings)
    left = _palette_pixels(image.copy(0, 0, 300, 200), CRITERION_COLOURS)
    right = _palette_pixels(image.copy(300, 0, 300, 200), CRITERION_COLOURS)
    assert left["sustainability"] > 20 and left["accessibility"] > 20, left  # a 2.4 mm disc: about 60 pixels
    assert all(left[code] == 0 for code in CRITERIA.codes() if code not in ("sustainability", "accessibility")), left
    assert sum(right.values()) == 0, right
    plain = image.copy(300, 0, 300, 200)  # the note without criteria is drawn all the same
    assert plain.width() * plain.height() - _coloured_pixels(plain, QColor(BACKGROUND)) > 300


def test_the_criteria_legend_draws_nothing_on_the_map(tmp_path):
    from render_style_preview import map_settings, render

    qgs_layer = loaded(NOTES[0], tmp_path)
    _note_features(qgs_layer, (TWO_CRITERIA, '{"flexibility","reuse_conversion"}'))
    assert qgs_layer.diagramsEnabled()
    plain = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#777777", "size": "4"})
    qgs_layer.setRenderer(QgsSingleSymbolRenderer(plain))  # no badges: what is left of the criteria is the diagram
    image = render(map_settings([qgs_layer], 600, 200, width_m=300.0, centre=(108.33405, 15.88035)))
    assert sum(_palette_pixels(image, CRITERION_COLOURS).values()) == 0


def legend_texts(qgs_layer):
    """The layer's legend as the layers panel lists it (a layer tree model over the layer)."""
    root = QgsLayerTree()
    node = root.addLayer(qgs_layer)
    model = QgsLayerTreeModel(root)
    return [legend_node.data(Qt.DisplayRole) for legend_node in model.layerLegendNodes(node)]


@pytest.mark.parametrize("language", ["vi", "fr", "en"])
def test_the_legend_lists_the_kinds_then_the_criteria_in_the_style_language(language):
    kinds = [value.label.get(language) for value in VALUE_LISTS["annotation_kind"].values]
    criteria = [CRITERIA.label.get(language)] + [value.label.get(language) for value in CRITERIA.values]
    for layer_def in NOTES:
        qgs_layer = loaded(layer_def)  # the committed QML is in English; the plugin relabels what it loads
        styles.relabel(qgs_layer, layer_def, language)
        assert legend_texts(qgs_layer) == [*kinds, styles.NOT_SET.get(language), *criteria]
    assert {"vi": "Tính bền vững", "fr": "Durabilité", "en": "Sustainability"}[language] in criteria


def test_an_entry_the_user_added_to_the_criteria_legend_stays_when_relabelled():
    qgs_layer = loaded(NOTES[0])
    renderer = qgs_layer.diagramRenderer()
    settings = renderer.diagramSettings()[0]
    settings.categoryAttributes = [*settings.categoryAttributes, '"team" IS NOT NULL']
    settings.categoryColors = [*settings.categoryColors, QColor("#000000")]
    settings.categoryLabels = [*settings.categoryLabels, "Signed by a team"]
    renderer.setDiagramSettings(settings)
    styles.relabel(qgs_layer, NOTES[0], "fr")
    assert legend_texts(qgs_layer)[-7:] == [*(v.label.fr for v in CRITERIA.values), "Signed by a team"]


def test_a_print_layout_legend_shows_the_criteria_with_their_colours(tmp_path):
    from creative_layers_plugin.core.workspace import create_workspace

    workspace = create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True)
    project = QgsProject()
    qgs_layer = QgsVectorLayer(workspace.uri("annotation_line"), "notes", "ogr")  # any QGIS: the stored style
    assert qgs_layer.renderer().type() == "categorizedSymbol" and qgs_layer.diagramsEnabled()
    project.addMapLayer(qgs_layer)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(10, 10))
    legend.adjustBoxSize()
    node = legend.model().rootGroup().findLayer(qgs_layer)
    texts = [legend_node.data(Qt.DisplayRole) for legend_node in legend.model().layerLegendNodes(node)]
    assert texts[-7:] == [CRITERIA.label.vi, *(value.label.vi for value in CRITERIA.values)]  # the map's language
    image = QgsLayoutExporter(layout).renderPageToImage(0, dpi=96)
    counts = _palette_pixels(image, CRITERION_COLOURS, tolerance=8)
    # QGIS 3.22 draws these entries (the icons of a diagram's legend) at the legend's symbol size, 7 x 4 mm; QGIS
    # 3.40 and 3.44 take that size in pixels (4 x 4 px squares at 96 dpi), their own drawing: each colour is still
    # there. The jury's sheet lists the criteria with criteria_key_layer, drawn as symbols on every version.
    assert all(count >= 16 for count in counts.values()), counts


def test_a_criterion_added_to_the_value_list_gets_a_badge_and_a_legend_entry(monkeypatch):
    extra = Value("heritage", Label("Heritage", "Di sản", "Patrimoine"))
    monkeypatch.setitem(VALUE_LISTS, "criterion", ValueList(CRITERIA.name, CRITERIA.label, (*CRITERIA.values, extra)))
    qgs_layer = styles.schema_memory_layer(NOTES[0])
    styles.build_style(qgs_layer, NOTES[0], language="vi")
    symbol = symbols_of(qgs_layer.renderer())[0]
    assert symbol.symbolLayerCount() == 2 + 7  # the marker, its pictogram and 7 badges
    badge = symbol.symbolLayer(8)
    assert badge.dataDefinedProperties().property(QgsSymbolLayer.PropertyLayerEnabled).expressionString() == (
        annotation_styles.names_expression("criteria", "heritage")
    )
    assert badge.color().name() == style_symbols.colour_for("criterion", "heritage", 6).name()
    assert legend_texts(qgs_layer)[-1] == "Di sản"
