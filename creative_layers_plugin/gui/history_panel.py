"""The panel's History tab: the recent publishes (and restores) with what each deleted or overwrote in this working
copy, and the records kept, each restorable (``sync.history``; the restore runs in a task). The history is pruned only
here, when the user asks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from qgis.core import Qgis, QgsApplication
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from ..core.schema import layer as schema_layer
from ..sync import history
from ..toolbelt.i18n import qgis_language, tr
from ..toolbelt.log import notify
from ..toolbelt.task import PluginTask

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
ID_ROLE = Qt.ItemDataRole.UserRole


class RestoreTask(PluginTask):
    def __init__(self, path: Path, run_id: int | None, entry_ids: list[int] | None, **callbacks) -> None:
        super().__init__(tr("Restoring records from the history"), **callbacks)
        self.path, self.run_id, self.entry_ids = path, run_id, entry_ids

    def work(self) -> int:
        return history.restore(self.path, run_id=self.run_id, entry_ids=self.entry_ids)


def when(moment: str | None) -> str:
    """An ISO moment (UTC) as the user's local date and time."""
    if not moment:
        return ""
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return moment


def run_text(run: history.Run) -> str:
    if run.kind == "restore":
        return tr("Restore: {count} records written back").format(count=run.summary.get("restored", 0))
    host = urlsplit(run.server).netloc or run.server
    outcomes = {"done": tr("published"), "failed": tr("partly published"), "cancelled": tr("cancelled"),
                "interrupted": tr("cut short")}  # fmt: skip
    return tr("Publish to {host} ({outcome})").format(host=host, outcome=outcomes.get(run.outcome, run.outcome))


def happened(entry: history.Entry) -> str:
    """What the publish did to the record here, in a few words."""
    if entry.why == "restore":
        return tr("overwritten by a restore")
    if entry.why == "server_state":
        return tr("deleted: the server's state accepted") if entry.action == "pull_delete" else tr(
            "overwritten: the server's state accepted")  # fmt: skip
    if entry.why == "theirs":
        return tr("deleted: the server's side chosen") if entry.action == "pull_delete" else tr(
            "overwritten: the server's side chosen")  # fmt: skip
    if entry.why == "merge":
        return tr("merged with the server's values")
    return tr("deleted on the server, so here") if entry.action == "pull_delete" else tr(
        "changed on the server, so here")  # fmt: skip


def short(entry: history.Entry) -> str:
    """What became of the record here, in a word: deleted, overwritten, merged, or restored since."""
    if entry.restored_at:
        return tr("restored")
    if entry.why == "merge":
        return tr("merged")
    return tr("deleted") if entry.action == "pull_delete" else tr("overwritten")


def layer_label(name: str, language: str) -> str:
    try:
        return schema_layer(name).label.get(language)
    except KeyError:
        return name


