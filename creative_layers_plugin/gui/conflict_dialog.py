"""The question a publish asks about a record changed both here and on the server since the last publish: the fields
that differ side by side, readable (coded values as their labels in the user's language, a move in metres), and the
answer: keep mine, keep theirs, or merge field by field (cancel stops the whole publish).

What an answer makes of the record is :func:`decision`, without widgets: the dialog's buttons call it, tests too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ..core.schema import VALUE_LISTS, FieldType, Layer, split_multi
from ..core.schema import layer as schema_layer
from ..sync.plan import Change, decided, merged
from ..sync.records import SERVER_TOLERANCE, changed_fields, same_geometry
from ..sync.working_copy import geometry_from_json
from ..toolbelt.i18n import qgis_language, tr

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))

KEEP_MINE, KEEP_THEIRS, MERGE = "keep_local", "keep_remote", "merge"
GEOMETRY = "geometry"
LONGEST = 80  # characters of a value the table shows (its tooltip has it all)
MINE_COLUMN, THEIRS_COLUMN, TAKE_COLUMN = 1, 2, 3


@dataclass(frozen=True)
class Row:
    """One field that differs: its name (a property, or ``geometry``), its label and both sides, readable."""

    name: str
    label: str
    mine: str
    theirs: str


# the decision
def can_merge(change: Change) -> bool:
    """Field by field needs a record on both sides; a deleted side leaves only mine or theirs."""
    return change.local is not None and change.local.canonical is not None and change.remote is not None


def differing_fields(change: Change) -> list[str]:
    """The fields the user decides about: those that differ between the two sides (a shape within the server's
    rounding is the same shape); with a side deleted, what the other side changed since the last publish."""
    mine = change.local.canonical if change.local is not None else None
    theirs = change.remote.canonical if change.remote is not None else None
    if mine is None or theirs is None:
        present = mine if mine is not None else theirs
        base = change.base.snapshot if change.base is not None else None
        if present is None:
            return []
        if base is None:
            return [name for name, value in present["properties"].items() if value is not None]
        names = changed_fields(present, base)
    else:
        names = changed_fields(mine, theirs)
        base = theirs
        present = mine
    if GEOMETRY in names and same_geometry(present.get("geometry"), base.get("geometry"), SERVER_TOLERANCE):
        names.remove(GEOMETRY)
    return names


def decision(change: Change, choice: str, theirs: set[str] | list[str] | tuple = ()) -> Change:
    """The conflict turned into what the user chose: ``keep_local``, ``keep_remote``, or ``merge`` with ``theirs``
    the fields (property names, ``geometry``) taken from the server. A merge that takes none of the server's values
    is keeping mine; one that takes all of them is keeping theirs."""
    if choice in (KEEP_MINE, KEEP_THEIRS):
        return decided(change, choice)
    if choice != MERGE:
        raise ValueError(f"unknown choice {choice!r}")
    if not can_merge(change):
        raise ValueError("a record deleted on one side cannot be merged field by field")
    differing = set(differing_fields(change))
    taken = set(theirs) & differing
    if not taken:
        return decided(change, KEEP_MINE)
    if taken == differing:
        return decided(change, KEEP_THEIRS)
    return merged(change, taken)


# what the user reads
def describe_value(layer: Layer | None, name: str, value, language: str) -> str:
    """A stored value as a person reads it: labels for codes, yes or no, "(empty)"."""
    if value is None or value == "":
        return tr("(empty)")
    try:
        field = layer.field(name) if layer is not None else None
    except KeyError:
        field = None
    if field is not None and (field.is_coded or field.is_multi):
        codes = split_multi(value) if field.is_multi else (str(value),)
        values = VALUE_LISTS.get(field.value_list) if field.value_list else None
        return ", ".join(_label(values, code, language) for code in codes) or tr("(empty)")
    if field is not None and field.type is FieldType.BOOLEAN:
        return tr("yes") if value else tr("no")
    return str(value)


def _label(values, code: str, language: str) -> str:
    try:
        return values.label_for(code, language) if values is not None else code
    except KeyError:
        return code


def distance_m(first: dict, second: dict) -> float:
    """The distance in metres between the centres of two GeoJSON (CRS84) geometries, on the ellipsoid."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    a = geometry_from_json(first).centroid().asPoint()
    b = geometry_from_json(second).centroid().asPoint()
    return measure.measureLine(a, b)


