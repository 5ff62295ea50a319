"""No server is trusted: what a shared server answers may not take a planner's records away. Each event made for real,
against both real servers (QGIS Server behind nginx; pygeoapi on PostgreSQL/PostGIS behind nginx): the server
reinstalled empty at the same address, another dataset behind that address, the server's data restored from an older
copy, a QGIS Server whose layers keep their forms (it answers with labels), a server that serves part of the map.

Afterwards the working copy holds every record it had unless the user chose otherwise, the server holds nothing the
user did not choose, and the history restores whatever a publish removed here."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from creative_layers_plugin.core.schema import LAYERS, split_multi
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.sync import history
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.errors import UserError
from server.pygeoapi_server import start_pygeoapi_server
from server.reference_server import start_server
from server.throwaway import running
from tests.conftest import content_digest

from .conftest import USER, stored_authcfg
from .invariants import add_copy, assert_server_equals_working_copy, edit, items, no_duplicate, publishable_uids

NAMES = [layer.name for layer in LAYERS]
STARTERS = {"qgis_server": (start_server, 60), "pygeoapi": (start_pygeoapi_server, 90)}


@contextlib.contextmanager
def shared_server(kind: str, **options):
    """A server of ``kind`` in a throwaway folder, with an authentication configuration for its password."""
    from qgis.core import QgsApplication

    start, timeout = STARTERS[kind]
    with running(start, f"cl-{kind}-", timeout=timeout, **options) as handle:
        handle.kind = kind
        handle.authcfg = stored_authcfg(USER, handle.password, f"{kind} {handle.port}")
        try:
            yield handle
        finally:
            QgsApplication.authManager().removeAuthenticationConfig(handle.authcfg)


@pytest.fixture(params=list(STARTERS))
def shared(request, qgis_app):
    with shared_server(request.param) as handle:
        yield handle


def restart(handle, fresh: bool = False, **options):
    """The server stopped and started again at the same address: on the same data (a restart), or with new data in a
    new folder (``fresh``: reinstalled; ``options`` say what it then serves). The handle follows."""
    start, timeout = STARTERS[handle.kind]
    handle.stop()
    run_dir = handle.run_dir
    if fresh:  # beside the first run folder: removed with it
        run_dir = Path(tempfile.mkdtemp(prefix="run-", dir=handle.run_dir.parent))
        run_dir.chmod(0o755)
    new = start(run_dir, handle.port, USER, handle.password, timeout=timeout, **options)
    handle.run_dir = new.run_dir
    handle.logs = new.logs
    if hasattr(new, "data"):
        handle.data = new.data
    return handle


def server_digest(handle) -> dict:
    """What the server holds, read as any client would: uid -> properties and geometry, per collection."""
    return {name: {uid: (f["properties"], f["geometry"]) for uid, f in no_duplicate(handle.features_url, name).items()}
            for name in NAMES}  # fmt: skip


def records_here(workspace) -> dict:
    """Every record of the working copy (uid -> name or uid), per layer: what a planner would miss."""
    found = {}
    for layer in LAYERS:
        qgs = workspace.layer(layer.name)
        names = qgs.fields().names()
        found[layer.name] = {f["uid"]: f["name"] if "name" in names else None for f in qgs.getFeatures()}
    return found


def data_folder(handle) -> Path:
    """Where the server keeps its data: the GeoPackage's folder (QGIS Server), the PostgreSQL cluster (pygeoapi)."""
    return handle.run_dir / ("data" if handle.kind == "qgis_server" else "pgdata")


def copy_as_is(source: Path, target: Path) -> None:
    """A copy with its owners and modes (PostgreSQL's cluster belongs to its own account)."""
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)