class HistoryPanel(QWidget):
    def __init__(self, dock, language: str | None = None) -> None:
        super().__init__(dock)
        self.dock = dock
        self.language = language or qgis_language()
        self.form = FORM_CLASS()
        self.form.setupUi(self)
        self.task: RestoreTask | None = None
        self.confirm_forget = confirm_forget  # replaced in tests by an answer
        self.form.runsTree.currentItemChanged.connect(lambda *_: self._show_entries())
        self.form.entriesTree.itemSelectionChanged.connect(self._refresh_buttons)
        self.form.restoreSelectedButton.clicked.connect(self.restore_selected)
        self.form.restoreAllButton.clicked.connect(self.restore_all)
        self.form.forgetButton.clicked.connect(self.forget_before)
        for tree, stretched in ((self.form.runsTree, (1,)), (self.form.entriesTree, (0,))):  # the dock is narrow
            header = tree.header()
            header.setStretchLastSection(False)
            for column in range(tree.columnCount()):
                fit = QHeaderView.ResizeMode.ResizeToContents
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretched else fit)
        self.refresh()

    def path(self) -> Path | None:
        return self.dock.workspace.path if self.dock.workspace is not None else None

    # the lists
    def refresh(self, newest: bool = False) -> None:
        """The publishes of the open workspace, newest first: the one shown stays chosen, or with ``newest`` the
        newest is (after a publish or a restore)."""
        chosen = None if newest else self.run_id()
        self.form.runsTree.clear()
        self.form.entriesTree.clear()
        path = self.path()
        runs = history.publishes(path) if path is not None else []
        for run in runs:
            item = QTreeWidgetItem([when(run.started_at), run_text(run), str(run.changed_here)])
            item.setData(0, ID_ROLE, run.id)
            item.setToolTip(1, run.server)
            self.form.runsTree.addTopLevelItem(item)
            if run.id == chosen:
                self.form.runsTree.setCurrentItem(item)
        if self.form.runsTree.currentItem() is None and runs:
            self.form.runsTree.setCurrentItem(self.form.runsTree.topLevelItem(0))
        self.form.resultLabel.clear()
        if path is None:
            self.form.resultLabel.setText(tr("Open a workspace to see its history."))
        elif not runs:
            self.form.resultLabel.setText(tr("No publish has changed this working copy yet."))
        self._show_entries()

    def run_id(self) -> int | None:
        item = self.form.runsTree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _show_entries(self) -> None:
        self.form.entriesTree.clear()
        run_id, path = self.run_id(), self.path()
        if run_id is not None and path is not None:
            for entry in history.entries(path, run_id):
                title = f"{entry.name or entry.uid} ({layer_label(entry.layer, self.language)})"
                item = QTreeWidgetItem([title, short(entry)])
                item.setData(0, ID_ROLE, entry.id)
                item.setToolTip(0, entry.uid)
                tip = happened(entry)
                if entry.restored_at:
                    tip += "; " + tr("restored {when}").format(when=when(entry.restored_at))
                item.setToolTip(1, tip)
                self.form.entriesTree.addTopLevelItem(item)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        idle = self.task is None and self.path() is not None
        kept = self.form.entriesTree.topLevelItemCount() > 0
        self.form.restoreSelectedButton.setEnabled(idle and bool(self.form.entriesTree.selectedItems()))
        self.form.restoreAllButton.setEnabled(idle and kept)
        self.form.forgetButton.setEnabled(idle and self.run_id() is not None)

    # restoring
    def restore_selected(self) -> RestoreTask | None:
        ids = [item.data(0, ID_ROLE) for item in self.form.entriesTree.selectedItems()]
        return self._restore(None, ids) if ids else None

    def restore_all(self) -> RestoreTask | None:
        run_id = self.run_id()
        return self._restore(run_id, None) if run_id is not None else None

    def _restore(self, run_id: int | None, entry_ids: list[int] | None) -> RestoreTask | None:
        path = self.path()
        if path is None or self.task is not None:
            return None
        self.task = RestoreTask(path, run_id, entry_ids, on_success=self._restored, on_failure=self._failed)
        self._refresh_buttons()
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _restored(self, count: int) -> None:
        self.task = None
        sentence = tr("{count} records restored in this working copy: the next publish sends them.").format(
            count=count)  # fmt: skip
        self.dock.refresh()  # onto the map
        self.dock.publish.forget_plan()  # a check made before the restore no longer holds
        self.refresh(newest=True)
        self.form.resultLabel.setText(sentence)
        notify(sentence, Qgis.MessageLevel.Success)

    def _failed(self, sentence: str) -> None:
        self.task = None
        self.form.resultLabel.setText(sentence)
        notify(sentence, Qgis.MessageLevel.Critical)
        self._refresh_buttons()

    def forget_before(self) -> int:
        """Prune the history before the chosen publish, once the user confirms; returns the records forgotten."""
        run_id, path = self.run_id(), self.path()
        if run_id is None or path is None or not self.confirm_forget(self.window()):
            return 0
        forgotten = history.prune(path, run_id)
        self.refresh()
        self.form.resultLabel.setText(tr("{count} kept records of older publishes forgotten.").format(
            count=forgotten))  # fmt: skip
        return forgotten

    def cleanup(self) -> None:
        if self.task is not None:
            self.task.cancel()


def confirm_forget(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Forget the history"),
        tr(
            "The records kept by the publishes before this one will be gone for good: they can no longer be "
            "restored. Forget them?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
