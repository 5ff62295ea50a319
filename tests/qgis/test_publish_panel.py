"""The Publish tab against the real reference server (QGIS Server behind nginx on 127.0.0.1): the settings, the
connection test, the dry run, the publish and its message, a conflict merged field by field through the dialog, and
a publish cancelled half way that the next one finishes."""

import re
import time

from qgis.core import Qgis, QgsApplication, QgsAuthMethodConfig, QgsGeometry, QgsPointXY, QgsSettings

from creative_layers_plugin.core import loading
from creative_layers_plugin.core.schema import LAYERS, VALUE_LISTS
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.gui.conflict_dialog import KEEP_MINE, KEEP_THEIRS, MERGE, ConflictDialog, decision
from creative_layers_plugin.gui.publish_panel import PublishPanel, ServerTask
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.settings import PluginSettings
from tests.conftest import content_digest
from tests.qgis.conftest import wait_for
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import free_port
from tests.sync.test_publish import by_uid, edit, items, local_uids

# the real reference server, a Basic configuration for it, the Hội An sample (tests/sync/conftest.py)
server, authcfg, sample = sync_fixtures.server, sync_fixtures.authcfg, sync_fixtures.sample


def connect(panel, server, authcfg):
    """Type the server's address and choose its configuration, as a user does."""
    panel.form.urlEdit.setText(server.features_url)
    panel.form.urlEdit.editingFinished.emit()
    panel.auth_select.setConfigId(authcfg)


def run_publish(qgis_app, panel, seconds=180):
    """ "Publish now" to its end: the reading, the decisions (after a zero-delay timer), the publish's own task."""
    wait_for(qgis_app, panel.publish_now(), seconds)
    deadline = time.monotonic() + seconds
    while panel.busy and time.monotonic() < deadline:
        if panel.task is not None:
            wait_for(qgis_app, panel.task, seconds)
        qgis_app.processEvents()
        time.sleep(0.01)
    assert not panel.busy


def all_items(server):
    return {layer.name: items(server, layer.name) for layer in LAYERS}


def set_password(authcfg, password):
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    manager.loadAuthenticationConfig(authcfg, config, True)
    config.setConfig("password", password)
    assert manager.updateAuthenticationConfig(config)


def test_settings_keep_the_address_and_the_configuration_id_never_the_password(dock, server, authcfg):
    connect(dock.publish, server, authcfg)
    settings = PluginSettings.load()
    assert (settings.server_url, settings.authcfg) == (server.features_url, authcfg)
    store = QgsSettings()
    assert not [key for key in store.allKeys() if server.password in str(store.value(key))]
    again = PublishPanel(dock)  # the next session finds them
    assert again.form.urlEdit.text() == server.features_url and again.auth_select.configId() == authcfg
    again.deleteLater()


def test_connection_test_says_what_the_server_holds_and_whether_it_may_be_written(qgis_app, dock, server, authcfg):
    panel = dock.publish
    connect(panel, server, authcfg)
    wait_for(qgis_app, panel.test_connection())
    text = panel.form.connectionLabel.text()
    assert "Part 1 (reading): declared." in text
    assert "Part 4 (create, replace, delete): not declared" in text  # QGIS Server 3.22 writes without declaring it
    assert f"Layers of the creative map on the server: {len(LAYERS)} of {len(LAYERS)}." in text
    assert "Missing" not in text and "Writing allowed with these credentials." in text

    set_password(authcfg, "not-the-password")
    wait_for(qgis_app, panel.test_connection())
    text = panel.form.connectionLabel.text()
    assert "refused the user name or password" in text and "Writing allowed" not in text
    assert "not-the-password" not in text

    panel.form.urlEdit.setText(f"http://127.0.0.1:{free_port()}/wfs3")
    wait_for(qgis_app, panel.test_connection())
    assert "does not answer: check its address" in panel.form.connectionLabel.text()
    assert not panel.busy and panel.form.testButton.isEnabled()


