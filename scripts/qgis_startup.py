"""Run inside real QGIS (``qgis --code``): optionally install the plugin from its zip the way QGIS's
"Install from ZIP" does, wait for the Creative Layers dock, take a screenshot of the screen, report, quit.

Driven by environment variables: CREATIVE_LAYERS_SCREENSHOT (PNG path), CREATIVE_LAYERS_REPORT (JSON path),
CREATIVE_LAYERS_INSTALL_ZIP (optional zip to install first), CREATIVE_LAYERS_WORKSPACE (a workspace for the plugin
to open), CREATIVE_LAYERS_COMPETITION (show the Competition tab at the site, a line being sketched),
CREATIVE_LAYERS_PUBLISH (a server's address: show the Publish tab with it, its connection tested and a dry run done),
CREATIVE_LAYERS_CONFLICT_SCREENSHOT (PNG path: a picture of the conflict dialog, with a record of the sample),
CREATIVE_LAYERS_HISTORY ("URL|WORKSPACE|PNG": show the History tab; then a picture of the question a publish of
WORKSPACE to URL asks, when PNG is given),
CREATIVE_LAYERS_RELOADS (how many times to unload and
load the plugin again, as QGIS's plugin manager does, before counting its registrations), CREATIVE_LAYERS_JOURNEY (a
folder: a user's session first, scripts/qgis_journey.py: a sketch drawn and its form saved, the sheet printed, a
publish).
"""

import json
import os
import sys
import time
import traceback

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QLabel, QPushButton, QWidget
from qgis.utils import active_plugins, iface, plugins, reloadPlugin

PLUGIN = "creative_layers_plugin"
DOCK = "CreativeLayersDock"
ACTION = "CreativeLayersPanelAction"
WAIT_FOR_DOCK = 90.0
SETTLE = 3.0

_state = {
    "started": time.monotonic(),
    "seen": None,
    "installed": False,
    "timer": None,
    "reloaded": False,
    "opened": False,
}