def test_a_server_reinstalled_empty_is_said_and_empties_nothing(sample, shared):
    url, authcfg = shared.features_url, shared.authcfg
    published = publish(sample.path, url, authcfg).numbers()["create"]
    before, had = content_digest(sample.path), records_here(sample)
    restart(shared, fresh=True)  # reinstalled: empty, at the same address

    with pytest.raises(UserError) as stopped:
        publish(sample.path, url, authcfg)  # nothing changed here: the default is to stop
    sentence = stopped.value.sentence
    assert "no longer holds" in sentence and f"{published}" in sentence and "nothing was sent" in sentence
    assert content_digest(sample.path) == before  # not a record, not a byte of the sync state
    assert all(items(url, name) == [] for name in NAMES)  # nor on the server

    dry = publish(sample.path, url, authcfg, dry_run=True)
    assert [finding.kind for finding in dry.plan.findings] == ["emptied"]
    assert "no longer holds" in dry.plan.sentence()
    assert content_digest(sample.path) == before

    again = publish(sample.path, url, authcfg, guard="send_working_copy")  # the working copy is right: send it again
    assert again.numbers()["create"] == published and again.numbers()["pull"] == 0
    assert records_here(sample) == had
    assert_server_equals_working_copy(sample, url, NAMES)
    assert publish(sample.path, url, authcfg, dry_run=True).plan.is_empty()


def test_accepting_an_empty_server_keeps_every_record_in_the_history(sample, server, authcfg):
    url = server.features_url
    publish(sample.path, url, authcfg)
    had, published_people = records_here(sample), publishable_uids(sample, "person")
    server.kind = "qgis_server"
    restart(server, fresh=True)

    result = publish(sample.path, url, authcfg, guard="accept_server")  # the user's decision: the server is right
    gone = result.numbers()["pull"]
    assert gone > 250
    left = records_here(sample)
    assert sum(map(len, left.values())) == sum(map(len, had.values())) - gone
    assert set(left["person"]) == set(had["person"]) - published_people  # those never published stay

    runs = history.publishes(sample.path)
    assert runs[0].changed_here == gone  # the panel lists it: what this publish changed here
    kept = history.entries(sample.path, runs[0].id)
    assert len(kept) == gone and {entry.action for entry in kept} == {"pull_delete"}
    assert history.restore(sample.path, run_id=runs[0].id) == gone
    assert records_here(sample) == had  # every record back, with its values

    back = publish(sample.path, url, authcfg)  # a restored record goes out like any local edit
    assert back.numbers()["create"] == gone
    assert_server_equals_working_copy(sample, url, NAMES)


def test_another_dataset_at_the_same_address_is_said_and_nothing_is_written(sample, shared):
    url, authcfg = shared.features_url, shared.authcfg
    publish(sample.path, url, authcfg)
    before = content_digest(sample.path)
    restart(shared, fresh=True, sample=True, city="tam_ky")  # the address now points at another city's server
    theirs = server_digest(shared)

    with pytest.raises(UserError) as stopped:
        publish(sample.path, url, authcfg)
    assert "another dataset" in stopped.value.sentence and "nothing was sent" in stopped.value.sentence
    assert content_digest(sample.path) == before
    assert server_digest(shared) == theirs


def test_a_server_restored_from_an_older_copy_never_rewinds_an_edit(sample, shared):
    url, authcfg = shared.features_url, shared.authcfg
    publish(sample.path, url, authcfg)
    backup = Path(tempfile.mkdtemp(prefix="cl-backup-", dir="/tmp")) / "data"
    try:
        shared.stop()  # last night's backup: a cold copy of the server's data
        copy_as_is(data_folder(shared), backup)
        restart(shared)

        uid = sorted(no_duplicate(url, "organisation"))[2]
        edit(sample, "organisation", uid, name="Tên mới sáng nay")  # this morning: an edit, published (rev 2)
        new_uid = add_copy(sample, "organisation", uid, name="Tổ chức mới sáng nay")
        publish(sample.path, url, authcfg)
        assert no_duplicate(url, "organisation")[uid]["properties"]["rev"] == 2

        shared.stop()  # the server is restored from last night's backup
        shutil.rmtree(data_folder(shared))
        copy_as_is(backup, data_folder(shared))
        restart(shared)
        assert no_duplicate(url, "organisation")[uid]["properties"]["name"] != "Tên mới sáng nay"
        before = content_digest(sample.path)

        with pytest.raises(UserError) as stopped:
            publish(sample.path, url, authcfg)
        assert "older" in stopped.value.sentence and "nothing was sent" in stopped.value.sentence
        assert content_digest(sample.path) == before  # the edit stays here

        result = publish(sample.path, url, authcfg, guard="send_working_copy")
        assert result.numbers()["pull"] == 0
        on_server = no_duplicate(url, "organisation")
        assert on_server[uid]["properties"]["name"] == "Tên mới sáng nay"  # the edit goes back to the server
        assert on_server[new_uid]["properties"]["name"] == "Tổ chức mới sáng nay"
        assert_server_equals_working_copy(sample, url, NAMES)
        assert publish(sample.path, url, authcfg, dry_run=True).plan.is_empty()
    finally:
        shutil.rmtree(backup.parent, ignore_errors=True)


