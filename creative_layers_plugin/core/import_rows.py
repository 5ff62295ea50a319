"""One imported row made into a record of the workspace: its values, its city and its geometry in the layer's CRS.

Geometry comes from the file's own geometry (in the file's CRS), else from a ``wkt`` column or from ``x``/``y``
columns (WGS 84 longitude/latitude unless another CRS is given). It is transformed to the workspace CRS with EPSG:6960
pinned; an invalid shape is repaired with makeValid when that gives one shape of the layer's kind. A place more than
:data:`FAR_KM` km from its city's centre is refused (swapped or wrong coordinates), never moved.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)

from ..toolbelt.i18n import qgis_language, tr
from . import crs as crs_tools
from .import_source import ColumnMap, Source, SourceRow
from .import_values import Cell, RowError, convert, day_first_column, read_number, text_of, uid_of
from .schema import CITIES, FieldType, Layer, value_list
from .workspace import Workspace

FAR_KM = 80.0
_KINDS = {
    "Point": QgsWkbTypes.GeometryType.PointGeometry,
    "LineString": QgsWkbTypes.GeometryType.LineGeometry,
    "Polygon": QgsWkbTypes.GeometryType.PolygonGeometry,
    "MultiPolygon": QgsWkbTypes.GeometryType.PolygonGeometry,
}


class RowReader:
    """Converts the rows of ``source`` for ``layer`` of ``workspace`` (nothing is written here)."""

    def __init__(
        self,
        workspace: Workspace,
        layer: Layer,
        source: Source,
        columns: ColumnMap,
        coordinates_crs: str | QgsCoordinateReferenceSystem | None = None,
    ) -> None:
        self.workspace, self.layer, self.columns = workspace, layer, columns
        self.lang = qgis_language()
        self.target_crs = crs_tools.crs(workspace.crs)
        if isinstance(coordinates_crs, QgsCoordinateReferenceSystem) and coordinates_crs.isValid():
            self.xy_crs = coordinates_crs
        else:
            self.xy_crs = crs_tools.crs(coordinates_crs or crs_tools.WGS84)
        self.file_crs = source.crs or self.xy_crs
        self._transforms: dict[str, object] = {}
        self.day_first = {
            name: day_first_column([text_of(row.values.get(column)) for row in source.rows])
            for name, column in columns.fields.items()
            if layer.field(name).type in (FieldType.DATE, FieldType.DATETIME)
        }
        to_workspace = self._transform(crs_tools.crs(crs_tools.WGS84))
        self.centres = {
            code: to_workspace.transform(QgsPointXY(CITIES[code].lon, CITIES[code].lat))
            for code in workspace.cities
            if code in CITIES
        }

    def _transform(self, source_crs: QgsCoordinateReferenceSystem):
        known = source_crs.toWkt()
        if known not in self._transforms:
            self._transforms[known] = crs_tools.transform(source_crs, self.target_crs)
        return self._transforms[known]

    # -- values

    def uid(self, row: SourceRow) -> str | None:
        """The row's own uid (``uid`` or Survey123's ``GlobalID`` column), None when it has none."""
        column = self.columns.column("uid")
        text = text_of(row.values.get(column)) if column else None
        return uid_of(text, Cell(column, text)) if text else None

    def values(self, row: SourceRow) -> dict[str, object]:
        """field -> stored value for every mapped field but the uid; RowError for the first value that cannot be
        stored."""
        result = {}
        for name, column in self.columns.fields.items():
            if name == "uid":
                continue
            field = self.layer.field(name)
            result[name] = convert(field, Cell(column, row.values.get(column)), self.day_first.get(name, False))
        return result

    def city(self, values: dict[str, object], geometry: QgsGeometry | None) -> str:
        """The row's city: its own, the workspace's only one, or the nearest city of the workspace."""
        city = values.get("city")
        if city is None and len(self.workspace.cities) == 1:
            city = self.workspace.cities[0]
        if city is None and geometry is not None and self.centres:
            here = QgsPointXY(geometry.centroid().asPoint())
            city = min(self.centres, key=lambda code: self.centres[code].distance(here))
        if city is None:
            raise RowError(tr("The row has no city and no place to find it from: fill the column city."))
        if city not in self.workspace.cities:
            names = ", ".join(CITIES[code].label.get(self.lang) for code in self.workspace.cities if code in CITIES)
            raise RowError(
                tr(
                    "The city {city} is not in this workspace ({cities}): import the row into a workspace "
                    "made for that city."
                ).format(city=value_list("city").label_for(city, self.lang), cities=names)
            )
        return city

    def check_place(self, geometry: QgsGeometry, city: str) -> None:
        """RowError when the geometry lies further than FAR_KM from the centre of its city."""
        centre = self.centres.get(city)
        if centre is None:
            return
        distance = QgsPointXY(geometry.centroid().asPoint()).distance(centre) / 1000.0
        if distance > FAR_KM:
            raise RowError(
                tr(
                    "The place lies {km} km from the centre of {city}: check the coordinates (longitude in "
                    "x, latitude in y) and their coordinate system."
                ).format(km=round(distance), city=CITIES[city].label.get(self.lang))
            )

    # -- geometry

    def geometry(self, row: SourceRow) -> QgsGeometry | None:
        """The row's geometry in the workspace CRS; None for a table or a row without any place; RowError when the
        place given cannot be used."""
        if self.layer.is_table:
            return None
        wkt_text = text_of(row.values.get(self.columns.wkt)) if self.columns.wkt else None
        if row.geometry is not None:
            geometry, source_crs = QgsGeometry(row.geometry), self.file_crs
        elif wkt_text:
            geometry, source_crs = QgsGeometry.fromWkt(wkt_text), self.xy_crs
            if geometry.isNull():
                raise RowError(
                    tr(
                        "The geometry in the column {column} is not WKT: write it as POINT (108.33 15.88) "
                        "or POLYGON ((...))."
                    ).format(column=self.columns.wkt)
                )
        else:
            geometry, source_crs = self._point_from_xy(row), self.xy_crs
            if geometry is None:
                return None  # no place at all: an update keeps the stored one, a new record is refused
        geometry = self._fit(geometry)
        try:
            if geometry.transform(self._transform(source_crs)) != 0:
                raise QgsCsException("transform failed")
        except QgsCsException as error:
            raise RowError(
                tr("The coordinates cannot be transformed to {crs}: check them and their coordinate system.").format(
                    crs=self.workspace.crs
                )
            ) from error
        return geometry

    def _point_from_xy(self, row: SourceRow) -> QgsGeometry | None:
        x_text = text_of(row.values.get(self.columns.x)) if self.columns.x else None
        y_text = text_of(row.values.get(self.columns.y)) if self.columns.y else None
        if x_text is None and y_text is None:
            return None
        x = read_number(x_text or "")
        y = read_number(y_text or "")
        if x is None or y is None:
            raise RowError(
                tr(
                    "The coordinates x={x}, y={y} are not two numbers: write them as decimal degrees, "
                    "such as x=108.3341, y=15.8803."
                ).format(x=x_text or "", y=y_text or "")
            )
        if self.xy_crs.isGeographic() and (abs(x) > 180 or abs(y) > 90):
            if abs(x) <= 90 and abs(y) <= 180:
                raise RowError(
                    tr(
                        "The coordinates x={x}, y={y} look swapped: put the longitude in x and the latitude in y."
                    ).format(x=x_text, y=y_text)
                )
            raise RowError(
                tr(
                    "The coordinates x={x}, y={y} are not longitude and latitude: give the coordinate "
                    "system of the file when importing it."
                ).format(x=x_text, y=y_text)
            )
        return QgsGeometry.fromPointXY(QgsPointXY(x, y))

    def _fit(self, geometry: QgsGeometry) -> QgsGeometry:
        """The geometry as the layer stores it: 2D, valid, single or multi as the layer wants."""
        wanted = _KINDS[self.layer.geometry]
        if geometry.type() != wanted:
            raise RowError(
                tr(
                    "The geometry is a {found}, but the layer {layer} holds {wanted} geometries: import "
                    "the row into a layer of that kind."
                ).format(
                    found=QgsWkbTypes.geometryDisplayString(geometry.type()),
                    layer=self.layer.name,
                    wanted=QgsWkbTypes.geometryDisplayString(wanted),
                )
            )
        abstract = geometry.get()
        abstract.dropZValue()
        abstract.dropMValue()
        if not geometry.isGeosValid():
            repaired = geometry.makeValid()
            if repaired.isNull() or repaired.isEmpty() or not repaired.isGeosValid():
                raise RowError(tr("The geometry is invalid and cannot be repaired: correct it in the source file."))
            geometry = _only(repaired, wanted) or geometry
            if not geometry.isGeosValid():
                raise RowError(tr("The geometry is invalid and cannot be repaired: correct it in the source file."))
        if self.layer.geometry == "MultiPolygon":
            geometry.convertToMultiType()
        elif geometry.isMultipart():
            parts = geometry.asGeometryCollection()
            if len(parts) != 1:
                raise RowError(
                    tr(
                        "The geometry has {count} parts but the layer {layer} holds one part per record: "
                        "split it into one row per part."
                    ).format(count=len(parts), layer=self.layer.name)
                )
            geometry = parts[0]
        return geometry


def _only(geometry: QgsGeometry, kind: int) -> QgsGeometry | None:
    """The parts of ``geometry`` of ``kind`` (makeValid may add stray points or lines), as one geometry."""
    if geometry.type() == kind:
        return geometry
    parts = [part for part in geometry.asGeometryCollection() if part.type() == kind]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else QgsGeometry.collectGeometry(parts)
