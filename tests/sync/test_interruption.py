"""Publishing cut short: the publishing process killed at random moments, the server stopped mid-publish. The next
publish completes; then the server holds exactly the working copy's publishable records, none twice, none lost."""

import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.sync import history
from creative_layers_plugin.sync.client import Server
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.sync.state import SyncState
from creative_layers_plugin.toolbelt.errors import UserError
from server.reference_server import start_server

from .invariants import assert_photos_arrived, publishable_uids
from .test_publish import edit, items
from .test_server_changes import records_here, restart

CHILD = Path(__file__).with_name("publish_child.py")
LAYERS = ("organisation", "space", "event", "person", "annotation_point", "annotation_line", "ward")


def connect(server):
    """The test's own client (the plugin's user gets the credentials from QGIS's authentication manager)."""
    return Server(server.features_url, auth=("staff", server.password))


def start_child(workspace, server, guard="stop"):
    env = {**os.environ, "CREATIVE_MAP_SERVER_PASSWORD": server.password, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, str(CHILD), str(workspace.path), server.features_url, guard], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def answered(server) -> int:
    """How many requests the server's nginx has answered (its access log, written as each one ends)."""
    log = server.logs["access"]
    return log.read_bytes().count(b"\n") if log.exists() else 0


def kill_during(child, server, requests: int, stop=None, timeout: float = 120) -> bool:
    """Kill the publishing child (or ``stop`` something else) once the server has answered ``requests`` more of its
    requests: a moment inside its publish, whatever the machine's speed. False when the child ended before."""
    start, deadline = answered(server), time.monotonic() + timeout
    while child.poll() is None and time.monotonic() < deadline:
        if answered(server) - start >= requests:
            (stop or child.kill)()
            return True
        time.sleep(0.002)
    return False


def assert_server_equals_working_copy(workspace, server):
    for name in LAYERS:
        remote = [feature["properties"]["uid"] for feature in items(server, name)]
        duplicates = [uid for uid, count in Counter(remote).items() if count > 1]
        assert duplicates == [], (name, duplicates)
        layer_def = __import__("creative_layers_plugin.core.schema", fromlist=["layer"]).layer(name)
        from creative_layers_plugin.core.validation import feature_record

        local = {f["uid"] for f in workspace.layer(name).getFeatures() if layer_def.may_publish(feature_record(f))}
        assert set(remote) == local, name
        assert_photos_arrived(server.features_url, {f["properties"]["uid"]: f for f in items(server, name)})


def test_killed_at_random_moments_the_next_publish_completes(sample, server, tmp_path):
    """Forty publishes killed while they plan, send or bring in another editor's changes (each change brought in is
    first kept in the history, so a kill between the keeping and the writing loses nothing either)."""
    seed = int(os.environ.get("CREATIVE_LAYERS_SEED", random.randrange(1 << 30)))
    print(f"interruption seed: {seed} (CREATIVE_LAYERS_SEED={seed} replays it)")
    rng = random.Random(seed)
    publish(sample.path, server.features_url, server=connect(server))
    other = create_workspace(tmp_path / "other.gpkg", "hoi_an", sample=False)  # a second editor, on other records
    publish(other.path, server.features_url, server=connect(server))
    organisations = sorted(f["uid"] for f in sample.layer("organisation").getFeatures())
    mine, theirs = organisations[::2], organisations[1::2]
    names_of_theirs: dict[str, str] = {}
    kills = rounds = 0
    while kills < 40 and rounds < 100:  # at least forty publishes killed while running
        rounds += 1
        for uid in rng.sample(mine, 10):  # each round has writes to cut short
            edit(sample, "organisation", uid, name=f"Tổ chức {rounds} (đã sửa)")
        if rounds % 4 == 0:  # and changes of the other editor's to bring in
            for uid in rng.sample(theirs, 4):
                names_of_theirs[uid] = f"Của người khác {rounds}"
                edit(other, "organisation", uid, name=names_of_theirs[uid])
            # many of this editor's changes come in at once: a mass change here, which the other editor accepts
            accepted = publish(other.path, server.features_url, server=connect(server), guard="accept_server")
            assert accepted.numbers()["conflicts"] == 0
        child = start_child(sample, server, guard="accept_server")
        kills += kill_during(child, server, rng.randint(1, 45))  # while it reads, plans, sends or brings in
        child.communicate(timeout=60)
    assert kills >= 40, f"only {kills} publishes were still running when killed"
    result = publish(sample.path, server.features_url, server=connect(server), guard="accept_server")
    assert result.numbers()["conflicts"] == 0
    assert_server_equals_working_copy(sample, server)
    with SyncState(sample.path, server.features_url) as state:
        assert state.pending() == []  # the journal finished
    again = publish(sample.path, server.features_url, server=connect(server), dry_run=True).plan
    assert again.is_empty(), [(change.layer, change.action) for change in again.changes if change.action != "skip"]
    here = {f["uid"]: f["name"] for f in sample.layer("organisation").getFeatures()}
    assert all(here[uid] == name for uid, name in names_of_theirs.items())  # every change of theirs came in
    runs = history.publishes(sample.path, limit=10_000)  # every one, not only the panel's recent fifty
    kept = {entry.uid for run in runs for entry in history.entries(sample.path, run.id)}
    assert set(names_of_theirs) <= kept  # and what each replaced here was kept first


