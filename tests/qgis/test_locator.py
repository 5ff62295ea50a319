"""The locator filter: accent-, case- and normalisation-blind search of the creative map's names, results with their
layer and ward, a jump to the feature, an index that follows edits, and QGIS's own threaded locator path."""

import shutil
import time
import unicodedata

import pytest
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsLocator,
    QgsLocatorContext,
    QgsLocatorResult,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)

from creative_layers_plugin.core import crs as crs_tools
from creative_layers_plugin.core import loading
from creative_layers_plugin.core.qgis_versions import locator_data
from creative_layers_plugin.core.schema import fold
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.core.workspace_open import open_workspace
from creative_layers_plugin.gui.locator import CreativeMapLocatorFilter, on_main_thread

SPACES = "Places and spaces"  # the space layer's name in the tree (English: clean_settings resets the locale)
BRIDGE_WARD = "Hội An (formerly Minh An)"  # the sample's Chùa Cầu: ward Hội An since 2025, Minh An before


@pytest.fixture(scope="module")
def sample_path(qgis_app, tmp_path_factory):
    """One sample workspace of the three cities for the module; each test works on its own copy."""
    return create_workspace(tmp_path_factory.mktemp("locator") / "all.gpkg", "all", sample=True).path


@pytest.fixture()
def layers(qgis_app, dock, sample_path, tmp_path):
    """The sample loaded by the dock (a copy: creating the three cities' sample takes seconds)."""
    path = tmp_path / "ws.gpkg"
    shutil.copy(sample_path, path)
    dock.load(open_workspace(path))
    for _ in range(5):  # the dock's deferred zoom to the city runs now, not in the middle of a test
        qgis_app.processEvents()
    return loading.map_layers()


@pytest.fixture()
def locator_filter(qgis_iface):
    return CreativeMapLocatorFilter(qgis_iface)


def fetch(locator_filter, query):
    """QGIS's sequence on a clone (prepare, then fetchResults), here all on the main thread."""
    clone = locator_filter.clone()
    results = []
    clone.resultFetched.connect(lambda result: results.append(QgsLocatorResult(result)))  # a signal's argument dies
    assert clone.prepare(query, QgsLocatorContext()) == []
    clone.fetchResults(query, QgsLocatorContext(), QgsFeedback())
    return results


def rows(results):
    return [(r.displayString, r.description, r.group, tuple(locator_data(r))) for r in results]


def expected_matches(layers, query):
    """Independently of the index: every named feature whose folded name or English name holds every query word."""
    words = fold(query).split()
    found = set()
    for layer in layers.values():
        if not layer.isSpatial() or "name" not in layer.fields().names():
            continue
        has_en = "name_en" in layer.fields().names()
        for feature in layer.getFeatures():
            texts = [fold(feature["name"] or "")] + ([fold(feature["name_en"] or "")] if has_en else [])
            if all(any(word in text for text in texts) for word in words):
                found.add((layer.id(), feature.id()))
    return found


def test_filter_identity(locator_filter):
    assert locator_filter.name() == "creativemap"
    assert locator_filter.displayName() == "Creative map"
    assert locator_filter.prefix() == "cmap"
    assert locator_filter.priority() == CreativeMapLocatorFilter.High
    clone = locator_filter.clone()
    assert isinstance(clone, CreativeMapLocatorFilter) and clone is not locator_filter
    assert clone.index is locator_filter.index  # the clones share the registered filter's index


def test_accents_case_and_unicode_normalisation_do_not_matter(layers, locator_filter):
    nfc = unicodedata.normalize("NFC", "Hội An")
    nfd = unicodedata.normalize("NFD", "Hội An")
    assert nfc != nfd
    queries = ["hoi an", "Hoi An", nfc, nfd, "HỘI AN", unicodedata.normalize("NFD", "HỘI AN"), "  hoi   an "]
    answers = [rows(fetch(locator_filter, query)) for query in queries]
    assert answers[0]
    assert all(answer == answers[0] for answer in answers[1:])
    expected = expected_matches(layers, "hoi an")
    assert 10 < len(expected) <= 50
    assert {row[3] for row in answers[0]} == expected


