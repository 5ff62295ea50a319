"""The competition annotations listed for the review: filters by criterion, team, kind and review status, the counts
per criterion, zoom to one, open its form, and mark it as reviewed with a comment."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidgetItem

from ..core import loading
from ..core.annotations import (
    REVIEWED,
    Annotation,
    criterion_counts,
    matching,
    read_annotations,
    teams,
    write_review,
)
from ..core.schema import VALUE_LISTS
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from ..toolbelt.log import logger, notify
from .map_view import zoom_to_feature

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewList(QObject):
    def __init__(self, panel, language: str) -> None:
        super().__init__(panel)
        self.panel = panel
        self.form = panel.form
        self.language = language
        self.annotations: list[Annotation] = []
        self.shown: list[Annotation] = []
        self._labels = {
            name: {value.code: value.label.get(language) for value in VALUE_LISTS[name].values}
            for name in ("criterion", "annotation_kind", "review_status")
        }
        for combo, name, everything in (
            (self.form.criterionCombo, "criterion", tr("All criteria")),
            (self.form.kindCombo, "annotation_kind", tr("All kinds")),
            (self.form.statusCombo, "review_status", tr("Any status")),
        ):
            combo.addItem(everything, None)
            for code, label in self._labels[name].items():
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(self.show)
        self.form.teamCombo.currentIndexChanged.connect(self.show)
        reviewed = [code for code in self._labels["review_status"] if code in REVIEWED]
        for code in reviewed:
            self.form.reviewStatusCombo.addItem(self._labels["review_status"][code], code)
        tree = self.form.annotationsTree
        tree.setColumnCount(2)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )  # the text takes what the team and status leave
        tree.itemSelectionChanged.connect(self._selection_changed)
        tree.itemDoubleClicked.connect(lambda *_: self.zoom_to_selected())
        self.form.zoomAnnotationButton.clicked.connect(self.zoom_to_selected)
        self.form.formAnnotationButton.clicked.connect(self.open_selected_form)
        self.form.saveReviewButton.clicked.connect(self.save_review)

    def refresh(self) -> None:
        """Read the annotations again (after a sketch, a review, an import) and show them with the filters kept."""
        self.annotations = read_annotations(loading.map_layers())
        combo = self.form.teamCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("All teams"), None)
        for team in teams(self.annotations):
            combo.addItem(team, team)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)
        self.show()

    def filters(self) -> dict:
        return {
            "criterion": self.form.criterionCombo.currentData(),
            "team": self.form.teamCombo.currentData(),
            "kind": self.form.kindCombo.currentData(),
            "status": self.form.statusCombo.currentData(),
        }

    def show(self) -> list[Annotation]:
        filters = self.filters()
        self.shown = matching(self.annotations, **filters)
        tree = self.form.annotationsTree
        tree.clear()
        for item in self.shown:
            kind = self._labels["annotation_kind"].get(item.kind or "", "")
            status = self._labels["review_status"].get(item.review_status or "", "")
            row = QTreeWidgetItem([f"{kind}: {item.text}", status])
            row.setData(0, TARGET_ROLE, (item.layer, item.fid))
            criteria = ", ".join(self._labels["criterion"].get(code, code) for code in item.criteria)
            details = [item.text, item.team or "", criteria, item.reviewer_comment or ""]
            row.setToolTip(0, "\n".join(line for line in details if line))
            tree.addTopLevelItem(row)
        tree.resizeColumnToContents(1)
        # the counts per criterion among what the other filters keep (the criterion filter would hide the rest)
        others = matching(self.annotations, **{**filters, "criterion": None})
        counts = criterion_counts(others)
        parts = [f"{self._labels['criterion'][code]}: {count}" for code, count in counts.items()]
        self.form.countsLabel.setText(
            tr("{shown} of {total} annotations.").format(shown=len(self.shown), total=len(self.annotations))
            + "\n" + " · ".join(parts)
        )  # fmt: skip
        self._selection_changed()
        return self.shown

    def _selected(self):
        items = self.form.annotationsTree.selectedItems()
        target = items[0].data(0, TARGET_ROLE) if items else None
        layer = loading.map_layers().get(target[0]) if target else None
        if layer is None:
            return None, None
        feature = layer.getFeature(target[1])
        return (layer, feature) if feature.isValid() else (None, None)

    def _selection_changed(self) -> None:
        layer, feature = self._selected()
        for button in (self.form.zoomAnnotationButton, self.form.formAnnotationButton, self.form.saveReviewButton):
            button.setEnabled(layer is not None)
        if layer is not None:
            self.form.reviewCommentEdit.setText(feature["reviewer_comment"] or "")
            index = self.form.reviewStatusCombo.findData(feature["review_status"])
            if index >= 0:
                self.form.reviewStatusCombo.setCurrentIndex(index)

    def select(self, layer_name: str, fid: int) -> bool:
        tree = self.form.annotationsTree
        for index in range(tree.topLevelItemCount()):
            if tree.topLevelItem(index).data(0, TARGET_ROLE) == (layer_name, fid):
                tree.setCurrentItem(tree.topLevelItem(index))
                return True
        return False

    def zoom_to_selected(self) -> None:
        layer, feature = self._selected()
        if layer is not None and self.panel.iface is not None:
            zoom_to_feature(self.panel.iface.mapCanvas(), layer, feature)

    def open_selected_form(self) -> None:
        layer, feature = self._selected()
        if layer is not None and self.panel.iface is not None:
            self.panel.iface.openFeatureForm(layer, feature, False, True)

    def save_review(self) -> bool:
        """Save the chosen status and comment on the selected annotation; True when saved."""
        layer, feature = self._selected()
        if layer is None:
            return False
        status = self.form.reviewStatusCombo.currentData()
        try:
            write_review(layer, feature.id(), status, self.form.reviewCommentEdit.text())
        except UserError as error:
            if error.details:
                logger.error("%s\n%s", error.sentence, error.details)
            notify(error.sentence, Qgis.MessageLevel.Warning)
            return False
        target = (layer.customProperty(loading.LAYER_PROPERTY), feature.id())
        self.refresh()
        self.select(*target)
        notify(tr("The review of “{text}” is saved.").format(text=feature["text"]), Qgis.MessageLevel.Success)
        return True
