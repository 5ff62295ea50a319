"""The Creative Layers dock panel: open or create a working copy, filter the map, zoom to a city."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QFont, QPixmap
from qgis.PyQt.QtWidgets import QFileDialog, QFrame, QScrollArea, QWidget

from ..__about__ import __icon_path__, __version__
from ..core import basemap, loading
from ..core.schema import CITIES, VALUE_LISTS
from ..core.workspace import CITY_CHOICES, Workspace, create_workspace
from ..core.workspace_open import open_workspace, refresh_styles
from ..toolbelt.i18n import qgis_language, tr
from ..toolbelt.log import logger, notify
from ..toolbelt.settings import PluginSettings
from ..toolbelt.task import PluginTask, TaskCancelledError
from .competition import CompetitionPanel
from .duplicate_guard import DuplicateGuard
from .history_panel import HistoryPanel
from .problems import RecordsPanel
from .publish_panel import PublishPanel

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

DOCK_OBJECT_NAME = "CreativeLayersDock"


class WorkspaceTask(PluginTask):
    """Opens (and migrates) or creates a workspace off the main thread; loading it into the project is done after."""

    def __init__(self, description: str, path: Path, city: str | None = None, **callbacks) -> None:
        super().__init__(description, **callbacks)
        self.path = path
        self.city = city

    def _progress(self, percent: float) -> None:
        self.check_cancelled()
        self.setProgress(percent)

    def work(self) -> Workspace:
        if self.city is None:
            return open_workspace(self.path)
        return create_workspace(self.path, self.city, sample=True, overwrite=True, progress=self._progress)


class BasemapTask(PluginTask):
    """Checks whether the basemap's tiles can be reached (no error when they cannot: no basemap)."""

    def __init__(self, url: str, **callbacks) -> None:
        super().__init__(tr("Checking the basemap"), **callbacks)
        self.url = url

    def work(self) -> bool:
        return basemap.reachable(self.url)