def test_a_sample_name_is_found_from_an_unaccented_partial_query(layers, locator_filter):
    spaces = layers["space"]
    bridge = next(f for f in spaces.getFeatures() if f["name"] == "Chùa Cầu")
    results = fetch(locator_filter, "chua cau")
    found = {(r.displayString, r.group): tuple(locator_data(r)) for r in results}
    assert found[("Chùa Cầu", SPACES)] == (spaces.id(), bridge.id())
    assert ("Chùa Cầu", "Space outlines") in found  # its outline is named too
    result = next(r for r in results if r.group == SPACES)
    assert result.description == f"{SPACES} · {BRIDGE_WARD}"
    assert (bridge["ward"], bridge["ward_legacy"]) == ("Hội An", "Minh An")
    # the English name, partly
    by_english = fetch(locator_filter, "japanese cov")
    assert [(r.displayString, tuple(locator_data(r))) for r in by_english] == [("Chùa Cầu", (spaces.id(), bridge.id()))]


def test_results_show_the_layer_and_the_ward(layers, locator_filter):
    by_id = {layer.id(): layer for layer in layers.values()}
    results = fetch(locator_filter, "thanh ha")
    assert len({r.group for r in results}) >= 3  # products, process models, experiences, the craft village...
    for result in results:
        layer_id, fid = locator_data(result)
        layer = by_id[layer_id]
        feature = layer.getFeature(fid)
        assert result.group == layer.name()
        assert result.displayString == feature["name"]
        ward = feature["ward"] if "ward" in layer.fields().names() else None
        if ward:
            assert result.description.startswith(f"{layer.name()} · {ward}")
        else:
            assert result.description == layer.name()
    assert any(" · " in r.description for r in results)


def test_prefix_matches_come_first_then_by_name(layers, locator_filter):
    results = fetch(locator_filter, "hoi an")
    by_id = {layer.id(): layer for layer in layers.values()}
    starts = []
    for result in results:
        layer_id, fid = locator_data(result)
        layer = by_id[layer_id]
        feature = layer.getFeature(fid)
        names = [feature["name"]] + ([feature["name_en"]] if "name_en" in layer.fields().names() else [])
        starts.append(any(fold(name or "").startswith("hoi an") for name in names))
    assert True in starts and False in starts
    assert starts == sorted(starts, reverse=True)
    first = [fold(r.displayString) for r, start in zip(results, starts, strict=True) if start]
    assert first == sorted(first)
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)


def test_query_words_match_in_any_order_and_all_must_match(layers, locator_filter):
    assert {row[3] for row in rows(fetch(locator_filter, "an hoi"))} == expected_matches(layers, "hoi an")
    assert rows(fetch(locator_filter, "cau chua")) == rows(fetch(locator_filter, "chua cau"))
    assert rows(fetch(locator_filter, "cầu Chùa")) == rows(fetch(locator_filter, "chua cau"))
    assert fetch(locator_filter, "chua cau zzzq") == []
    assert fetch(locator_filter, "xyzzy qwerty") == []
    assert fetch(locator_filter, "   ") == []


def test_results_are_limited_to_fifty(layers, locator_filter):
    assert len(expected_matches(layers, "a")) > 50
    assert len(fetch(locator_filter, "a")) == 50


def canvas_point(canvas, layer, point):
    context = crs_tools.pin_vn2000(QgsProject.instance().transformContext())
    transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), context)
    return transform.transform(point)