def _metres(value: float) -> str:
    return QLocale().toString(float(value), "f", 1 if value < 10 else 0)


def describe_geometry(side: dict | None, reference: dict | None, reference_is_base: bool = True) -> str:
    """One side's shape against the last publish's (or, without one, against the other side): "moved 12 m",
    "changed", "unchanged"."""
    if side is None:
        return tr("(no location)")
    if reference is None:
        return tr("(no location before)") if reference_is_base else tr("placed")
    if same_geometry(side, reference, SERVER_TOLERANCE):
        return tr("unchanged") if reference_is_base else tr("the same place")
    moved = distance_m(side, reference)
    if side.get("type") == "Point":
        text = tr("moved {distance} m") if reference_is_base else tr("{distance} m from this working copy's")
        return text.format(distance=_metres(moved))
    if moved >= 1:
        return tr("changed, moved {distance} m").format(distance=_metres(moved))
    return tr("changed")


def conflict_rows(change: Change, language: str) -> list[Row]:
    """The table's rows: each differing field with its label, this working copy's value and the server's."""
    try:
        layer = schema_layer(change.layer)
    except KeyError:
        layer = None
    mine = change.local.canonical if change.local is not None else None
    theirs = change.remote.canonical if change.remote is not None else None
    base = change.base.snapshot if change.base is not None else None
    rows = []
    for name in differing_fields(change):
        if name == GEOMETRY:
            label = tr("Location and shape")
            if base is not None:  # each side against the last publish: "moved 12 m", "unchanged"
                texts = [describe_geometry(side["geometry"], base.get("geometry")) if side else tr("(deleted)")
                         for side in (mine, theirs)]  # fmt: skip
            elif mine is None or theirs is None:
                texts = [tr("(deleted)") if side is None else tr("placed") for side in (mine, theirs)]
            else:  # the server's against this working copy's
                texts = [tr("as placed here"), describe_geometry(theirs["geometry"], mine["geometry"], False)]
        else:
            label = _field_label(layer, name, language)
            texts = [describe_value(layer, name, side["properties"].get(name), language) if side else tr("(deleted)")
                     for side in (mine, theirs)]  # fmt: skip
        rows.append(Row(name, label, texts[0], texts[1]))
    return rows


def _field_label(layer: Layer | None, name: str, language: str) -> str:
    try:
        return layer.field(name).label.get(language) if layer is not None else name
    except KeyError:
        return name


def record_title(change: Change, language: str) -> str:
    """The layer's label and the record's name (its uid when it has none)."""
    try:
        layer = schema_layer(change.layer)
    except KeyError:
        return f"{change.layer}: {change.uid}"
    name = None
    for side in (change.local, change.remote):
        if side is not None and side.canonical is not None:
            name = name or side.canonical["properties"].get(layer.display_field)
    return f"{layer.label.get(language)}: {name or change.uid}"


def _elided(text: str) -> str:
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