def test_dry_run_sends_nothing_then_publish_now_sends_and_says_so(qgis_app, qgis_iface, dock, sample, server, authcfg):
    panel = dock.publish
    assert not panel.form.checkButton.isEnabled()  # no workspace yet
    dock.load(sample)
    connect(panel, server, authcfg)
    assert panel.form.checkButton.isEnabled() and not panel.form.publishButton.isEnabled()
    on_server = content_digest(server.data)
    wait_for(qgis_app, panel.check_changes())
    planned = panel.plan.summary()
    assert planned["create"] > 250 and planned["conflicts"] == 0
    assert panel.form.planLabel.text() == f"If you publish now: {panel.plan.sentence()}."
    assert panel.form.planLabel.text().startswith(f"If you publish now: to create {planned['create']}, ")
    assert content_digest(server.data) == on_server and items(server, "organisation") == []
    assert panel.form.publishButton.isEnabled()

    qgis_iface.messageBar().clear_messages()
    run_publish(qgis_app, panel)
    assert set(by_uid(server, "organisation")) == local_uids(sample, "organisation")
    assert len(items(server, "organisation")) == len(local_uids(sample, "organisation"))
    host = server.features_url.split("/")[2]
    said = qgis_iface.messageBar().get_messages(Qgis.Success)
    assert any(f"Published to {host}: created {planned['create']}, updated 0" in text for text in said), said
    assert panel.report is not None and panel.report.exists()
    assert panel.report.as_uri() in panel.form.resultLabel.text() and "Open the report" in panel.form.resultLabel.text()
    assert not panel.form.publishButton.isEnabled()  # check again before the next publish
    wait_for(qgis_app, panel.check_changes())
    assert panel.form.planLabel.text() == "Nothing to publish: this working copy and the server are level."


def test_a_conflict_merged_field_by_field_reaches_the_server_and_the_working_copy(
    qgis_app, dock, sample, server, authcfg, tmp_path
):
    url, panel = server.features_url, dock.publish
    dock.load(sample)
    connect(panel, server, authcfg)
    run_publish(qgis_app, panel)
    other = create_workspace(tmp_path / "other.gpkg", "hoi_an", sample=False)
    assert publish(other.path, url, authcfg).numbers()["pull"] > 250

    uid = sorted(local_uids(sample, "space"))[0]
    before = next(sample.layer("space").getFeatures(f"\"uid\" = '{uid}'"))
    point = before.geometry().asPoint()
    new_type = next(code for code in VALUE_LISTS["space_type"].codes() if code != before["space_type"])
    edit(sample, "space", uid, name="Không gian A", opening_hours="Mo-Fr 07:30-16:30")
    edit(other, "space", uid, name="Không gian B", opening_hours="Sa-Su 10:00-14:00", space_type=new_type,
         geometry=QgsGeometry.fromPointXY(QgsPointXY(point.x() + 50, point.y())))  # fmt: skip
    publish(other.path, url, authcfg)

    asked = []

    def cancel(change, position, total, language, parent):
        asked.append(change)
        return None

    panel.ask_conflict = cancel
    on_server = content_digest(server.data)
    run_publish(qgis_app, panel)
    assert [change.uid for change in asked] == [uid]
    assert "cancelled; nothing was sent" in panel.form.resultLabel.text()
    assert content_digest(server.data) == on_server

    def merge(change, position, total, language, parent):
        dialog = ConflictDialog(change, position, total, language, parent)
        asked.append(dialog)
        assert decision(change, MERGE, set()).action == decision(change, KEEP_MINE).action == "update"
        assert decision(change, MERGE, {row.name for row in dialog.rows}).action == "pull_update"
        assert decision(change, KEEP_THEIRS).action == "pull_update"
        dialog.take_theirs("name")
        dialog.take_theirs("geometry")
        dialog.form.mergeButton.click()
        return dialog.result_change

    panel.ask_conflict = merge
    run_publish(qgis_app, panel)
    dialog = asked[-1]
    assert dialog.form.positionLabel.text() == "Record 1 of 1 changed both here and on the server"
    assert dialog.form.recordLabel.text() == "Places and spaces: Không gian A"
    rows = {row.name: row for row in dialog.rows}
    assert set(rows) == {"name", "opening_hours", "space_type", "geometry"}
    assert (rows["name"].label, rows["name"].mine, rows["name"].theirs) == ("Name", "Không gian A", "Không gian B")
    assert rows["space_type"].theirs == VALUE_LISTS["space_type"].label_for(new_type, "en")  # a label, not a code
    assert rows["geometry"].mine == "unchanged"
    assert 49 <= int(re.fullmatch(r"moved (\d+) m", rows["geometry"].theirs).group(1)) <= 51
    assert dialog.chosen() == {"name", "geometry"} and dialog.result_change.action == "merge"

    on_server = by_uid(server, "space")[uid]["properties"]
    assert (on_server["name"], on_server["opening_hours"]) == ("Không gian B", "Mo-Fr 07:30-16:30")
    assert on_server["space_type"] == before["space_type"]  # mine was kept: the server's change undone
    here = next(sample.layer("space").getFeatures(f"\"uid\" = '{uid}'"))
    assert (here["name"], here["opening_hours"], here["space_type"]) == ("Không gian B", "Mo-Fr 07:30-16:30",
                                                                         before["space_type"])  # fmt: skip
    assert abs(here.geometry().asPoint().x() - (point.x() + 50)) < 0.05
    shown = next(loading.map_layers()["space"].getFeatures(f"\"uid\" = '{uid}'"))
    assert shown["name"] == "Không gian B"  # the map was refreshed
    assert publish(sample.path, url, authcfg, dry_run=True).plan.is_empty()