def test_choosing_a_point_centres_the_map_on_it_and_activates_its_layer(
    qgis_app, qgis_iface, layers, locator_filter, monkeypatch
):
    canvas = qgis_iface.mapCanvas()
    flashed = []
    monkeypatch.setattr(canvas, "flashFeatureIds", lambda layer, fids, *args: flashed.append((layer.id(), fids)))
    canvas.setExtent(QgsRectangle(540000, 1740000, 600000, 1800000))  # far away, 60 km wide
    qgis_iface.setActiveLayer(layers["person"])
    result = next(r for r in fetch(locator_filter, "chua cau") if r.group == SPACES)
    locator_filter.triggerResult(result)
    qgis_app.processEvents()
    spaces = layers["space"]
    bridge = spaces.getFeature(locator_data(result)[1])
    target = canvas_point(canvas, spaces, bridge.geometry().asPoint())
    assert canvas.center().distance(target) < 3.0  # metres (EPSG:5899)
    assert canvas.scale() == pytest.approx(2000, rel=0.01)
    assert qgis_iface.activeLayer() is spaces
    assert flashed == [(spaces.id(), [bridge.id()])]
    assert spaces.selectedFeatureCount() == 0


def test_choosing_an_area_frames_it(qgis_app, qgis_iface, layers, locator_filter):
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(QgsRectangle(540000, 1740000, 600000, 1800000))
    result = next(r for r in fetch(locator_filter, "lang gom thanh ha") if r.group == "Craft villages")
    locator_filter.triggerResult(result)
    qgis_app.processEvents()
    villages = layers["craft_village"]
    outline = villages.getFeature(locator_data(result)[1]).geometry().boundingBox()
    extent = canvas.extent()
    assert extent.contains(outline)
    assert extent.width() < outline.width() * 3 or extent.height() < outline.height() * 3  # framed, not far out
    assert canvas.center().distance(outline.center()) < 5.0
    assert qgis_iface.activeLayer() is villages


def add_space(layer, name, point):
    assert layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature["name"] = name
    feature["city"] = "hoi_an"
    feature["space_type"] = "public_space"
    feature.setGeometry(QgsGeometry.fromPointXY(point))
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()


def test_the_index_follows_edits_commits_rollbacks_and_filters(layers, locator_filter):
    spaces = layers["space"]
    index = locator_filter.index
    assert fetch(locator_filter, "xuong thu nghiem zeta") == []
    reads = index.reads
    named = [layer for layer in layers.values() if layer.isSpatial() and "name" in layer.fields().names()]
    assert reads == len(named) >= 8  # each named layer with a geometry read once: persons ... craft villages
    assert fetch(locator_filter, "hoi an") and index.reads == reads  # no change, nothing read again

    bridge = next(spaces.getFeatures("\"name\" = 'Chùa Cầu'"))
    add_space(spaces, "Xưởng Thử Nghiệm Zeta", bridge.geometry().asPoint())
    found = fetch(locator_filter, "xuong thu nghiem zeta")
    assert [r.displayString for r in found] == ["Xưởng Thử Nghiệm Zeta"]
    layer_id, fid = locator_data(found[0])
    assert layer_id == spaces.id() and spaces.getFeature(fid)["name"] == "Xưởng Thử Nghiệm Zeta" and fid > 0
    assert index.reads == reads + 1  # only the edited layer

    # an uncommitted rename is found; a rollback forgets it
    assert spaces.startEditing()
    assert spaces.changeAttributeValue(fid, spaces.fields().indexOf("name"), "Xưởng Omega")
    assert [r.displayString for r in fetch(locator_filter, "omega")] == ["Xưởng Omega"]
    assert spaces.rollBack()
    assert fetch(locator_filter, "omega") == []
    assert [r.displayString for r in fetch(locator_filter, "zeta")] == ["Xưởng Thử Nghiệm Zeta"]

    # the dock's city filter (a subset string): Hội An's bridge is not in Tam Kỳ
    loading.apply_filters(city="tam_ky")
    assert fetch(locator_filter, "chua cau") == []
    by_id = {layer.id(): layer for layer in layers.values()}
    in_tam_ky = fetch(locator_filter, "tam ky")
    assert in_tam_ky
    assert {by_id[locator_data(r)[0]].getFeature(locator_data(r)[1])["city"] for r in in_tam_ky} == {"tam_ky"}
    loading.apply_filters()
    assert any(r.group == SPACES for r in fetch(locator_filter, "chua cau"))


