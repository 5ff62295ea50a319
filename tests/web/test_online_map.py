"""The online map of both shared servers (QGIS Server, pygeoapi) in headless Chromium: records written through the
OGC API with the server's credentials and a photo PUT into the media store, then what the page shows of them: drawn
on the map, a popup in Vietnamese and French with its photo loaded, the search with or without accents, the
languages, the legend's switches and the creative-field filter, privacy, the requests (bbox, paged) and the basemap
with and without tiles that answer. The basemap is a loopback address where nothing listens unless a test says
otherwise: no internet, whatever the machine."""

from __future__ import annotations

import io
import re
import socket
import unicodedata
from http.server import BaseHTTPRequestHandler
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest
import requests

from server.layout import RunLayout
from server.pygeoapi_server import start_pygeoapi_server
from server.reference_server import start_server
from server.throwaway import running
from server.web_page import OSM_TILES, PAGE_SIZE, write_config
from tests.sync.loopback import Loopback
from tests.web import records as r

STARTERS = {"qgis-server": start_server, "pygeoapi": start_pygeoapi_server}
_HELD = socket.socket()  # bound, never listening: a connection there is refused, and no server can take the port
_HELD.bind(("127.0.0.1", 0))
NO_INTERNET = f"http://127.0.0.1:{_HELD.getsockname()[1]}/{{z}}/{{x}}/{{y}}.png"


@pytest.fixture(scope="module", params=sorted(STARTERS))
def served(request, tmp_path_factory):
    """A server of each kind holding the test records; its page's basemap is unreachable."""
    from make_sample_photos import make_photos

    photos = make_photos(tmp_path_factory.mktemp("photos"), width=1200)
    with running(STARTERS[request.param], "cl-web-", timeout=90) as handle:
        assert RunLayout.of(handle.run_dir).web.joinpath("map", "config.json").is_file()
        config = write_config(RunLayout.of(handle.run_dir), tiles=NO_INTERNET)
        handle.published = r.publish(handle, photos)
        handle.kind = request.param
        handle.default_config = config
        yield handle


def page_of(browser, served, query: str = "lang=vi", hash_: str = "", **options):
    return browser.open(f"{served.map_url}?{query}{hash_}", **options)


