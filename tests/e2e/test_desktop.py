"""Real QGIS desktop under Xvfb: the packaged zip installed the way QGIS's "Install from ZIP" does, into a fresh
profile; the dock found; the plugin reloaded three times without duplicates; a screenshot saved and checked."""

import json
import shutil
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import package
import qgis_session
import translations

from tests.conftest import ROOT
from tests.e2e.conftest import assert_real_screenshot


def test_the_zip_installs_into_a_clean_profile_and_shows_the_dock(tmp_path):
    archive = package.build()
    profiles = tmp_path / "profiles"
    qgis_session.prepare_profile(profiles, language="en", enable_plugin=False)
    plugin_folder = qgis_session.profile_dir(profiles) / "python" / "plugins" / "creative_layers_plugin"
    assert not plugin_folder.exists()

    report = qgis_session.run_under_xvfb(
        profiles, tmp_path / "shot.png", tmp_path / "report.json", install_zip=archive, reloads=3
    )
    assert report.get("ok"), report
    assert (plugin_folder / "metadata.txt").is_file()  # installed by QGIS's own installer
    assert report["plugin_active"] and report["dock_visible"]
    assert report["dock_title"] == "Creative Layers"
    assert report["plugin_menus"] == ["&Creative Layers"]
    counts = {key: report[key] for key in ("docks", "providers", "menu_actions", "toolbar_buttons", "locator_filters")}
    assert counts == {"docks": 1, "providers": 1, "menu_actions": 1, "toolbar_buttons": 1, "locator_filters": 1}
    assert report["reloads"] == 3 and report["provider_is_current"]
    assert_real_screenshot(tmp_path / "shot.png")


