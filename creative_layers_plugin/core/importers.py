"""Import records into a layer of the workspace from a CSV, GeoJSON or shapefile, ArcGIS Survey123 exports included.

``import_records(workspace, layer_name, source_path)`` reads the file (``import_source``), converts every row
(``import_rows``, ``import_values``) and only then writes, in one transaction: a failure anywhere leaves the workspace
as it was. A row that cannot be imported is listed, with its row number as a spreadsheet shows it (the column names
are row 1) and the reason, in a report (CSV: row, uid, reason); no row is dropped silently, so
``imported + updated + len(rejected)`` is the number of rows of the file.

Identity (re-importing a file updates its records, never duplicates them):

- a ``uid`` column, else Survey123's ``GlobalID`` (braces stripped, lowercase) is the record's uid;
- otherwise the row's **natural key** identifies it: its city and the fields of :data:`NATURAL_KEYS` for the layer
  (``name`` for most layers; ``zone_kind`` + ``name`` for the competition site; ``name_current`` + ``name_legacy`` for
  wards; ``organisation_uid`` + ``pack`` for SME enrolments; ``space_uid`` + ``name`` for space outlines; ``kind`` +
  ``team`` + ``text`` for annotations), compared with case, accents and spaces ignored. A record of the layer with the
  same natural key is updated (so a surveyed competition-site outline replaces the approximate one of the same zone
  and name); else the new record's uid is
  ``uuid5(IMPORT_NAMESPACE, "<layer>:<city>:<key values folded, joined by |>")``, the same in any workspace.

A new record takes ``created_at``/``updated_at`` and ``created_by``/``updated_by`` from the file (Survey123's
``CreationDate``/``EditDate``, ``Creator``/``Editor``), else the time of the import and the importing user; ``rev``
is 1. An updated record keeps its uid and creation fields, gets the file's values for every mapped column (an empty
cell empties the field), ``rev`` + 1, ``updated_at`` = the time of the import and ``updated_by`` = the importing
user. Area and length fields are computed from the geometry in the workspace CRS.
"""

from __future__ import annotations

import csv
import os
import shutil
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsFeedback, QgsTransaction

from ..toolbelt.errors import UserError
from ..toolbelt.i18n import qgis_language, tr
from ..toolbelt.log import logger
from . import crs as crs_tools
from .import_rows import RowReader
from .import_source import map_columns, read_source
from .import_values import RowError
from .schema import Layer, fold, layer
from .workspace import Workspace, WorkspaceError, to_qvariant
from .workspace_open import open_workspace

IMPORT_NAMESPACE = uuid.UUID("2b1f7c9e-6a4d-5e83-9c21-4f0a8d3e7b15")
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "competition_site": ("zone_kind", "name"),
    "ward": ("name_current", "name_legacy"),
    "sme_enrolment": ("organisation_uid", "pack"),
    "space_outline": ("space_uid", "name"),
    "annotation_point": ("kind", "team", "text"),
    "annotation_line": ("kind", "team", "text"),
    "annotation_polygon": ("kind", "team", "text"),
}
DEFAULT_NATURAL_KEY = ("name",)


@dataclass(frozen=True)
class RejectedRow:
    row: int
    reason: str
    uid: str | None = None


@dataclass(frozen=True)
class ImportResult:
    layer: str
    imported: int
    updated: int
    rejected: list[RejectedRow]
    report_path: Path
    ignored_columns: tuple[str, ...] = field(default=())

    @property
    def rows(self) -> int:
        return self.imported + self.updated + len(self.rejected)


@dataclass
class _Stored:
    fid: int
    rev: int


@dataclass
class _Plan:
    creates: list[dict] = field(default_factory=list)  # field -> value, plus "geometry"
    updates: dict[int, dict] = field(default_factory=dict)  # fid -> the same
    rejected: list[RejectedRow] = field(default_factory=list)


