"""Asks before keeping a new record whose name is already used within 100 m (accents, case and Unicode form aside)."""

from __future__ import annotations

from functools import partial

from qgis.core import Qgis, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ..core.duplicates import duplicate_question, find_duplicates
from ..toolbelt.i18n import tr
from ..toolbelt.log import notify


class DuplicateGuard(QObject):
    """Watches the creative map's point layers with a name; a new record near a namesake asks the user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self._watched: list[tuple[QgsVectorLayer, object]] = []

    def watch(self, layers) -> None:
        self.unwatch()
        for layer in layers:
            if layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry and layer.fields().indexOf("name") >= 0:
                slot = partial(self._added, layer)
                layer.featureAdded.connect(slot)
                self._watched.append((layer, slot))

    def unwatch(self) -> None:
        for layer, slot in self._watched:
            try:
                layer.featureAdded.disconnect(slot)
            except (RuntimeError, TypeError):  # the layer is gone already
                pass
        self._watched = []

    def _added(self, layer: QgsVectorLayer, fid: int) -> None:
        if fid >= 0:  # only records being created (QGIS gives new, unsaved features negative ids)
            return
        QTimer.singleShot(0, partial(self.check, layer, fid))  # after QGIS has finished adding it

    def check(self, layer: QgsVectorLayer, fid: int) -> bool:
        """Ask about the new feature ``fid``; True when it is kept."""
        if sip.isdeleted(layer) or not layer.isEditable():  # removed, or its edits dropped, before the check ran
            return True
        feature = layer.getFeature(fid)
        if not feature.isValid() or not feature["name"] or not feature.hasGeometry():
            return True
        duplicates = find_duplicates(layer, feature["name"], feature.geometry(), exclude_fid=fid)
        if not duplicates:
            return True
        answer = QMessageBox.question(
            self.parent_widget, tr("Possible duplicate"), duplicate_question(duplicates),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            return True
        layer.deleteFeature(fid)
        notify(tr("The new record “{name}” was not kept.").format(name=feature["name"]), Qgis.MessageLevel.Info)
        return False
