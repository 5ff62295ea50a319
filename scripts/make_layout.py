"""Regenerate the print layout template of the annotation sheet (resources/layouts/annotation_sheet.qpt), with PyQGIS.

    python scripts/make_layout.py [--output PATH] [--check]

This script is the template's source: edit the layout here, run it, commit both. The sheet is A4 landscape. Page 1:
title, subtitle, date, the map of the competition site with a north arrow and a scale bar in metres, the legend and
a note on the coordinates. Page 2: the table of the annotations grouped by criterion (a manual table that continues
on extra pages). Every text is a placeholder that ``creative_layers_plugin.core.annotation_sheet`` fills in the
chosen language. ``--check`` writes nothing and exits 1 when the committed template's items (ids, kinds, pages,
positions, sizes) differ from what this script makes; the template also holds item uuids, which change every run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from make_styles import start_qgis  # noqa: E402 (one QgsApplication for the scripts)

TEMPLATE = ROOT / "resources" / "layouts" / "annotation_sheet.qpt"
FONT = "DejaVu Sans"  # has every Vietnamese glyph, installed with QGIS on Debian
INK = "#1f3b4d"
MUTED = "#55636e"
RULE = "#c8553d"
PAPER = "#f4f1ea"
PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 10.0
MAP_RECT = (MARGIN, 29.0, 205.0, 158.0)  # x, y, width, height on page 1
KEY_RECT = (MARGIN, MAP_RECT[1] + MAP_RECT[3] + 1.5, MAP_RECT[2], 12.0)  # the criteria's colours, under the map
SIDE_X = MAP_RECT[0] + MAP_RECT[2] + 6.0
SIDE_W = PAGE_W - MARGIN - SIDE_X
TABLE_RECT = (MARGIN, 20.0, PAGE_W - 2 * MARGIN, PAGE_H - 20.0 - MARGIN)
CELL_MARGIN = 1.2
GRID_STROKE = 0.2
# the annotation's text, its kind, its team, its review status; with the cell margins they fill the page's width
COLUMN_WIDTHS = (138.0, 40.0, 48.0, 40.4)
NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"


def font(size: float, bold: bool = False):
    from qgis.PyQt.QtGui import QFont

    result = QFont(FONT)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def text_format(size: float, bold: bool = False, colour: str = INK):
    from qgis.core import QgsTextFormat
    from qgis.PyQt.QtGui import QColor

    result = QgsTextFormat()
    result.setFont(font(size, bold))
    result.setSize(size)
    result.setColor(QColor(colour))
    return result


def north_arrow_svg() -> str:
    """QGIS's own north arrow, found in its SVG folders (empty when QGIS has none: the picture stays blank)."""
    from qgis.core import QgsApplication

    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / NORTH_ARROW_SVG
        if candidate.is_file():
            return str(candidate)
    return ""


def _place(item, rect, page: int = 0) -> None:
    from qgis.core import QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes

    x, y, width, height = rect
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)


def _label(layout, item_id, text, rect, size, bold=False, colour=INK, align=None, page=0):
    from qgis.core import QgsLayoutItemLabel
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(font(size, bold))
    label.setFontColor(QColor(colour))
    label.setHAlign(align if align is not None else Qt.AlignLeft)
    label.setVAlign(Qt.AlignVCenter)
    label.setMargin(0)
    layout.addLayoutItem(label)
    _place(label, rect, page)
    return label