def natural_key(layer_name: str) -> tuple[str, ...]:
    return NATURAL_KEYS.get(layer_name, DEFAULT_NATURAL_KEY)


def natural_text(layer_name: str, city: str, values: Mapping[str, object]) -> str | None:
    """``<layer>:<city>:<folded key values joined by |>``, or None when every key field is empty."""
    parts = [values.get(name) for name in natural_key(layer_name)]
    if all(part in (None, "") for part in parts):
        return None
    return f"{layer_name}:{city}:" + "|".join("" if part is None else fold(str(part)) for part in parts)


def natural_uid(layer_name: str, city: str, values: Mapping[str, object]) -> str | None:
    """The deterministic uid of a row without one (see the module's docstring); None without a natural key."""
    text = natural_text(layer_name, city, values)
    return str(uuid.uuid5(IMPORT_NAMESPACE, text)) if text else None


def import_records(
    workspace: Workspace | str | Path,
    layer_name: str,
    source_path: str | Path,
    field_map: str | Mapping[str, str] | None = None,
    feedback: QgsFeedback | None = None,
    report_path: str | Path | None = None,
    coordinates_crs: str | QgsCoordinateReferenceSystem | None = None,
    user: str | None = None,
) -> ImportResult:
    """Import ``source_path`` into ``layer_name`` of ``workspace`` (see the module's docstring)."""
    ws = workspace if isinstance(workspace, Workspace) else open_workspace(workspace)
    try:
        schema_layer = layer(layer_name)
    except KeyError:
        raise WorkspaceError(
            tr("The workspace has no layer {layer}: choose one of the creative map's layers.").format(layer=layer_name)
        ) from None
    coordinates_crs = crs_tools.known_crs(coordinates_crs)
    progress = _progress(feedback)
    source = read_source(source_path)
    columns = map_columns(schema_layer, source.columns, field_map, source.path.name)
    if columns.ignored:
        _tell(
            feedback,
            tr(
                "No field matches the columns {columns}, so they were not imported: name them in the field map if "
                "they should be."
            ).format(columns=", ".join(columns.ignored)),
        )
    progress(10.0)
    reader = RowReader(ws, schema_layer, source, columns, coordinates_crs)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    user = user or QgsApplication.userLoginName() or "import"
    plan = _plan(ws, schema_layer, source.rows, reader, now, user, feedback, progress)
    report = Path(report_path) if report_path else _default_report_path(source.path, ws)
    write_report(report, plan.rejected)  # first: a report that cannot be written stops the import before any change
    try:
        _write(ws, schema_layer, plan)
    except BaseException:
        report.unlink(missing_ok=True)
        raise
    result = ImportResult(
        schema_layer.name, len(plan.creates), len(plan.updates), plan.rejected, report, tuple(columns.ignored)
    )
    logger.info(
        "import of %s into %s: %d new, %d updated, %d rejected (report %s)",
        source.path.name,
        schema_layer.name,
        result.imported,
        result.updated,
        len(result.rejected),
        report,
    )
    progress(100.0)
    return result


