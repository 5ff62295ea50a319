"""The working copy's side of a publish: its records as they would go out, and what comes in from the server written
into it (with the server's bookkeeping fields: revision, who and when).

Geometries go out in CRS84 (the layer's VN-2000 transformed with EPSG:6960 pinned) and come back the same way.
Layers are opened afresh here (``Workspace.layer``), so this runs in a task's thread or in ``qgis_process``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from osgeo import ogr
from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from ..core import crs as crs_tools
from ..core.schema import Layer
from ..core.validation import feature_record
from ..core.workspace import Workspace, WorkspaceError, to_qvariant
from ..toolbelt.i18n import tr
from .plan import Change, Local
from .records import canonical, properties, wire_value

WIRE_CRS = "EPSG:4326"  # GeoJSON's CRS84: longitude, latitude (QGIS keeps x = longitude for it)
PRECISION = 9  # decimals of a degree: 0.1 mm


def geometry_json(geometry: QgsGeometry, transform) -> dict | None:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    copy = QgsGeometry(geometry)
    copy.transform(transform)
    return json.loads(copy.asJson(PRECISION))


def geometry_from_json(geometry: dict) -> QgsGeometry:
    """A GeoJSON geometry as a QgsGeometry (QGIS 3.22 has no call for it; GDAL's OGR reads it)."""
    parsed = ogr.CreateGeometryFromJson(json.dumps(geometry))
    return QgsGeometry.fromWkt(parsed.ExportToIsoWkt()) if parsed is not None else QgsGeometry()


def read_local(workspace: Workspace, layer: Layer) -> dict[str, Local]:
    """uid -> the record as it would be published (canonical form and body; None for what may not be published)."""
    qgs_layer = workspace.layer(layer.name)
    transform = crs_tools.transform(qgs_layer.crs(), WIRE_CRS) if layer.geometry else None
    records = {}
    for feature in qgs_layer.getFeatures(QgsFeatureRequest()):
        record = feature_record(feature)
        uid = record.get("uid")
        if not uid:
            continue  # the validation refuses a record without uid before any publish
        if not layer.may_publish(record):
            records[uid] = Local(feature.id(), None, None, int(record.get("rev") or 1))
            continue
        geometry = geometry_json(feature.geometry(), transform) if transform is not None else None
        props = properties(layer, record)
        body = {"type": "Feature", "geometry": geometry, "properties": props}
        records[uid] = Local(feature.id(), canonical(layer, props, geometry), body, int(record.get("rev") or 1))
    return records


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


def write_pulled(workspace: Workspace, layer: Layer, changes: Iterable[Change]) -> int:
    """Write the server's records into the working copy (create, update, delete); returns how many."""
    changes = list(changes)
    if not changes:
        return 0
    qgs_layer = _open(workspace, layer)
    provider = qgs_layer.dataProvider()
    transform = crs_tools.transform(WIRE_CRS, qgs_layer.crs()) if layer.geometry else None
    by_uid = {f["uid"]: f.id() for f in qgs_layer.getFeatures(QgsFeatureRequest().setNoAttributes().setFlags(
        QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(["uid"], qgs_layer.fields()))}  # fmt: skip
    created, attribute_changes, geometry_changes, deleted = [], {}, {}, []
    for change in changes:
        if change.action == "pull_delete":
            if change.uid in by_uid:
                deleted.append(by_uid[change.uid])
            continue
        feature_json = change.remote.feature
        props = dict(feature_json.get("properties") or {})
        props["uid"] = change.uid
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
