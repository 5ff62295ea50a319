"""The panel when the server changed under the working copy (the real reference server, reinstalled empty at the same
address): the dry run says so, "Publish now" asks which side is right before anything is sent, and the History tab
lists what a publish removed here and restores it."""

from creative_layers_plugin.core import loading
from creative_layers_plugin.gui.guard_dialog import ACCEPT, SEND, GuardDialog
from creative_layers_plugin.sync import history
from creative_layers_plugin.sync.publish import prepare, publish
from tests.conftest import content_digest
from tests.qgis.conftest import wait_for
from tests.qgis.test_publish_panel import connect, run_publish
from tests.sync import conftest as sync_fixtures
from tests.sync.invariants import assert_server_equals_working_copy, items
from tests.sync.test_server_changes import NAMES, records_here, restart

server, authcfg, sample = sync_fixtures.server, sync_fixtures.authcfg, sync_fixtures.sample


def emptied(sample, server, authcfg):
    """The sample published, then the server reinstalled empty at the same address."""
    publish(sample.path, server.features_url, authcfg)
    server.kind = "qgis_server"
    restart(server, fresh=True)


def test_the_dialog_says_what_was_found_and_what_accepting_costs(qgis_app, sample, server, authcfg):
    emptied(sample, server, authcfg)
    plan = prepare(sample.path, server.features_url, authcfg)
    dialog = GuardDialog(plan)
    text = dialog.form.findingsLabel.text()
    assert "no longer holds what this working copy published to it" in text and "reinstalled or emptied" in text
    lost = sum(1 for change in plan.changes if change.action == "pull_delete")
    assert dialog.form.questionLabel.text() == (
        f"Which side is right? Nothing has been sent or changed yet. Accepting the server's state deletes or "
        f"overwrites {lost} records here; each is kept in the history and can be restored."
    )
    dialog.form.sendButton.click()
    assert dialog.choice == SEND
    stopped = GuardDialog(plan)
    stopped.form.stopButton.click()
    assert stopped.choice is None
    for widget in (dialog, stopped):
        widget.deleteLater()


def test_publish_now_asks_first_and_stopping_changes_nothing(qgis_app, dock, sample, server, authcfg):
    emptied(sample, server, authcfg)
    panel = dock.publish
    dock.load(sample)
    connect(panel, server, authcfg)
    wait_for(qgis_app, panel.check_changes())
    said = panel.form.planLabel.text()
    assert "no longer holds what this working copy published" in said and "first ask you which side is right" in said

    asked = []
    panel.ask_guard = lambda plan, parent: asked.append(plan) or None  # the user stops
    before = content_digest(sample.path)
    run_publish(qgis_app, panel)
    assert len(asked) == 1 and [f.kind for f in asked[0].findings] == ["emptied"]
    assert "stopped before anything was sent" in panel.form.resultLabel.text()
    assert content_digest(sample.path) == before and all(items(server.features_url, name) == [] for name in NAMES)

    panel.ask_guard = lambda plan, parent: SEND  # the working copy is right
    run_publish(qgis_app, panel)
    assert "Published to" in panel.form.resultLabel.text()
    assert_server_equals_working_copy(sample, server.features_url, NAMES)


def test_the_history_tab_lists_what_was_removed_here_and_restores_it(qgis_app, dock, sample, server, authcfg):
    had = records_here(sample)
    emptied(sample, server, authcfg)
    panel, tab = dock.publish, dock.history
    dock.load(sample)
    connect(panel, server, authcfg)
    assert tab.form.runsTree.topLevelItemCount() == 1  # the first publish removed nothing here: kept 0
    assert tab.form.runsTree.topLevelItem(0).text(2) == "0"

    panel.ask_guard = lambda plan, parent: ACCEPT  # the server is right
    run_publish(qgis_app, panel)
    gone = sum(map(len, had.values())) - sum(map(len, records_here(sample).values()))
    assert gone > 250
    assert loading.map_layers()["organisation"].featureCount() == 0  # the map shows what the working copy holds
    newest = tab.form.runsTree.topLevelItem(0)
    assert tab.form.runsTree.currentItem() is newest and newest.text(2) == str(gone)
    assert newest.text(1).startswith("Publish to 127.0.0.1:") and newest.text(1).endswith("(published)")
    assert tab.form.entriesTree.topLevelItemCount() == gone
    first = tab.form.entriesTree.topLevelItem(0)
    assert (first.text(1), first.toolTip(1)) == ("deleted", "deleted: the server's state accepted")

    organisation = next(i for i in range(gone) if tab.form.entriesTree.topLevelItem(i).text(0).endswith(
        " (Dynamic organisations)"))  # fmt: skip
    chosen = tab.form.entriesTree.topLevelItem(organisation)
    chosen.setSelected(True)
    uid = chosen.toolTip(0)
    assert tab.form.restoreSelectedButton.isEnabled()
    wait_for(qgis_app, tab.restore_selected())
    assert uid in records_here(sample)["organisation"] and len(records_here(sample)["organisation"]) == 1
    assert "1 records restored" in tab.form.resultLabel.text()
    assert loading.map_layers()["organisation"].featureCount() == 1
    assert tab.form.runsTree.topLevelItem(0).text(1) == "Restore: 1 records written back"
    tab.form.runsTree.setCurrentItem(tab.form.runsTree.topLevelItem(1))
    back = [tab.form.entriesTree.topLevelItem(i) for i in range(gone)]
    assert [item.toolTip(0) for item in back if item.text(1) == "restored"] == [uid]

    tab.form.runsTree.setCurrentItem(tab.form.runsTree.topLevelItem(1))  # the publish again
    wait_for(qgis_app, tab.restore_all())
    assert records_here(sample) == had
    runs = history.publishes(sample.path)
    assert [run.kind for run in runs] == ["restore", "restore", "publish", "publish"]
    assert (runs[0].summary, runs[1].summary) == ({"restored": gone}, {"restored": 1})
    assert runs[0].changed_here == 1  # the record restored first was overwritten by the second restore: kept too

    tab.confirm_forget = lambda parent: False
    assert tab.forget_before() == 0 and len(history.publishes(sample.path)) == 4
    tab.form.runsTree.setCurrentItem(tab.form.runsTree.topLevelItem(0))
    tab.confirm_forget = lambda parent: True
    assert tab.forget_before() == gone and tab.form.runsTree.topLevelItemCount() == 1