def _plan(
    ws: Workspace,
    schema_layer: Layer,
    rows,
    reader: RowReader,
    now: str,
    user: str,
    feedback: QgsFeedback | None,
    progress: Callable[[float], None],
) -> _Plan:
    by_uid, by_key = _stored(ws, schema_layer)
    plan = _Plan()
    seen: dict[str, int] = {}
    required = [f for f in schema_layer.all_fields() if f.required and f.name not in ("uid", "rev", "city")]
    for index, row in enumerate(rows):
        if feedback is not None and feedback.isCanceled():
            raise UserError(tr("The import was cancelled: nothing was changed in the workspace."))
        progress(10.0 + 70.0 * index / max(len(rows), 1))
        uid = None
        try:
            uid = reader.uid(row)
            values = reader.values(row)
            geometry = reader.geometry(row)
            city = reader.city(values, geometry)
            values["city"] = city
            if geometry is not None:
                reader.check_place(geometry, city)
            if uid is None:
                key_text = natural_text(schema_layer.name, city, values)
                if key_text is None:
                    raise RowError(
                        tr("The row has no uid and no {fields}: fill them, or add a uid column.").format(
                            fields=", ".join(natural_key(schema_layer.name))
                        )
                    )
                uid = by_key.get(key_text) or natural_uid(schema_layer.name, city, values)
            if uid in seen:
                raise RowError(
                    tr(
                        "The row is the same record as row {row} (same uid or same {fields}): keep one of "
                        "them, or tell them apart."
                    ).format(row=seen[uid], fields=", ".join(natural_key(schema_layer.name)))
                )
            stored = by_uid.get(uid)
            if geometry is None and not schema_layer.is_table and stored is None:
                raise RowError(
                    tr("The row has no place: fill x (longitude) and y (latitude), or import a file with geometries.")
                )
            for f in required:
                if values.get(f.name) is None and (stored is None or f.name in values):
                    column = reader.columns.column(f.name) or f.name
                    raise RowError(
                        tr("The required field {field} is empty: fill the column {column}.").format(
                            field=f.label.get(qgis_language()), column=column
                        )
                    )
        except RowError as error:
            plan.rejected.append(RejectedRow(row.row, error.reason, uid))
            _tell(feedback, tr("Row {row}: {reason}").format(row=row.row, reason=error.reason), warning=True)
            continue
        seen[uid] = row.row
        _measure(schema_layer, values, geometry)
        if geometry is not None:
            values["geometry"] = geometry
        if stored is None:
            values.update(uid=uid, rev=1)
            values["created_at"] = values.get("created_at") or values.get("updated_at") or now
            values["updated_at"] = values.get("updated_at") or values["created_at"]
            values["created_by"] = values.get("created_by") or values.get("updated_by") or user
            values["updated_by"] = values.get("updated_by") or values["created_by"]
            plan.creates.append(values)
        else:
            for name in ("created_at", "created_by"):
                values.pop(name, None)
            values.update(rev=stored.rev + 1, updated_at=now, updated_by=user)
            plan.updates[stored.fid] = values
    return plan


def _measure(schema_layer: Layer, values: dict, geometry) -> None:
    names = schema_layer.field_names()
    if geometry is not None and "area_m2" in names:
        values["area_m2"] = round(geometry.area(), 2)
    if geometry is not None and "length_m" in names:
        values["length_m"] = round(geometry.length(), 2)


def _stored(ws: Workspace, schema_layer: Layer) -> tuple[dict[str, _Stored], dict[str, str]]:
    """uid -> (fid, rev) and natural key -> uid of the records already in the layer."""
    by_uid: dict[str, _Stored] = {}
    by_key: dict[str, str] = {}
    for feature in ws.layer(schema_layer.name).getFeatures():
        uid = feature["uid"]
        if not isinstance(uid, str):
            continue
        rev = feature["rev"]
        by_uid[uid] = _Stored(feature.id(), rev if isinstance(rev, int) else 0)
        record = {name: feature[name] for name in natural_key(schema_layer.name)}
        record = {name: value if isinstance(value, str) else None for name, value in record.items()}
        key_text = natural_text(schema_layer.name, str(feature["city"]), record)
        if key_text:
            by_key.setdefault(key_text, uid)
    return by_uid, by_key


# --------------------------------------------------------------------------------------------------- writing


