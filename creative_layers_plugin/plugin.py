"""Wiring only: the action, the dock, the Processing provider. ``unload()`` undoes every registration."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .__about__ import __icon_path__
from .toolbelt.i18n import install_translator, remove_translator, tr
from .toolbelt.log import install_log_handler, logger, remove_log_handler
from .toolbelt.settings import PluginSettings


class CreativeLayersPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()  # before any tr(): menus, dock and provider are translated
        self.log_handler = install_log_handler()
        self.provider = None
        self.dock = None
        self.locator_filter = None
        self.action: QAction | None = None

    # Processing: called by QGIS (and by qgis_process, which has no GUI) before initGui
    def initProcessing(self) -> None:  # noqa: N802 (QGIS's name)
        if self.provider is not None:
            return
        from .processing.provider import CreativeMapProvider

        self.provider = CreativeMapProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS's name)
        self.initProcessing()
        from .gui.dock import CreativeMapDock

        settings = PluginSettings.load()
        self.dock = CreativeMapDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        if not settings.dock_visible:
            # QGIS loads plugins before it shows its window: setUserVisible(False) would do nothing then
            self.dock.hide()

        self.action = QAction(QIcon(str(__icon_path__)), tr("Creative Layers panel"), self.iface.mainWindow())
        self.action.setObjectName("CreativeLayersPanelAction")
        self.action.setCheckable(True)
        self.action.setChecked(settings.dock_visible)
        self.action.setToolTip(tr("Show or hide the Creative Layers panel"))
        self.action.toggled.connect(self._action_toggled)
        # the dock's own close button and QGIS's Panels menu: keep the action's check mark in step
        self.dock.openedStateChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(self.menu_name(), self.action)
        self.iface.addToolBarIcon(self.action)

        from .gui.locator import CreativeMapLocatorFilter

        self.locator_filter = CreativeMapLocatorFilter(self.iface)  # the search bar: names with or without accents
        self.iface.registerLocatorFilter(self.locator_filter)
        logger.info("Creative Layers loaded.")

    @staticmethod
    def menu_name() -> str:
        return tr("&Creative Layers")

    def open_workspace(self, path: str) -> None:
        """Open a workspace in the dock (used by scripts: ``qgis.utils.plugins[...].open_workspace(path)``)."""
        if self.dock is not None:
            self.dock.open_path(Path(path))

    def _action_toggled(self, visible: bool) -> None:
        """The user showed or hid the panel: do it, and remember it for the next QGIS session."""
        if self.dock is not None:
            self.dock.setUserVisible(visible)
        settings = PluginSettings.load()
        settings.dock_visible = visible
        settings.save()

    def unload(self) -> None:
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)  # QGIS deletes the filter
            self.locator_filter = None
        if self.action is not None:
            self.iface.removePluginMenu(self.menu_name(), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_log_handler(self.log_handler)
        self.log_handler = None
        remove_translator(self.translator)
        self.translator = None
