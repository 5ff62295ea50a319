"""A user's session in real QGIS, one step per tick of qgis_startup.py (CREATIVE_LAYERS_JOURNEY names a folder):
the Competition tab at the site, a line sketched on the map and its form saved, the jury's sheet printed to a PDF,
an organisation renamed and given a photo (an edit session, as in the attribute table), a publish to the shared server
from the Publish tab. Each step notes what it saw in ``report``; qgis_startup.py then
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
RENAMED = "Xưởng gốm Hành Trình"


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
        self.steps = [self.sketch, self.fill_form, self.saved, self.print_sheet, self.publish, self.published,
                      self.edit_record, self.publish_again, self.published_again]  # fmt: skip

    def tick(self) -> bool:
        """One step if it can be taken now; True once every step is done (each step done is noted in steps.log, so
        that a session that hangs says where)."""
        if self.steps and self.steps[0]():
            self.report.setdefault("steps", []).append(self.steps.pop(0).__name__)
            with (self.folder / "steps.log").open("a", encoding="utf-8") as log:
                log.write(self.report["steps"][-1] + "\n")
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

    def edit_record(self) -> bool:
        """An organisation renamed and given a photo: a picture put beside the workspace, its path in the record."""
        from qgis.PyQt.QtGui import QColor, QImage, QPainter

        from creative_layers_plugin.core import loading

        layer = loading.map_layers()["organisation"]
        feature = sorted(layer.getFeatures(), key=lambda item: str(item["uid"]))[7]
        folder = self.dock.workspace.path.parent / "my photos"
        folder.mkdir(exist_ok=True)
        picture = QImage(1000, 750, QImage.Format.Format_RGB32)
        picture.fill(QColor(176, 96, 48))  # a terracotta wall
        painter = QPainter(picture)
        painter.fillRect(380, 260, 240, 300, QColor(238, 206, 120))  # a jar
        painter.end()
        picture.save(str(folder / "xuong.jpg"), "JPG")
        layer.startEditing()
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf("name"), RENAMED)
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf("photo"), "my photos/xuong.jpg")
        self.report["edited"] = {"uid": feature["uid"], "committed": layer.commitChanges()}
        return True

    def publish(self) -> bool:
        panel = self.dock.publish
        _show_tab(self.dock, panel)
        self.report["publish_started"] = panel.publish_now() is not None
        return True

    def published(self, key: str = "publish") -> bool:
        panel = self.dock.publish
        if panel.busy:
            return False
        self.report[key] = panel.form.resultLabel.text()
        return True

    def publish_again(self) -> bool:
        """After the first publish (the working copy now knows the server): the edit goes out as an update."""
        return self.publish()

    def published_again(self) -> bool:
        return self.published("publish_again")
