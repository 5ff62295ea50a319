"""The annotation sheet for the jury: a PDF with the map of the competition site and its annotations by criterion.

The layout template ``resources/layouts/annotation_sheet.qpt`` (source: ``scripts/make_layout.py``) is filled in the
sheet's language, whatever QGIS's: its texts are data in three languages (``SHEET_TEXTS``), like the value lists. The
map and legend come from a project of their own (never the user's): the site and the annotation layers with their
stored styles, relabelled, EPSG:6960 pinned. The table has one bold row per criterion followed by the annotations that
speak to it (under each of their criteria), then those with none; given criteria, only those groups and the
annotations speaking to one of them are shown, on the map too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutTableColumn,
    QgsMapLayerStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..__about__ import RESOURCES_DIR
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from . import annotations
from . import crs as crs_tools
from .annotation_styles import criteria_key_layer
from .annotations import Annotation
from .schema import LANGUAGES, VALUE_LISTS, Label
from .schema import layer as layer_definition
from .styles import relabel
from .workspace import Workspace
from .workspace_open import open_workspace

TEMPLATE = RESOURCES_DIR / "layouts" / "annotation_sheet.qpt"
SITE_LAYER = annotations.SITE_LAYER
ANNOTATION_LAYERS = tuple(annotations.ANNOTATION_LAYERS.values())  # points, lines, areas: drawn top first
ITEM_IDS = (
    "title",
    "subtitle",
    "date",
    "map",
    "north_arrow",
    "scalebar",
    "legend",
    "criteria_key",
    "note",
    "table_title",
    "table",
)
MAP_MARGIN = 0.04  # around the park, a share of its larger side
GROUP_BACKGROUND = "#e6ecef"
SCALEBAR_SEGMENT_MM = 12.0
CRITERIA = VALUE_LISTS["criterion"]
KINDS = VALUE_LISTS["annotation_kind"]
STATUSES = VALUE_LISTS["review_status"]
# text stays text in the PDF (searchable); Qgis.TextRenderFormat exists from QGIS 3.22 on
TEXT_AS_TEXT = Qgis.TextRenderFormat.AlwaysText

SHEET_TEXTS: dict[str, Label] = {
    "title": Label("Competition annotations: Hội An central park", "Ghi chú cuộc thi: Công viên Hội An",
                   "Annotations du concours : parc central de Hội An"),
    "subtitle": Label("Design competition for a shared creative space in the Friendship Building",
                      "Cuộc thi thiết kế không gian sáng tạo chung tại Tòa nhà Hữu nghị",
                      "Concours pour un espace créatif partagé dans le bâtiment de l'Amitié"),
    "one_annotation": Label("1 annotation", "1 ghi chú", "1 annotation"),
    "annotations": Label("{count} annotations", "{count} ghi chú", "{count} annotations"),
    "all_criteria": Label("all criteria", "tất cả tiêu chí", "tous les critères"),
    "criteria": Label("criteria: {criteria}", "tiêu chí: {criteria}", "critères : {criteria}"),
    "date": Label("Printed on {date}", "In ngày {date}", "Imprimé le {date}"),
    "date_pattern": Label("{day} {month} {year}", "{day} tháng {number} năm {year}", "{day} {month} {year}"),
    "legend": Label("Legend", "Chú giải", "Légende"),
    "coordinates": Label("Coordinates: {crs}.", "Hệ tọa độ: {crs}.", "Coordonnées : {crs}."),
    "approximate": Label("The site outline is approximate.", "Ranh giới khu đất là ước lượng.",
                         "Le contour du site est approximatif."),
    "source": Label("Workspace: {name}", "Dữ liệu: {name}", "Espace de travail : {name}"),
    "table_title": Label("Annotations by criterion", "Ghi chú theo tiêu chí", "Annotations par critère"),
    "no_criterion": Label("No criterion", "Chưa gắn tiêu chí", "Sans critère"),
    "column_text": Label("Annotation", "Ghi chú", "Annotation"),
    "column_kind": Label("Kind", "Loại", "Type"),
    "column_team": Label("Team", "Nhóm dự thi", "Équipe"),
    "column_status": Label("Review status", "Trạng thái xem xét", "État de la revue"),
}  # fmt: skip
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}  # fmt: skip

Progress = Callable[[float], None]


def sheet_language(language: str | None) -> str:
    code = (language or "en")[:2].lower()
    if code not in LANGUAGES:
        sentence = tr("{language} is not a language of the annotation sheet: choose en, vi or fr.")
        raise UserError(sentence.format(language=language))
    return code


def format_date(day: date, language: str) -> str:
    """``day`` as people write it in ``language``: 5 May 2025, 5 tháng 5 năm 2025, 1er mai 2025."""
    code = sheet_language(language)
    number = "1er" if code == "fr" and day.day == 1 else str(day.day)
    month = MONTHS.get(code, MONTHS["en"])[day.month - 1]
    return SHEET_TEXTS["date_pattern"].get(code).format(day=number, month=month, number=day.month, year=day.year)


def resolve_criteria(criteria: Iterable[str] | str | None) -> tuple[str, ...] | None:
    """Criterion codes (or labels in any language) -> codes in the value list's order; None for all criteria.

    A string may hold several, separated by commas. UserError for a criterion that does not exist."""
    if criteria is None:
        return None
    items = criteria.split(",") if isinstance(criteria, str) else criteria
    codes = set()
    for item in (str(item).strip() for item in items):
        if not item:
            continue
        code = CRITERIA.match(item)
        if code is None:
            sentence = tr("{criterion} is not a competition criterion: use one of {codes}.")
            raise UserError(sentence.format(criterion=item, codes=", ".join(CRITERIA.codes())))
        codes.add(code)
    return tuple(code for code in CRITERIA.codes() if code in codes) or None


def read_annotations(workspace: Workspace) -> list[Annotation]:
    """Every annotation of the workspace's three annotation layers."""
    return annotations.read_annotations({name: workspace.layer(name) for name in ANNOTATION_LAYERS})