def _write(ws: Workspace, schema_layer: Layer, plan: _Plan) -> None:
    """Every create and update of ``plan`` in one transaction (a backup copy stands in where OGR offers none)."""
    if not plan.creates and not plan.updates:
        return
    qgs_layer = ws.layer(schema_layer.name)
    provider = qgs_layer.dataProvider()
    provider.enterUpdateMode()
    transaction = QgsTransaction.create({qgs_layer})
    backup = None
    if transaction is None or not transaction.begin()[0]:
        transaction = None
        backup = ws.path.with_name(ws.path.name + ".import-backup")
        shutil.copyfile(ws.path, backup)
    written = False
    try:
        _add(qgs_layer, schema_layer, plan.creates)
        _change(qgs_layer, schema_layer, plan.updates)
        if transaction is not None:
            committed, error = transaction.commit()
            if not committed:
                raise WorkspaceError(_write_failed(schema_layer), error)
        written = True
    finally:
        if transaction is not None and not written:
            transaction.rollback()
        provider.leaveUpdateMode()
        if backup is not None:
            if not written:
                shutil.copyfile(backup, ws.path)
            backup.unlink(missing_ok=True)


def _write_failed(schema_layer: Layer) -> str:
    return tr(
        "The records could not be written to the layer {layer}; nothing was changed: check that the "
        "workspace is not open for editing elsewhere, then import again."
    ).format(layer=schema_layer.name)


def _attributes(qgs_fields, schema_layer: Layer, values: dict) -> dict[int, object]:
    result = {}
    for schema_field in schema_layer.all_fields():
        if schema_field.name in values:
            index = qgs_fields.indexOf(schema_field.name)
            result[index] = to_qvariant(schema_field.type, values[schema_field.name])
    return result


def _add(qgs_layer, schema_layer: Layer, creates: list[dict]) -> None:
    if not creates:
        return
    features = []
    for values in creates:
        feature = QgsFeature(qgs_layer.fields())
        for index, value in _attributes(qgs_layer.fields(), schema_layer, values).items():
            feature.setAttribute(index, value)
        if values.get("geometry") is not None:
            feature.setGeometry(values["geometry"])
        features.append(feature)
    provider = qgs_layer.dataProvider()
    added, _ = provider.addFeatures(features)
    if not added:
        raise WorkspaceError(_write_failed(schema_layer), "; ".join(provider.errors()[-3:]))


def _change(qgs_layer, schema_layer: Layer, updates: dict[int, dict]) -> None:
    if not updates:
        return
    provider = qgs_layer.dataProvider()
    attributes = {fid: _attributes(qgs_layer.fields(), schema_layer, values) for fid, values in updates.items()}
    geometries = {fid: values["geometry"] for fid, values in updates.items() if values.get("geometry") is not None}
    if not provider.changeAttributeValues(attributes) or (geometries and not provider.changeGeometryValues(geometries)):
        raise WorkspaceError(_write_failed(schema_layer), "; ".join(provider.errors()[-3:]))


# --------------------------------------------------------------------------------------------------- report


def _default_report_path(source: Path, ws: Workspace) -> Path:
    """``<source>_import_report.csv`` beside the source, or beside the workspace when that folder is read-only."""
    folder = source.parent if os.access(source.parent, os.W_OK) else ws.path.parent
    return folder / f"{source.stem}_import_report.csv"


def write_report(path: Path, rejected: list[RejectedRow]) -> None:
    """The rejected rows as CSV (UTF-8 with BOM, so that spreadsheets show Vietnamese): row, uid, reason."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["row", "uid", "reason"])
            for item in sorted(rejected, key=lambda item: item.row):
                writer.writerow([item.row, item.uid or "", item.reason])
    except OSError as error:
        raise UserError(
            tr("The import report could not be written to {path}: choose another place for it.").format(path=path),
            str(error),
        ) from error


def _progress(feedback: QgsFeedback | None) -> Callable[[float], None]:
    if feedback is None:
        return lambda _value: None
    return feedback.setProgress


def _tell(feedback: QgsFeedback | None, message: str, warning: bool = False) -> None:
    logger.info(message)
    method = getattr(feedback, "pushWarning" if warning else "pushInfo", None) if feedback is not None else None
    if callable(method):
        method(message)