def test_the_page_is_at_the_root_and_api_clients_still_get_the_api_there(served):
    page = requests.get(served.map_url, headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    config = requests.get(served.map_url + "map/config.json", timeout=30).json()
    assert config["api"] == ("wfs3" if served.kind == "qgis-server" else ".")
    assert config["page_size"] == PAGE_SIZE and served.default_config["tiles"] == NO_INTERNET
    schema = requests.get(served.map_url + "map/schema.json", timeout=30).json()
    assert [layer["name"] for layer in schema["layers"]][-2:] == ["organisation", "person"]
    if served.kind == "pygeoapi":  # the OGC API's landing page is the root: JSON clients get it
        for answer in (requests.get(served.url, headers={"Accept": "application/json"}, timeout=30),
                       requests.get(served.url, params={"f": "json"}, timeout=30)):  # fmt: skip
            assert "links" in answer.json()
    icon = requests.get(served.map_url + "map/icons/craft-lantern.svg", timeout=30)
    assert icon.headers["Content-Type"] == "image/svg+xml" and "param(" not in icon.text


def test_the_records_are_drawn_and_nothing_else(browser, served):
    page = page_of(browser, served)
    expected = {record.uid for record in r.IN_VIEW}
    page.until(lambda: expected <= page.drawn_uids(), what="the records drawn")
    drawn = page.drawn()
    assert r.LANTERNS.uid in drawn["organisation"] and r.VILLAGE.uid in drawn["craft_village"]
    assert {r.WARD_OLD_TOWN.uid, r.WARD_THANH_HA.uid} <= set(drawn["ward"])
    loaded = {uid for uids in page.hook("loaded()").values() for uid in uids}
    assert r.FAR_AWAY.uid not in loaded  # never asked for: outside the view's bbox
    assert page.hook("errors") == []
    assert page.hook("firstDrawn") > 0


def test_withheld_persons_are_nowhere_in_the_page(browser, served):
    """The plugin never publishes them; a server holding them anyway (these were written to it by hand) still
    does not get them shown: not drawn, not found, not in the page."""
    page = page_of(browser, served)
    page.until(lambda: r.ARTISAN.uid in page.drawn_uids(), what="the consenting person drawn")
    loaded = page.hook("loaded()")["person"]
    for person in r.WITHHELD:
        assert person.uid not in loaded
        assert page.hook("search(arguments[0])", person.name) == []
        assert person.name not in page.run("return document.body.innerText")


def test_a_popup_in_vietnamese_then_french_with_its_photo(browser, served):
    page = page_of(browser, served, hash_=f"#organisation/{r.LANTERNS.uid}")
    page.until(lambda: page.run("return !document.getElementById('popup').hidden"), what="the popup open")
    card = page.text("#popup .record")
    for text in ("Hội An Đèn Lồng Xưa", "Tổ chức năng động", "Hộ kinh doanh", "Lĩnh vực sáng tạo",
                 "Thủ công và nghệ thuật dân gian, Thiết kế", "Nghề thủ công", "Đèn lồng", "Địa chỉ",
                 "12 Nguyễn Thái Học, Hội An", "Giờ mở cửa", "Mo-Su 08:00-21:00", "Liên hệ",
                 "Hoi An Old Lanterns"):  # fmt: skip
        assert text in card, text
    links = page.run("return [...document.querySelectorAll('#popup .contacts a')].map(a => a.href)")
    assert "https://zalo.me/0905123456" in links and "https://www.facebook.com/hoianlanterns" in links
    assert "tel:+84905123456" in links
    photo = page.until(page.photo, what="the photo's loading")
    assert photo[0] == 1200 and photo[1] == served.map_url + served.published.photos[r.LANTERNS.name][1:]
    assert requests.get(photo[1], timeout=30).content == served.published.photo_bytes[r.LANTERNS.name]
    assert page.run("return location.hash") == f"#organisation/{r.LANTERNS.uid}"

    browser.driver.find_element("css selector", "#languages button[data-lang='fr']").click()
    page.until(lambda: "Domaines créatifs" in (page.text("#popup .record") or ""), what="the popup in French")
    card = page.text("#popup .record")
    for text in ("Hội An Đèn Lồng Xưa", "Organisations dynamiques", "Entreprise familiale",
                 "Artisanat et arts populaires, Design", "Métiers d'art", "Lanternes", "Horaires d'ouverture",
                 "Adresse", "Contact", "Lien vers cette fiche"):  # fmt: skip
        assert text in card, text
    assert "Lĩnh vực sáng tạo" not in card


def test_a_photo_by_its_absolute_address_and_a_workspace_path_that_points_nowhere(browser, served):
    page = page_of(browser, served, hash_=f"#space/{r.WORKSHOP.uid}")
    width, address = page.until(page.photo, what="the photo's loading")
    assert width == 1200 and address == served.published.photos[r.WORKSHOP.name]
    assert "Xưởng, studio" in page.text("#popup .record")
    assert page.hook("openRecord('event', arguments[0])", r.FESTIVAL.uid) is not None
    page.until(lambda: r.FESTIVAL.name in (page.text("#popup .record") or ""), what="the event's popup")
    assert page.run("return document.querySelector('#popup img.photo')") is None  # no broken image
    assert "Có" in page.text("#popup .record")  # is_free: a boolean in words
    assert page.hook("errors") == []


def test_search_by_name_with_or_without_accents_nfc_or_nfd(browser, served):
    page = page_of(browser, served)
    page.until(lambda: r.POTTERY_SHOP.uid in page.drawn_uids(), what="the records drawn")
    # the wards whose current name is Hội An… too; not the one in Hà Nội: not loaded, out of view
    wanted = {r.LANTERNS.uid, r.POTTERY_SHOP.uid, r.WARD_OLD_TOWN.uid, r.WARD_THANH_HA.uid}
    for query in ("hoi an", "HOI AN", "Hội An", unicodedata.normalize("NFD", "hội an"), "  hoi   an "):
        found = {item["uid"] for item in page.hook("search(arguments[0])", query)}
        assert found == wanted, query
    box = browser.driver.find_element("id", "search")
    box.clear()
    box.send_keys(unicodedata.normalize("NFD", "gốm"))  # typed, decomposed
    page.until(lambda: page.run("return document.querySelectorAll('#results button').length") == 3,
               what="three results for gốm")  # fmt: skip
    names = page.run("return [...document.querySelectorAll('#results .result-name')].map(e => e.textContent)")
    assert {unicodedata.normalize("NFC", n) for n in names} == {
        "Hội An Gốm Sứ",
        "Xưởng gốm Thanh Hà",
        "Làng gốm Thanh Hà",
    }
    browser.driver.find_element("css selector", f"#results button[data-uid='{r.WORKSHOP.uid}']").click()
    page.until(lambda: r.WORKSHOP.name in (page.text("#popup .record") or ""), what="the result's popup")


def test_vietnamese_first_and_the_language_switch(browser, served):
    page = browser.open(served.map_url, forget=True)
    assert page.run("return document.documentElement.lang") == "vi"
    assert page.text("#title") == "Bản đồ sáng tạo đa lớp"
    legend = page.text("#layers")
    assert "Tổ chức năng động" in legend and "Cá nhân tiên phong" in legend and "Phường, xã" in legend
    assert page.run("return [...document.querySelectorAll('#languages button')].map(b => b.dataset.lang)") == [
        "vi", "en", "fr"]  # fmt: skip
    browser.driver.find_element("css selector", "#languages button[data-lang='en']").click()
    page.until(lambda: page.text("#title") == "Multi-layer Creative Map", what="the page in English")
    assert page.run("return document.documentElement.lang") == "en"
    legend = page.text("#layers")
    for text in ("Dynamic organisations", "Pioneering individuals", "Places and spaces", "Events and activities",
                 "Innovative ideas", "Products and services", "Process models", "Experience resources",
                 "Craft villages", "Wards and communes"):  # fmt: skip
        assert text in legend
    assert page.run("return document.getElementById('search').placeholder") == "Search by name…"
    assert "All fields" in page.text("#filter") and "Crafts and folk art" in page.text("#filter")
    assert "lang=en" in page.run("return location.search")
    page = browser.open(served.map_url)  # the choice is kept
    assert page.text("#title") == "Multi-layer Creative Map"


def test_layer_switches_and_the_creative_field_filter(browser, served):
    page = page_of(browser, served)
    page.until(lambda: r.LANTERNS.uid in page.drawn_uids(), what="the records drawn")
    browser.driver.find_element("css selector", "#layers input[data-layer='organisation']").click()
    page.until(lambda: "organisation" not in page.drawn(), what="organisations hidden")
    assert r.WORKSHOP.uid in page.drawn_uids()
    browser.driver.find_element("css selector", "#layers input[data-layer='organisation']").click()
    page.until(lambda: r.LANTERNS.uid in page.drawn_uids(), what="organisations shown again")

    page.run("const s = document.getElementById('filter'); s.value = 'music'; s.dispatchEvent(new Event('change'))")
    page.until(lambda: r.LANTERNS.uid not in page.drawn_uids(), what="the filter applied")
    drawn = page.drawn_uids()
    assert r.FESTIVAL.uid in drawn and r.WARD_OLD_TOWN.uid in drawn  # wards have no creative field: kept
    assert not drawn & {r.WORKSHOP.uid, r.ARTISAN.uid, r.VILLAGE.uid, r.TAILOR.uid}
    page.run("const s = document.getElementById('filter'); s.value = 'design'; s.dispatchEvent(new Event('change'))")
    page.until(lambda: r.TAILOR.uid in page.drawn_uids(), what="the design filter")
    assert r.LANTERNS.uid in page.drawn_uids() and r.FESTIVAL.uid not in page.drawn_uids()


def test_the_page_asks_for_the_view_only_and_page_by_page(browser, served):
    layout = RunLayout.of(served.run_dir)
    write_config(layout, page_size=2)
    try:
        page = page_of(browser, served)
        page.until(lambda: {r.LANTERNS.uid, r.POTTERY_SHOP.uid, r.TAILOR.uid} <= page.drawn_uids(), what="drawn")
        asked = page.resources("/items")
        assert asked
        for url in asked:
            query = parse_qs(urlparse(url).query)
            assert "bbox" in query or "uid" in query, url
            assert int(query["limit"][0]) <= 2, url
        organisation = [parse_qs(urlparse(u).query) for u in asked if "/organisation/items" in u]
        assert sorted(int(q["offset"][0]) for q in organisation) == [0, 2]  # three in view: two pages
    finally:
        write_config(layout, page_size=PAGE_SIZE)
    log = (served.run_dir / "logs" / "nginx_access.log").read_text(encoding="utf-8")
    by_browser = [line for line in log.splitlines() if "/items" in line and "HeadlessChrome" in line]
    assert by_browser and all(re.search(r"[?&](bbox|uid)=", line) for line in by_browser)


class Tiles(BaseHTTPRequestHandler):
    """A tile server on loopback: a small PNG for any tile."""

    asked: ClassVar[list[str]] = []

    def do_GET(self):
        from PIL import Image

        Tiles.asked.append(self.path)
        picture = io.BytesIO()
        Image.new("RGB", (256, 256), (200, 220, 200)).save(picture, "PNG")
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(picture.getvalue())))
        self.end_headers()
        self.wfile.write(picture.getvalue())

    def log_message(self, *args):
        pass