class ConflictDialog(QDialog):
    """One record at a time ("1 of 3"); ``result_change`` is the decided change, None when cancelled."""

    def __init__(
        self, change: Change, position: int = 1, total: int = 1, language: str | None = None, parent: QWidget = None
    ) -> None:
        super().__init__(parent)
        self.form = FORM_CLASS()
        self.form.setupUi(self)
        self.change = change
        self.language = language or qgis_language()
        self.result_change: Change | None = None
        self.rows = conflict_rows(change, self.language)
        self.mergeable = can_merge(change)
        self.setWindowTitle(tr("Changed here and on the server"))
        bold = QFont(self.form.positionLabel.font())
        bold.setBold(True)
        self.form.positionLabel.setFont(bold)
        self.form.positionLabel.setText(
            tr("Record {position} of {total} changed both here and on the server").format(position=position,
                                                                                          total=total))  # fmt: skip
        self.form.recordLabel.setText(record_title(change, self.language))
        self.form.explanationLabel.setText(self._explanation())
        self._fill()
        self.form.mergeButton.setEnabled(self.mergeable)
        self.form.keepMineButton.clicked.connect(lambda: self.choose(KEEP_MINE))
        self.form.keepTheirsButton.clicked.connect(lambda: self.choose(KEEP_THEIRS))
        self.form.mergeButton.clicked.connect(lambda: self.choose(MERGE))
        self.form.cancelButton.clicked.connect(self.reject)
        self.form.fieldsTable.itemChanged.connect(self._item_changed)

    def _explanation(self) -> str:
        if self.change.local is None or self.change.local.canonical is None:
            return tr("You deleted it here and someone changed it on the server. “Keep mine” deletes it on the "
                      "server too; “Keep theirs” brings it back here.")  # fmt: skip
        if self.change.remote is None:
            return tr("Someone deleted it on the server and you changed it here. “Keep mine” puts it back on the "
                      "server; “Keep theirs” deletes it here too.")  # fmt: skip
        return tr("Both sides changed it differently since the last publish. Tick the server's values you want, then "
                  "“Merge as chosen”; or keep one side whole.")  # fmt: skip

    def _fill(self) -> None:
        table = self.form.fieldsTable
        table.blockSignals(True)
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            name = QTableWidgetItem(row.label)
            name.setData(Qt.ItemDataRole.UserRole, row.name)
            table.setItem(index, 0, name)
            for column, text in ((MINE_COLUMN, row.mine), (THEIRS_COLUMN, row.theirs)):
                item = QTableWidgetItem(_elided(text))
                item.setToolTip(text)
                table.setItem(index, column, item)
            take = QTableWidgetItem()
            if self.mergeable:
                take.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                take.setCheckState(Qt.CheckState.Unchecked)
                take.setToolTip(tr("Take the server's value of {field}").format(field=row.label))
            else:
                take.setFlags(Qt.ItemFlag.NoItemFlags)
            table.setItem(index, TAKE_COLUMN, take)
            self._show_choice(index)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEIRS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TAKE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )  # wrapped texts, at any width
        table.setCurrentCell(-1, -1)
        table.blockSignals(False)
        self.resize(760, min(620, 200 + 28 * max(1, len(self.rows))))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == TAKE_COLUMN:
            self._show_choice(item.row())

    def _show_choice(self, index: int) -> None:
        """The value that will be kept in bold."""
        table = self.form.fieldsTable
        take = table.item(index, TAKE_COLUMN)
        theirs = take is not None and take.checkState() == Qt.CheckState.Checked
        for column, kept in ((MINE_COLUMN, not theirs), (THEIRS_COLUMN, theirs)):
            item = table.item(index, column)
            font = QFont(item.font())
            font.setBold(kept and self.mergeable)
            item.setFont(font)

    def chosen(self) -> set[str]:
        """The fields whose server value is ticked."""
        table = self.form.fieldsTable
        return {row.name for index, row in enumerate(self.rows)
                if table.item(index, TAKE_COLUMN).checkState() == Qt.CheckState.Checked}  # fmt: skip

    def take_theirs(self, name: str, take: bool = True) -> None:
        """Tick (or untick) the server's value of the field ``name``."""
        for index, row in enumerate(self.rows):
            if row.name == name:
                self.form.fieldsTable.item(index, TAKE_COLUMN).setCheckState(
                    Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
                )
                return
        raise KeyError(name)

    def choose(self, choice: str) -> Change:
        self.result_change = decision(self.change, choice, self.chosen())
        self.accept()
        return self.result_change


def ask_conflict(
    change: Change, position: int, total: int, language: str | None = None, parent: QWidget = None
) -> Change | None:
    """Ask the user (a modal dialog, on the main thread); None when they cancel the publish."""
    dialog = ConflictDialog(change, position, total, language, parent)
    dialog.exec()
    return dialog.result_change
