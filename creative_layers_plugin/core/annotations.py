"""The competition site and its annotations, without widgets: measures in EPSG:5899, sketches checked (repaired or
refused with a sentence), the distance of a sketch to the site, the annotations listed, filtered and counted for the
review, and a review written back.

Measures are planar in VN-2000 / TM-3 107-45 (EPSG:5899, metres), the system Hội An's planners work in, whatever
the layer's or the map's CRS. The same measure is the form's default value (``LENGTH_EXPRESSION``,
``AREA_EXPRESSION``, applied on every change), so a sketch reshaped in plain QGIS keeps its stored measure right.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from . import crs as crs_tools
from .schema import VALUE_LISTS, split_multi

MEASURE_CRS = "EPSG:5899"
FAR_FROM_SITE_M = 200.0
SITE_LAYER = "competition_site"
OUTLINE_KIND = "park_outline"
ANNOTATION_LAYERS = {"Point": "annotation_point", "LineString": "annotation_line", "Polygon": "annotation_polygon"}
LENGTH_EXPRESSION = "round(length(transform($geometry, @layer_crs, 'EPSG:5899')), 1)"
AREA_EXPRESSION = "round(area(transform($geometry, @layer_crs, 'EPSG:5899')), 1)"
REVIEWED = ("accepted", "needs_changes", "rejected")
_TINY_M = 0.05  # below this a line has no length and an area no surface


class SketchError(UserError):
    """A sketch that cannot be kept; its sentence says how to draw it."""


@dataclass(frozen=True)
class Measure:
    length_m: float | None = None  # lines: their length; areas: their perimeter
    area_m2: float | None = None

    def text(self, geometry_type: str) -> str:
        if geometry_type == "LineString" and self.length_m is not None:
            return tr("Length: {length} m").format(length=f"{self.length_m:,.1f}")
        if geometry_type == "Polygon" and self.area_m2 is not None:
            return tr("Area: {area} m² (perimeter {length} m)").format(
                area=f"{self.area_m2:,.1f}", length=f"{self.length_m or 0:,.1f}"
            )
        return ""


def in_measure_crs(geometry: QgsGeometry, source: QgsCoordinateReferenceSystem) -> QgsGeometry:
    """A copy of ``geometry`` (in ``source``) in EPSG:5899."""
    result = QgsGeometry(geometry)
    if source.authid() != MEASURE_CRS:
        result.transform(crs_tools.transform(source, MEASURE_CRS))
    return result


def measure(geometry: QgsGeometry, source: QgsCoordinateReferenceSystem) -> Measure:
    """Length (or perimeter) and area of ``geometry`` in metres and square metres, planar in EPSG:5899."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return Measure()
    metric = in_measure_crs(geometry, source)
    kind = metric.type()
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        return Measure(length_m=round(metric.length(), 1))
    if kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        return Measure(length_m=round(metric.length(), 1), area_m2=round(metric.area(), 1))
    return Measure()


def _distinct(points: list[QgsPointXY]) -> list[QgsPointXY]:
    kept: list[QgsPointXY] = []
    for point in points:
        if not kept or point.distance(kept[-1]) > 1e-9:
            kept.append(point)
    return kept


def sketch_geometry(points: list[QgsPointXY], geometry_type: str) -> QgsGeometry:
    """The geometry of the clicked points (an empty geometry when there are none)."""
    points = _distinct(points)
    if not points:
        return QgsGeometry()
    if geometry_type == "Point":
        return QgsGeometry.fromPointXY(points[0])
    if geometry_type == "LineString":
        return QgsGeometry.fromPolylineXY(points)
    return QgsGeometry.fromPolygonXY([[*points, points[0]]])


def checked_sketch(geometry: QgsGeometry, geometry_type: str, source: QgsCoordinateReferenceSystem):
    """(the geometry to keep, a sentence when it was repaired or None); SketchError when it cannot be kept."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise SketchError(tr("The sketch is empty: click on the map to draw it."))
    if geometry_type == "Point":
        return geometry, None
    geometry = QgsGeometry(geometry)
    geometry.removeDuplicateNodes(1e-6)
    if geometry_type == "LineString":
        vertices = _distinct([QgsPointXY(v) for v in geometry.vertices()])
        if len(vertices) < 2 or measure(geometry, source).length_m < _TINY_M:
            raise SketchError(
                tr("A line needs two different points at least: click them, then right-click to finish it.")
            )
        return geometry, None
    vertices = _distinct([QgsPointXY(v) for v in geometry.vertices()])
    too_few = SketchError(
        tr("An area needs three points around it at least: click them, then right-click to finish it.")
    )
    if len(vertices) < 4:  # the ring closes on its first point
        raise too_few
    if geometry.isGeosValid():
        if (measure(geometry, source).area_m2 or 0) < _TINY_M:  # three points on one line
            raise too_few
        return geometry, None
    repaired = geometry.makeValid()
    polygons = [
        part for part in repaired.asGeometryCollection() if part.type() == QgsWkbTypes.GeometryType.PolygonGeometry
    ]
    if len(polygons) != 1 or (measure(polygons[0], source).area_m2 or 0) < _TINY_M:
        raise SketchError(tr("The area crosses itself: draw its outline again without crossing it."))
    kept = polygons[0]
    kept.convertToSingleType()
    area = measure(kept, source).area_m2
    return kept, tr("The area's outline crossed itself; it was repaired ({area} m²): check its shape.").format(
        area=f"{area:,.1f}"
    )


def site_outline(site: QgsVectorLayer) -> QgsGeometry:
    """The site's outline in the layer's CRS: the park's outline zone, or every zone together when it has none."""
    request = QgsFeatureRequest().setFilterExpression(f'"zone_kind" = {QgsExpression.quotedString(OUTLINE_KIND)}')
    shapes = [f.geometry() for f in site.getFeatures(request) if f.hasGeometry()]
    if not shapes:
        shapes = [f.geometry() for f in site.getFeatures() if f.hasGeometry()]
    return QgsGeometry.unaryUnion(shapes) if shapes else QgsGeometry()


