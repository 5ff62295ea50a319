"""The layer styles: one committed QML per layer with a geometry, built from the schema, self-contained, rendering."""

import base64
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from qgis.core import (
    NULL,
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProject,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsSymbolLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage

from creative_layers_plugin.core import annotation_styles, style_symbols, styles
from creative_layers_plugin.core.schema import LAYERS, VALUE_LISTS, Label, Value, ValueList, layer

pytestmark = pytest.mark.usefixtures("qgis_app")

STYLED = [layer_def for layer_def in LAYERS if not layer_def.is_table]
POINTS = [layer_def for layer_def in STYLED if layer_def.geometry == "Point"]
POLYGONS = [layer_def for layer_def in STYLED if layer_def.geometry in ("Polygon", "MultiPolygon")]
ids = [layer_def.name for layer_def in STYLED]


def loaded(layer_def, folder=None):
    """A memory layer of the schema with the committed QML loaded (from a copy in ``folder`` when given)."""
    qgs_layer = styles.schema_memory_layer(layer_def)
    if folder is None:
        assert styles.apply_style(qgs_layer, layer_def)
    else:
        copy = shutil.copy(styles.style_file(layer_def), folder / layer_def.style)
        _message, ok = qgs_layer.loadNamedStyle(str(copy), styles.style_categories(layer_def))
        assert ok
    return qgs_layer


def symbols_of(renderer):
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        return [category.symbol().clone() for category in renderer.categories()]  # the categories are copies
    return [renderer.symbol().clone()]


def test_every_layer_with_a_geometry_has_its_qml_and_tables_have_none():
    assert len(STYLED) == 15
    for layer_def in LAYERS:
        if layer_def.is_table:
            assert layer_def.style is None
        else:
            assert styles.style_file(layer_def).is_file(), layer_def.style
    assert sorted(p.name for p in styles.STYLES_DIR.glob("*.qml")) == sorted(d.style for d in STYLED)


def test_a_table_gets_no_renderer():
    table = styles.schema_memory_layer(layer("sme_enrolment"))
    assert styles.build_renderer(layer("sme_enrolment")) is None
    styles.build_style(table, layer("sme_enrolment"))
    assert not styles.apply_style(table, layer("sme_enrolment"))


@pytest.mark.parametrize("layer_def", STYLED, ids=ids)
def test_the_qml_categorises_on_every_code_of_the_value_list_plus_a_fallback(layer_def):
    qgs_layer = loaded(layer_def)
    renderer = qgs_layer.renderer()
    look = styles.look_for(layer_def)
    if look.field is None:
        assert isinstance(renderer, QgsSingleSymbolRenderer)
        return
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == styles.category_expression(layer_def, look)
    value_list = VALUE_LISTS[layer_def.field(look.field).value_list]
    assert [c.value() for c in renderer.categories()] == [*value_list.codes(), ""]
    assert [c.label() for c in renderer.categories()] == [v.label.en for v in value_list.values] + [styles.NOT_SET.en]


def test_the_telling_fields():
    fields = {name: styles.look_for(layer(name)).field for name in ids}
    assert fields["person"] == fields["organisation"] == "creative_fields"
    assert styles.category_expression(layer("person"), styles.look_for(layer("person"))) == (
        'regexp_substr("creative_fields", \'[^{}",]+\')'
    )
    assert (fields["space"], fields["event"], fields["competition_site"]) == ("space_type", "event_type", "zone_kind")
    assert {fields[f"annotation_{kind}"] for kind in ("point", "line", "polygon")} == {"kind"}


def test_category_labels_follow_the_language():
    qgs_layer = styles.schema_memory_layer(layer("space"))
    styles.build_style(qgs_layer, layer("space"), language="vi")
    labels = [c.label() for c in qgs_layer.renderer().categories()]
    assert labels[0] == "Xưởng, studio" and labels[-1] == styles.NOT_SET.vi
    styles.build_style(qgs_layer, layer("space"), language="fr")
    assert qgs_layer.renderer().categories()[0].label() == "Atelier ou studio"


def test_a_value_added_to_a_value_list_gets_a_category(monkeypatch):
    old = VALUE_LISTS["space_type"]
    extra = Value("maker_lab", Label("Maker lab", "Xưởng chế tạo", "Fab lab"))
    monkeypatch.setitem(VALUE_LISTS, "space_type", ValueList(old.name, old.label, (*old.values, extra)))
    renderer = styles.build_renderer(layer("space"))
    category = renderer.categories()[len(old.values)]
    assert (category.value(), category.label()) == ("maker_lab", "Maker lab")
    assert style_symbols.has_embedded_icon(category.symbol())


def test_empty_and_unknown_values_fall_into_the_last_category():
    qgs_layer = loaded(layer("person"))
    renderer = qgs_layer.renderer()
    context = QgsRenderContext()
    renderer.startRender(context, qgs_layer.fields())
    try:
        drawn = {}
        for value in ('{"design","music"}', None, "", "not_a_field"):
            feature = QgsFeature(qgs_layer.fields())
            feature.setAttribute("creative_fields", value)
            context.expressionContext().setFeature(feature)  # as the map renderer does
            drawn[value] = renderer.symbolForFeature(feature, context).symbolLayer(0).color().name()
    finally:
        renderer.stopRender(context)
    colours = [symbol.symbolLayer(0).color().name() for symbol in symbols_of(renderer)]
    assert drawn['{"design","music"}'] == colours[1]  # design is the second creative field
    assert drawn[None] == drawn[""] == drawn["not_a_field"] == colours[-1] == style_symbols.NOT_SET_COLOUR


@pytest.mark.parametrize("layer_def", STYLED, ids=ids)
def test_pictograms_are_embedded_never_file_paths(layer_def):
    text = styles.style_file(layer_def).read_text(encoding="utf-8")
    assert ".svg" not in text.lower()
    root = ET.fromstring(text)
    names = [
        option.get("value")
        for layer_element in root.iter("layer")
        if layer_element.get("class") == "SvgMarker"
        for option in layer_element.find("Option")  # the layer's own options, not its data-defined ones
        if option.get("name") == "name"
    ]
    if layer_def.geometry == "Point" or styles.look_for(layer_def).centre_icon:
        assert names
    for name in names:
        assert name.startswith("base64:")
        svg = base64.b64decode(name[len("base64:") :]).decode("utf-8")
        assert svg.startswith("<svg") and ("param(fill)" in svg or "param(outline)" in svg)


def test_every_pictogram_is_a_small_parametrised_svg():
    files = sorted(style_symbols.ICON_DIR.glob("*.svg"))
    assert len(files) > 40
    for path in files:
        root = ET.parse(path).getroot()
        assert root.get("viewBox") == "0 0 24 24", path.name
        assert "param(fill)" in path.read_text(encoding="utf-8") or "param(outline)" in path.read_text("utf-8")


def _coloured_pixels(image: QImage, colour: QColor) -> int:
    """Pixels close to ``colour``."""
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200 and max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                                           abs(pixel.blue() - colour.blue())) < 40:  # fmt: skip
                count += 1
    return count


