"""The panel's Publish tab: the shared server (address, credentials, a test of the connection), what a publish would
change (a dry run), and the publish itself, the user deciding each record changed on both sides.

The work is sync/'s, in a task (``ServerTask``): widgets are touched on the main thread only. The server's session is
made on the main thread (``open_server`` reads the credentials from QGIS's authentication manager, which may ask for
its master password: never from a task's thread), handed to the task, and closed by it.

"Publish now" reads both sides again (``prepare``) rather than reuse the dry run's plan: an edit saved since the
check would otherwise be overwritten by what comes in, or sent as it was before.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QTimer, QUrl
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core import loading
from ..core.schema import LAYERS
from ..sync import guards
from ..sync.client import Server, ServerError, ServerInfo
from ..sync.connection import open_server
from ..sync.plan import Plan, resolve
from ..sync.publish import PublishCancelledError, PublishResult, prepare, publish
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import qgis_language, tr
from ..toolbelt.log import logger, notify
from ..toolbelt.settings import PluginSettings
from ..toolbelt.task import PluginTask, TaskCancelledError
from .conflict_dialog import ask_conflict
from .guard_dialog import ask_guard

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

PART_1_CORE = "ogcapi-features-1/1.0/conf/core"
PART_4_WRITE = "conf/create-replace-delete"


class ServerTask(PluginTask):
    """``call(task)`` against the server off the main thread; the server's session is closed at the end, whatever
    happens. ``floor`` keeps the progress from going back when a publish follows its reading."""

    def __init__(self, description: str, server: Server, call: Callable[[ServerTask], Any], floor: float = 0,
                 **callbacks) -> None:  # fmt: skip
        super().__init__(description, **callbacks)
        self.server = server
        self.call = call
        self.floor = floor

    def progress(self, value: float) -> None:
        self.setProgress(max(self.floor, float(value)))

    def work(self) -> Any:
        try:
            return self.call(self)
        finally:
            self.server.close()


@dataclass
class ConnectionCheck:
    info: ServerInfo
    collection: str | None  # where writing was tried
    write_error: str = ""
    write_status: int | None = None


def check_connection(server: Server) -> ConnectionCheck:
    """What the server declares and holds, and whether these credentials may write (nothing is changed)."""
    info = server.probe()
    ours = [layer.name for layer in LAYERS if layer.name in info.collections]
    collection = ours[0] if ours else next(iter(info.collections), None)
    check = ConnectionCheck(info, collection)
    if collection is not None:
        try:
            server.check_write(collection)
        except ServerError as error:
            logger.info("Writing to %s refused: %s %s", collection, error.sentence, error.details)
            check.write_error, check.write_status = error.sentence, error.status
    return check


def connection_text(check: ConnectionCheck, language: str, with_credentials: bool) -> str:
    """The result of a connection test, a few short lines."""
    info = check.info
    lines = [
        tr("OGC API - Features Part 1 (reading): declared.") if info.conforms_to(PART_1_CORE)
        else tr("OGC API - Features Part 1 (reading): not declared."),
        tr("Part 4 (create, replace, delete): declared.") if info.conforms_to(PART_4_WRITE)
        else tr("Part 4 (create, replace, delete): not declared; writing is tried all the same."),
    ]  # fmt: skip
    missing = [layer for layer in LAYERS if layer.name not in info.collections]
    lines.append(tr("Layers of the creative map on the server: {found} of {total}.").format(
        found=len(LAYERS) - len(missing), total=len(LAYERS)))  # fmt: skip
    if missing:
        lines.append(tr("Missing: {layers}.").format(layers=", ".join(layer.label.get(language) for layer in missing)))
    if check.collection is None:
        lines.append(tr("Writing: the server has no collection to write to."))
    elif not check.write_error:
        lines.append(tr("Writing allowed with these credentials."))
    elif not with_credentials and check.write_status == 401:
        lines.append(tr("Reading works; writing needs a user name and password: choose an authentication "
                        "configuration above."))  # fmt: skip
    else:
        lines.append(check.write_error)
    return "\n".join(lines)


def basic_only_key() -> str:
    """The data provider key whose only authentication method is Basic (``ogr`` in QGIS 3.22), so that the selector
    offers user name and password configurations only; empty (every method) when QGIS has no such key."""
    return "ogr" if QgsApplication.authManager().authMethodsKeys("ogr") == ["Basic"] else ""


class PublishPanel(QWidget):
    def __init__(self, dock, language: str | None = None) -> None:
        super().__init__(dock)
        self.dock = dock
        self.language = language or qgis_language()
        self.form = FORM_CLASS()
        self.form.setupUi(self)
        self.task: ServerTask | None = None
        self.busy = False
        self.plan: Plan | None = None  # the last dry run's, shown; a publish reads both sides again
        self.plan_key: tuple[str, str] | None = None  # (workspace, server) the plan was made for
        self.report: Path | None = None
        self.ask_conflict = ask_conflict  # replaced in tests by an answer
        self.ask_guard = ask_guard  # the same
        self.auth_select = QgsAuthConfigSelect(self, basic_only_key())
        # its own layout ends with a stretch, which would make it take all the tab's spare height
        self.auth_select.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.form.authLayout.addWidget(self.auth_select)
        settings = PluginSettings.load()
        self.form.urlEdit.setText(settings.server_url)
        self.auth_select.setConfigId(settings.authcfg)
        self.form.urlEdit.editingFinished.connect(self.save_settings)
        self.form.urlEdit.textChanged.connect(lambda *_: self._server_changed())
        self.auth_select.selectedConfigIdChanged.connect(lambda *_: (self.save_settings(), self._server_changed()))
        self.auth_select.selectedConfigIdRemoved.connect(lambda *_: self.save_settings())
        self.form.testButton.clicked.connect(self.test_connection)
        self.form.checkButton.clicked.connect(self.check_changes)
        self.form.publishButton.clicked.connect(self.publish_now)
        self.form.cancelButton.clicked.connect(self.cancel)
        self._busy(False)

    # settings
    def url(self) -> str:
        return self.form.urlEdit.text().strip()

    def save_settings(self) -> tuple[str, str]:
        """The address and the authentication configuration's id (never a credential) into the plugin's settings."""
        settings = PluginSettings.load()
        settings.server_url, settings.authcfg = self.url(), self.auth_select.configId() or ""
        settings.save()
        return settings.server_url, settings.authcfg

    def _server_changed(self) -> None:
        self.form.connectionLabel.clear()
        if self.plan_key is not None and self.plan_key[1] != self.url():
            self._forget_plan()
            self.refresh()

    # the three actions
    def test_connection(self) -> ServerTask | None:
        host = urlsplit(self.url()).netloc or self.url()
        with_credentials = bool(self.auth_select.configId())
        return self._run(tr("Testing the connection to {host}").format(host=host), self.form.connectionLabel,
                         lambda task: check_connection(task.server),
                         lambda check: self._connection_checked(check, with_credentials))  # fmt: skip

    def check_changes(self) -> ServerTask | None:
        """The dry run: check the records, read the server, compare; nothing is sent."""
        if self.dock.workspace is None:
            return None
        path, url = self.dock.workspace.path, self.url()
        self.form.resultLabel.clear()
        return self._run(tr("Checking what publishing would change"), self.form.planLabel,
                         lambda task: prepare(path, url, progress=task.progress, cancelled=task.isCanceled,
                                              server=task.server),
                         lambda plan: self._plan_ready(plan, str(path), url))  # fmt: skip

    def publish_now(self) -> ServerTask | None:
        """Read both sides again, ask about each conflict, then publish (each step a task, or a dialog)."""
        if self.dock.workspace is None:
            return None
        unsaved = [layer.name() for layer in loading.map_layers().values() if layer.isEditable() and layer.isModified()]
        if unsaved:
            self._say(tr("Save or discard your edits of {layers} first: publishing sends what is saved.").format(
                layers=", ".join(unsaved)), Qgis.MessageLevel.Warning)  # fmt: skip
            return None
        path, url = self.dock.workspace.path, self.url()
        self.form.resultLabel.clear()
        return self._run(tr("Reading the server before publishing"), self.form.resultLabel,
                         lambda task: prepare(path, url, progress=task.progress, cancelled=task.isCanceled,
                                              server=task.server),
                         lambda plan: self._decide_later(plan, path, url))  # fmt: skip

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # running a task
    def _run(self, description: str, label, call, on_success, floor: float = 0) -> ServerTask | None:
        url, authcfg = self.save_settings()
        if not url:
            label.setText(tr("Write the server's address first (the landing page of its OGC API - Features)."))
            self._busy(False)
            return None
        try:
            server = open_server(url, authcfg)  # here, not in the task: QGIS may ask for its master password
        except UserError as error:
            label.setText(error.sentence)
            self._busy(False)
            return None

        def succeeded(result) -> None:
            self.task = None
            on_success(result)

        task = ServerTask(description, server, call, floor, on_success=succeeded,
                          on_failure=lambda sentence: self._failed(sentence, label))  # fmt: skip
        task.progressChanged.connect(lambda value: self.form.progressBar.setValue(int(value)))
        self.task = task
        self._busy(True, floor)
        QgsApplication.taskManager().addTask(task)
        return task

    def _failed(self, sentence: str, label) -> None:
        task, self.task = self.task, None
        cancelled = task is not None and (
            task.isCanceled() or isinstance(task.error, TaskCancelledError | PublishCancelledError)
        )
        self._busy(False)
        label.setText(html.escape(sentence) if label is self.form.resultLabel else sentence)  # the others are plain
        if label is not self.form.connectionLabel:
            notify(sentence, Qgis.MessageLevel.Info if cancelled else Qgis.MessageLevel.Critical)
        if label is self.form.resultLabel and self.dock.workspace is not None:
            self.dock.refresh()  # what the server confirmed before the stop is in the working copy
            self.dock.history.refresh(newest=True)

    # results
    def _connection_checked(self, check: ConnectionCheck, with_credentials: bool) -> None:
        self._busy(False)
        self.form.connectionLabel.setText(connection_text(check, self.language, with_credentials))

    def _plan_ready(self, plan: Plan, workspace: str, url: str) -> None:
        self._busy(False)
        self.plan, self.plan_key = plan, (workspace, url)
        if plan.is_empty():
            text = tr("Nothing to publish: this working copy and the server are level.")
        else:
            text = tr("If you publish now: {plan}.").format(plan=plan.sentence())
            if plan.findings:
                text += " " + tr("Publishing will first ask you which side is right; nothing is sent before.")
            if plan.conflicts():
                text += " " + tr("Publishing will ask you about each record changed on both sides.")
        self.form.planLabel.setText(text)
        logger.info("Dry run of %s on %s: %s.", workspace, url, plan.sentence())
        self.refresh()

    def _decide_later(self, plan: Plan, path: Path, url: str) -> None:
        # out of the task manager's signal before a dialog opens its own event loop
        QTimer.singleShot(0, lambda: self.decide_and_publish(plan, path, url))

    def decide_and_publish(self, plan: Plan, path: Path, url: str) -> ServerTask | None:
        if plan.findings:  # the server is not what was published to it, or many records would go: the user decides
            choice = self.ask_guard(plan, self.window())
            if choice is None:
                self._busy(False)
                self._say(tr("The publish was stopped before anything was sent; nothing changed here or on the "
                             "server."), Qgis.MessageLevel.Info)  # fmt: skip
                return None
            plan = guards.decide(plan, choice)
        conflicts = plan.conflicts()
        decisions = {}
        for position, change in enumerate(conflicts, 1):
            answer = self.ask_conflict(change, position, len(conflicts), self.language, self.window())
            if answer is None:
                self._busy(False)
                self._say(tr("The publish was cancelled; nothing was sent."), Qgis.MessageLevel.Info)
                return None
            decisions[(change.layer, change.uid)] = answer
        decided = resolve(plan, decide=lambda change: decisions[(change.layer, change.uid)])
        host = urlsplit(url).netloc or url
        return self._run(tr("Publishing to {host}").format(host=host), self.form.resultLabel,
                         lambda task: publish(path, url, plan=decided, progress=task.progress,
                                              cancelled=task.isCanceled, server=task.server),
                         self._published, floor=40)  # fmt: skip

    def _published(self, result: PublishResult) -> None:
        self._busy(False)
        numbers = result.numbers()
        host = urlsplit(self.url()).netloc or self.url()
        sentence = tr("Published to {host}: created {create}, updated {update}, deleted {delete}, pulled {pull}, "
                      "not published for privacy {skipped}.").format(host=host, **numbers)  # fmt: skip
        notify(sentence, Qgis.MessageLevel.Success)
        by_layer = Counter((change.layer, change.action) for change in result.plan.changes if change.action != "skip")
        logger.info(
            "Publish report: %s%s\n%s",
            result.report,
            f" (finished {result.resumed} writes of an interrupted publish)" if result.resumed else "",
            "\n".join(f"{layer} {action}: {count}" for (layer, action), count in sorted(by_layer.items())),
        )
        self._forget_plan()
        self.form.planLabel.clear()
        self.report = result.report
        link = QUrl.fromLocalFile(str(result.report)).toString()
        opening = html.escape(tr("Open the report"))
        self.form.resultLabel.setText(
            f'{html.escape(sentence)}<br><a href="{link}">{opening}</a> ({html.escape(result.report.name)})'
        )
        if any(numbers[key] for key in ("create", "update", "delete", "pull")) and self.dock.workspace is not None:
            self.dock.refresh()  # what came in (and the revisions) onto the map
        self.dock.history.refresh(newest=True)
        self.refresh()

    # state
    def _say(self, sentence: str, level) -> None:
        self.form.resultLabel.setText(html.escape(sentence))
        notify(sentence, level)

    def _forget_plan(self) -> None:
        self.plan, self.plan_key = None, None

    def forget_plan(self) -> None:
        """The working copy changed (a restore): what the last check said no longer holds."""
        self._forget_plan()
        self.form.planLabel.clear()
        self.refresh()

    def _busy(self, busy: bool, value: float = 0) -> None:
        self.busy = busy
        self.form.progressBar.setValue(int(value))
        self.form.progressBar.setVisible(busy)
        self.form.cancelButton.setVisible(busy)
        self.refresh()

    def refresh(self) -> None:
        """Follow the workspace: what may be done now."""
        workspace = self.dock.workspace
        if self.plan_key is not None and (workspace is None or self.plan_key != (str(workspace.path), self.url())):
            self._forget_plan()
            self.form.planLabel.clear()
        open_first = tr("Open a workspace to publish it.")
        if workspace is None:
            self.form.planLabel.setText(open_first)
        elif self.form.planLabel.text() in ("", open_first):
            self.form.planLabel.setText(tr("Check what would change first, then publish."))
        self.form.testButton.setEnabled(not self.busy)
        self.form.urlEdit.setEnabled(not self.busy)
        self.auth_select.setEnabled(not self.busy)
        self.form.checkButton.setEnabled(workspace is not None and not self.busy)
        self.form.publishButton.setEnabled(
            workspace is not None and not self.busy and self.plan is not None and not self.plan.is_empty()
        )

    def cleanup(self) -> None:
        self.cancel()
