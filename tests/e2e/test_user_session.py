"""What a new user does, on every QGIS version the suites run on (3.22 here; 3.40 and 3.44 in their Debian trees,
scripts/qgis_trees.py): the zip of `make package` installed into a clean profile by QGIS's own installer, in a real
window under Xvfb; the panel shown, the Hội An sample loaded, a line sketched at the competition site and its form
saved, the jury's sheet printed, a publish to the reference server on loopback done, QGIS closed cleanly."""

import tempfile
import urllib.request
from pathlib import Path

import package
import qgis_session
import shared_server

from tests.e2e.conftest import assert_real_screenshot
from tests.e2e.test_desktop import make_sample


def test_the_zip_carries_a_users_session_in_a_clean_profile(tmp_path, monkeypatch):
    archive = package.build()
    workspace = make_sample(tmp_path, tmp_path / "hoi_an.gpkg")
    profiles = tmp_path / "profiles"
    qgis_session.prepare_profile(profiles, language="en", enable_plugin=False)
    assert not (qgis_session.profile_dir(profiles) / "python" / "plugins").exists()
    run_folder = Path(tempfile.mkdtemp(prefix="cl-shared-", dir="/tmp"))  # not the developer's own shared server
    run_folder.chmod(0o755)  # QGIS Server's account enters it
    monkeypatch.setenv("CREATIVE_LAYERS_SHARED_SERVER_DIR", str(run_folder))
    with shared_server.shared_server(qgis_session.profile_dir(profiles)) as server:
        assert server is not None and server.features_url.startswith("http://127.0.0.1:")
        report = qgis_session.run_under_xvfb(
            profiles, tmp_path / "session.png", tmp_path / "session.json", install_zip=archive, workspace=workspace,
            journey=tmp_path / "journey", timeout=400,
        )  # fmt: skip
        items = f"{server.features_url}/collections/annotation_line/items?limit=1000"
        with urllib.request.urlopen(items, timeout=60) as answer:  # reading needs no password
            served = answer.read().decode("utf-8")
    assert report.get("ok"), {k: report.get(k) for k in ("error", "output", "journey")}
    assert report["exit_code"] == 0, report["output"]  # QGIS closed cleanly (no crash in its teardown)
    assert report["plugin_active"] and report["dock_visible"] and report["creative_map_layers"] == 17
    journey = report["journey"]
    assert journey["steps"] == ["sketch", "fill_form", "saved", "print_sheet", "publish", "published"]
    assert journey["form"]["visible"] and journey["measured"].startswith("Length: ")  # 40 m by 30 m: 50 m
    assert abs(float(journey["measured"].split()[1]) - 50) < 2  # the clicks land on pixels
    (kind, length, uid_length), *others = journey["saved"]
    assert (kind, uid_length, others) == ("circulation", 36, []) and abs(length - 50) < 2
    assert journey["sheet"]["pdf"] > 10_000 and journey["sheet"]["pages"] >= 1 and journey["sheet"]["annotations"] >= 1
    assert journey["publish"].startswith("Published to 127.0.0.1:"), journey["publish"]
    assert "created 0," not in journey["publish"]  # the new note went out at least
    assert "Lối đi bóng mát từ quảng trường (journey)" in served  # and the server has it
    assert_real_screenshot(tmp_path / "session.png")
