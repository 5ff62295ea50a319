"""Publishing to the real reference server (QGIS Server behind nginx on 127.0.0.1): round trip, privacy, two working
copies, and the failures a user meets (wrong password, server down), each leaving both sides whole."""

import shutil
import unicodedata

import pytest
import requests
from qgis.core import QgsGeometry, QgsPointXY

from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.sync.plan import Plan
from creative_layers_plugin.sync.publish import prepare, publish
from creative_layers_plugin.toolbelt.errors import UserError
from tests.conftest import content_digest

from .conftest import free_port, server_rows
from .invariants import delete, edit


def items(server, collection):
    """Every item of a collection, read as any client would (paging through the next links)."""
    url, found = f"{server.features_url}/collections/{collection}/items?limit=1000", []
    while url:
        page = requests.get(url, headers={"Accept": "application/geo+json"}, timeout=30).json()
        found += page["features"]
        url = next((link["href"] for link in page.get("links", []) if link["rel"] == "next"), None)
    return found


def by_uid(server, collection):
    return {feature["properties"]["uid"]: feature for feature in items(server, collection)}


def local_uids(workspace, layer_name):
    return {feature["uid"] for feature in workspace.layer(layer_name).getFeatures()}


def test_round_trip_create_edit_move_delete(sample, server, authcfg):
    url = server.features_url
    dry = publish(sample.path, url, authcfg, dry_run=True)
    planned = dry.plan.summary()
    assert planned["create"] > 250 and planned["update"] == planned["delete"] == planned["conflicts"] == 0
    assert items(server, "organisation") == []  # a dry run sends nothing

    result = publish(sample.path, url, authcfg)
    assert result.numbers()["create"] == planned["create"] and result.report.exists()
    organisations = by_uid(server, "organisation")
    assert set(organisations) == local_uids(sample, "organisation")
    assert len(items(server, "organisation")) == len(organisations)  # no duplicate

    uid = next(uid for uid in sorted(organisations) if organisations[uid]["properties"].get("email"))
    moved_uid, gone_uid = [other for other in sorted(organisations) if other != uid][:2]
    nfd = unicodedata.normalize("NFD", "Hợp tác xã Gốm Thanh Hà")
    had_email = organisations[uid]["properties"].get("email")
    edit(sample, "organisation", uid, name=nfd, email=None)  # a value cleared here is cleared there
    before = organisations[moved_uid]["geometry"]["coordinates"]
    point = next(sample.layer("organisation").getFeatures(f"\"uid\" = '{moved_uid}'")).geometry().asPoint()
    edit(sample, "organisation", moved_uid, geometry=QgsGeometry.fromPointXY(QgsPointXY(point.x() + 100, point.y())))
    delete(sample, "organisation", gone_uid)

    result = publish(sample.path, url, authcfg)
    assert (result.numbers()["update"], result.numbers()["delete"], result.numbers()["create"]) == (2, 1, 0)
    organisations = by_uid(server, "organisation")
    name = organisations[uid]["properties"]["name"]
    assert name == unicodedata.normalize("NFC", nfd) and name != nfd  # NFC, and otherwise exactly as typed
    after = organisations[moved_uid]["geometry"]["coordinates"]
    assert after[0] - before[0] == pytest.approx(100 / 107_000, rel=0.05)  # 100 m east, in CRS84 degrees
    assert after[1] == pytest.approx(before[1], abs=1e-5)  # grid north is not true north: a hair
    assert gone_uid not in organisations
    assert organisations[uid]["properties"]["rev"] == 2  # the server's revision goes on
    assert had_email and not organisations[uid]["properties"]["email"]
    assert next(sample.layer("organisation").getFeatures(f"\"uid\" = '{uid}'"))["rev"] == 2
    assert publish(sample.path, url, authcfg, dry_run=True).plan.is_empty()


def test_what_privacy_keeps_back_never_reaches_the_server(sample, server, authcfg):
    publish(sample.path, server.features_url, authcfg)
    people = sample.layer("person")
    published = {f["uid"] for f in people.getFeatures() if f["consent_publish"] and not f["is_youth_leader"]}
    assert set(by_uid(server, "person")) == published and published
    annotations = items(server, "annotation_point")
    assert annotations and all("reviewer_comment" not in a["properties"] or a["properties"]["reviewer_comment"] is None
                               for a in annotations)  # fmt: skip
    assert server_rows(server, "SELECT COUNT(*) FROM annotation_point WHERE reviewer_comment IS NOT NULL") == [(0,)]
    withdrawn = sorted(published)[0]
    edit(sample, "person", withdrawn, consent_publish=False)
    result = publish(sample.path, server.features_url, authcfg)
    assert result.numbers()["delete"] == 1 and withdrawn not in by_uid(server, "person")