def _differing_pixels(first: QImage, second: QImage) -> int:
    return sum(first.pixel(x, y) != second.pixel(x, y) for x in range(first.width()) for y in range(first.height()))


@pytest.mark.parametrize("layer_def", POINTS, ids=[d.name for d in POINTS])
def test_point_symbols_render_their_white_pictogram_from_a_copied_qml(layer_def, tmp_path):
    qgs_layer = loaded(layer_def, tmp_path)  # a copy elsewhere: nothing may depend on the plugin's folder
    size = QSize(64, 64)
    for symbol in symbols_of(qgs_layer.renderer()):
        assert isinstance(symbol, QgsMarkerSymbol)
        assert isinstance(symbol.symbolLayer(1), QgsSvgMarkerSymbolLayer)
        symbol.setSize(15)  # mm: fills the image
        bare = symbol.clone()
        bare.deleteSymbolLayer(1)
        icon = symbol.asImage(size)
        assert _coloured_pixels(icon, symbol.symbolLayer(0).color()) > 0.15 * 64 * 64  # the coloured shape
        assert _differing_pixels(icon, bare.asImage(size)) > 0.03 * 64 * 64  # the pictogram on it


@pytest.mark.parametrize("layer_def", POLYGONS, ids=[d.name for d in POLYGONS])
def test_polygons_are_translucent_with_a_clear_outline(layer_def):
    qgs_layer = loaded(layer_def)
    for symbol in symbols_of(qgs_layer.renderer()):
        fill = symbol.symbolLayer(0)
        assert 0 < fill.fillColor().alphaF() < 0.5
        assert fill.strokeColor().alphaF() == 1 and fill.strokeWidth() >= 0.4


