"""The working copy's side of a publish: its records as they would go out, and what comes in from the server written
into it (with the server's bookkeeping fields: revision, who and when).

Geometries go out in CRS84 (the layer's VN-2000 transformed with EPSG:6960 pinned) and come back the same way.
Layers are opened afresh here (``Workspace.layer``), so this runs in a task's thread or in ``qgis_process``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as attribute

from osgeo import ogr
from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from ..core import crs as crs_tools
from ..core.schema import FieldType, Layer
from ..core.validation import Problem, check_feature, plain_value, record_of
from ..core.workspace import Workspace, WorkspaceError, to_qvariant
from ..toolbelt.i18n import tr
from .history import records_of
from .photos import PHOTO_FIELD, Downloads, LocalPhotos, PhotoProblem
from .plan import Change, Local
from .records import BOOKKEEPING, canonical_of, digest, fast_wire, wire_fields, wire_value
from .remote_reader import ReadCancelledError
from .state import BaseEntry

WIRE_CRS = "EPSG:4326"  # GeoJSON's CRS84: longitude, latitude (QGIS keeps x = longitude for it)
PRECISION = 9  # decimals of a degree: 0.1 mm


def geometry_json(geometry: QgsGeometry, transform) -> dict | None:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.wkbType() == QgsWkbTypes.Type.Point:  # what asJson gives, without writing and reading JSON
        point = transform.transform(geometry.asPoint())
        return {"coordinates": [_rounded(point.x()), _rounded(point.y())], "type": "Point"}
    copy = QgsGeometry(geometry)
    copy.transform(transform)
    return json.loads(copy.asJson(PRECISION))


def geometry_from_json(geometry: dict) -> QgsGeometry:
    """A GeoJSON geometry as a QgsGeometry (QGIS 3.22 has no call for it; GDAL's OGR reads it)."""
    parsed = ogr.CreateGeometryFromJson(json.dumps(geometry))
    return QgsGeometry.fromWkt(parsed.ExportToIsoWkt()) if parsed is not None else QgsGeometry()


def _rounded(number: float) -> float:
    """QGIS's qgsRound(number, PRECISION), as asJson rounds a coordinate."""
    sign = -1.0 if number < 0.0 else 1.0
    return (round_half_away(number * sign * 1e9) / 1e9) * sign


def round_half_away(number: float) -> float:
    whole = float(int(number))
    return whole + 1.0 if number - whole >= 0.5 else whole


def read_local(workspace: Workspace, layer: Layer) -> dict[str, Local]:
    """uid -> the record as it would be published (canonical form and body; None for what may not be published)."""
    return read_layer(workspace, layer).records


@dataclass
class LocalRead:
    """One read of a layer of the working copy: its records as they would be published (uid -> Local), and, when
    asked for, the problems that stop a publish and what the checks across records need (``validation``)."""

    records: dict[str, Local] = attribute(default_factory=dict)
    problems: list[Problem] = attribute(default_factory=list)
    photo_problems: list[PhotoProblem] = attribute(default_factory=list)  # photos not sent, the records published
    checked: list[dict] = attribute(default_factory=list)  # uid, fid and relation fields of every feature


def read_layer(workspace: Workspace, layer: Layer, base: dict[str, BaseEntry] | None = None, lang: str | None = None,
               cancelled: Callable[[], bool] | None = None,
               photos: LocalPhotos | None = None) -> LocalRead:  # fmt: skip
    """Read a layer once: its records as they would be published and, with ``lang``, its problems. A record whose
    content is the base's exactly (``base``: what the last publish confirmed) was valid when it was published: only
    its values that are not content (bookkeeping, fields never published) are checked again; a record new, changed,
    withheld or unreadable is checked whole. A record's photo goes out as its address in the server's media store
    (``photos``: the workspace's photo files, gathered for the publish to send)."""
    photos = photos if photos is not None else LocalPhotos(workspace.path.parent)
    qgs_layer = workspace.layer(layer.name)
    transform = crs_tools.transform(qgs_layer.crs(), WIRE_CRS) if layer.geometry else None
    names = qgs_layer.fields().names()
    position = {name: index for index, name in enumerate(names)}
    wire = tuple((name, kind, position.get(name, -1), _KIND_CODES.get(kind, -1)) for name, kind in wire_fields(layer))
    published = {item[0] for item in wire}
    outside = tuple(f for f in layer.all_fields() if f.name in BOOKKEEPING or f.name not in published)
    outside = tuple((f, position.get(f.name, -1)) for f in outside)
    partial = ("uid", *(relation.field for relation in layer.relations))
    partial = tuple((name, position[name]) for name in dict.fromkeys(partial) if name in position)
    privacy = tuple(name for name in (*layer.withhold_if, layer.consent_field) if name and name in position)
    uid_at, rev_at = position.get("uid", -1), position.get("rev", -1)
    base = base or {}
    result = LocalRead()
    for count, feature in enumerate(qgs_layer.getFeatures(QgsFeatureRequest())):
        if cancelled is not None and count % 500 == 0 and cancelled():
            raise ReadCancelledError()
        attributes = feature.attributes()
        fid = feature.id()
        uid = plain_value(attributes[uid_at]) if uid_at >= 0 else None
        local, failure = None, None
        if uid:
            try:
                rev = int(plain_value(attributes[rev_at]) or 1) if rev_at >= 0 else 1
                if layer.may_publish({name: plain_value(attributes[position[name]]) for name in privacy}):
                    local = _publishable(layer, feature, attributes, wire, transform, fid, rev, photos)
                    if local.photo_problem:
                        result.photo_problems.append(PhotoProblem(layer.name, uid, *local.photo_problem))
                else:
                    local = Local(fid, None, None, rev)
                result.records[uid] = local
            except (TypeError, ValueError) as error:  # a value the validation refuses (or a fault below)
                failure = error
        if lang is None:
            if failure is not None:
                raise failure
            continue
        before = base.get(uid) if uid else None
        if local is not None and local.digest is not None and before is not None and local.digest == before.digest:
            record = {name: _plain(attributes[index]) for name, index in partial}
            record["fid"] = fid
            found = _check_outside(layer, record, attributes, outside, lang)
        else:
            whole = record_of(names, attributes, fid)
            found = check_feature(layer, whole, feature.geometry(), lang)
            record = {name: whole.get(name) for name, _index in partial}  # what the checks across records read
            record["fid"] = fid
        if failure is not None and not any(problem.is_error for problem in found):
            raise failure
        result.problems += found
        result.checked.append(record)
    return result


_KIND_CODES = {FieldType.TEXT: 0, FieldType.URL: 1, FieldType.EMAIL: 1, FieldType.PHONE: 1, FieldType.UUID: 1,
               FieldType.MULTI: 1, FieldType.INTEGER: 2, FieldType.REAL: 3, FieldType.BOOLEAN: 4, FieldType.DATE: 5,
               FieldType.DATETIME: 6}  # fmt: skip
_NATIVE = {0: str, 1: str, 2: int, 3: float, 4: bool, 5: QDate, 6: QDateTime}  # the attribute's usual class


def _check_outside(layer: Layer, record: dict, attributes: list, outside: tuple, lang: str) -> list[Problem]:
    """The problems of the values of a record that are not its published content (``check_feature`` with
    ``fields``), the values that cannot have one (empty and optional, a valid date-time) skipped."""
    fields = []
    for field, index in outside:
        value = attributes[index] if index >= 0 else None
        cls = value.__class__
        if (value is None or (cls is QVariant and value.isNull())) and not field.required:
            continue
        if cls is QDateTime and field.type is FieldType.DATETIME and value.isValid():
            continue
        record[field.name] = _plain(value)
        fields.append(field)
    return check_feature(layer, record, None, lang, fields) if fields else []


def _plain(value):
    cls = value.__class__
    return value if cls is str or cls is int or cls is float or cls is bool else plain_value(value)


def _publishable(layer: Layer, feature, attributes, wire, transform, fid: int, rev: int, photos: LocalPhotos) -> Local:
    """The record as it goes out: ``records.properties`` of its plain values, computed from QGIS's values directly
    (the same results: the usual cases handled inline, the others by ``wire_value``), its photo as its address in the
    server's media store."""
    props = {}
    for name, kind, index, code in wire:
        value = attributes[index] if index >= 0 else None
        cls = value.__class__
        if cls is QVariant and value.isNull():
            value = None
        elif cls is not _NATIVE.get(code):
            value = None if value is None else wire_value(kind, plain_value(value))
        elif code <= 1:  # text
            if code == 1 and not value.strip():
                value = None
            elif not value.isascii():
                value = fast_wire(kind, value)
        elif code == 6:
            text = value.toUTC().toString(Qt.DateFormat.ISODate) if value.isValid() else ""
            value = text if len(text) == 20 and text[0] in "123456789" else wire_value(kind, plain_value(value))
        elif code == 5:
            text = value.toString(Qt.DateFormat.ISODate) if value.isValid() else ""
            value = text if len(text) == 10 and text[0] in "123456789" else wire_value(kind, plain_value(value))
        props[name] = value
    problem = None
    if props.get(PHOTO_FIELD):
        kept = props[PHOTO_FIELD]
        props[PHOTO_FIELD], why = photos.published(kept)
        problem = (kept, why) if why else None
    geometry = geometry_json(feature.geometry(), transform) if transform is not None else None
    content = canonical_of(layer, props, geometry)
    body = {"type": "Feature", "geometry": geometry, "properties": props}
    return Local(fid, content, body, rev, digest(content), problem)


def _open(workspace: Workspace, layer: Layer) -> QgsVectorLayer:
    qgs_layer = workspace.layer(layer.name)
    if not qgs_layer.dataProvider().capabilities() & qgs_layer.dataProvider().ChangeAttributeValues:
        raise WorkspaceError(tr("{layer} cannot be written in {path}: check that the workspace is not read-only.")
                             .format(layer=layer.name, path=workspace.path.name))  # fmt: skip
    return qgs_layer


def _attributes(qgs_layer: QgsVectorLayer, layer: Layer, props: dict) -> dict[int, object]:
    fields = qgs_layer.fields()
    values = {}
    for field in layer.publishable_fields():
        index = fields.indexOf(field.name)
        if index >= 0 and field.name in props:
            values[index] = to_qvariant(field.type, wire_value(field.type, props[field.name]))
    return values


Keep = Callable[[str, list[tuple[str, str, str, dict]]], None]


def write_pulled(workspace: Workspace, layer: Layer, changes: Iterable[Change], keep: Keep | None = None,
                 downloads: Downloads | None = None) -> int:  # fmt: skip
    """Write the server's records into the working copy (create, update, delete); returns how many. ``keep`` is
    handed every record about to be deleted or overwritten, as it is (``history.records_of``), before anything is
    written: (layer, [(uid, action, why, record)]). ``downloads`` brings their photos into the workspace's folder."""
    changes = list(changes)
    if not changes:
        return 0
    qgs_layer = _open(workspace, layer)
    provider = qgs_layer.dataProvider()
    transform = crs_tools.transform(WIRE_CRS, qgs_layer.crs()) if layer.geometry else None
    by_uid = {f["uid"]: f.id() for f in qgs_layer.getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(
        QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(["uid"], qgs_layer.fields()))}  # fmt: skip
    if keep is not None:
        replaced = [change for change in changes if change.uid in by_uid]
        kept = records_of(qgs_layer, [by_uid[change.uid] for change in replaced])
        keep(layer.name, [(change.uid, "pull_delete" if change.action == "pull_delete" else "pull_update",
                           change.why or "pulled", kept[by_uid[change.uid]])
                          for change in replaced if by_uid[change.uid] in kept])  # fmt: skip
    created, attribute_changes, geometry_changes, deleted = [], {}, {}, []
    for change in changes:
        if change.action == "pull_delete":
            if change.uid in by_uid:
                deleted.append(by_uid[change.uid])
            continue
        feature_json = change.remote.feature
        props = dict(feature_json.get("properties") or {})
        props["uid"] = change.uid
        if downloads is not None and props.get(PHOTO_FIELD):
            props[PHOTO_FIELD] = downloads.local(props[PHOTO_FIELD])
        geometry = None
        if transform is not None and feature_json.get("geometry"):
            geometry = geometry_from_json(feature_json["geometry"])
            geometry.transform(transform)
        fid = by_uid.get(change.uid)
        if fid is None:
            feature = QgsFeature(qgs_layer.fields())
            for index, value in _attributes(qgs_layer, layer, props).items():
                feature.setAttribute(index, value)
            if geometry is not None:
                feature.setGeometry(geometry)
            created.append(feature)
        else:
            attribute_changes[fid] = _attributes(qgs_layer, layer, props)
            if geometry is not None:
                geometry_changes[fid] = geometry
    ok = True
    if created:
        ok &= provider.addFeatures(created)[0]
    if attribute_changes:
        ok &= provider.changeAttributeValues(attribute_changes)
    if geometry_changes:
        ok &= provider.changeGeometryValues(geometry_changes)
    if deleted:
        ok &= provider.deleteFeatures(deleted)
    if not ok:
        raise WorkspaceError(tr("The server's changes to {layer} could not be written into {path}: the file may be "
                                "locked by another program; publish again once it is free.").format(
            layer=layer.name, path=workspace.path.name), "; ".join(provider.errors()[-3:]))  # fmt: skip
    return len(changes)


def write_revisions(workspace: Workspace, layer: Layer, revisions: dict[int, int]) -> None:
    """fid -> the revision the server now holds (the working copy follows it; it is not content)."""
    if not revisions:
        return
    qgs_layer = _open(workspace, layer)
    index = qgs_layer.fields().indexOf("rev")
    qgs_layer.dataProvider().changeAttributeValues({fid: {index: rev} for fid, rev in revisions.items()})
