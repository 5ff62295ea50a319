"""What a new user does, on every QGIS version the suites run on (3.22 here; 3.40 and 3.44 in their Debian trees,
scripts/qgis_trees.py): the zip of `make package` installed into a clean profile by QGIS's own installer, in a real
window under Xvfb; the panel shown, the Hội An sample loaded, a line sketched at the competition site and its form
saved, the jury's sheet printed, an organisation renamed and given a photo, a publish to the reference server on
loopback done, QGIS closed cleanly; then the server's online map, in a real browser where there is one, shows the new
name and the photo in Vietnamese, English and French."""

import shutil
import tempfile
import urllib.request
from pathlib import Path

import package
import qgis_session
import shared_server

from tests.e2e.conftest import assert_real_screenshot
from tests.e2e.test_desktop import make_sample


def test_the_zip_carries_a_users_session_in_a_clean_profile(tmp_path, monkeypatch, request):
    archive = package.build()
    workspace = make_sample(tmp_path, tmp_path / "hoi_an.gpkg")
    profiles = tmp_path / "profiles"
    qgis_session.prepare_profile(profiles, language="en", enable_plugin=False)
    assert not (qgis_session.profile_dir(profiles) / "python" / "plugins").exists()
    run_folder = Path(tempfile.mkdtemp(prefix="cl-shared-", dir="/tmp"))  # not the developer's own shared server
    run_folder.chmod(0o755)  # QGIS Server's account enters it
    monkeypatch.setenv("CREATIVE_LAYERS_SHARED_SERVER_DIR", str(run_folder))
    request.addfinalizer(lambda: shutil.rmtree(run_folder, ignore_errors=True))  # nothing of it left in /tmp
    with shared_server.shared_server(qgis_session.profile_dir(profiles)) as server:
        assert server is not None and server.features_url.startswith("http://127.0.0.1:")
        report = qgis_session.run_under_xvfb(
            profiles, tmp_path / "session.png", tmp_path / "session.json", install_zip=archive, workspace=workspace,
            journey=tmp_path / "journey", timeout=400,
        )  # fmt: skip
        items = f"{server.features_url}/collections/annotation_line/items?limit=1000"
        with urllib.request.urlopen(items, timeout=60) as answer:  # reading needs no password
            served = answer.read().decode("utf-8")
        edited = report.get("journey", {}).get("edited", {}).get("uid")
        online = seen_online(server, edited) if edited else {}
    assert report.get("ok"), {k: report.get(k) for k in ("error", "output", "journey")}
    assert report["exit_code"] == 0, report["output"]  # QGIS closed cleanly (no crash in its teardown)
    assert report["plugin_active"] and report["dock_visible"] and report["creative_map_layers"] == 17
    journey = report["journey"]
    assert journey["steps"] == ["sketch", "fill_form", "saved", "print_sheet", "publish", "published", "edit_record",
                                "publish_again", "published_again"]  # fmt: skip
    assert journey["form"]["visible"] and journey["measured"].startswith("Length: ")  # 40 m by 30 m: 50 m
    assert abs(float(journey["measured"].split()[1]) - 50) < 2  # the clicks land on pixels
    (kind, length, uid_length), *others = journey["saved"]
    assert (kind, uid_length, others) == ("circulation", 36, []) and abs(length - 50) < 2
    assert journey["sheet"]["pdf"] > 10_000 and journey["sheet"]["pages"] >= 1 and journey["sheet"]["annotations"] >= 1
    assert journey["publish"].startswith("Published to 127.0.0.1:"), journey["publish"]
    assert "created 0," not in journey["publish"]  # the new note went out at least
    assert "Lối đi bóng mát từ quảng trường (journey)" in served  # and the server has it
    assert journey["edited"]["committed"] and "updated 1," in journey["publish_again"], journey["publish_again"]
    assert online["name"] == "Xưởng gốm Hành Trình" and online["photo"].startswith("/media/")  # on the server
    if online["languages"] is not None:  # a browser here (the host; the Debian trees have none)
        assert online["languages"] == {"vi": True, "en": True, "fr": True}, online
    assert_real_screenshot(tmp_path / "session.png")


def seen_online(server, uid) -> dict:
    """The renamed organisation as the server holds it, and, with Debian's Chromium, what its online map shows of it
    in each language: the name, the layer's label in that language, the photo loaded (naturalWidth > 0)."""
    import json
    import shutil

    from creative_layers_plugin.core.schema import layer

    found = f"{server.features_url}/collections/organisation/items?uid={uid}"
    with urllib.request.urlopen(found, timeout=60) as answer:
        props = json.loads(answer.read().decode("utf-8"))["features"][0]["properties"]  # found by its uid
    seen = {"name": props.get("name"), "photo": props.get("photo") or "", "languages": None}
    if shutil.which("chromium") is None or shutil.which("chromedriver") is None:
        return seen
    from tests.web.browser import chromium

    seen["languages"] = {}
    with chromium() as page:
        for lang in ("vi", "en", "fr"):
            page.open(f"{server.url}/?lang={lang}#organisation/{uid}", forget=True)
            label = layer("organisation").label.get(lang)
            page.until(lambda: props["name"] in (page.text("#popup .record") or ""), what="the popup")
            width, _address = page.until(page.photo, what="the photo")
            seen["languages"][lang] = label in page.text("#popup .record") and width > 0
    return seen