def test_make_run_without_a_display_saves_a_screenshot_in_vietnamese(tmp_path):
    screenshot = tmp_path / "run.png"
    command = [sys.executable, "scripts/qgis_session.py", "run", "--headless", "--lang", "vi"]
    command += ["--profiles", str(tmp_path / "profiles"), "--screenshot", str(screenshot)]
    command += ["--workspace", str(tmp_path / "hoi_an.gpkg")]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY, as on a server
    shared = Path(tempfile.mkdtemp(prefix="cl-shared-", dir="/tmp"))  # not the developer's own shared server
    shared.chmod(0o755)  # QGIS Server's account enters it
    env["CREATIVE_LAYERS_SHARED_SERVER_DIR"] = str(shared)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=400, check=False)
    shutil.rmtree(shared, ignore_errors=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Screenshot of the QGIS window: {screenshot}" in result.stdout
    assert_real_screenshot(screenshot)
    import json

    report = json.loads(screenshot.with_suffix(".json").read_text(encoding="utf-8"))
    vietnamese = {s: t for (_c, s), (t, _k) in translations.messages(translations.ts_path("vi")).items()}
    assert report["dock_title"] == vietnamese["Creative Layers"]
    showing = vietnamese["Showing {shown} of {total} features."].split("{shown}")[0]
    assert any(label.startswith(showing) for label in report["dock_labels"]), report["dock_labels"]
    assert vietnamese["Show the log messages"] in report["dock_buttons"]
    # the Hội An sample, made through qgis_process, loaded in the Vietnamese layer tree, in EPSG:5899
    assert (tmp_path / "hoi_an.gpkg").is_file()
    assert report["creative_map_layers"] == 17 and report["project_crs"] == "EPSG:5899"
    assert vietnamese["Creative map"] in report["group_names"]
    assert "Cá nhân tiên phong" in report["layer_tree"]
    # Publish works out of the box: a shared server with the sample on loopback, its credentials in the profile's
    # authentication database (opened without a prompt), the plugin's settings pointing at it
    assert "Shared server (OGC API - Features, the Hội An sample), ready to publish to: http://127.0.0.1:" in (
        result.stdout)  # fmt: skip
    assert "Its online map (open it in a browser while QGIS runs): http://127.0.0.1:" in result.stdout
    publishing = report["publishing"]
    assert publishing["server_url"].startswith("http://127.0.0.1:") and publishing["server_url"].endswith("/wfs3")
    assert publishing["authcfg"] and publishing["user"] == "staff"
    # the sample published once before QGIS opened: the working copy knows the server (a first edit is an edit)
    import contextlib
    import sqlite3

    with contextlib.closing(sqlite3.connect(tmp_path / "hoi_an.gpkg")) as connection:
        known = connection.execute("SELECT COUNT(*) FROM cl_sync_base WHERE server = ?",
                                   (publishing["server_url"].lower(),)).fetchone()[0]  # fmt: skip
    assert known > 250


def test_qgis_process_loads_the_provider_without_a_gui(tmp_path):
    profiles = tmp_path / "profiles"
    qgis_session.prepare_profile(profiles)
    qgis_session.deploy_plugin(profiles)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)
    result = subprocess.run(
        ["qgis_process.bin", "plugins"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    # "*" marks a loaded plugin that implements a Processing provider (through initProcessing())
    assert "* creative_layers_plugin" in result.stdout.splitlines()


def test_qgis_process_runs_the_algorithms_in_sequence(tmp_path):
    """The headless contract of DESIGN.md: create a workspace, import a Survey123 export, validate."""
    import json
    import shutil

    profiles = tmp_path / "profiles"
    qgis_session.prepare_profile(profiles)
    qgis_session.deploy_plugin(profiles)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)

    def qgis_process(*arguments):
        result = subprocess.run(["qgis_process.bin", "--json", *arguments], env=env, capture_output=True, text=True,
                                timeout=300, check=False)  # fmt: skip
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        return json.loads(result.stdout[result.stdout.index("{") :])

    listed = qgis_process("list")
    ids = set(listed["providers"]["creativemap"]["algorithms"])
    assert {"creativemap:create_workspace", "creativemap:import_records", "creativemap:validate"} <= ids

    workspace = tmp_path / "hội an.gpkg"
    created = qgis_process("run", "creativemap:create_workspace", "--", f"OUTPUT={workspace}", "CITY=hoi_an")
    assert created["results"]["FEATURES"] == 0 and workspace.is_file()

    survey = tmp_path / "survey.csv"
    shutil.copy(ROOT / "tests" / "data" / "survey123_hoi_an_organisations.csv", survey)
    imported = qgis_process("run", "creativemap:import_records", "--", f"INPUT={survey}", f"WORKSPACE={workspace}",
                            "LAYER=organisation")  # fmt: skip
    assert imported["results"]["IMPORTED"] == 11 and imported["results"]["REJECTED"] == 5
    assert "row" in open(imported["results"]["REPORT"], encoding="utf-8-sig").readline()

    validated = qgis_process("run", "creativemap:validate", "--", f"WORKSPACE={workspace}")
    assert validated["results"]["ERRORS"] == 0
    assert validated["results"]["WARNINGS"] > 0  # the Survey123 records have no photo


def make_sample(tmp_path: Path, workspace: Path) -> Path:
    """The Hội An sample workspace: a copy of `make run`'s, or made through qgis_process in a profile of its own."""
    made = ROOT / "build" / "workspaces" / "creative_map_hoi_an.gpkg"
    if made.exists() and (made.parent / "photos").is_dir():
        shutil.copy(made, workspace)
        shutil.copytree(made.parent / "photos", workspace.parent / "photos", dirs_exist_ok=True)  # its photos too
        return workspace
    qgis_session.prepare_profile(tmp_path / "make", language="en")
    qgis_session.deploy_plugin(tmp_path / "make")
    return qgis_session.sample_workspace(tmp_path / "make", workspace)


def test_a_workspace_styled_by_another_plugin_version_opens_in_the_desktop(tmp_path):
    """A workspace whose styles another version stored gets this version's styles when it opens. QGIS 3.22 aborted
    (heap corruption) when that was done in the opening task's thread; it is done on the main thread."""
    import sqlite3

    from creative_layers_plugin.__about__ import __version__

    workspace = make_sample(tmp_path, tmp_path / "older.gpkg")
    with closing(sqlite3.connect(workspace)) as connection, connection:
        connection.execute("UPDATE cl_workspace SET value = '0.1.0' WHERE key = 'styled_with'")
    screenshot = tmp_path / "older.png"
    command = [sys.executable, "scripts/qgis_session.py", "run", "--headless", "--lang", "en", "--profiles",
               str(tmp_path / "profiles"), "--screenshot", str(screenshot), "--workspace", str(workspace)]  # fmt: skip
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CREATIVE_LAYERS_SHARED_SERVER": "0"}  # not needed here
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=400, check=False)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    report = json.loads(screenshot.with_suffix(".json").read_text(encoding="utf-8"))
    assert report["creative_map_layers"] == 17
    with closing(sqlite3.connect(workspace)) as connection, connection:
        styled_with = connection.execute("SELECT value FROM cl_workspace WHERE key = 'styled_with'").fetchone()[0]
    assert styled_with == __version__  # the styles of this version are stored now
