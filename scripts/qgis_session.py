"""Run real QGIS with Creative Layers in a profile that belongs to the project, never the user's own.

    python scripts/qgis_session.py run [--lang vi|fr|en] [--screenshot PATH] [--competition | --publish | --history]

With a display, QGIS opens with the plugin enabled and its dock shown. Without one (a server, CI), QGIS runs under
Xvfb, a screenshot of the screen is saved to the printed path, and the command exits 0 when the dock was seen.
The functions here are shared with the end-to-end tests.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import package  # scripts/ is on the path when this runs as a script or from the tests
import shared_server

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_SOURCE = ROOT / "creative_layers_plugin"
PLUGIN_FOLDER = PLUGIN_SOURCE.name
PROFILES_ROOT = ROOT / ".qgis-profile"
STARTUP_SCRIPT = Path(__file__).resolve().parent / "qgis_startup.py"
SCREEN = "1440x900x24"


def profile_dir(profiles_root: Path, profile: str = "default") -> Path:
    return profiles_root / "profiles" / profile


def prepare_profile(profiles_root: Path, language: str | None = None, enable_plugin: bool = True) -> Path:
    """A QGIS profile under ``profiles_root`` with the plugin enabled and QGIS's first-run chatter off."""
    profile = profile_dir(profiles_root)
    ini_path = profile / "QGIS" / "QGIS3.ini"
    ini_path.parent.mkdir(parents=True, exist_ok=True)
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str
    if ini_path.exists():
        ini.read(ini_path, encoding="utf-8")
    for section in ("PythonPlugins", "locale", "qgis", "app"):
        if not ini.has_section(section):
            ini.add_section(section)
    if enable_plugin:
        ini["PythonPlugins"][PLUGIN_FOLDER] = "true"
    if language:
        ini["locale"]["overrideFlag"] = "true"
        ini["locale"]["userLocale"] = language
    ini["qgis"]["checkVersion"] = "false"
    ini["qgis"]["allowVersionCheck"] = "false"
    ini["qgis"]["showTips322"] = "false"
    ini["app"]["crash-reporting"] = "false"
    with ini_path.open("w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)
    return profile


def deploy_plugin(profiles_root: Path) -> Path:
    """Assemble the plugin folder (metadata.txt, resources, compiled translations inside) in the profile."""
    return package.assemble(profile_dir(profiles_root) / "python" / "plugins" / PLUGIN_FOLDER)


def sample_workspace(profiles_root: Path, target: Path, city: str = "hoi_an") -> Path:
    """The sample workspace of ``city``, made once through qgis_process and the plugin's algorithm."""
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    env = qgis_environment(profiles_root)
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = ["qgis_process.bin", "run", "creativemap:create_workspace", "--", f"OUTPUT={target}", f"CITY={city}"]
    result = subprocess.run([*command, "SAMPLE=true"], env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not target.exists():
        raise SystemExit(f"The sample workspace could not be made:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return target


def display_available() -> bool:
    if not os.environ.get("DISPLAY"):
        return False
    return subprocess.run(["xdpyinfo"], capture_output=True, check=False).returncode == 0


def qgis_environment(profiles_root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles_root)
    profile = profile_dir(profiles_root)
    if (profile / "auth-master").exists():  # the shared server's credentials: QGIS opens them without asking
        env.update(shared_server.auth_environment(profile))
    env.pop("QT_QPA_PLATFORM", None)  # the real window, not offscreen
    return env


def run_under_xvfb(
    profiles_root: Path,
    screenshot: Path,
    report: Path,
    install_zip: Path | None = None,
    reloads: int = 0,
    workspace: Path | None = None,
    form_screenshot: Path | None = None,
    competition: bool = False,
    publish_url: str | None = None,
    conflict_screenshot: Path | None = None,
    history: str | None = None,
    journey: Path | None = None,
    timeout: float = 300,
) -> dict:
    """Start QGIS under Xvfb, let the startup script check the dock and take the screenshot, return its report."""
    env = qgis_environment(profiles_root)
    env["CREATIVE_LAYERS_SCREENSHOT"] = str(screenshot)
    env["CREATIVE_LAYERS_REPORT"] = str(report)
    if install_zip is not None:
        env["CREATIVE_LAYERS_INSTALL_ZIP"] = str(install_zip)
    env["CREATIVE_LAYERS_RELOADS"] = str(reloads)
    if workspace is not None:
        env["CREATIVE_LAYERS_WORKSPACE"] = str(workspace)
    if form_screenshot is not None:
        env["CREATIVE_LAYERS_FORM_SCREENSHOT"] = str(form_screenshot)
    if competition:
        env["CREATIVE_LAYERS_COMPETITION"] = "1"
    if publish_url:
        env["CREATIVE_LAYERS_PUBLISH"] = publish_url
    if conflict_screenshot is not None:
        env["CREATIVE_LAYERS_CONFLICT_SCREENSHOT"] = str(conflict_screenshot)
    if history:
        env["CREATIVE_LAYERS_HISTORY"] = history
    if journey is not None:
        journey.mkdir(parents=True, exist_ok=True)
        env["CREATIVE_LAYERS_JOURNEY"] = str(journey)
    env["CREATIVE_LAYERS_STARTUP"] = str(STARTUP_SCRIPT)
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    report.unlink(missing_ok=True)
    command = [
        "xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}",
        "qgis", "--nologo", "--profiles-path", str(profiles_root), "--code", str(STARTUP_SCRIPT),
    ]  # fmt: skip
    with tempfile.TemporaryFile() as output:
        session = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            status = session.wait(timeout=timeout)
        except subprocess.TimeoutExpired:  # QGIS hangs (a dialog left open): xvfb-run, QGIS and Xvfb all end
            status = None
            with contextlib.suppress(ProcessLookupError):
                os.killpg(session.pid, signal.SIGKILL)
            session.wait()
        output.seek(0)
        tail = output.read().decode("utf-8", "replace")[-3000:]
        if not report.exists():
            return {"ok": False, "error": "QGIS did not report back", "output": tail, "exit_code": status}
    return {**json.loads(report.read_text(encoding="utf-8")), "exit_code": status, "output": tail}


@contextlib.contextmanager
def reference_server(publish: bool):
    """An empty reference server on loopback for the Publish tab's picture, stopped after (None without --publish)."""
    if not publish:
        yield None
        return
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from server.reference_server import start_server

    folder = Path(tempfile.mkdtemp(prefix="cl-publish-", dir="/tmp"))  # QGIS Server's account must reach it
    folder.chmod(0o755)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    password = secrets.token_urlsafe(16)  # reading needs no password; --history writes with it
    handle = start_server(folder / "run", port, "staff", password)
    handle.password = password
    try:
        yield handle
    finally:
        handle.stop()
        shutil.rmtree(folder, ignore_errors=True)


def history_state(server, workspace: Path) -> Path:
    """For the History tab's picture: ``workspace`` published to ``server``, which is then reinstalled empty at the
    same address, and the workspace takes the server's state (its records go to its history). Returns a copy of the
    workspace made before that, which still expects its records on the server (the question a publish asks)."""
    from server.reference_server import start_server

    env = {**os.environ, "CREATIVE_MAP_SERVER_PASSWORD": server.password, "QT_QPA_PLATFORM": "offscreen"}
    demo = [sys.executable, str(Path(__file__).with_name("publish_workspace.py")), str(workspace), server.features_url]
    subprocess.run(demo, env=env, check=True, capture_output=True, timeout=300)
    before = workspace.with_name(f"{workspace.stem}_before.gpkg")
    shutil.copy(workspace, before)
    server.stop()
    fresh = Path(tempfile.mkdtemp(prefix="run-", dir=server.run_dir.parent))
    fresh.chmod(0o755)
    server.run_dir = start_server(fresh, server.port, "staff", server.password).run_dir  # the same address, empty
    subprocess.run([*demo, "accept_server"], env=env, check=True, capture_output=True, timeout=300)
    return before


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="open QGIS with Creative Layers (under Xvfb with a screenshot if no display)")
    run.add_argument("--lang", default=os.environ.get("QGIS_LANG"), help="QGIS's interface language: en, vi, fr")
    run.add_argument("--screenshot", type=Path, default=ROOT / "build" / "screenshots" / "qgis-creative-layers.png")
    run.add_argument("--headless", action="store_true", help="use Xvfb even when a display is available")
    run.add_argument("--profiles", type=Path, default=PROFILES_ROOT, help="the QGIS profiles folder to use")
    run.add_argument("--workspace", type=Path, default=ROOT / "build" / "workspaces" / "creative_map_hoi_an.gpkg")
    run.add_argument("--form-screenshot", type=Path, help="also save a picture of an organisation's attribute form")
    run.add_argument("--competition", action="store_true", help="show the Competition tab at the site, sketching")
    run.add_argument("--publish", action="store_true", help="show the Publish tab: a reference server on loopback, "
                     "its connection tested and a dry run")  # fmt: skip
    run.add_argument("--conflict-screenshot", type=Path, help="also save a picture of the conflict dialog")
    run.add_argument("--history", action="store_true", help="show the History tab after a publish that accepted the "
                     "state of a server reinstalled empty")  # fmt: skip
    run.add_argument("--guard-screenshot", type=Path, help="with --history: also save a picture of the question a "
                     "publish asks before that")  # fmt: skip
    args = parser.parse_args(argv)

    prepare_profile(args.profiles, language=args.lang)
    deployed = deploy_plugin(args.profiles)
    print(f"Creative Layers deployed to {deployed}")
    if args.history:  # a workspace of its own, made anew: it is published and emptied
        args.workspace = args.workspace.with_name("creative_map_history.gpkg")
        for stale in (args.workspace, args.workspace.with_name(f"{args.workspace.stem}_before.gpkg")):
            stale.unlink(missing_ok=True)
    workspace = sample_workspace(args.profiles, args.workspace)
    print(f"Sample workspace (Hội An): {workspace}")
    with contextlib.ExitStack() as stack:
        # the shared server to publish to, with the sample (the --publish picture starts an empty one of its own)
        own = args.publish or args.history
        shared = None if own else stack.enter_context(shared_server.shared_server(profile_dir(args.profiles)))
        if shared is not None:
            know_the_server(workspace, shared)
            print(f"Shared server (OGC API - Features, the Hội An sample), ready to publish to: {shared.features_url}")
            print(f"Its online map (open it in a browser while QGIS runs): {shared.map_url}")
        return _run_qgis(args, workspace)


def know_the_server(workspace: Path, server) -> None:
    """The sample workspace published once to the shared server that holds the same sample, before QGIS opens: every
    record found the same on both sides, the working copy now knows the server, so that a first edit goes out as an
    edit (without a base, a record changed here before any publish would be a conflict)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(workspace)) as connection:
        known = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'cl_sync_base'").fetchone()
        if known and connection.execute("SELECT 1 FROM cl_sync_base LIMIT 1").fetchone():
            return
    env = {**os.environ, "CREATIVE_MAP_SERVER_PASSWORD": server.password, "QT_QPA_PLATFORM": "offscreen"}
    script = Path(__file__).with_name("publish_workspace.py")
    command = [sys.executable, str(script), str(workspace), server.features_url]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        print(f"The sample was not published to the shared server first: {result.stderr.strip()}", file=sys.stderr)


def _run_qgis(args, workspace: Path) -> int:
    if display_available() and not args.headless:
        env = qgis_environment(args.profiles)
        env["CREATIVE_LAYERS_WORKSPACE"] = str(workspace)
        command = ["qgis", "--nologo", "--profiles-path", str(args.profiles), "--code", str(STARTUP_SCRIPT)]
        return subprocess.run(command, env=env, check=False).returncode

    print("No display: running QGIS under Xvfb to take a screenshot of its window.")
    with reference_server(args.publish or args.history) as server:
        guard = None
        if args.history:
            before = history_state(server, workspace)
            guard = f"{server.features_url}|{before}|{args.guard_screenshot or ''}"
        report = run_under_xvfb(
            args.profiles, args.screenshot, args.screenshot.with_suffix(".json"), workspace=workspace,
            form_screenshot=args.form_screenshot, competition=args.competition,
            publish_url=server.features_url if args.publish else None, conflict_screenshot=args.conflict_screenshot,
            history=guard,
        )  # fmt: skip
    if not report.get("ok"):
        print(f"QGIS did not show the Creative Layers panel: {report.get('error')}", file=sys.stderr)
        print(report.get("output", ""), file=sys.stderr)
        return 1
    print(f"QGIS {report['qgis_version']} ran with the Creative Layers panel shown ('{report['dock_title']}'),")
    print(f"the Hội An sample map loaded: {report['creative_map_layers']} layers.")
    print(f"Screenshot of the QGIS window: {args.screenshot}")
    if args.form_screenshot:
        print(f"Screenshot of the attribute form of {report['form']['name']}: {args.form_screenshot}")
    if args.publish:
        print("The Publish tab: " + " / ".join(report["publish"]))
    if args.conflict_screenshot:
        print(f"Screenshot of the conflict dialog: {args.conflict_screenshot}")
    if args.history:
        print("The History tab: " + " / ".join(report["history"]["runs"]))
    if args.guard_screenshot:
        print(f"Screenshot of the question before a publish: {args.guard_screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