@pytest.mark.parametrize("layer_def", STYLED, ids=ids)
def test_labels_show_names_at_sensible_scales(layer_def):
    qgs_layer = loaded(layer_def)
    assert qgs_layer.labelsEnabled()
    settings = qgs_layer.labeling().settings()
    names = layer_def.field_names()
    if styles.withheld_expression(layer_def) is not None:  # the name, and a suffix on what will not be published
        assert settings.isExpression and settings.fieldName.startswith('"name" || CASE WHEN ')
    elif "name" in names:
        assert (settings.fieldName, settings.isExpression) == ("name", False)
    elif layer_def.name == "ward":
        assert settings.isExpression and "name_legacy" in settings.fieldName
    else:
        assert settings.fieldName == layer_def.display_field
    assert settings.scaleVisibility and 1_000 <= settings.minimumScale <= 100_000
    assert settings.format().buffer().enabled()
    assert not settings.displayAll
    if layer_def.geometry == "Point":
        assert settings.minimumScale >= 5_000


def test_the_sample_map_renders_every_layer():
    from render_style_preview import BACKGROUND, map_settings, render, sample_layers

    layers = sample_layers("hoi_an")
    assert {qgs_layer.name() for qgs_layer in layers} == set(ids)
    image = render(map_settings(layers, 600, 400))
    background = QColor(BACKGROUND)
    drawn = image.width() * image.height() - _coloured_pixels(image, background)
    assert drawn > 0.1 * image.width() * image.height()
    for qgs_layer in layers:  # each layer alone, over its own features
        settings = map_settings([qgs_layer], 200, 150)
        extent = settings.layerExtentToOutputExtent(qgs_layer, qgs_layer.extent())
        extent.scale(1.2)
        settings.setExtent(extent)
        alone = render(settings)
        assert alone.width() * alone.height() - _coloured_pixels(alone, background) > 50, qgs_layer.name()


@pytest.mark.skipif(
    Qgis.QGIS_VERSION_INT // 100 != 322,
    reason="the committed QMLs are written by QGIS 3.22, the floor that every later QGIS reads; a newer QGIS writes "
    "the same style with its own defaults and identities (tabStopDistance, lineAnchorTextPoint, uuids)",
)
def test_the_committed_qmls_are_up_to_date_with_the_schema():
    from make_styles import outdated_styles

    assert outdated_styles() == [], "run: .venv/bin/python scripts/make_styles.py"


# --------------------------------------------------------------------------------------------------- privacy

PERSON = layer("person")
MARK = QColor(style_symbols.WITHHELD_COLOUR)
CONSENT_CASES = {  # name: (consent_publish, is_youth_leader, published?)
    "Nguyễn Văn An": (True, False, True),
    "Trần Thị Bình": (False, False, False),
    "Lê Minh Châu": (True, True, False),  # a youth leader, even with consent set
    "Phạm Quốc Dũng": (None, None, False),  # consent never recorded
}