def test_no_workspace_no_result_and_no_error(qgis_app, dock, locator_filter):
    assert loading.find_group() is None
    assert fetch(locator_filter, "hoi an") == []
    direct = []  # fetchResults without prepare, as a script might call it
    locator_filter.resultFetched.connect(lambda result: direct.append(QgsLocatorResult(result)))
    locator_filter.fetchResults("hoi an", QgsLocatorContext(), QgsFeedback())
    assert direct == []


def test_the_index_is_dropped_with_the_workspace(layers, locator_filter):
    assert fetch(locator_filter, "chua cau")
    loading.unload_workspace()
    assert fetch(locator_filter, "chua cau") == []


class ThreadRecordingFilter(CreativeMapLocatorFilter):
    threads: list = []  # noqa: RUF012 (shared by the clones on purpose)

    def clone(self):
        return ThreadRecordingFilter(self.iface, self.index)

    def fetchResults(self, string, context, feedback):  # noqa: N802
        ThreadRecordingFilter.threads.append(on_main_thread())
        super().fetchResults(string, context, feedback)


def test_qgis_locator_runs_the_filter_in_its_worker_thread(qgis_app, qgis_iface, layers, locator_filter):
    expected = rows(fetch(locator_filter, "hoi an"))
    ThreadRecordingFilter.threads.clear()
    locator = QgsLocator()
    registered = ThreadRecordingFilter(qgis_iface)
    locator.registerFilter(registered)
    found, finished = [], []
    locator.foundResult.connect(lambda result: found.append(QgsLocatorResult(result)))
    locator.finished.connect(lambda: finished.append(True))
    locator.fetchResults("hoi an", QgsLocatorContext())
    deadline = time.monotonic() + 30
    while not finished and time.monotonic() < deadline:
        qgis_app.processEvents()
        time.sleep(0.01)
    assert finished
    assert ThreadRecordingFilter.threads == [False]  # fetchResults ran off the main thread
    assert sorted(rows(found)) == sorted(expected)
    assert all(r.filter is registered for r in found)
    # the prefix: QGIS keeps it (a plugin's prefix under 3 characters it would drop), and runs this filter alone
    assert registered.activePrefix() == "cmap"
    found.clear(), finished.clear()
    locator.fetchResults("cmap chua cau", QgsLocatorContext())
    while not finished and time.monotonic() < deadline:
        qgis_app.processEvents()
        time.sleep(0.01)
    assert {r.displayString for r in found} == {"Chùa Cầu"}
    # a result that crossed threads still carries its feature: QGIS triggers it on the registered filter
    result = next(r for r in found if r.group == SPACES)
    result.filter.triggerResult(result)
    assert qgis_iface.activeLayer() is layers["space"]
    bridge = layers["space"].getFeature(locator_data(result)[1])
    assert qgis_iface.mapCanvas().center().distance(
        canvas_point(qgis_iface.mapCanvas(), layers["space"], bridge.geometry().asPoint())) < 3.0  # fmt: skip
    locator.deregisterFilter(registered)


def test_point_fallback_for_a_degenerate_area(qgis_app, qgis_iface, layers, locator_filter):
    """An area whose outline is a single point (a bad import) is centred, not zoomed to an empty box."""
    layer = layers["craft_village"]
    point = QgsPointXY(layer.extent().center())
    assert layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature["name"] = "Làng Điểm Đơn"
    feature["city"] = "hoi_an"
    feature["crafts"] = '{"lantern"}'
    feature.setGeometry(QgsGeometry.fromPolygonXY([[point, point, point, point]]))
    assert layer.addFeature(feature)
    result = next(iter(fetch(locator_filter, "lang diem don")))
    locator_filter.triggerResult(result)
    assert qgis_iface.mapCanvas().scale() == pytest.approx(2000, rel=0.01)
    assert qgis_iface.mapCanvas().center().distance(canvas_point(qgis_iface.mapCanvas(), layer, point)) < 3.0
    assert layer.rollBack()
