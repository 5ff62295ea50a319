"""Validation of a workspace: the rules of ``rules.py`` on every feature, plus what only the data can tell.

``validate_workspace`` reads every layer of the schema, turns each feature into plain Python values (QGIS's NULL,
QDate and QDateTime become None, ``date`` and ``datetime``) and applies :func:`rules.check_record`; then the rules
that need the geometry or the other records:

- ``geometry`` (error): a layer with a geometry whose feature has none, an empty one or an invalid one (GEOS's
  reason, e.g. a self-intersection);
- ``duplicate`` (error): a ``uid`` that another record already uses (the uid is the identity everywhere);
- ``reference`` (warning): a relation field (``organisation_uid``...) naming a record that does not exist.

``write_report`` writes the problems as CSV (UTF-8 with a byte-order mark, so that spreadsheets show Vietnamese
correctly). The value and record rules are re-exported here: forms and publishing import them from this module.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..toolbelt.i18n import tr
from ..toolbelt.task import TaskCancelledError
from .rules import ERROR, WARNING, Problem, check_record, check_value, is_missing, language
from .schema import LAYERS, Layer
from .workspace import Workspace

__all__ = [
    "ERROR", "REPORT_COLUMNS", "WARNING", "Problem", "check_feature", "check_record", "check_value", "count",
    "cross_record_problems", "feature_record", "plain_value", "record_of", "validate_layer", "validate_qgs_layer",
    "validate_workspace", "write_report",
]  # fmt: skip

REPORT_COLUMNS = ("layer", "uid", "fid", "field", "severity", "code", "message")

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


def plain_value(value: Any) -> Any:
    """A feature's attribute as a plain Python value: NULL -> None, QDate -> date, QDateTime -> datetime (UTC)."""
    if isinstance(value, QVariant):
        return None if value.isNull() or not value.isValid() else plain_value(value.value())
    if isinstance(value, QDateTime):
        return value.toUTC().toPyDateTime().replace(tzinfo=UTC) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def feature_record(feature: QgsFeature, names: list[str] | None = None) -> dict[str, Any]:
    """The feature's attributes by field name as plain values, with ``fid`` (``names``: its fields' names, when the
    caller reads many features of one layer)."""
    return record_of(feature.fields().names() if names is None else names, feature.attributes(), feature.id())


def record_of(names: list[str], attributes: list[Any], fid: int) -> dict[str, Any]:
    """A record from a feature's attributes (``QgsFeature.attributes()``) and the names of its fields."""
    record = dict(zip(names, map(plain_value, attributes), strict=False))
    record["fid"] = fid
    return record


def _geometry_problem(layer: Layer, geometry: QgsGeometry, lang: str) -> Problem | None:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        message = tr("The feature has no geometry: place it on the map, or delete it.")
    else:
        errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        if not errors:
            return None
        message = tr("The geometry is not valid ({detail}): fix it with the vertex tool or the algorithm Fix "
                     "geometries.").format(detail=errors[0].what())  # fmt: skip
    return Problem(layer.name, None, None, None, ERROR, "geometry", message)


def _check_features(
    layer: Layer, features: Iterable[QgsFeature], lang: str, cancelled: Cancelled | None
) -> tuple[list[Problem], list[dict[str, Any]]]:
    problems: list[Problem] = []
    records = []
    names = None
    for feature in features:
        if cancelled is not None and cancelled():
            raise TaskCancelledError()
        if names is None:
            names = feature.fields().names()
        record = feature_record(feature, names)
        records.append(record)
        problems += check_feature(layer, record, feature.geometry() if layer.geometry is not None else None, lang)
    return problems, records


def check_feature(layer: Layer, record: dict[str, Any], geometry: QgsGeometry | None, lang: str,
                  fields: Iterable | None = None) -> list[Problem]:  # fmt: skip
    """The problems of one feature: ``check_record`` and its geometry. With ``fields`` (a caller that knows the rest of
    the record unchanged since it was found valid: publishing), only those fields' values are checked."""
    if fields is not None:
        uid = None if is_missing(record.get("uid")) else str(record["uid"])
        return [replace(problem, layer=layer.name, uid=uid, fid=record.get("fid"))
                for field in fields for problem in check_value(field, record.get(field.name), lang)]  # fmt: skip
    problems = check_record(layer, record, lang)
    if layer.geometry is not None:
        problem = _geometry_problem(layer, geometry, lang)
        if problem is not None:
            uid = None if is_missing(record.get("uid")) else str(record["uid"])
            problems.append(replace(problem, uid=uid, fid=record["fid"]))
    return problems


