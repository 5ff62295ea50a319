"""Possible duplicates of an actor being saved: the same name within a short distance (qgis.core only).

A name matches when it is the same once folded (``schema.fold``: case, accents, Vietnamese diacritics and Unicode
normalisation ignored) and once punctuation and spacing are ignored: “Xưởng gốm Thanh Hà”, “xuong gom thanh ha” and
“Xưởng  Gốm Thanh Hà.” are one name. Distances are in metres on the ellipsoid of the layer's CRS, whatever its
units (VN-2000 / TM-3 in metres, WGS 84 in degrees). Only the features in a rectangle around the point (the radius
grown into layer units) are read, so the check stays quick on a large layer; features not yet saved (the layer's
edit buffer) count, deleted ones do not, and features hidden by the layer's filter (subset string) are not seen.

The GUI asks the user with :func:`duplicate_question` before it creates the record.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from qgis.core import (
    NULL,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from ..toolbelt.i18n import tr
from .schema import fold

DEFAULT_RADIUS_M = 100.0
SEARCH_MARGIN = 1.25  # the search rectangle is this much larger than the radius (scale varies across it)


@dataclass(frozen=True)
class Duplicate:
    """A feature of the same name near the point: its feature id, ``uid``, name as stored and distance in metres."""

    fid: int
    uid: str | None
    name: str
    distance_m: float


def name_key(name: str | None) -> str:
    """The form two names are compared in: folded, punctuation and symbols as spaces, spaces collapsed."""
    if name is None:
        return ""
    folded = fold(name)
    spaced = "".join(" " if unicodedata.category(char)[0] in "PSZ" else char for char in folded)
    return " ".join(spaced.split())


def distance_area(layer: QgsVectorLayer) -> QgsDistanceArea:
    """Measures in metres on the ellipsoid of the layer's CRS (planar in layer units for a CRS without one)."""
    measure = QgsDistanceArea()
    crs = layer.crs()
    if crs.isValid():
        measure.setSourceCrs(crs, QgsProject.instance().transformContext())
        measure.setEllipsoid(crs.ellipsoidAcronym() or "WGS84")
    return measure


def _metres(measure: QgsDistanceArea, length: float) -> float:
    if measure.lengthUnits() == QgsUnitTypes.DistanceUnit.DistanceUnknownUnit:
        return length  # an unknown CRS: its units are taken as metres
    return measure.convertLengthMeasurement(length, QgsUnitTypes.DistanceUnit.DistanceMeters)


def search_rectangle(measure: QgsDistanceArea, point: QgsPointXY, radius_m: float, geographic: bool) -> QgsRectangle:
    """A rectangle in layer units around ``point`` holding every place within ``radius_m`` metres of it.

    The local scale (metres per layer unit, east and north) is measured at the point, so degrees, feet and
    distorted projections all get a rectangle of the right size.
    """
    step = 0.001 if geographic else 1.0
    east = _metres(measure, measure.measureLine(point, QgsPointXY(point.x() + step, point.y())))
    north = _metres(measure, measure.measureLine(point, QgsPointXY(point.x(), point.y() + step)))
    grow_x = radius_m * SEARCH_MARGIN * step / east if east > 0 else radius_m * SEARCH_MARGIN
    grow_y = radius_m * SEARCH_MARGIN * step / north if north > 0 else radius_m * SEARCH_MARGIN
    return QgsRectangle(point.x() - grow_x, point.y() - grow_y, point.x() + grow_x, point.y() + grow_y)


def find_duplicates(
    layer: QgsVectorLayer,
    name: str,
    geometry: QgsGeometry,
    radius_m: float = DEFAULT_RADIUS_M,
    exclude_fid: int | None = None,
    name_field: str = "name",
) -> list[Duplicate]:
    """Features of ``layer`` whose ``name_field`` matches ``name`` within ``radius_m`` metres of ``geometry``
    (in the layer's CRS), nearest first; ``exclude_fid`` is the feature being saved. Empty for an empty name or
    geometry, or a layer without the name field."""
    key = name_key(name)
    fields = layer.fields()
    if not key or geometry is None or geometry.isNull() or geometry.isEmpty() or fields.indexOf(name_field) < 0:
        return []
    measure = distance_area(layer)
    box, geographic = geometry.boundingBox(), layer.crs().isGeographic()
    rectangle = search_rectangle(measure, QgsPointXY(box.xMinimum(), box.yMinimum()), radius_m, geographic)
    rectangle.combineExtentWith(search_rectangle(measure, QgsPointXY(box.xMaximum(), box.yMaximum()), radius_m,
                                                 geographic))  # fmt: skip
    request = QgsFeatureRequest().setFilterRect(rectangle)
    wanted = [name_field, "uid"] if fields.indexOf("uid") >= 0 else [name_field]
    request.setSubsetOfAttributes(wanted, fields)
    found = []
    for feature in layer.getFeatures(request):
        if feature.id() == exclude_fid or name_key(feature[name_field]) != key or not feature.hasGeometry():
            continue
        line = geometry.shortestLine(feature.geometry())
        distance = 0.0 if line.isNull() else _metres(measure, measure.measureLength(line))
        if distance <= radius_m:
            uid = feature["uid"] if "uid" in wanted else None
            uid = None if uid is None or uid == NULL or uid == "" else str(uid)
            found.append(Duplicate(feature.id(), uid, str(feature[name_field]), distance))
    return sorted(found, key=lambda duplicate: (duplicate.distance_m, duplicate.fid))


# --------------------------------------------------------------------------------------------------- the question


def format_distance(distance_m: float, language: str | None = None) -> str:
    """A distance in whole metres, written as the language writes numbers (1 234 in French, 1.234 in Vietnamese)."""
    locale = QLocale(language) if language else QLocale()
    return locale.toString(round(distance_m))


def duplicate_question(duplicates: list[Duplicate], language: str | None = None,
                       radius_m: float = DEFAULT_RADIUS_M) -> str:  # fmt: skip
    """The question to ask before creating a record that has ``duplicates`` (nearest first); empty if there are none.

    In ``language`` (vi, fr, en), or in QGIS's language when None.
    """
    if not duplicates:
        return ""
    nearest = duplicates[0]
    values = {"name": nearest.name, "distance": format_distance(nearest.distance_m, language),
              "count": len(duplicates) - 1, "radius": format_distance(radius_m, language)}  # fmt: skip
    if len(duplicates) == 1:
        template = tr("“{name}” already exists {distance} m from here: create another record anyway?", language)
    else:
        template = tr("“{name}” already exists {distance} m from here, and {count} more records of the same name "
                      "within {radius} m: create another record anyway?", language)  # fmt: skip
    return template.format(**values)