def site_extent(site: QgsVectorLayer, margin: float = 0.15) -> QgsRectangle:
    """The site outline's bounding box in the layer's CRS, grown by ``margin`` of its size (empty without a site)."""
    outline = site_outline(site)
    if outline.isEmpty():
        return QgsRectangle()
    box = outline.boundingBox()
    box.grow(max(box.width(), box.height()) * margin)
    return box


def distance_to_site(site: QgsVectorLayer, geometry: QgsGeometry, source: QgsCoordinateReferenceSystem) -> float:
    """How far ``geometry`` (in ``source``) lies outside the site, in metres (0 inside or touching; -1 no site)."""
    outline = site_outline(site)
    if outline.isEmpty():
        return -1.0
    return in_measure_crs(outline, site.crs()).distance(in_measure_crs(geometry, source))


def zone_at(site: QgsVectorLayer, geometry: QgsGeometry, source: QgsCoordinateReferenceSystem) -> str | None:
    """The uid of the smallest site zone holding the sketch (its point, or the middle of a line or an area)."""
    probe = QgsGeometry(geometry).pointOnSurface()
    if source != site.crs():
        probe.transform(crs_tools.transform(source, site.crs()))
    holding = [f for f in site.getFeatures() if f.hasGeometry() and f.geometry().contains(probe)]
    return min(holding, key=lambda f: f.geometry().area())["uid"] if holding else None


# ------------------------------------------------------------------------------------------------ review


@dataclass(frozen=True)
class Annotation:
    layer: str
    fid: int
    uid: str
    kind: str | None
    text: str
    team: str | None
    review_status: str | None
    criteria: tuple[str, ...]  # known criterion codes, in the jury's order
    reviewer_comment: str | None = None


def _text(value) -> str | None:
    null = value is None or (hasattr(value, "isNull") and value.isNull())
    return None if null else (str(value).strip() or None)


def read_annotations(layers: dict[str, QgsVectorLayer]) -> list[Annotation]:
    """Every annotation of the annotation layers in ``layers`` (schema name -> layer), points, lines, areas."""
    order = VALUE_LISTS["criterion"].codes()
    found = []
    for name in ANNOTATION_LAYERS.values():
        layer = layers.get(name)
        if layer is None:
            continue
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feature in layer.getFeatures(request):
            named = set(split_multi(_text(feature["criteria"])))
            found.append(
                Annotation(
                    name, feature.id(), _text(feature["uid"]) or "", _text(feature["kind"]),
                    _text(feature["text"]) or "", _text(feature["team"]), _text(feature["review_status"]),
                    tuple(code for code in order if code in named), _text(feature["reviewer_comment"]),
                )
            )  # fmt: skip
    return found


def matching(
    annotations: list[Annotation],
    criterion: str | None = None,
    team: str | None = None,
    kind: str | None = None,
    status: str | None = None,
) -> list[Annotation]:
    """The annotations that pass every filter given (None: any)."""
    return [
        item
        for item in annotations
        if (criterion is None or criterion in item.criteria)
        and (team is None or item.team == team)
        and (kind is None or item.kind == kind)
        and (status is None or item.review_status == status)
    ]


def criterion_counts(annotations: list[Annotation]) -> dict[str, int]:
    """How many annotations speak to each criterion, in the jury's order (an annotation counts once per criterion)."""
    counts = {value.code: 0 for value in VALUE_LISTS["criterion"].values}
    for item in annotations:
        for code in item.criteria:
            if code in counts:
                counts[code] += 1
    return counts


def teams(annotations: list[Annotation]) -> list[str]:
    return sorted({item.team for item in annotations if item.team})


def write_review(layer: QgsVectorLayer, fid: int, status: str, comment: str | None) -> None:
    """Record a review (status and the reviewer's comment) on one annotation and save it."""
    if status not in VALUE_LISTS["review_status"].codes():
        raise UserError(tr("Choose a review status from the list."))
    was_editing = layer.isEditable()
    if not was_editing and not layer.startEditing():
        raise UserError(tr("{layer} cannot be edited: check that the workspace is not read-only.").format(
            layer=layer.name()))  # fmt: skip
    fields = layer.fields()
    layer.changeAttributeValue(fid, fields.indexOf("review_status"), status)
    layer.changeAttributeValue(fid, fields.indexOf("reviewer_comment"), (comment or "").strip() or None)
    if not was_editing and not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise UserError(tr("The review could not be saved; the details are in the log panel."), errors)