def test_a_publish_cancelled_half_way_is_finished_by_the_next(
    qgis_app, qgis_iface, dock, sample, server, authcfg, monkeypatch
):
    panel = dock.publish
    dock.load(sample)
    connect(panel, server, authcfg)
    progress = ServerTask.progress

    def cancel_half_way(task, value):
        if task.floor == 40 and value > 45:  # the publish itself, after some records were sent
            task.cancel()
        progress(task, value)

    monkeypatch.setattr(ServerTask, "progress", cancel_half_way)
    qgis_iface.messageBar().clear_messages()
    run_publish(qgis_app, panel)
    assert any("cancelled" in text for text in qgis_iface.messageBar().get_messages(Qgis.Info))
    assert "cancelled" in panel.form.resultLabel.text()
    sent = sum(len(found) for found in all_items(server).values())
    planned = publish(sample.path, server.features_url, authcfg, dry_run=True).plan.summary()["create"]
    assert sent > 0 and planned > 0  # some records went, the rest did not

    monkeypatch.undo()
    run_publish(qgis_app, panel)
    for name, found in all_items(server).items():
        uids = [feature["properties"]["uid"] for feature in found]
        assert len(uids) == len(set(uids)), name  # nothing twice
    assert set(by_uid(server, "organisation")) == local_uids(sample, "organisation")
    assert publish(sample.path, server.features_url, authcfg, dry_run=True).plan.is_empty()


def test_what_stops_a_publish_before_the_server_is_asked_is_one_sentence(qgis_app, dock, sample):
    panel = dock.publish
    dock.load(sample)
    panel.form.urlEdit.setText("ftp:/nowhere")
    assert panel.test_connection() is None and "is not a server address" in panel.form.connectionLabel.text()

    panel.form.urlEdit.setText(f"http://127.0.0.1:{free_port()}/wfs3")  # never reached: the records come first
    edit(sample, "organisation", sorted(local_uids(sample, "organisation"))[0], phone="0905 123 456")
    wait_for(qgis_app, panel.check_changes())
    assert "must be corrected before publishing" in panel.form.planLabel.text()
    assert not panel.form.publishButton.isEnabled() and not panel.busy

    layer = loading.map_layers()["organisation"]
    layer.startEditing()
    layer.changeAttributeValue(next(layer.getFeatures()).id(), layer.fields().indexOf("name"), "Chưa lưu")
    assert panel.publish_now() is None
    assert f"Save or discard your edits of {layer.name()} first" in panel.form.resultLabel.text()
    layer.rollBack()