def select(annotations: Iterable[Annotation], criteria: tuple[str, ...] | None) -> list[Annotation]:
    """The annotations that speak to at least one of ``criteria`` (all of them when None)."""
    return [annotation for annotation in annotations if criteria is None or set(annotation.criteria) & set(criteria)]


def _reading_order(annotation: Annotation) -> tuple:
    kind = KINDS.codes().index(annotation.kind) if annotation.kind in KINDS else len(KINDS.codes())
    return kind, annotation.text.casefold()


def group_by_criterion(
    annotations: Iterable[Annotation], criteria: tuple[str, ...] | None
) -> list[tuple[str | None, list[Annotation]]]:
    """(criterion code, its annotations) in the value list's order, each group sorted by kind and text; then
    (None, the annotations with no criterion) when all criteria are shown. Empty groups are left out."""
    annotations = list(annotations)
    groups = []
    for code in criteria or CRITERIA.codes():
        members = [annotation for annotation in annotations if code in annotation.criteria]
        if members:
            groups.append((code, sorted(members, key=_reading_order)))
    orphans = [annotation for annotation in annotations if not annotation.criteria]
    if criteria is None and orphans:
        groups.append((None, sorted(orphans, key=_reading_order)))
    return groups


def table_contents(groups, language: str, text_format: QgsTextFormat) -> list[list[QgsTableCell]]:
    """The table's rows: for each group a bold row with the criterion and its count, then one row per annotation."""
    bold = QgsTextFormat(text_format)
    group_font = bold.font()
    group_font.setBold(True)
    bold.setFont(group_font)
    bold.setSize(text_format.size() + 1)
    rows = []
    for code, members in groups:
        title = CRITERIA.label_for(code, language) if code else SHEET_TEXTS["no_criterion"].get(language)
        header = [QgsTableCell(f"{title} ({len(members)})"), QgsTableCell(), QgsTableCell(), QgsTableCell()]
        for cell in header:
            cell.setBackgroundColor(QColor(GROUP_BACKGROUND))
            cell.setTextFormat(bold)
        rows.append(header)
        for annotation in members:
            values = (annotation.text, _label(KINDS, annotation.kind, language), annotation.team or "",
                      _label(STATUSES, annotation.review_status, language))  # fmt: skip
            rows.append([QgsTableCell(value) for value in values])
    return rows


def _label(value_list, code: str | None, language: str) -> str:
    return value_list.label_for(code, language) if code in value_list else code or ""