def test_two_working_copies_conflict_on_one_record_and_merge_the_others(sample, server, authcfg, tmp_path):
    url = server.features_url
    publish(sample.path, url, authcfg)
    other = create_workspace(tmp_path / "other.gpkg", "hoi_an", sample=False)
    pulled = publish(other.path, url, authcfg)
    assert pulled.numbers()["pull"] > 250 and local_uids(other, "space") == local_uids(sample, "space")

    spaces = sorted(local_uids(sample, "space"))
    shared, mine, theirs = spaces[:3]
    edit(sample, "space", shared, name="Không gian A")
    edit(other, "space", shared, name="Không gian B")
    edit(sample, "space", mine, opening_hours="Mo-Fr 07:30-16:30")
    edit(other, "space", theirs, opening_hours="Sa-Su 10:00-14:00")

    assert publish(sample.path, url, authcfg).numbers()["update"] == 2
    on_server = content_digest(server.data)
    with pytest.raises(UserError, match="changed both here and on the server"):
        publish(other.path, url, authcfg)  # the default policy: abort, nothing sent
    assert content_digest(server.data) == on_server
    assert by_uid(server, "space")[shared]["properties"]["name"] == "Không gian A"

    plan = prepare(other.path, url, authcfg)
    assert [(change.uid, change.action) for change in plan.conflicts()] == [(shared, "conflict")]
    result = publish(other.path, url, authcfg, policy="keep_remote")
    assert result.numbers()["update"] == 1 and result.numbers()["pull"] >= 2
    assert by_uid(server, "space")[theirs]["properties"]["opening_hours"] == "Sa-Su 10:00-14:00"
    assert publish(sample.path, url, authcfg).numbers()["pull"] == 1  # the other's change comes here
    for workspace in (sample, other):
        names = {f["uid"]: (f["name"], f["opening_hours"]) for f in workspace.layer("space").getFeatures()}
        assert names[shared][0] == "Không gian A"
        assert names[mine][1] == "Mo-Fr 07:30-16:30" and names[theirs][1] == "Sa-Su 10:00-14:00"
        assert publish(workspace.path, url, authcfg, dry_run=True).plan.is_empty()


def test_a_wrong_password_is_one_sentence_and_changes_nothing(sample, server, authcfg, qgis_app):
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    manager.loadAuthenticationConfig(authcfg, config, True)
    config.setConfig("password", "not-the-password")
    assert manager.updateAuthenticationConfig(config)
    before, on_server = content_digest(sample.path), content_digest(server.data)
    with pytest.raises(UserError) as raised:
        publish(sample.path, server.features_url, authcfg)
    assert "refused the user name or password" in raised.value.sentence
    assert "not-the-password" not in raised.value.sentence + raised.value.details
    assert content_digest(server.data) == on_server and items(server, "organisation") == []
    assert content_digest(sample.path) == before


def test_a_server_that_is_down_is_one_sentence_and_changes_nothing(sample, tmp_path):
    copy = shutil.copy(sample.path, tmp_path / "copy.gpkg")
    before = content_digest(copy)
    with pytest.raises(UserError, match="does not answer: check its address"):
        publish(copy, f"http://127.0.0.1:{free_port()}/wfs3")
    assert content_digest(copy) == before


def test_a_bad_address_is_one_sentence(sample):
    with pytest.raises(UserError, match="is not a server address"):
        publish(sample.path, "ftp:/nowhere")


def test_records_with_errors_stop_the_publish_before_anything_is_sent(sample, server, authcfg):
    uid = sorted(local_uids(sample, "organisation"))[0]
    edit(sample, "organisation", uid, phone="0905 123 456")
    with pytest.raises(UserError, match="must be corrected before publishing"):
        publish(sample.path, server.features_url, authcfg)
    assert items(server, "organisation") == []
    assert isinstance(Plan(), Plan)
