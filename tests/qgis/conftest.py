"""Fixtures for tests that need QGIS (pytest-qgis 5.0.2 gives the application, an interface and a canvas)."""

import time

import pytest
from qgis.core import QgsApplication, QgsLocator, QgsSettings
from qgis.PyQt.QtWidgets import QMenu, QToolBar

from creative_layers_plugin.core import loading
from creative_layers_plugin.gui.dock import CreativeMapDock
from creative_layers_plugin.processing.provider import CreativeMapProvider
from creative_layers_plugin.toolbelt.settings import PREFIX


class RegisteringIface:
    """pytest-qgis's interface, but registrations land where QGIS puts them: the dock in the main window, the action
    in a sub-menu of the Plugins menu and on the Plugins toolbar, so a test can count what a plugin leaves behind.
    (The real QGIS window does the same in tests/e2e.)"""

    def __init__(self, iface):
        self._iface = iface
        self.window = iface.mainWindow()
        self.locator = QgsLocator()
        self.plugin_menu = QMenu("Plugins", self.window)
        self.plugin_toolbar = QToolBar("Plugins", self.window)
        self.window.addToolBar(self.plugin_toolbar)

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def _submenu(self, name):
        for action in self.plugin_menu.actions():
            if action.menu() is not None and action.menu().title() == name:
                return action.menu()
        return None

    def addPluginToMenu(self, name, action):  # noqa: N802
        menu = self._submenu(name) or self.plugin_menu.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        menu = self._submenu(name)
        if menu is not None:
            menu.removeAction(action)
            if not menu.actions():
                self.plugin_menu.removeAction(menu.menuAction())

    def addToolBarIcon(self, action):  # noqa: N802
        self.plugin_toolbar.addAction(action)

    def removeToolBarIcon(self, action):  # noqa: N802
        self.plugin_toolbar.removeAction(action)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def registerLocatorFilter(self, locator_filter):  # noqa: N802
        self.locator.registerFilter(locator_filter)

    def deregisterLocatorFilter(self, locator_filter):  # noqa: N802
        self.locator.deregisterFilter(locator_filter)


@pytest.fixture()
def iface(qgis_iface):
    registering = RegisteringIface(qgis_iface)
    yield registering
    registering.plugin_toolbar.deleteLater()
    registering.plugin_menu.deleteLater()


@pytest.fixture()
def clean_settings():
    """The plugin's settings and QGIS's locale as a fresh profile has them, before and after the test."""

    def reset():
        settings = QgsSettings()
        settings.remove(PREFIX)
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")

    reset()
    yield QgsSettings()
    reset()


def wait_for(qgis_app, task, seconds=60):
    """Run QGIS's event loop until ``task`` has left the task manager (and its finished() has run)."""
    deadline = time.monotonic() + seconds
    while task in QgsApplication.taskManager().tasks() and time.monotonic() < deadline:
        qgis_app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        qgis_app.processEvents()


@pytest.fixture()
def dock(qgis_app, qgis_iface, qgis_new_project, clean_settings):
    """The panel on pytest-qgis's interface, with a fresh project and settings."""
    clean_settings.setValue("creative_layers/show_basemap", False)  # the tests that want it ask for it
    widget = CreativeMapDock(qgis_iface)
    yield widget
    widget.cleanup()
    loading.unload_workspace()
    widget.deleteLater()


@pytest.fixture()
def creativemap_provider(qgis_processing):
    """The plugin's Processing provider with all its algorithms, registered for the test (the plugin is not loaded
    in these tests, so nothing else registers it)."""
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("creativemap")
    added = provider is None
    if added:
        provider = CreativeMapProvider()
        assert registry.addProvider(provider)
    yield provider
    if added:
        registry.removeProvider(provider)


def close_competition(competition) -> None:
    """After a test of the Competition tab: its form closed, and every edit left in a layer rolled back (nothing a
    test sketched reaches the workspace)."""
    competition.close_form()
    for layer in loading.map_layers().values():
        if layer.isEditable():
            layer.rollBack()