def sheet_project(workspace: Workspace, language: str, shown: list[Annotation] | None = None):
    """A project of its own (not QgsProject.instance()), in the workspace's CRS with EPSG:6960 pinned, and its
    layers, top first: copies in memory of the annotation layers (only ``shown`` when given) and the site, with the
    stored styles. (Subset strings on two layers of a GeoPackage in WAL mode made QGIS 3.22 with GDAL 3.6 fail to
    read it: "unable to open database file".)"""
    project = QgsProject()
    project.setCrs(crs_tools.crs(workspace.crs))
    crs_tools.pin_in_project(project)
    root = project.layerTreeRoot()
    layers = []
    for name in (*ANNOTATION_LAYERS, SITE_LAYER):
        layer_def = layer_definition(name)
        stored = workspace.layer(name, layer_def.label.get(language))
        relabel(stored, layer_def, language)  # the stored style's legend is Vietnamese
        request = QgsFeatureRequest()
        if shown is not None and name != SITE_LAYER:
            request.setFilterFids([annotation.fid for annotation in shown if annotation.layer == name])
        layer = stored.materialize(request)
        layer.setName(stored.name())
        style = QgsMapLayerStyle()
        style.readFromLayer(stored)
        style.writeToLayer(layer)
        project.addMapLayer(layer, False)
        root.addLayer(layer)
        layers.append(layer)
    return project, layers


def load_layout(project: QgsProject) -> QgsPrintLayout:
    """The sheet's print layout from the template, in ``project`` (which must outlive it)."""
    document = QDomDocument()
    if not TEMPLATE.is_file() or not document.setContent(TEMPLATE.read_text(encoding="utf-8"))[0]:
        raise UserError(tr("The annotation sheet's layout template is missing: reinstall the plugin."), str(TEMPLATE))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    missing = [item_id for item_id in ITEM_IDS if layout.itemById(item_id) is None]
    if not ok or missing:
        sentence = tr("The annotation sheet's layout template is damaged: reinstall the plugin.")
        raise UserError(sentence, f"missing items: {missing}")
    return layout


def subtitle(count: int, criteria: tuple[str, ...] | None, language: str) -> str:
    """The competition, how many annotations the sheet shows, and for which criteria."""
    text = {key: label.get(language) for key, label in SHEET_TEXTS.items()}
    counted = text["one_annotation"] if count == 1 else text["annotations"].format(count=count)
    names = ", ".join(CRITERIA.label_for(code, language) for code in criteria or ())
    return " · ".join((text["subtitle"], counted, text["criteria"].format(criteria=names) if names
                       else text["all_criteria"]))  # fmt: skip


def round_length(metres: float) -> float:
    """The round length (1, 2, 2.5 or 5 times a power of ten) nearest to ``metres``: a scale bar's segment."""
    power = 10 ** math.floor(math.log10(max(metres, 1e-6)))
    return min((step * power for step in (1, 2, 2.5, 5, 10)), key=lambda length: abs(length - metres))


def fill_layout(layout, project, layers, workspace, shown, criteria, language: str, today: date) -> None:
    """The texts in ``language``, the map on the site, the legend of the sheet's layers, the table."""
    text = {key: label.get(language) for key, label in SHEET_TEXTS.items()}
    layout.itemById("title").setText(text["title"])
    layout.itemById("subtitle").setText(subtitle(len(shown), criteria, language))
    layout.itemById("date").setText(text["date"].format(date=format_date(today, language)))
    layout.itemById("table_title").setText(text["table_title"])

    site = layers[-1]
    site_map = layout.itemById("map")
    site_map.setCrs(project.crs())
    site_map.setLayers(layers)
    site_map.zoomToExtent(annotations.site_extent(site, MAP_MARGIN))
    scalebar = layout.itemById("scalebar")  # four segments of a round length, about 12 mm each
    scalebar.setUnitsPerSegment(round_length(site_map.scale() * SCALEBAR_SEGMENT_MM / 1000.0))
    scalebar.update()

    legend = layout.itemById("legend")
    legend.setTitle(text["legend"])
    legend.setAutoUpdateModel(False)  # the legend owns its layer tree: only the sheet's layers, top first
    tree = legend.model().rootGroup()
    tree.removeAllChildren()
    for layer in layers:
        tree.addLayer(layer)
    legend.setLegendFilterByMapEnabled(True)  # only the kinds on the map (it drops the diagram's criteria rows)
    legend.updateLegend()
    key_layer = criteria_key_layer(language)  # so the badges' colours are told under the map
    project.addMapLayer(key_layer, False)
    key = layout.itemById("criteria_key")
    key.model().rootGroup().removeAllChildren()
    key.model().rootGroup().addLayer(key_layer)
    key.updateLegend()

    crs = project.crs()
    note = [text["coordinates"].format(crs=f"{crs.description()} ({crs.authid()})")]
    if any(str(feature["is_approximate"]).lower() in {"1", "true"} for feature in site.getFeatures()):
        note.append(text["approximate"])
    note.append(text["source"].format(name=workspace.path.name))
    layout.itemById("note").setText("\n".join(note))

    table = layout.itemById("table").multiFrame()
    headers = ("column_text", "column_kind", "column_team", "column_status")
    table.setHeaders([QgsLayoutTableColumn(text[key]) for key in headers])
    table.setTableContents(table_contents(group_by_criterion(shown, criteria), language, table.contentTextFormat()))
    layout.refresh()