def cross_record_problems(layers: Iterable[Layer], records: dict[str, list[dict[str, Any]]], lang: str,
                          warnings: bool = True) -> list[Problem]:  # fmt: skip
    """What only all the records together tell: a uid used twice (an error), a reference to a record that does not
    exist (a warning; left out without ``warnings``). ``records``: layer name -> its records, each with at least
    ``uid``, ``fid`` and its relation fields."""
    duplicates = _duplicates(records, lang)
    return duplicates + _references(tuple(layers), records, lang) if warnings else duplicates


def validate_qgs_layer(
    qgs_layer: QgsVectorLayer, layer: Layer, lang: str | None = None, cancelled: Cancelled | None = None
) -> list[Problem]:
    """Every problem of the features of ``qgs_layer`` (a layer of ``layer``'s table, with its unsaved edits if it
    is being edited), duplicated uids inside the layer included; references to other layers are not checked."""
    lang = language(lang)
    problems, records = _check_features(layer, qgs_layer.getFeatures(), lang, cancelled)
    return problems + _duplicates({layer.name: records}, lang)


def validate_layer(
    workspace: Workspace, layer: Layer, lang: str | None = None, cancelled: Cancelled | None = None
) -> list[Problem]:
    """Every problem of one layer of the workspace (see :func:`validate_qgs_layer`)."""
    return validate_qgs_layer(workspace.layer(layer.name), layer, lang, cancelled)


def validate_workspace(
    workspace: Workspace,
    progress: Progress | None = None,
    lang: str | None = None,
    cancelled: Cancelled | None = None,
    layers: Iterable[Layer] = LAYERS,
) -> list[Problem]:
    """Every problem of every layer of the workspace, in the schema's order of layers, then the cross-record ones.

    ``progress`` receives a percentage; ``cancelled`` is asked between features (TaskCancelledError when true).
    """
    lang = language(lang)
    layers = tuple(layers)
    problems: list[Problem] = []
    records: dict[str, list[dict[str, Any]]] = {}
    for index, layer in enumerate(layers):
        found, records[layer.name] = _check_features(layer, workspace.layer(layer.name).getFeatures(), lang, cancelled)
        problems += found
        if progress is not None:
            progress(100.0 * (index + 1) / len(layers))
    return problems + cross_record_problems(layers, records, lang)


def _duplicates(records: dict[str, list[dict[str, Any]]], lang: str) -> list[Problem]:
    first: dict[str, str] = {}
    problems = []
    for layer_name, layer_records in records.items():
        for record in layer_records:
            uid = record.get("uid")
            if is_missing(uid):
                continue
            uid = str(uid)
            if uid not in first:
                first[uid] = layer_name
                continue
            message = tr("The identifier {uid} is already used by another record (layer {layer}): give this one a "
                         "new identifier.").format(uid=uid, layer=first[uid])  # fmt: skip
            problems.append(Problem(layer_name, uid, record["fid"], "uid", ERROR, "duplicate", message))
    return problems


def _references(layers: tuple[Layer, ...], records: dict[str, list[dict[str, Any]]], lang: str) -> list[Problem]:
    problems = []
    uids = {name: {str(r.get("uid")) for r in layer_records} for name, layer_records in records.items()}
    for layer in layers:
        for relation in (r for r in layer.relations if r.parent in uids and r.parent_field == "uid"):
            field = layer.field(relation.field)
            for record in records[layer.name]:
                value = record.get(relation.field)
                if is_missing(value) or check_value(field, value, lang) or str(value) in uids[relation.parent]:
                    continue  # empty, or already reported as a malformed uid, or found
                message = tr("{field} names a record that does not exist in {layer}: choose an existing one or "
                             "clear it.").format(field=field.label.get(lang),
                                                 layer=_layer_label(relation.parent, lang))  # fmt: skip
                uid = None if is_missing(record.get("uid")) else str(record["uid"])
                problems.append(Problem(layer.name, uid, record["fid"], field.name, WARNING, "reference", message))
    return problems


def _layer_label(name: str, lang: str) -> str:
    return next((layer.label.get(lang) for layer in LAYERS if layer.name == name), name)


def count(problems: Iterable[Problem]) -> tuple[int, int]:
    """(errors, warnings)."""
    problems = list(problems)
    errors = sum(1 for problem in problems if problem.is_error)
    return errors, len(problems) - errors


def write_report(problems: Iterable[Problem], path: str | Path) -> Path:
    """The problems as CSV at ``path`` (UTF-8 with BOM): layer, uid, fid, field, severity, code, message."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(REPORT_COLUMNS)
        writer.writerows(problem.row() for problem in problems)
    return path