def _write_report(report):
    with open(os.environ["CREATIVE_LAYERS_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=2)


def _quit():
    _state["timer"].stop()
    QTimer.singleShot(500, _exit)


def _exit():
    """Close the project, then QGIS: QGIS 3.40 and 3.44 crash in their own teardown when they quit with nested
    layer groups still in the project (the plugin's Creative map group holds one per kind)."""
    QgsProject.instance().clear()
    QApplication.instance().exit(0)


def _describe(dock):
    window = iface.mainWindow()
    menus = [a.menu() for a in iface.pluginMenu().actions() if a.menu() is not None]
    our_menus = [m for m in menus if any(a.objectName() == ACTION for a in m.actions())]
    registry = QgsApplication.processingRegistry()
    return {
        "qgis_version": Qgis.QGIS_VERSION,
        "plugin_active": PLUGIN in active_plugins,
        "dock_title": dock.windowTitle(),
        "dock_visible": dock.isVisible(),
        "dock_labels": [w.text() for w in dock.findChildren(QLabel) if w.text()],
        "dock_buttons": [w.text() for w in dock.findChildren(QPushButton)],
        "docks": len([d for d in window.findChildren(QDockWidget, DOCK) if d.parent() is not None]),
        "providers": len([p for p in registry.providers() if p.id() == "creativemap"]),
        # a provider left behind by an unload would block the new one (same id): check it is the live plugin's
        "provider_is_current": registry.providerById("creativemap") is getattr(plugins.get(PLUGIN), "provider", None),
        "plugin_menus": [m.title() for m in our_menus],
        "menu_actions": sum(1 for m in our_menus for a in m.actions() if a.objectName() == ACTION),
        "toolbar_buttons": len([a for a in iface.pluginToolBar().actions() if a.objectName() == ACTION]),
        "locator_filters": _locator_filters(),
        "reloads": int(os.environ.get("CREATIVE_LAYERS_RELOADS", "0")),
        "creative_map_layers": _creative_map_layers(),
        "layer_tree": [node.name() for node in QgsProject.instance().layerTreeRoot().findLayers()],
        "group_names": [group.name() for group in QgsProject.instance().layerTreeRoot().findGroups()],
        "project_crs": QgsProject.instance().crs().authid(),
        "expanded_layers": sum(node.isExpanded() for node in QgsProject.instance().layerTreeRoot().findLayers()),
        "window_size": [window.width(), window.height()],
        "publishing": _publishing(),
    }


def _publishing():
    """Where the plugin would publish, and whether the credentials open without a prompt (never the password)."""
    from creative_layers_plugin.sync.connection import credentials
    from creative_layers_plugin.toolbelt.settings import PluginSettings

    settings = PluginSettings.load()
    try:
        user = (credentials(settings.authcfg) or ("",))[0]
    except Exception as error:  # noqa: BLE001 (reported as it is)
        user = f"error: {error}"
    return {"server_url": settings.server_url, "authcfg": settings.authcfg, "user": user}


def _locator_filters():
    """The creative-map filters of QGIS's own locator (PyQt sees its widget as a QWidget: cast it)."""
    from qgis.gui import QgsLocatorWidget
    from qgis.PyQt import sip

    for widget in iface.mainWindow().findChildren(QWidget):
        if widget.metaObject().className() == "QgsLocatorWidget":
            locator = sip.cast(widget, QgsLocatorWidget).locator()
            return len([f for f in locator.filters() if f.name() == "creativemap"])
    return -1


def _show_form(path):
    """QGIS's own attribute dialog for the sample organisation with the most fields filled."""
    from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext

    from creative_layers_plugin.core import loading

    layer = loading.map_layers()["organisation"]
    feature = max(layer.getFeatures(), key=lambda f: sum(v is not None and v != "" for v in f.attributes()))
    context = QgsAttributeEditorContext()
    context.setMapCanvas(iface.mapCanvas())
    dialog = QgsAttributeDialog(layer, feature, False, iface.mainWindow(), True, context)
    dialog.setMode(QgsAttributeEditorContext.SingleEditMode)
    dialog.resize(760, 820)
    dialog.show()
    _state["form"] = (dialog, path, feature, context)  # the dialog keeps pointers to them: keep them alive
    tabs = [tab.name() for tab in layer.editFormConfig().tabs()]
    return {"saved": True, "tabs": tabs, "name": feature["name"]}


def _finish_form(report):
    dialog, path = _state["form"][:2]
    report["form"]["saved"] = dialog.grab().save(path, "PNG")
    _write_report(report)
    QTimer.singleShot(500, _exit)


def _show_tab(dock, panel):
    """The dock's tab that holds ``panel`` (in its scroll area) brought to the front."""
    pages = dock.form.pages
    pages.setCurrentIndex(next(index for index in range(pages.count()) if pages.widget(index).isAncestorOf(panel)))


def _show_competition(dock):
    """The Competition tab: the site framed, a line being sketched (its length shown), an annotation selected."""
    from qgis.core import QgsPointXY

    panel = dock.competition
    _show_tab(dock, panel)
    panel.go_to_site()
    tool = panel.sketch("LineString")
    centre = iface.mapCanvas().extent().center()
    tool.points = [QgsPointXY(centre.x() - 95, centre.y() - 30), QgsPointXY(centre.x() - 40, centre.y() + 15)]
    tool._show(QgsPointXY(centre.x() + 5, centre.y() + 40))  # as if the mouse were there
    panel.review.select(panel.review.shown[0].layer, panel.review.shown[0].fid)
    return {"measure": panel.form.measureLabel.text(), "annotations": len(panel.review.annotations)}


def _publish_step(dock, url):
    """The Publish tab: the address typed, the connection tested, then a dry run; True once all is shown."""
    panel = dock.publish
    step = _state.setdefault("publish", {"step": 0})
    if panel.busy:
        return False
    if step["step"] == 0:
        from creative_layers_plugin.toolbelt.settings import PluginSettings

        step["settings"] = PluginSettings.load()  # put back after: the picture's server is gone then
        _show_tab(dock, panel)
        panel.form.urlEdit.setText(url)
        panel.test_connection()
    elif step["step"] == 1:
        panel.check_changes()
    else:
        step["step_texts"] = [panel.form.connectionLabel.text(), panel.form.planLabel.text()]
        return True
    step["step"] += 1
    return False


def _show_conflict(dock, path):
    """The conflict dialog on a place of the sample as if someone had renamed, retyped and moved it on the server
    while its opening hours were changed here (the dialog is real; the server's side is made up for the picture)."""
    from creative_layers_plugin.core.schema import VALUE_LISTS, layer
    from creative_layers_plugin.gui.conflict_dialog import ConflictDialog
    from creative_layers_plugin.sync.plan import Change, Remote
    from creative_layers_plugin.sync.state import BaseEntry
    from creative_layers_plugin.sync.working_copy import read_local

    records = read_local(dock.workspace, layer("space"))
    uid, mine = next((uid, record) for uid, record in sorted(records.items())
                     if record.canonical and record.canonical["properties"].get("opening_hours"))  # fmt: skip
    props = mine.canonical["properties"]
    base = {"properties": {**props, "opening_hours": "Mo-Su 08:00-17:00"}, "geometry": mine.canonical["geometry"]}
    lon, lat = mine.canonical["geometry"]["coordinates"][:2]
    new_type = next(code for code in VALUE_LISTS["space_type"].codes() if code != props.get("space_type"))
    theirs = {"properties": {**base["properties"], "name": props["name"] + " (Phố cổ)", "space_type": new_type},
              "geometry": {"type": "Point", "coordinates": [lon + 35 / 107_000, lat]}}  # fmt: skip
    change = Change("space", uid, "conflict", mine, Remote("42", theirs, {}), BaseEntry("42", base))
    dialog = ConflictDialog(change, 1, 2, parent=iface.mainWindow())
    dialog.take_theirs("name")
    dialog.show()
    _state["conflict"] = (dialog, path)
    return {"rows": [[row.label, row.mine, row.theirs] for row in dialog.rows]}


def _finish_conflict(report):
    dialog, path = _state["conflict"]
    report["conflict"]["saved"] = dialog.grab().save(path, "PNG")
    dialog.close()
    _write_report(report)
    QTimer.singleShot(500, _exit)


def _journey_done(dock):
    if "journey" not in _state:
        sys.path.insert(0, os.path.dirname(os.environ.get("CREATIVE_LAYERS_STARTUP", "")))
        from qgis_journey import Journey

        _state["journey"] = Journey(dock, os.environ["CREATIVE_LAYERS_JOURNEY"])
    return _state["journey"].tick()


def _show_history(dock):
    """The History tab, the publish that accepted the server's state chosen, a few of its records selected."""
    panel = dock.history
    _show_tab(dock, panel)
    panel.refresh(newest=True)
    for index in range(min(3, panel.form.entriesTree.topLevelItemCount())):
        panel.form.entriesTree.topLevelItem(index).setSelected(True)
    runs = panel.form.runsTree
    return {"runs": [" ".join(runs.topLevelItem(i).text(c) for c in range(3)) for i in range(runs.topLevelItemCount())],
            "entries": panel.form.entriesTree.topLevelItemCount()}  # fmt: skip


def _show_guard(url, workspace, path):
    """The question a publish asks, for the copy of the workspace made before the server was emptied."""
    from creative_layers_plugin.gui.guard_dialog import GuardDialog
    from creative_layers_plugin.sync.publish import prepare

    dialog = GuardDialog(prepare(workspace, url), iface.mainWindow())
    dialog.show()
    _state["guard"] = (dialog, path)
    return {"findings": dialog.form.findingsLabel.text(), "question": dialog.form.questionLabel.text()}


def _finish_guard(report):
    dialog, path = _state["guard"]
    report["guard"]["saved"] = dialog.grab().save(path, "PNG")
    dialog.close()
    _write_report(report)
    QTimer.singleShot(500, lambda: QApplication.instance().exit(0))


def _creative_map_layers():
    from creative_layers_plugin.core import loading

    return len(loading.map_layers())


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
        reloads = int(os.environ.get("CREATIVE_LAYERS_RELOADS", "0"))
        if reloads and not _state["reloaded"]:
            _state["reloaded"] = True
            for _ in range(reloads):
                reloadPlugin(PLUGIN)  # unloadPlugin + loadPlugin + startPlugin, as the plugin manager does
            return  # let deleteLater() run before counting
        workspace = os.environ.get("CREATIVE_LAYERS_WORKSPACE")
        if workspace and not _state["opened"]:
            _state["opened"] = True
            plugins[PLUGIN].open_workspace(workspace)
            return
        history = os.environ.get("CREATIVE_LAYERS_HISTORY")
        if workspace and _creative_map_layers() == 0 and not (history and dock.workspace is not None):
            return  # the workspace is still being opened (a QgsTask)
        if history and not _state.get("history"):
            _state["history"] = _show_history(dock)
            return
        if os.environ.get("CREATIVE_LAYERS_JOURNEY") and not _journey_done(dock):
            return
        if os.environ.get("CREATIVE_LAYERS_COMPETITION") and not _state.get("competition"):
            _state["competition"] = _show_competition(dock)
            return
        publish_url = os.environ.get("CREATIVE_LAYERS_PUBLISH")
        if publish_url and not _publish_step(dock, publish_url):
            return
        if "CREATIVE_LAYERS_SCREENSHOT" not in os.environ:
            _state["timer"].stop()  # an interactive session: the user takes over
            return
        if _state["seen"] is None:
            _state["seen"] = time.monotonic()
            return
        if time.monotonic() - _state["seen"] < SETTLE:
            return
        report = _describe(dock)
        if _state.get("competition"):
            report["competition"] = _state["competition"]
        if _state.get("journey"):
            report["journey"] = _state["journey"].report
        screenshot = os.environ["CREATIVE_LAYERS_SCREENSHOT"]
        picture = QApplication.primaryScreen().grabWindow(0)  # the whole X screen: what a person would see
        report["screenshot_saved"] = picture.save(screenshot, "PNG")
        report["screenshot_size"] = [picture.width(), picture.height()]
        report["ok"] = report["screenshot_saved"] and report["dock_visible"]
        if publish_url:
            report["publish"] = _state["publish"]["step_texts"]
            _state["publish"]["settings"].save()  # the profile keeps the address it had
        if history:
            report["history"] = _state["history"]
            url, before, guard_shot = history.split("|")
            if guard_shot:
                report["guard"] = _show_guard(url, before, guard_shot)
                QTimer.singleShot(1500, lambda: _finish_guard(report))
                _state["timer"].stop()
                return
        conflict_shot = os.environ.get("CREATIVE_LAYERS_CONFLICT_SCREENSHOT")
        if conflict_shot:
            report["conflict"] = _show_conflict(dock, conflict_shot)
            QTimer.singleShot(1500, lambda: _finish_conflict(report))
            _state["timer"].stop()
            return
        form_shot = os.environ.get("CREATIVE_LAYERS_FORM_SCREENSHOT")
        if form_shot:
            report["form"] = _show_form(form_shot)
            QTimer.singleShot(1500, lambda: _finish_form(report))
            _state["timer"].stop()
            return
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