def _check_output(path: Path) -> None:
    """UserError unless a file can be written at ``path`` (its folder is made when missing)."""
    existed = path.exists()
    try:
        if existed and (path.is_dir() or not path.stat().st_mode & 0o222):  # root writes read-only files: not us
            raise PermissionError(f"{path} is a folder or read-only")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab"):
            pass
        if not existed:
            path.unlink()
    except OSError as error:
        sentence = tr("The annotation sheet cannot be written to {path}: choose another file, in a folder you can "
                      "write to.")  # fmt: skip
        raise UserError(sentence.format(path=path), str(error)) from error


def export_annotation_sheet(
    workspace: Workspace | str | Path,
    output_pdf: str | Path,
    criteria: Iterable[str] | str | None = None,
    language: str = "en",
    progress: Progress | None = None,
    today: date | None = None,
) -> dict:
    """Write the annotation sheet of ``workspace`` to ``output_pdf`` in ``language`` (en, vi, fr).

    ``criteria``: criterion codes; only the annotations speaking to one of them are shown. Returns the counts:
    ``annotations`` (shown), ``pages``, ``rows`` (of the table), ``criteria`` (the codes of its groups) and ``output``.
    UserError, with one sentence, for an unknown criterion, no matching annotation or an unwritable output."""
    language = sheet_language(language)
    report = progress or (lambda _percent: None)
    wanted = resolve_criteria(criteria)
    output = Path(output_pdf)
    _check_output(output)
    if not isinstance(workspace, Workspace):
        workspace = open_workspace(workspace)
    annotations = read_annotations(workspace)
    shown = select(annotations, wanted)
    if not shown:
        if wanted is None:
            raise UserError(tr("The workspace has no annotation yet: annotate the competition site first."))
        raise UserError(
            tr("No annotation speaks to the chosen criteria ({criteria}): choose other criteria, or none for all.")
            .format(criteria=", ".join(wanted))
        )  # fmt: skip
    report(10)
    project, layers = sheet_project(workspace, language, None if wanted is None else shown)
    layout = None
    try:
        metadata = project.metadata()
        metadata.setTitle(SHEET_TEXTS["title"].get(language))
        project.setMetadata(metadata)
        layout = load_layout(project)
        report(25)
        fill_layout(layout, project, layers, workspace, shown, wanted, language, today or date.today())
        report(40)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = TEXT_AS_TEXT  # pdftotext and screen readers read it; search works
        settings.forceVectorOutput = True
        settings.exportMetadata = True
        exporter = QgsLayoutExporter(layout)
        result = exporter.exportToPdf(str(output), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            sentence = tr("The annotation sheet could not be written to {path}: check the disk and try again.")
            raise UserError(sentence.format(path=output), exporter.errorMessage())
        pages = layout.pageCollection().pageCount()
        rows = len(layout.itemById("table").multiFrame().tableContents())
        groups = [code for code, _members in group_by_criterion(shown, wanted)]
    finally:
        layout = layers = None  # the layout before the project whose layers it draws
        project.clear()
    report(100)
    return {"annotations": len(shown), "pages": pages, "rows": rows, "criteria": groups, "output": str(output)}
