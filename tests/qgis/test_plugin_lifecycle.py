"""Loading the plugin registers a menu entry, a toolbar button, a dock and the Processing provider; unloading
removes every one of them, so three load/unload cycles leave exactly one of each."""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtWidgets import QDockWidget

from creative_layers_plugin import classFactory
from creative_layers_plugin.gui.dock import DOCK_OBJECT_NAME

ACTION = "CreativeLayersPanelAction"


def registrations(iface):
    menus = [a.menu() for a in iface.plugin_menu.actions() if a.menu() is not None]
    return {
        "menu_actions": sum(1 for m in menus for a in m.actions() if a.objectName() == ACTION),
        "menus": len(menus),
        "toolbar_buttons": sum(1 for a in iface.plugin_toolbar.actions() if a.objectName() == ACTION),
        "docks": len([d for d in iface.window.findChildren(QDockWidget, DOCK_OBJECT_NAME) if d.parent()]),
        "providers": len([p for p in QgsApplication.processingRegistry().providers() if p.id() == "creativemap"]),
        "locator_filters": len([f for f in iface.locator.filters() if f.name() == "creativemap"]),
    }


def flush_deletions(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    qgis_app.processEvents()


def test_three_load_unload_cycles_leave_one_of_each(qgis_app, iface, clean_settings):
    nothing = {"menu_actions": 0, "menus": 0, "toolbar_buttons": 0, "docks": 0, "providers": 0, "locator_filters": 0}
    assert registrations(iface) == nothing
    for _ in range(3):
        plugin = classFactory(iface)
        plugin.initGui()
        flush_deletions(qgis_app)
        assert registrations(iface) == {**nothing, "menu_actions": 1, "menus": 1, "toolbar_buttons": 1, "docks": 1,
                                        "providers": 1, "locator_filters": 1}  # fmt: skip
        assert QgsApplication.processingRegistry().providerById("creativemap") is plugin.provider
        plugin.unload()
        flush_deletions(qgis_app)
        assert registrations(iface) == nothing


def test_init_processing_alone_registers_the_provider(qgis_app, qgis_iface):
    """qgis_process calls initProcessing() without a GUI."""
    plugin = classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initProcessing()  # QGIS may call it again before initGui: still one provider
    provider = QgsApplication.processingRegistry().providerById("creativemap")
    assert provider is plugin.provider
    assert provider.name() == "Creative map"
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("creativemap") is None


def test_the_action_shows_and_hides_the_dock_and_remembers(qgis_app, iface, clean_settings):
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        iface.window.show()
        assert plugin.dock.isVisible() and plugin.action.isChecked()
        plugin.action.trigger()  # the toolbar button / menu entry
        assert not plugin.dock.isVisible()
        assert QgsSettings().value("creative_layers/dock_visible", type=bool) is False
        plugin.action.trigger()
        assert plugin.dock.isVisible()
        plugin.dock.close()  # the dock's own close button
        assert not plugin.action.isChecked()
    finally:
        plugin.unload()
        iface.window.hide()


def test_a_hidden_dock_stays_hidden_at_the_next_start(qgis_app, iface, clean_settings):
    clean_settings.setValue("creative_layers/dock_visible", False)
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        iface.window.show()
        assert not plugin.dock.isVisible()
        assert not plugin.action.isChecked()
    finally:
        plugin.unload()
        iface.window.hide()
