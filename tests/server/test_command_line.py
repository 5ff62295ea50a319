"""The servers' command line (server/cli.py), as an administrator and `make run` use it: `start` prints the URL and
nothing secret, `stop` ends every process, and a failure is one line and exit status 1."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys

import pytest
import requests

from server.processes import server_processes
from tests.conftest import ROOT
from tests.server.conftest import free_port, run_folder

SERVERS = {
    "qgis-server": ("server/reference_server.py", ("nginx", "qgis_mapserv.fc")),
    "pygeoapi": ("server/pygeoapi_server.py", ("nginx", "gunicorn", "postgres")),
}


def command(script, *args, password=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CREATIVE_MAP_SERVER_PASSWORD", None)
    if password is not None:
        env["CREATIVE_MAP_SERVER_PASSWORD"] = password
    run = [sys.executable, str(ROOT / script), *args]
    return subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("kind", SERVERS)
def test_start_prints_the_url_and_no_secret_then_stop_ends_every_process(kind):
    script, names = SERVERS[kind]
    run_dir, port, password = run_folder(), free_port(), secrets.token_urlsafe(16)
    try:
        started = command(script, "start", "--run-dir", str(run_dir), "--port", str(port), password=password)
        assert started.returncode == 0, started.stderr
        assert started.stdout == f"http://127.0.0.1:{port}\n"
        assert "OGC API - Features: http://127.0.0.1:" in started.stderr
        assert f"online map: http://127.0.0.1:{port}/  media store: http://127.0.0.1:{port}/media/" in started.stderr
        page = requests.get(f"http://127.0.0.1:{port}/", headers={"Accept": "text/html"}, timeout=30)
        assert page.status_code == 200 and '<script type="module" src="map/main.js">' in page.text
        assert password not in started.stdout + started.stderr
        landing = started.stdout.strip() + ("/wfs3" if kind == "qgis-server" else "")
        collections = requests.get(landing + "/collections", params={"f": "json"}, timeout=30).json()
        assert "organisation" in {item["id"] for item in collections["collections"]}
        written = requests.post(
            f"{landing}/collections/organisation/items", auth=("staff", password), timeout=30,
            headers={"Content-Type": "application/geo+json"},
            json={"type": "Feature", "geometry": {"type": "Point", "coordinates": [108.3261, 15.8771]},
                  "properties": {"uid": "cli-test", "name": "Gốm", "rev": 1, "city": "hoi_an",
                                 "actor_type": "artisan"}},
        )  # fmt: skip
        assert written.status_code == 201, written.text  # the password given in the environment is the one asked
        stopped = command(script, "stop", "--run-dir", str(run_dir))
        assert stopped.returncode == 0 and stopped.stdout.startswith("stopped "), stopped.stdout + stopped.stderr
        assert server_processes(run_dir, (), names) == {}
        assert command(script, "stop", "--run-dir", str(run_dir)).stdout == "no server was running\n"
    finally:
        command(script, "stop", "--run-dir", str(run_dir))
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.mark.parametrize("kind", SERVERS)
def test_a_port_in_use_is_one_line_and_exit_status_1(kind):
    script, names = SERVERS[kind]
    run_dir = run_folder()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        failed = command(script, "start", "--run-dir", str(run_dir), "--port", str(port))
    try:
        assert failed.returncode == 1
        assert failed.stdout == ""
        assert failed.stderr == f"error: Port {port} on 127.0.0.1 is in use: choose another port.\n"
        assert server_processes(run_dir, (), names) == {}
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


def test_without_a_password_one_is_made_for_the_owner_alone_and_kept():
    run_dir = run_folder()
    with socket.socket() as taken:  # the start fails after the password is decided: nothing needs to run
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        command(SERVERS["qgis-server"][0], "start", "--run-dir", str(run_dir), "--port", port)
        kept = (run_dir / "password").read_text(encoding="utf-8")
        command(SERVERS["qgis-server"][0], "start", "--run-dir", str(run_dir), "--port", port)
    try:
        assert len(kept.strip()) >= 20
        assert (run_dir / "password").stat().st_mode & 0o777 == 0o600
        assert (run_dir / "password").read_text(encoding="utf-8") == kept
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
