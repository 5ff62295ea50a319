"""The panel's Competition tab: go to the site in Hội An's central park, sketch notes, lines and areas on it, review
the annotations and make the jury's sheet.

The site layer is read-only while people annotate, unless it is unlocked on purpose. A finished sketch is checked
(repaired or refused with a sentence), asked about when it lies more than 200 m from the site, measured in EPSG:5899
and opened in QGIS's own attribute form; what the form saves is saved to the workspace at once.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
    QgsVectorLayerTools,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QButtonGroup, QMessageBox, QWidget

from ..core import crs as crs_tools
from ..core import loading
from ..core.annotations import (
    ANNOTATION_LAYERS,
    FAR_FROM_SITE_M,
    SITE_LAYER,
    SketchError,
    checked_sketch,
    distance_to_site,
    measure,
    site_extent,
    site_outline,
    zone_at,
)
from ..toolbelt.i18n import qgis_language, tr
from ..toolbelt.log import logger, notify
from .review import ReviewList
from .sketch_tool import SketchTool

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))


class CompetitionPanel(QWidget):
    def __init__(self, dock, language: str | None = None) -> None:
        super().__init__(dock)
        self.dock = dock
        self.form = FORM_CLASS()
        self.form.setupUi(self)
        self.tool: SketchTool | None = None
        self.dialog = None  # the attribute form of the sketch being described, with what it points to
        self.last_team: str | None = None
        self.ask_far = self._ask_far  # replaced in tests by an answer
        self.review = ReviewList(self, language or qgis_language())
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)  # a checked button unchecks itself when its tool is left
        for button, geometry_type in (
            (self.form.noteButton, "Point"), (self.form.lineButton, "LineString"), (self.form.areaButton, "Polygon"),
        ):  # fmt: skip
            button.setIcon(QgsApplication.getThemeIcon(_ICONS[geometry_type]))
            button.clicked.connect(lambda checked, kind=geometry_type: self.sketch(kind) if checked else self.stop())
            self.buttons.addButton(button)
        self.form.goToSiteButton.clicked.connect(self.go_to_site)
        self.form.unlockSiteCheck.toggled.connect(self.unlock_site)
        self.form.exportSheetButton.clicked.connect(self.export_sheet)
        self.form.snapCheck.toggled.connect(self._snapping_toggled)
        self.refresh()

    @property
    def iface(self):
        return self.dock.iface

    def _layers(self) -> dict[str, QgsVectorLayer]:
        return loading.map_layers()

    # the site
    def refresh(self) -> None:
        """Follow the workspace: the site's state, the site read-only, the annotations listed."""
        layers = self._layers()
        site = layers.get(SITE_LAYER)
        has_site = site is not None and not site_outline(site).isEmpty()
        for widget in (self.form.siteGroup, self.form.sketchGroup, self.form.reviewGroup):
            widget.setEnabled(site is not None)
        self.form.sketchGroup.setEnabled(has_site)
        if site is None:
            self.form.siteLabel.setText(tr("Open a workspace to annotate the competition site."))
            self.close_form()
            self.stop()
        elif not has_site:
            self.form.siteLabel.setText(
                tr("This workspace has no competition site yet: import its outline into “{layer}”.").format(
                    layer=site.name()
                )
            )
        else:
            approximate = any(f["is_approximate"] for f in site.getFeatures())
            zones = site.featureCount()
            text = tr("The Friendship Building and the park: {zones} zones.").format(zones=zones)
            if approximate:
                text += " " + tr("The outline is approximate until a surveyed one is imported.")
            self.form.siteLabel.setText(text)
        if site is not None:
            self.unlock_site(self.form.unlockSiteCheck.isChecked())
        self.review.refresh()

    def unlock_site(self, unlocked: bool) -> None:
        site = self._layers().get(SITE_LAYER)
        if site is None:
            return
        if not unlocked and site.isEditable():
            self.form.unlockSiteCheck.blockSignals(True)
            self.form.unlockSiteCheck.setChecked(True)
            self.form.unlockSiteCheck.blockSignals(False)
            notify(tr("Save or discard your edits of the site first, then lock it again."), Qgis.MessageLevel.Warning)
            return
        site.setReadOnly(not unlocked)

    def go_to_site(self) -> None:
        """Frame the site and switch the sketching tools on."""
        site = self._layers().get(SITE_LAYER)
        if site is None or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        box = site_extent(site)
        if box.isEmpty():
            notify(self.form.siteLabel.text(), Qgis.MessageLevel.Warning)
            return
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(site, box))
        canvas.refresh()
        self.form.sketchGroup.setEnabled(True)
        if self.tool is None:
            self.form.noteButton.setChecked(True)
            self.sketch("Point")

    # sketching
    def sketch(self, geometry_type: str) -> SketchTool | None:
        """Make the map tool for a note, a line or an area the canvas's tool."""
        if self.iface is None or ANNOTATION_LAYERS[geometry_type] not in self._layers():
            return None
        self.stop()
        canvas = self.iface.mapCanvas()
        site = self._layers().get(SITE_LAYER)
        snap_to = [site] if site is not None and self.form.snapCheck.isChecked() else []
        self.tool = SketchTool(canvas, geometry_type, snap_to)
        self.tool.measured.connect(self.form.measureLabel.setText)
        self.tool.finished.connect(self.keep_sketch)
        for button in self.buttons.buttons():
            button.setChecked(button is _BUTTONS[geometry_type](self.form))
        canvas.setMapTool(self.tool)
        canvas.mapToolSet.connect(self._tool_changed)
        return self.tool

    def _snapping_toggled(self) -> None:
        if self.tool is not None:
            self.sketch(self.tool.geometry_type)  # the same tool, snapping or not

    def _tool_changed(self, new_tool, _old=None) -> None:
        if new_tool is not self.tool:
            self.stop(unset=False)

    def stop(self, unset: bool = True) -> None:
        """Leave the sketching tool."""
        tool, self.tool = self.tool, None
        for button in self.buttons.buttons():
            button.setChecked(False)
        self.form.measureLabel.clear()
        if tool is None or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        try:
            canvas.mapToolSet.disconnect(self._tool_changed)
        except TypeError:
            pass
        if unset and canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)
        tool.band.reset()
        sip.delete(tool)  # now, with its snapping index, while the layers it indexed still exist

    def keep_sketch(self, geometry: QgsGeometry, map_crs: QgsCoordinateReferenceSystem | None = None):
        """A finished sketch (in the map's CRS): checked, measured, then described in its form (returned)."""
        geometry_type = self.tool.geometry_type if self.tool is not None else _geometry_type(geometry)
        layers = self._layers()
        layer = layers.get(ANNOTATION_LAYERS[geometry_type])
        if layer is None:
            return None
        map_crs = map_crs or self.iface.mapCanvas().mapSettings().destinationCrs()
        geometry = QgsGeometry(geometry)
        if not geometry.isEmpty() and map_crs != layer.crs():
            geometry.transform(crs_tools.transform(map_crs, layer.crs()))
        try:
            geometry, repaired = checked_sketch(geometry, geometry_type, layer.crs())
        except SketchError as error:
            notify(error.sentence, Qgis.MessageLevel.Warning)
            return None
        if repaired:
            notify(repaired, Qgis.MessageLevel.Info)
        site = layers.get(SITE_LAYER)
        distance = distance_to_site(site, geometry, layer.crs()) if site is not None else -1
        if distance > FAR_FROM_SITE_M and not self.ask_far(distance):
            notify(tr("The sketch was not kept."), Qgis.MessageLevel.Info)
            return None
        return self.describe(layer, geometry, site)

    def _ask_far(self, distance: float) -> bool:
        answer = QMessageBox.question(
            self, tr("Far from the site"),
            tr("This sketch lies {distance} m from the competition site. Keep it all the same?").format(
                distance=f"{distance:,.0f}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def describe(self, layer: QgsVectorLayer, geometry: QgsGeometry, site: QgsVectorLayer | None):
        """Open the annotation form for a new sketch; what the form saves goes to the workspace at once."""
        measures = measure(geometry, layer.crs())
        values = {"city": "hoi_an", "lang": qgis_language(), "author": QgsApplication.userFullName() or None}
        values.update(length_m=measures.length_m, area_m2=measures.area_m2, team=self.last_team)
        if site is not None:
            values["site_uid"] = zone_at(site, geometry, layer.crs())
        fields = layer.fields()
        attributes = {fields.indexOf(k): v for k, v in values.items() if fields.indexOf(k) >= 0 and v is not None}
        feature = QgsVectorLayerUtils.createFeature(layer, geometry, attributes, layer.createExpressionContext())
        started = not layer.isEditable()
        if started and not layer.startEditing():
            notify(tr("{layer} cannot be edited: check that the workspace is not read-only.").format(
                layer=layer.name()), Qgis.MessageLevel.Warning)  # fmt: skip
            return None
        context = QgsAttributeEditorContext()
        context.setMapCanvas(self.iface.mapCanvas())
        tools = self.iface.vectorLayerTools()
        if isinstance(tools, QgsVectorLayerTools):  # what relation editors in the form use to add and edit
            context.setVectorLayerTools(tools)
        parent = self.iface.mainWindow()
        dialog = QgsAttributeDialog(layer, feature, False, parent, True, context)
        dialog.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
        dialog.setWindowTitle(tr("New annotation: {layer}").format(layer=layer.name()))
        dialog.attributeForm().featureSaved.connect(lambda saved: self._save_later(layer, started, saved))
        dialog.rejected.connect(lambda: self._dropped(layer, started))
        dialog.finished.connect(lambda _result: QTimer.singleShot(0, lambda: self._form_closed(dialog)))
        self.close_form()
        self.dialog = (dialog, feature, context)  # the dialog keeps pointers to them: keep them alive
        dialog.show()
        return dialog

    def _save_later(self, layer: QgsVectorLayer, started: bool, saved: QgsFeature) -> None:
        """The form saved: commit once its signal is over. ``saved`` is QGIS's own feature, freed when the signal
        returns (QGIS 3.40 on; reading it from the timer crashed QGIS): the timer gets a copy."""
        feature = QgsFeature(saved)
        QTimer.singleShot(0, lambda: self._saved(layer, started, feature))

    def _saved(self, layer: QgsVectorLayer, started: bool, feature: QgsFeature) -> None:
        self.last_team = feature["team"] or self.last_team
        if started and layer.isEditable() and not layer.commitChanges():
            logger.error("Saving the annotation failed: %s", "; ".join(layer.commitErrors()))
            notify(
                tr("The annotation could not be saved; the details are in the log panel."), Qgis.MessageLevel.Critical
            )
            return
        notify(tr("The annotation is saved in the workspace."), Qgis.MessageLevel.Success)
        self.review.refresh()

    def _form_closed(self, dialog) -> None:
        if self.dialog is not None and self.dialog[0] is dialog:
            self.dialog = None
        if not sip.isdeleted(dialog):
            dialog.deleteLater()  # then the feature and the context it points to may go

    def close_form(self) -> None:
        """Close the form of a sketch still open (its layer is about to go, or another sketch comes)."""
        if self.dialog is not None:
            dialog, self.dialog = self.dialog[0], None
            if not sip.isdeleted(dialog):
                dialog.reject()
                sip.delete(dialog)  # now, while its layer exists: a form outliving its layer crashes QGIS

    def _dropped(self, layer: QgsVectorLayer, started: bool) -> None:
        if started and layer.isEditable() and not layer.isModified():
            layer.rollBack()

    # the jury's sheet
    def export_sheet(self) -> None:
        """QGIS's own dialog for creativemap:export_annotation_sheet on this workspace and the chosen criterion."""
        if self.dock.workspace is None:
            return
        import processing

        parameters = {"WORKSPACE": str(self.dock.workspace.path)}
        criterion = self.form.criterionCombo.currentIndex() - 1  # the first entry is "all criteria"
        if criterion >= 0:
            parameters["CRITERIA"] = [criterion]
        processing.execAlgorithmDialog("creativemap:export_annotation_sheet", parameters)

    def cleanup(self) -> None:
        self.close_form()
        self.stop()


_ICONS = {"Point": "/mActionCapturePoint.svg", "LineString": "/mActionCaptureLine.svg",
          "Polygon": "/mActionCapturePolygon.svg"}  # fmt: skip
_BUTTONS = {
    "Point": lambda form: form.noteButton,
    "LineString": lambda form: form.lineButton,
    "Polygon": lambda form: form.areaButton,
}


def _geometry_type(geometry: QgsGeometry) -> str:
    return {0: "Point", 1: "LineString", 2: "Polygon"}.get(int(geometry.type()), "Point")