def build_layout(project):
    """The sheet's layout with placeholder texts, in ``project`` (which must outlive it)."""
    from qgis.core import (
        QgsFillSymbol,
        QgsLayoutFrame,
        QgsLayoutItemLegend,
        QgsLayoutItemManualTable,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutItemShape,
        QgsLayoutMeasurement,
        QgsLayoutMultiFrame,
        QgsLayoutSize,
        QgsLayoutTable,
        QgsLayoutTableColumn,
        QgsLayoutTableStyle,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsRectangle,
        QgsScaleBarSettings,
        QgsSimpleFillSymbolLayer,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    layout = QgsPrintLayout(project)
    layout.setName("annotation_sheet")
    pages = layout.pageCollection()
    for _ in range(2):
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, QgsUnitTypes.LayoutMillimeters))
        pages.addPage(page)

    # page 1: the header
    _label(layout, "title", "Competition annotations", (MARGIN, 8.0, 200.0, 11.0), 18, bold=True)
    _label(layout, "subtitle", "Subtitle", (MARGIN, 19.0, 200.0, 6.0), 9.5, colour=MUTED)
    _label(layout, "date", "Date", (PAGE_W - MARGIN - 70.0, 9.5, 70.0, 6.0), 9, colour=MUTED, align=Qt.AlignRight)
    rule = QgsLayoutItemShape(layout)
    rule.setId("rule")
    rule.setShapeType(QgsLayoutItemShape.Rectangle)
    fill = QgsSimpleFillSymbolLayer(QColor(RULE))
    fill.setStrokeStyle(Qt.NoPen)
    rule.setSymbol(QgsFillSymbol([fill]))
    layout.addLayoutItem(rule)
    _place(rule, (MARGIN, 26.0, PAGE_W - 2 * MARGIN, 0.7))

    # page 1: the map, its north arrow and scale bar
    site_map = QgsLayoutItemMap(layout)
    site_map.setId("map")
    site_map.setBackgroundColor(QColor(PAPER))
    site_map.setFrameEnabled(True)
    site_map.setFrameStrokeColor(QColor("#8a8f93"))
    site_map.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    layout.addLayoutItem(site_map)
    _place(site_map, MAP_RECT)
    site_map.zoomToExtent(QgsRectangle(562224.0, 1756329.0, 562488.0, 1756513.0))  # the park; the sheet resets it

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(north_arrow_svg())
    arrow.setLinkedMap(site_map)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(arrow)
    map_x, map_y, map_w, map_h = MAP_RECT
    _place(arrow, (map_x + map_w - 16.0, map_y + 4.0, 12.0, 17.0))

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(site_map)
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(4)
    scalebar.setUnitsPerSegment(20.0)  # the sheet picks a round length for the site's scale
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scalebar.setHeight(2.5)
    scalebar.setTextFormat(text_format(7.5))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    scalebar.setBoxContentSpace(1.5)
    layout.addLayoutItem(scalebar)
    _place(scalebar, (map_x + 4.0, map_y + map_h - 14.0, 60.0, 10.0))

    # page 1: the legend and the note on coordinates
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(site_map)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    legend.setStyleFont(QgsLegendStyle.Title, font(11, bold=True))
    legend.setStyleFont(QgsLegendStyle.Group, font(8.5, bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, font(8, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, font(7.5))
    legend.setStyleMargin(QgsLegendStyle.Title, QgsLegendStyle.Bottom, 3.0)
    legend.setStyleMargin(QgsLegendStyle.Subgroup, QgsLegendStyle.Top, 2.5)
    legend.setFontColor(QColor(INK))
    legend.setSymbolWidth(6.0)
    legend.setSymbolHeight(3.5)
    legend.setBoxSpace(0.0)
    legend.setWrapString("\n")
    layout.addLayoutItem(legend)
    _place(legend, (SIDE_X, MAP_RECT[1], SIDE_W, 140.0))
    # under the map: the colours of the criteria's badges, in three columns (the sheet fills it)
    key = QgsLayoutItemLegend(layout)
    key.setId("criteria_key")
    key.setTitle("")
    key.setAutoUpdateModel(False)
    key.setResizeToContents(False)
    key.setColumnCount(3)
    key.setSplitLayer(True)
    key.setEqualColumnWidth(True)
    key.setStyleFont(QgsLegendStyle.Subgroup, font(8, bold=True))
    key.setStyleFont(QgsLegendStyle.SymbolLabel, font(7.5))
    key.setStyleMargin(QgsLegendStyle.Subgroup, QgsLegendStyle.Bottom, 1.0)
    key.setFontColor(QColor(INK))
    key.setSymbolWidth(3.5)
    key.setSymbolHeight(3.0)
    key.setBoxSpace(0.0)
    layout.addLayoutItem(key)
    _place(key, KEY_RECT)
    _label(layout, "note", "Note", (SIDE_X, map_y + map_h - 2.0, SIDE_W, 14.0), 6.5, colour=MUTED)

    # page 2 (and the pages the table adds): the table of annotations by criterion
    _label(layout, "table_title", "Annotations by criterion", (MARGIN, 8.0, PAGE_W - 2 * MARGIN, 9.0), 14,
           bold=True, page=1)  # fmt: skip
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    table.setIncludeTableHeader(True)
    table.setHeaders([QgsLayoutTableColumn(name) for name in ("Annotation", "Kind", "Team", "Review status")])
    table.setColumnWidths(list(COLUMN_WIDTHS))
    table.setHeaderMode(QgsLayoutTable.AllFrames)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setHeaderTextFormat(text_format(8, bold=True, colour="#ffffff"))
    table.setContentTextFormat(text_format(8))
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    table.setCellMargin(CELL_MARGIN)
    table.setShowGrid(True)
    table.setVerticalGrid(False)
    table.setHorizontalGrid(True)
    table.setGridStrokeWidth(GRID_STROKE)
    table.setGridColor(QColor("#d5d8da"))
    header_style = QgsLayoutTableStyle()
    header_style.enabled = True
    header_style.cellBackgroundColor = QColor(INK)
    table.setCellStyle(QgsLayoutTable.HeaderRow, header_style)
    table.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("table")
    _place(frame, TABLE_RECT, page=1)
    table.addFrame(frame)
    return layout


def describe(layout) -> list[tuple]:
    """The layout's items as (id, kind, page, x, y, width, height), rounded to 0.1 mm, sorted: what --check compares."""
    from qgis.core import QgsLayoutItem, QgsLayoutItemPage

    rows = []
    for item in layout.items():
        if not isinstance(item, QgsLayoutItem) or isinstance(item, QgsLayoutItemPage):
            continue
        position = item.pagePositionWithUnits()
        size = item.sizeWithUnits()
        rows.append((item.id(), type(item).__name__, item.page(), *(round(value, 1) for value in (
            position.x(), position.y(), size.width(), size.height()))))  # fmt: skip
    return sorted(rows)


def write_template(path: Path = TEMPLATE) -> Path:
    from qgis.core import QgsProject, QgsReadWriteContext

    path.parent.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    layout = build_layout(project)
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise RuntimeError(f"the template could not be written to {path}")
    return path


def load_template(project, path: Path = TEMPLATE):
    """A print layout loaded from the template at ``path``, in ``project`` (which must outlive it)."""
    from qgis.core import QgsPrintLayout, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    layout = QgsPrintLayout(project)
    document = QDomDocument()
    document.setContent(path.read_text(encoding="utf-8"))
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise RuntimeError(f"{path} is not a print layout template")
    return layout


def outdated(path: Path = TEMPLATE) -> bool:
    """Whether the committed template's items differ from a fresh generation (or it is missing)."""
    from qgis.core import QgsProject

    if not path.is_file():
        return True
    project = QgsProject()
    with tempfile.TemporaryDirectory() as folder:
        fresh = write_template(Path(folder) / path.name)
        return describe(load_template(project, fresh)) != describe(load_template(project, path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=TEMPLATE, help="where to write (default: the plugin's)")
    parser.add_argument("--check", action="store_true", help="only report whether the template is out of date")
    args = parser.parse_args(argv)
    start_qgis()
    if args.check:
        stale = outdated(args.output)
        print(f"out of date: {args.output}" if stale else f"up to date: {args.output}")
        return 1 if stale else 0
    path = write_template(args.output)
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
