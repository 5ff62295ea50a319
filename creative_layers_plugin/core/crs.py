"""Coordinate systems of the creative map, and the pinned VN-2000 to WGS 84 operation.

Planners in Quảng Nam / Đà Nẵng work in VN-2000 / TM-3 107-45 (EPSG:5899), Hà Nội in EPSG:5897. VN-2000 to WGS 84 needs
a datum shift: the operation EPSG:6960 ("VN-2000 to WGS 84 (2)") is pinned in the transform context of the project and
of every transform the plugin makes, so that no QGIS setting or PROJ default can pick another (a point would move
by metres) or none (about 225 m).
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsProject,
)

from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr

WGS84 = "EPSG:4326"
WEB_MERCATOR = "EPSG:3857"
VN2000_GEOGRAPHIC = "EPSG:4756"
VN2000_PROJECTED = ("EPSG:5899", "EPSG:5897", "EPSG:3405", "EPSG:3406")
PINNED_OPERATION_NAME = "VN-2000 to WGS 84 (2)"  # EPSG:6960
PINNED_HELMERT = "+x=-191.90441429"  # the first parameter of EPSG:6960's Helmert, to recognise its PROJ pipeline


def crs(authid: str) -> QgsCoordinateReferenceSystem:
    result = QgsCoordinateReferenceSystem(authid)
    if not result.isValid():
        raise ValueError(f"unknown coordinate reference system {authid}")
    return result


_PIPELINES: dict[tuple[str, str], str] = {}


def _offered(source_id: str, target_id: str) -> list:
    return QgsDatumTransform.operations(crs(source_id), crs(target_id))


def pinned_operation(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem) -> str:
    """The PROJ pipeline from ``source`` to ``target`` that goes through EPSG:6960 (found once, then kept)."""
    key = (source.authid(), target.authid())
    if key in _PIPELINES:
        return _PIPELINES[key]
    operations = _offered(*key)
    if not operations:
        # Seen in the test suite after many tasks had run: QGIS 3.22 offered nothing at all for a pair it knows
        # (a cached CRS whose PROJ objects had gone stale, most likely). Cleared caches and fresh CRS objects cure it.
        QgsCoordinateReferenceSystem.invalidateCache()
        QgsCoordinateTransform.invalidateCache()
        operations = _offered(*key)
    for operation in operations:
        if PINNED_OPERATION_NAME in operation.name and PINNED_HELMERT in operation.proj:
            _PIPELINES[key] = operation.proj
            return operation.proj
    offered = [operation.name for operation in operations]
    raise LookupError(f"PROJ offers no {PINNED_OPERATION_NAME} operation from {key[0]} to {key[1]}: {offered}")


def pin_vn2000(context: QgsCoordinateTransformContext | None = None) -> QgsCoordinateTransformContext:
    """``context`` (a new one by default) with EPSG:6960 pinned between VN-2000 and WGS 84 / Web Mercator."""
    context = QgsCoordinateTransformContext(context) if context is not None else QgsCoordinateTransformContext()
    for source_id in (VN2000_GEOGRAPHIC, *VN2000_PROJECTED):
        for target_id in (WGS84, WEB_MERCATOR):
            source, target = crs(source_id), crs(target_id)
            pipeline = pinned_operation(source, target)
            context.addCoordinateOperation(source, target, pipeline, False)
    return context


def pin_in_project(project: QgsProject | None = None) -> None:
    """Pin EPSG:6960 in the project's transform context (saved with the project)."""
    project = project or QgsProject.instance()
    project.setTransformContext(pin_vn2000(project.transformContext()))


def transform(source: str | QgsCoordinateReferenceSystem, target: str | QgsCoordinateReferenceSystem):
    """A coordinate transform with EPSG:6960 pinned."""
    source = crs(source) if isinstance(source, str) else source
    target = crs(target) if isinstance(target, str) else target
    return QgsCoordinateTransform(source, target, pin_vn2000())


def unknown_crs(text: str) -> str:
    return tr(
        "The coordinate system {crs} is unknown to QGIS: choose one in the list, such as EPSG:4326 (longitude and "
        "latitude) or EPSG:5899 (VN-2000 / TM-3 107-45)."
    ).format(crs=text)


def known_crs(
    coordinates_crs: str | QgsCoordinateReferenceSystem | None,
) -> str | QgsCoordinateReferenceSystem | None:
    """``coordinates_crs`` as given when QGIS knows it (None: WGS 84); UserError for one it does not know, rather
    than reading the coordinates in another system."""
    if coordinates_crs is None or (isinstance(coordinates_crs, str) and not coordinates_crs.strip()):
        return None
    if isinstance(coordinates_crs, str):
        if not QgsCoordinateReferenceSystem(coordinates_crs.strip()).isValid():
            raise UserError(unknown_crs(coordinates_crs.strip()))
        return coordinates_crs.strip()
    if not coordinates_crs.isValid():
        raise UserError(unknown_crs(coordinates_crs.userFriendlyIdentifier() or coordinates_crs.authid() or "?"))
    return coordinates_crs