def test_sending_the_working_copy_again_killed_at_random_moments(sample, server):
    """The server reinstalled empty; the user chose to send the working copy again, and that publish is killed ten
    times part way: each next one goes on creating what is still missing (never taking it for deleted there), and
    in the end the server holds every record once."""
    seed = int(os.environ.get("CREATIVE_LAYERS_SEED", random.randrange(1 << 30)))
    print(f"interruption seed: {seed} (CREATIVE_LAYERS_SEED={seed} replays it)")
    rng = random.Random(seed)
    publish(sample.path, server.features_url, server=connect(server))
    before = records_here(sample)
    server.kind = "qgis_server"
    restart(server, fresh=True)
    kills = rounds = 0
    asked = True  # the publish asks the user, who chooses to send the working copy again
    publishable = sum(len(publishable_uids(sample, name)) for name in LAYERS)
    while kills < 10 and rounds < 40:
        rounds += 1
        missing = publishable - sum(len(items(server, name)) for name in LAYERS)
        if missing == 0:  # sent whole before a kill came: the server is emptied again, and the user asked again
            restart(server, fresh=True)
            missing, asked = publishable, True
        child = start_child(sample, server, guard="send_working_copy" if asked else "stop")
        kills += kill_during(child, server, rng.randint(1, 20 + missing))  # while it reads, or creates again
        _out, err = child.communicate(timeout=60)
        asked = "send_working_copy" in err  # asked again only while none of the creates was under way
        assert records_here(sample) == before  # not a record lost here, whatever moment the kill came
    assert kills >= 10, f"only {kills} publishes were still running when killed"
    result = publish(sample.path, server.features_url, server=connect(server), guard="send_working_copy")
    assert result.numbers()["pull"] == 0 and records_here(sample) == before
    assert_server_equals_working_copy(sample, server)
    assert publish(sample.path, server.features_url, server=connect(server), dry_run=True).plan.is_empty()


def test_the_server_stopped_mid_publish(sample, server):
    child = start_child(sample, server)
    assert kill_during(child, server, 80, stop=server.stop)  # 80 requests in: it is creating records
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 1 and "does not answer" in err, err
    restarted = start_server(server.run_dir, server.port, "staff", server.password)  # its data kept
    restarted.password = server.password
    try:
        result = publish(sample.path, restarted.features_url, server=connect(restarted))
        assert result.numbers()["conflicts"] == 0
        assert_server_equals_working_copy(sample, restarted)
    finally:
        restarted.stop()


def test_a_cancel_leaves_nothing_half_done(sample, server):
    state = {"cancel": False}

    def progress(value):
        state["cancel"] = state["cancel"] or value > 42  # a few writes in: the plan is made at 40

    with pytest.raises(UserError, match="cancelled: what the server confirmed is recorded"):
        publish(sample.path, server.features_url, server=connect(server), progress=progress,
                cancelled=lambda: state["cancel"])  # fmt: skip
    sent = sum(len(items(server, name)) for name in LAYERS)
    assert 0 < sent < 250  # cut short indeed
    result = publish(sample.path, server.features_url, server=connect(server))
    assert result.numbers()["create"] > 0 and result.numbers()["conflicts"] == 0
    assert_server_equals_working_copy(sample, server)