class CreativeMapDock(QgsDockWidget):
    """The plugin's panel."""

    def __init__(self, iface=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.task: WorkspaceTask | None = None
        self.basemap_task: BasemapTask | None = None
        self.duplicate_guard = DuplicateGuard(self)
        self.workspace: Workspace | None = None
        self.totals: dict[str, int] = {}
        self.setObjectName(DOCK_OBJECT_NAME)  # QGIS saves and restores docks by object name
        self.setWindowTitle(tr("Creative Layers"))
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.form = FORM_CLASS()
        self.contents = QWidget(self)
        self.form.setupUi(self.contents)
        self.setWidget(self.contents)

        self.form.iconLabel.setPixmap(QPixmap(str(__icon_path__)))
        title_font = QFont(self.form.titleLabel.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.form.titleLabel.setFont(title_font)
        self.form.versionLabel.setText(tr("Version {version}").format(version=__version__))
        self._fill_choices(qgis_language())
        self.records = RecordsPanel(self, qgis_language())
        self.competition = CompetitionPanel(self, qgis_language())
        self.publish = PublishPanel(self, qgis_language())
        self.history = HistoryPanel(self, qgis_language())
        tabs = ((self.competition, tr("Competition")), (self.publish, tr("Publish")), (self.history, tr("History")))
        for panel, title in tabs:
            scroller = QScrollArea(self.form.pages)  # the review list is long: the tab scrolls in a short dock
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setHorizontalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            )  # the panel follows the dock's width
            scroller.setWidget(panel)
            self.form.pages.addTab(scroller, title)
        self._show_progress(False)

        self.form.logButton.clicked.connect(self.show_log_panel)
        self.form.openButton.clicked.connect(self.choose_and_open)
        self.form.sampleButton.clicked.connect(self.choose_and_create)
        self.form.cancelButton.clicked.connect(self.cancel_task)
        self.form.cityCombo.currentIndexChanged.connect(self.apply_filters)
        self.form.fieldCombo.currentIndexChanged.connect(self.apply_filters)
        self.form.zoomButton.clicked.connect(self.zoom_to_city)
        self.form.importButton.clicked.connect(lambda: self.run_algorithm("creativemap:import_records"))
        QgsProject.instance().cleared.connect(self._project_cleared)
        self._refresh_state()

    def _fill_choices(self, language: str) -> None:
        for code in CITY_CHOICES:
            label = CITIES[code].label.get(language) if code in CITIES else tr("All cities")
            self.form.sampleCityCombo.addItem(label, code)
        self.form.cityCombo.addItem(tr("All cities"), None)
        for code, city in CITIES.items():
            self.form.cityCombo.addItem(city.label.get(language), code)
        self.form.fieldCombo.addItem(tr("All creative fields"), None)
        for value in VALUE_LISTS["creative_field"].values:
            self.form.fieldCombo.addItem(value.label.get(language), value.code)

    # working copy
    def choose_and_open(self) -> None:
        start = PluginSettings.load().last_workspace or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a workspace"), start, tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_path(Path(path))

    def choose_and_create(self) -> None:
        city = self.form.sampleCityCombo.currentData()
        folder = Path(PluginSettings.load().last_workspace or Path.home() / "x").parent
        suggestion = str(folder / f"creative_map_{city}.gpkg")
        path, _ = QFileDialog.getSaveFileName(self, tr("New workspace"), suggestion, tr("GeoPackage (*.gpkg)"))
        if path:
            path = path if path.lower().endswith(".gpkg") else f"{path}.gpkg"
            self.create_from_sample(Path(path), city)

    def open_path(self, path: Path) -> WorkspaceTask:
        return self._start(WorkspaceTask(tr("Opening {name}").format(name=path.name), path, **self._callbacks()))

    def create_from_sample(self, path: Path, city: str) -> WorkspaceTask:
        description = tr("Creating {name}").format(name=path.name)
        return self._start(WorkspaceTask(description, path, city, **self._callbacks()))

    def _callbacks(self) -> dict:
        return {"on_success": self._workspace_ready, "on_failure": self._task_failed}

    def _start(self, task: WorkspaceTask) -> WorkspaceTask:
        self.task = task
        task.progressChanged.connect(lambda value: self.form.progressBar.setValue(int(value)))
        self._show_progress(True)
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _task_failed(self, sentence: str) -> None:
        cancelled = self.task is not None and isinstance(self.task.error, TaskCancelledError)
        self.task = None
        self._show_progress(False)
        notify(sentence, Qgis.MessageLevel.Info if cancelled else Qgis.MessageLevel.Critical)

    def _workspace_ready(self, workspace: Workspace) -> None:
        self.task = None
        self._show_progress(False)
        if refresh_styles(workspace):  # made by another plugin version: its styles here, on the main thread
            logger.info("Stored this version's styles and forms in %s.", workspace.path.name)
        self.load(workspace)

    def load(self, workspace: Workspace) -> None:
        """Put the workspace's layers into the project, reset the filters, zoom to its first city."""
        loading.load_workspace(workspace)
        self.workspace = workspace
        self.duplicate_guard.watch(loading.map_layers().values())
        self.totals = loading.apply_filters()
        settings = PluginSettings.load()
        settings.last_workspace = str(workspace.path)
        settings.save()
        for combo in (self.form.cityCombo, self.form.fieldCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._refresh_state()
        # after QGIS's own zoom to the full extent, which it defers when the first layers land in an empty project
        QTimer.singleShot(0, self.zoom_to_city)
        QTimer.singleShot(0, self._collapse_legends)  # QGIS's tree view expands the layers it has just shown
        if settings.show_basemap and basemap.find_basemap() is None:
            self.check_basemap(settings.basemap_url or basemap.OSM_TILES)
        logger.info("Opened the workspace %s (%s features).", workspace.path, sum(self.totals.values()))

    def check_basemap(self, url: str) -> BasemapTask:
        """Add the basemap beneath the map once its tiles answer; without internet, nothing happens."""

        def done(ok: bool) -> None:
            self.basemap_task = None
            if ok:
                basemap.add_basemap(url)
            else:
                logger.info("No basemap: %s cannot be reached.", url)

        self.basemap_task = BasemapTask(url, on_success=done, on_failure=lambda sentence: logger.info(sentence))
        QgsApplication.taskManager().addTask(self.basemap_task)
        return self.basemap_task

    def _collapse_legends(self) -> None:
        """Layers with their legend folded, groups open: the tree reads at a glance. The nodes are folded already
        (loading does it); QGIS 3.22's tree view does not follow them for rows it has just shown, so fold those."""
        group = loading.find_group()
        view = self.iface.layerTreeView() if self.iface is not None else None
        if group is None or view is None or not hasattr(view, "node2index"):
            return
        for node in group.findLayers():
            view.collapse(view.node2index(node))

    def run_algorithm(self, algorithm_id: str) -> None:
        """QGIS's own dialog for one of the plugin's algorithms, on this workspace; the map is refreshed after."""
        if self.workspace is None:
            return
        import processing

        processing.execAlgorithmDialog(algorithm_id, {"WORKSPACE": str(self.workspace.path)})
        self.refresh()

    def refresh(self) -> dict[str, int]:
        """Re-read the layers (an import may have changed them), keep the filters, update the counts."""
        for layer in loading.map_layers().values():
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        self.totals = loading.apply_filters()
        self._refresh_state()
        return self.apply_filters()

    # filters and zoom
    def apply_filters(self) -> dict[str, int]:
        if self.workspace is None:
            return {}
        city = self.form.cityCombo.currentData()
        field = self.form.fieldCombo.currentData()
        counts = loading.apply_filters(city=city, creative_field=field)
        self._show_counts(counts)
        if self.iface is not None:
            self.iface.mapCanvas().refreshAllLayers()
        return counts

    def zoom_to_city(self) -> None:
        if self.workspace is None or self.iface is None:
            return
        city = self.form.cityCombo.currentData() or self.workspace.cities[0]
        canvas = self.iface.mapCanvas()
        extent = loading.city_extent(city)
        canvas.setDestinationCrs(QgsProject.instance().crs())
        canvas.setExtent(extent)
        canvas.refresh()

    # state
    def _show_counts(self, counts: dict[str, int]) -> None:
        shown, total = sum(counts.values()), sum(self.totals.values())
        self.form.countLabel.setText(tr("Showing {shown} of {total} features.").format(shown=shown, total=total))

    def _show_progress(self, visible: bool) -> None:
        self.form.progressBar.setValue(0)
        self.form.progressBar.setVisible(visible)
        self.form.cancelButton.setVisible(visible)
        for button in (self.form.openButton, self.form.sampleButton):
            button.setEnabled(not visible)

    def _refresh_state(self) -> None:
        loaded = self.workspace is not None and loading.find_group() is not None
        if not loaded:
            self.workspace = None
            self.form.workspaceLabel.setText(tr("No creative map is open yet."))
        else:
            self.form.workspaceLabel.setText(
                tr("{name}: {count} features in {layers} layers.").format(
                    name=self.workspace.path.name, count=sum(self.totals.values()), layers=len(self.totals)
                )
            )
            self._show_counts(self.totals)
        self.form.filterGroup.setEnabled(loaded)
        self.form.recordsGroup.setEnabled(loaded)
        if not loaded:
            self.records.clear()
        self.form.countLabel.setVisible(loaded)
        self.competition.refresh()
        self.publish.refresh()
        self.history.refresh()

    def _project_cleared(self) -> None:
        self.duplicate_guard.unwatch()
        self.workspace = None
        self._refresh_state()

    def show_log_panel(self) -> None:
        if self.iface is not None:
            self.iface.openMessageLog()

    def cleanup(self) -> None:
        """Called by the plugin's unload: disconnect from the project."""
        QgsProject.instance().cleared.disconnect(self._project_cleared)
        self.duplicate_guard.unwatch()
        self.competition.cleanup()
        self.publish.cleanup()
        self.history.cleanup()
        self.cancel_task()
        if self.basemap_task is not None:
            self.basemap_task.cancel()
