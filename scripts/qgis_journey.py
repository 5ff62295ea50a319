"""A user's session in real QGIS, one step per tick of qgis_startup.py (CREATIVE_LAYERS_JOURNEY names a folder):
the Competition tab at the site, a line sketched on the map and its form saved, the jury's sheet printed to a PDF,
a publish to the shared server from the Publish tab. Each step notes what it saw in ``report``; qgis_startup.py then
takes the screenshot and closes QGIS.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from qgis.core import QgsPointXY
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.utils import iface

NOTE = "Lối đi bóng mát từ quảng trường (journey)"


def _show_tab(dock, panel):
    pages = dock.form.pages
    pages.setCurrentIndex(next(index for index in range(pages.count()) if pages.widget(index).isAncestorOf(panel)))


def _click(tool, point: QgsPointXY, button=Qt.MouseButton.LeftButton):
    canvas = iface.mapCanvas()
    spot = canvas.getCoordinateTransform().transform(point)
    where = QPoint(round(spot.x()), round(spot.y()))
    tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseMove, where, Qt.MouseButton.NoButton))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, where, button))


class Journey:
    def __init__(self, dock, folder: str) -> None:
        self.dock, self.folder = dock, Path(folder)
        self.report: dict = {}
        self.steps = [self.sketch, self.fill_form, self.saved, self.print_sheet, self.publish, self.published]

    def tick(self) -> bool:
        """One step if it can be taken now; True once every step is done."""
        if self.steps and self.steps[0]():
            self.report.setdefault("steps", []).append(self.steps.pop(0).__name__)
        return not self.steps

    def sketch(self) -> bool:
        panel = self.dock.competition
        _show_tab(self.dock, panel)
        panel.go_to_site()
        tool = panel.sketch("LineString")
        centre = iface.mapCanvas().extent().center()
        start, end = QgsPointXY(centre.x() - 20, centre.y() + 5), QgsPointXY(centre.x() + 20, centre.y() + 35)
        _click(tool, start)
        _click(tool, end)
        self.report["measured"] = panel.form.measureLabel.text()
        _click(tool, end, Qt.MouseButton.RightButton)  # right-click finishes: the form opens
        return True

    def fill_form(self) -> bool:
        dialog, feature, _context = self.dock.competition.dialog
        form = dialog.attributeForm()
        form.changeAttribute("kind", "circulation")
        form.changeAttribute("text", NOTE)
        self.report["form"] = {"visible": dialog.isVisible(), "length_m": feature["length_m"]}
        dialog.accept()  # the form saves: featureSaved, then the plugin commits
        return True

    def saved(self) -> bool:
        query = "SELECT kind, length_m, length(uid) FROM annotation_line WHERE text = ?"
        with contextlib.closing(sqlite3.connect(self.dock.workspace.path)) as connection:
            rows = connection.execute(query, (NOTE,)).fetchall()
        if not rows:
            return False
        self.report["saved"] = [list(row) for row in rows]
        return True

    def print_sheet(self) -> bool:
        import processing

        pdf = self.folder / "sheet.pdf"
        result = processing.run(
            "creativemap:export_annotation_sheet", {"WORKSPACE": str(self.dock.workspace.path), "OUTPUT": str(pdf)}
        )
        self.report["sheet"] = {"pdf": pdf.is_file() and pdf.stat().st_size, "pages": result["PAGES"],
                                "annotations": result["ANNOTATIONS"]}  # fmt: skip
        return True

    def publish(self) -> bool:
        panel = self.dock.publish
        _show_tab(self.dock, panel)
        self.report["publish_started"] = panel.publish_now() is not None
        return True

    def published(self) -> bool:
        panel = self.dock.publish
        if panel.busy:
            return False
        self.report["publish"] = panel.form.resultLabel.text()
        return True