def person_features(qgs_layer, lon=108.3305, lat=15.8792, step=0.0025):
    """One person per case of CONSENT_CASES, 0.0025° (about 270 m) apart along a parallel, all of them designers."""
    features = []
    for index, (name, (consent, youth, _published)) in enumerate(CONSENT_CASES.items()):
        feature = QgsFeature(qgs_layer.fields())
        for field, value in (("name", name), ("consent_publish", consent), ("is_youth_leader", youth),
                             ("creative_fields", '{"design"}')):  # fmt: skip
            feature.setAttribute(field, value)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon + (index - 1.5) * step, lat)))
        features.append(feature)
    return features


def test_the_withheld_expression_is_built_from_the_schema_and_agrees_with_may_publish():
    expression = styles.withheld_expression(PERSON)
    assert expression == 'NOT coalesce("consent_publish", false) OR coalesce("is_youth_leader", false)'
    other = replace(PERSON, consent_field="ok_to_show", withhold_if=("is_minor", "in_care"))
    assert styles.withheld_expression(other) == (
        'NOT coalesce("ok_to_show", false) OR coalesce("is_minor", false) OR coalesce("in_care", false)'
    )
    assert styles.withheld_expression(replace(PERSON, privacy="public")) == 'coalesce("is_youth_leader", false)'
    assert styles.withheld_expression(layer("organisation")) is None
    qgs_layer = styles.schema_memory_layer(PERSON)
    for consent in (True, False, None):
        for youth in (True, False, None):
            feature = QgsFeature(qgs_layer.fields())
            feature.setAttribute("consent_publish", consent)
            feature.setAttribute("is_youth_leader", youth)
            context = QgsExpressionContext()
            context.setFeature(feature)
            withheld = QgsExpression(expression).evaluate(context)
            assert bool(withheld) is not PERSON.may_publish({"consent_publish": consent, "is_youth_leader": youth})


def marking_layers(symbol):
    """The symbol's layers drawn only on some features, the badges of the competition criteria aside."""
    badges = {expression for d in STYLED for expression, _ in annotation_styles.badges(d, styles.look_for(d).badges)}
    enabled = QgsSymbolLayer.PropertyLayerEnabled
    return [
        symbol_layer
        for symbol_layer in symbol.symbolLayers()
        if symbol_layer.dataDefinedProperties().isActive(enabled)
        and symbol_layer.dataDefinedProperties().property(enabled).expressionString() not in badges
    ]


def test_every_person_symbol_carries_the_marking_and_other_layers_none():
    expression = styles.withheld_expression(PERSON)
    qgs_layer = loaded(PERSON)  # kept: the renderer lives as long as its layer
    for symbol in symbols_of(qgs_layer.renderer()):
        marks = marking_layers(symbol)
        assert len(marks) == 2  # a white casing and the red dashed ring
        for mark in marks:
            assert mark.dataDefinedProperties().property(QgsSymbolLayer.PropertyLayerEnabled).expressionString() == (
                expression
            )
        assert marks[-1].strokeColor().name() == MARK.name() and marks[-1].strokeStyle() == Qt.DashLine
        assert marks[-1].size() > symbol.symbolLayer(0).size()  # a ring around the marker
        assert _coloured_pixels(symbol.asImage(QSize(64, 64)), MARK) == 0  # legend icons stay plain
    for layer_def in STYLED:
        if layer_def.name != "person":
            other = loaded(layer_def)
            assert not any(marking_layers(symbol) for symbol in symbols_of(other.renderer()))


def _mark_pixels_around(image, point, radius=26):
    x0, y0 = round(point.x()), round(point.y())
    window = image.copy(x0 - radius, y0 - radius, 2 * radius, 2 * radius)
    return _coloured_pixels(window, MARK)


