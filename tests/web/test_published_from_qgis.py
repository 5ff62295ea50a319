"""Edit in QGIS, publish, see it online: the Hội An sample published by the plugin to each real server, an
organisation renamed and given a photo (a phone's photo, with GPS in its tags), published again; then the online map in
headless Chromium shows the new name in Vietnamese and French with the photo (loaded, without any tag), finds it with
or without accents, and shows nothing of a person withheld for privacy: not in its data, not in its requests."""

from __future__ import annotations

import unicodedata

import pytest
import requests

from creative_layers_plugin.core.schema import layer as schema_layer
from creative_layers_plugin.core.validation import feature_record
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.sync.publish import publish
from server.layout import RunLayout
from server.web_page import write_config
from tests.sync.invariants import edit, no_duplicate
from tests.sync.test_photos import camera_photo
from tests.sync.test_server_changes import STARTERS, shared_server
from tests.web.test_online_map import NO_INTERNET

NEW_NAME = "Hội An Gốm Mới Thanh Hà"


@pytest.fixture(scope="module", params=list(STARTERS))
def published(request, qgis_app, tmp_path_factory):
    """A server of each kind, and the Hội An sample published to it from a working copy, an organisation renamed and
    given a photo since; a person withheld for privacy (no consent), with a photo too."""
    folder = tmp_path_factory.mktemp("qgis")
    sample = create_workspace(folder / "hoi_an.gpkg", "hoi_an", sample=True)
    with shared_server(request.param) as handle:
        write_config(RunLayout.of(handle.run_dir), tiles=NO_INTERNET)  # no internet, whatever the machine
        publish(sample.path, handle.features_url, handle.authcfg)
        uid = sorted(f["uid"] for f in sample.layer("organisation").getFeatures())[5]
        camera_photo(folder / "gom.jpg", size=(2400, 1600))
        edit(sample, "organisation", uid, name=NEW_NAME, photo="gom.jpg")
        people = schema_layer("person")
        withheld = next(f for f in sample.layer("person").getFeatures() if not people.may_publish(feature_record(f)))
        camera_photo(folder / "nguoi.jpg", size=(800, 600))
        edit(sample, "person", withheld["uid"], photo="nguoi.jpg")
        result = publish(sample.path, handle.features_url, handle.authcfg)
        assert result.failures == [] and result.numbers()["update"] == 1 and result.photos["sent"] == 1
        handle.uid, handle.withheld = uid, (withheld["uid"], withheld["name"])
        yield handle


def test_the_edit_is_online_in_vietnamese_and_french_with_its_photo(browser, published):
    page = browser.open(f"{published.map_url}?lang=vi#organisation/{published.uid}")
    page.until(lambda: NEW_NAME in (page.text("#popup .record") or ""), what="the popup with the new name")
    assert "Tổ chức năng động" in page.text("#popup .record")
    width, address = page.until(page.photo, what="the photo's loading")
    photo = no_duplicate(published.features_url, "organisation")[published.uid]["properties"]["photo"]
    assert abs(width - 1600 * 1600 / 2400) < 1 and address.endswith(photo)  # loaded: upright, web-sized
    data = requests.get(address, timeout=30).content
    assert b"Exif" not in data and b"PhoneMaker" not in data

    browser.driver.find_element("css selector", "#languages button[data-lang='fr']").click()
    page.until(lambda: "Organisations dynamiques" in (page.text("#popup .record") or ""), what="the popup in French")
    assert NEW_NAME in page.text("#popup .record")
    assert page.hook("errors") == []


def test_a_search_without_accents_finds_it(browser, published):
    page = browser.open(f"{published.map_url}?lang=vi#organisation/{published.uid}")  # the view where it is
    for query in ("hoi an gom moi", unicodedata.normalize("NFD", NEW_NAME)):
        found = page.hook("search(arguments[0])", query)
        assert any(published.uid in str(hit) for hit in found), (query, found)


def test_the_withheld_person_is_nowhere_in_the_page(browser, published):
    uid, name = published.withheld
    page = browser.open(f"{published.map_url}?lang=vi")
    assert page.hook("search(arguments[0])", name) == []
    requested = page.run("return performance.getEntriesByType('resource').map(e => e.name).join(' ')")
    assert uid not in requested and "nguoi" not in requested
    everything = page.run("return JSON.stringify(window.creativeMap.drawn()) + document.documentElement.outerHTML")
    assert uid not in everything and name not in everything
    assert uid not in no_duplicate(published.features_url, "person")  # the server never had it