def test_a_qgis_server_that_answers_with_labels_is_read_back_exactly(sample, qgis_app, tmp_path):
    """Its administrator served the workspace's layers as they are, forms included: its OGC API answers with the
    fields' labels and the values' labels (``"Loại chủ thể": "Hộ kinh doanh"``). Read back into names and codes
    through the schema's three languages, nothing looks deleted, and edits go both ways."""
    with shared_server("qgis_server", as_loaded=True) as handle:  # layers served with their forms, as loaded
        url, authcfg = handle.features_url, handle.authcfg
        publish(sample.path, url, authcfg)
        raw = items(url, "organisation")[0]["properties"]
        assert "uid" not in raw and "Mã định danh" in raw  # labels indeed, not names
        before = content_digest(sample.path)
        assert publish(sample.path, url, authcfg, dry_run=True).plan.is_empty()  # nothing changed here
        assert publish(sample.path, url, authcfg).numbers()["pull"] == 0
        assert content_digest(sample.path) == before

        uid = sorted(f["uid"] for f in sample.layer("organisation").getFeatures())[0]
        choices = '{"design","music"}'
        edit(sample, "organisation", uid, name="Tên mới", actor_type="cooperative", creative_fields=choices)
        assert publish(sample.path, url, authcfg).numbers()["update"] == 1
        other = create_workspace(tmp_path / "other.gpkg", "hoi_an", sample=False)
        assert publish(other.path, url, authcfg).numbers()["pull"] == sum(len(items(url, name)) for name in NAMES)
        pulled = next(other.layer("organisation").getFeatures(f"\"uid\" = '{uid}'"))
        assert (pulled["name"], pulled["actor_type"]) == ("Tên mới", "cooperative")  # codes, not labels
        assert set(split_multi(pulled["creative_fields"])) == {"design", "music"}
        assert publish(other.path, url, authcfg, dry_run=True).plan.is_empty()


def test_a_server_serving_part_of_the_map_publishes_the_rest(sample, shared_partial):
    handle, served = shared_partial
    url, authcfg = handle.features_url, handle.authcfg
    before = records_here(sample)
    dry = publish(sample.path, url, authcfg, dry_run=True)
    left_out = {"sme_enrolment", "crowdfunding_campaign"}
    assert set(dry.plan.absent) == left_out
    assert "not on this server: kept in the working copy" in dry.plan.sentence()

    result = publish(sample.path, url, authcfg)
    assert result.numbers()["create"] > 250 and result.failures == []
    assert_server_equals_working_copy(sample, url, served)
    assert records_here(sample) == before
    report = result.report.read_text(encoding="utf-8")
    assert all(f"{name},,absent," in report for name in left_out)
    assert publish(sample.path, url, authcfg, dry_run=True).plan.is_empty()


@pytest.fixture(params=list(STARTERS))
def shared_partial(request, qgis_app):
    served = [name for name in NAMES if name not in ("sme_enrolment", "crowdfunding_campaign")]
    with shared_server(request.param, layers=served) as handle:
        yield handle, served