def test_a_person_who_will_not_be_published_is_drawn_with_a_red_dashed_ring(tmp_path):
    from render_style_preview import map_settings, render

    qgs_layer = loaded(PERSON, tmp_path)
    assert qgs_layer.dataProvider().addFeatures(person_features(qgs_layer))[0]
    settings = map_settings([qgs_layer], 600, 200, width_m=1500.0)
    image = render(settings)
    to_map = QgsCoordinateTransform(qgs_layer.crs(), settings.destinationCrs(), QgsProject.instance())
    for feature in qgs_layer.getFeatures():
        pixel = settings.mapToPixel().transform(to_map.transform(feature.geometry().asPoint()))
        marked = _mark_pixels_around(image, pixel)
        published = CONSENT_CASES[feature["name"]][2]
        assert (marked == 0) if published else (marked > 40), (feature["name"], marked)
        assert _coloured_pixels(image.copy(round(pixel.x()) - 8, round(pixel.y()) - 8, 16, 16),
                                style_symbols.colour_for("creative_field", "design")) > 30  # fmt: skip


def label_of(qgs_layer, feature):
    settings = qgs_layer.labeling().settings()
    context = QgsExpressionContext()
    context.setFeature(feature)
    return QgsExpression(settings.fieldName).evaluate(context)


def test_the_label_says_will_not_be_published_only_on_those_records():
    qgs_layer = loaded(PERSON)
    for feature in person_features(qgs_layer):
        published = CONSENT_CASES[feature["name"]][2]
        expected = feature["name"] if published else f"{feature['name']} (will not be published)"
        assert label_of(qgs_layer, feature) == expected


def test_the_label_suffix_follows_the_style_language():
    qgs_layer = loaded(PERSON)
    withheld = person_features(qgs_layer)[1]
    styles.relabel(qgs_layer, PERSON, "vi")  # as the workspace stores its styles, and as loading relabels them
    assert label_of(qgs_layer, withheld) == "Trần Thị Bình (sẽ không được xuất bản)"
    assert qgs_layer.renderer().categories()[0].label() == VALUE_LISTS["creative_field"].label_for("crafts_folk_art",
                                                                                                     "vi")  # fmt: skip
    styles.relabel(qgs_layer, PERSON, "fr")
    assert label_of(qgs_layer, withheld) == "Trần Thị Bình (ne sera pas publié)"
    styles.relabel(qgs_layer, PERSON, "en")
    assert label_of(qgs_layer, withheld) == "Trần Thị Bình (will not be published)"
    styles.build_style(qgs_layer, PERSON, language="fr")
    assert label_of(qgs_layer, withheld) == "Trần Thị Bình (ne sera pas publié)"
    settings = qgs_layer.labeling().settings()
    settings.fieldName = settings.fieldName.replace("(ne sera pas publié)", "(an older wording, n''est-ce pas)")
    qgs_layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    styles.relabel(qgs_layer, PERSON, "vi")  # a suffix stored by an older version is replaced too
    assert label_of(qgs_layer, withheld) == "Trần Thị Bình (sẽ không được xuất bản)"
    settings.fieldName = 'upper("name")'  # a label the user rewrote is left alone
    qgs_layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    styles.relabel(qgs_layer, PERSON, "vi")
    assert qgs_layer.labeling().settings().fieldName == 'upper("name")'


def test_the_workspace_stores_the_person_style_with_the_vietnamese_suffix(tmp_path):
    from creative_layers_plugin.core.workspace import create_workspace

    persons = create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True).layer("person")
    assert "(sẽ không được xuất bản)" in persons.labeling().settings().fieldName
    labels = {feature["uid"]: label_of(persons, feature) for feature in persons.getFeatures()}
    for feature in persons.getFeatures():
        record = {name: feature[name] for name in ("consent_publish", "is_youth_leader")}
        published = PERSON.may_publish({k: v for k, v in record.items() if v not in (None, NULL)})
        assert labels[feature["uid"]].endswith("(sẽ không được xuất bản)") is not published
    assert len(set(map(bool, (label.endswith(")") for label in labels.values())))) == 2  # both kinds in the sample


# --------------------------------------------------------------------------------------------------- criteria