def test_without_internet_a_plain_background_the_wards_and_no_error(browser, served):
    page = page_of(browser, served, basemap=True)
    assert page.hook("basemap") == "off"
    page.until(lambda: r.WARD_OLD_TOWN.uid in page.drawn_uids(), what="the wards drawn")
    assert page.run("return document.querySelectorAll('.basemap').length") == 0
    assert "OpenStreetMap" in page.text("#status")
    assert page.hook("errors") == []
    logged = page.severe_logs()
    assert all(NO_INTERNET.split("/{z}")[0] in message for message in logged), logged


def test_with_tiles_that_answer_the_basemap_is_drawn_under_the_records(browser, served):
    layout = RunLayout.of(served.run_dir)
    with Loopback(Tiles) as tiles:
        Tiles.asked.clear()
        write_config(layout, tiles=tiles.url + "/{z}/{x}/{y}.png")
        try:
            page = page_of(browser, served, basemap=True)
            assert page.hook("basemap") == "on", (Tiles.asked, page.severe_logs())
            page.until(lambda: len(Tiles.asked) > 4, what="tiles asked for")
            assert page.run("return document.querySelectorAll('.basemap').length") == 1
            assert "OpenStreetMap" not in (page.text("#status") or "")
            page.until(lambda: r.LANTERNS.uid in page.drawn_uids(), what="the records over the basemap")
            assert page.hook("errors") == []
        finally:
            write_config(layout, tiles=NO_INTERNET)
    assert OSM_TILES.startswith("https://tile.openstreetmap.org/")  # what a server's page uses unless told


def test_the_page_folds_names_as_the_plugin_does(browser, served):
    from creative_layers_plugin.core.schema import fold

    page = page_of(browser, served)
    names = ["Hội An", unicodedata.normalize("NFD", "Hội An"), "ĐÈN LỒNG", " Cẩm  Thanh ", "Trà Quế", "Ẩm thực",
             "Đường Nguyễn Thái Học", "Œuvre d'Été", "Bài Chòi"]  # fmt: skip
    assert page.run("return arguments[0].map(name => window.creativeMap.fold(name))", names) == [fold(n) for n in names]
