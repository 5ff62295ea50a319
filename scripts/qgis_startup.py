"""Run inside real QGIS (``qgis --code``): optionally install the plugin from its zip the way QGIS's
"Install from ZIP" does, wait for the Creative Layers dock, take a screenshot of the screen, report, quit.

Driven by environment variables: CREATIVE_LAYERS_SCREENSHOT (PNG path), CREATIVE_LAYERS_REPORT (JSON path),
CREATIVE_LAYERS_INSTALL_ZIP (optional zip to install first).
"""

import json
import os
import time
import traceback

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QLabel, QPushButton
from qgis.utils import active_plugins, iface

PLUGIN = "creative_layers_plugin"
DOCK = "CreativeLayersDock"
ACTION = "CreativeLayersPanelAction"
WAIT_FOR_DOCK = 90.0
SETTLE = 3.0

_state = {"started": time.monotonic(), "seen": None, "installed": False, "timer": None}


def _write_report(report):
    with open(os.environ["CREATIVE_LAYERS_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=2)


def _quit():
    _state["timer"].stop()
    QTimer.singleShot(500, lambda: QApplication.instance().exit(0))


def _describe(dock):
    window = iface.mainWindow()
    plugin_menu_actions = [a.objectName() for a in window.findChildren(type(iface.actionExit())) if a.objectName()]
    toolbar_buttons = [a for a in iface.pluginToolBar().actions() if a.objectName() == ACTION]
    return {
        "qgis_version": Qgis.QGIS_VERSION,
        "plugin_active": PLUGIN in active_plugins,
        "dock_title": dock.windowTitle(),
        "dock_visible": dock.isVisible(),
        "dock_labels": [w.text() for w in dock.findChildren(QLabel) if w.text()],
        "dock_buttons": [w.text() for w in dock.findChildren(QPushButton)],
        "provider_registered": QgsApplication.processingRegistry().providerById("creativemap") is not None,
        "panel_actions": plugin_menu_actions.count(ACTION),
        "toolbar_buttons": len(toolbar_buttons),
        "window_size": [window.width(), window.height()],
    }


def _tick():
    try:
        zip_path = os.environ.get("CREATIVE_LAYERS_INSTALL_ZIP")
        if zip_path and not _state["installed"]:
            _state["installed"] = True
            import pyplugin_installer

            pyplugin_installer.instance().installFromZipFile(zip_path)
            return
        dock = iface.mainWindow().findChild(QDockWidget, DOCK)
        if dock is None or not dock.isVisible():
            if time.monotonic() - _state["started"] > WAIT_FOR_DOCK:
                _write_report({"ok": False, "error": f"the dock {DOCK} did not appear", "plugins": active_plugins})
                _quit()
            return
        if _state["seen"] is None:
            _state["seen"] = time.monotonic()
            return
        if time.monotonic() - _state["seen"] < SETTLE:
            return
        report = _describe(dock)
        screenshot = os.environ["CREATIVE_LAYERS_SCREENSHOT"]
        picture = QApplication.primaryScreen().grabWindow(0)  # the whole X screen: what a person would see
        report["screenshot_saved"] = picture.save(screenshot, "PNG")
        report["screenshot_size"] = [picture.width(), picture.height()]
        report["ok"] = report["screenshot_saved"] and report["dock_visible"]
        _write_report(report)
        _quit()
    except Exception:  # noqa: BLE001 (reported to the caller, then QGIS quits)
        _write_report({"ok": False, "error": traceback.format_exc()})
        _quit()


_window = iface.mainWindow()
_window.setGeometry(QApplication.primaryScreen().availableGeometry())
_state["timer"] = QTimer()
_state["timer"].timeout.connect(_tick)
_state["timer"].start(500)
