"""The panel's records tools: add a record of a chosen kind on the map, and the list of records to correct."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..core import loading
from ..core.schema import LAYERS
from ..core.validation import validate_workspace
from ..toolbelt.i18n import tr
from ..toolbelt.task import PluginTask
from .map_view import zoom_to_feature

ADDABLE = [layer for layer in LAYERS if layer.geometry == "Point" and "name" in layer.field_names()]
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckTask(PluginTask):
    """The validation of the whole workspace, off the main thread (the rules of creativemap:validate)."""

    def __init__(self, workspace, **callbacks) -> None:
        super().__init__(tr("Checking the records"), **callbacks)
        self.workspace = workspace

    def work(self) -> list:
        return validate_workspace(self.workspace, progress=self.setProgress, cancelled=self.isCanceled)


class RecordsPanel(QObject):
    def __init__(self, dock, language: str) -> None:
        super().__init__(dock)
        self.dock = dock
        self.form = dock.form
        self.task: CheckTask | None = None
        for layer in ADDABLE:
            self.form.kindCombo.addItem(layer.label.get(language), layer.name)
        self.form.problemsTree.setColumnCount(2)
        self.form.addButton.clicked.connect(self.add_record)
        self.form.validateButton.clicked.connect(self.check)
        self.form.zoomProblemButton.clicked.connect(self.zoom_to_selected)
        self.form.formProblemButton.clicked.connect(self.open_selected_form)
        self.form.problemsTree.itemDoubleClicked.connect(lambda *_: self.zoom_to_selected())
        self.form.problemsTree.itemSelectionChanged.connect(self._selection_changed)
        self.clear()

    @property
    def iface(self):
        return self.dock.iface

    def add_record(self):
        """QGIS's own Add Point Feature tool on the chosen layer: a click on the map opens the record's form."""
        layer = loading.map_layers().get(self.form.kindCombo.currentData())
        if layer is None or self.iface is None:
            return None
        self.iface.setActiveLayer(layer)
        if not layer.isEditable():
            layer.startEditing()
        self.iface.actionAddFeature().trigger()
        return layer

    def check(self) -> CheckTask | None:
        if self.dock.workspace is None:
            return None
        self.task = CheckTask(self.dock.workspace, on_success=self.show_problems, on_failure=self._failed)
        self.form.validateButton.setEnabled(False)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _failed(self, sentence: str) -> None:
        self.task = None
        self.form.validateButton.setEnabled(True)
        from ..toolbelt.log import notify

        notify(sentence)

    def show_problems(self, problems) -> None:
        self.task = None
        self.form.validateButton.setEnabled(True)
        tree = self.form.problemsTree
        tree.clear()
        layers = loading.map_layers()
        errors = [problem for problem in problems if problem.is_error]
        for problem in errors:
            layer = layers.get(problem.layer)
            name = ""
            if layer is not None and problem.fid is not None:
                feature = layer.getFeature(problem.fid)
                name = feature[layer.displayField()] if feature.isValid() and layer.displayField() else ""
            item = QTreeWidgetItem(
                [f"{layer.name() if layer else problem.layer}: {name or problem.uid}", problem.message]
            )
            item.setData(0, PROBLEM_ROLE, (problem.layer, problem.fid))
            item.setToolTip(1, problem.message)
            tree.addTopLevelItem(item)
        tree.setVisible(True)
        tree.setHeaderHidden(False)
        if not errors:
            tree.addTopLevelItem(QTreeWidgetItem([tr("Every record can be published."), ""]))
        self._selection_changed()

    def clear(self) -> None:
        self.form.problemsTree.clear()
        self.form.problemsTree.setVisible(False)
        self._selection_changed()

    def _selected(self):
        items = self.form.problemsTree.selectedItems()
        target = items[0].data(0, PROBLEM_ROLE) if items else None
        if not target:
            return None, None
        layer = loading.map_layers().get(target[0])
        if layer is None or target[1] is None:
            return None, None
        feature = layer.getFeature(target[1])
        return (layer, feature) if feature.isValid() else (None, None)

    def _selection_changed(self) -> None:
        layer, _feature = self._selected()
        self.form.zoomProblemButton.setEnabled(layer is not None)
        self.form.formProblemButton.setEnabled(layer is not None)

    def zoom_to_selected(self) -> None:
        layer, feature = self._selected()
        if layer is not None and self.iface is not None:
            zoom_to_feature(self.iface.mapCanvas(), layer, feature)

    def open_selected_form(self) -> None:
        layer, feature = self._selected()
        if layer is not None and self.iface is not None:
            self.iface.openFeatureForm(layer, feature, False, True)
