"""The file an import reads (CSV, GeoJSON, shapefile, through QGIS's OGR provider) and how its columns map to fields.

Columns map to the layer's fields, in this order of preference: the user's field map (``column=field;other=field2``,
``column=`` to leave a column out); a column named after a field (case, accents, spaces and underscores ignored); the
ArcGIS Survey123 columns (``GlobalID`` -> ``uid`` unless there is a ``uid`` column, ``CreationDate`` -> ``created_at``,
``Creator`` -> ``created_by``, ``EditDate`` -> ``updated_at``, ``Editor`` -> ``updated_by``; ``ObjectID`` is left
out); coordinates (``x``/``lon``/``longitude``, ``y``/``lat``/``latitude``, or a ``wkt`` column); a column named after
a field's label in English, Vietnamese or French; a shapefile column cut to 10 characters that begins one field's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsVectorLayer

from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from .schema import RECORD_FIELDS, Layer, fold

EXTENSIONS = ("csv", "geojson", "json", "shp")
X, Y, WKT = "x", "y", "wkt"
IGNORED = {
    "objectid",
    "object id",
    "fid",
    "ogc fid",
    "rev",
    "shape area",
    "shape length",
    "shape  area",
    "shape  length",
    "globalid",
    "global id",
}
SURVEY123 = {
    "globalid": "uid",
    "global id": "uid",
    "creationdate": "created_at",
    "creationda": "created_at",  # cut to 10 characters in a shapefile
    "creator": "created_by",
    "editdate": "updated_at",
    "editor": "updated_by",
}
COORDINATES = {
    **dict.fromkeys(("x", "lon", "long", "lng", "longitude", "kinh do", "point x"), X),
    **dict.fromkeys(("y", "lat", "latitude", "vi do", "point y"), Y),
    **dict.fromkeys(("wkt", "geometry wkt", "geom wkt"), WKT),
}


@dataclass(frozen=True)
class SourceRow:
    """One record of the file; ``row`` is its number as a spreadsheet shows it (the column names are row 1)."""

    row: int
    values: dict[str, object]
    geometry: QgsGeometry | None


@dataclass
class Source:
    path: Path
    columns: tuple[str, ...]
    rows: list[SourceRow]
    crs: QgsCoordinateReferenceSystem | None  # None when the file does not say (CSV, shapefile without .prj)


@dataclass
class ColumnMap:
    """field name -> source column, plus where the coordinates are and which columns nothing reads."""

    fields: dict[str, str] = field(default_factory=dict)
    x: str | None = None
    y: str | None = None
    wkt: str | None = None
    ignored: list[str] = field(default_factory=list)

    def column(self, field_name: str) -> str | None:
        return self.fields.get(field_name)


def key(name: str) -> str:
    """A column or field name folded for matching: case, accents, underscores and hyphens ignored."""
    return fold(str(name).replace("_", " ").replace("-", " "))


def read_source(path: str | Path) -> Source:
    """Every record of a CSV, GeoJSON or shapefile, its values as QGIS reads them (CSV columns stay text)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(tr("{path} does not exist: choose the file to import.").format(path=path))
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in EXTENSIONS:
        raise UserError(
            tr(
                "{path} is not a CSV, GeoJSON or shapefile: export the records in one of these formats "
                "and import that file."
            ).format(path=path.name)
        )
    if suffix == "csv":
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            raise UserError(
                tr("{path} is not written in UTF-8: save it again as CSV UTF-8 and import it.").format(path=path.name),
                str(error),
            ) from error
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    try:
        columns = tuple(f.name() for f in layer.fields()) if layer.isValid() else ()
        if not layer.isValid() or not columns:
            raise UserError(
                tr(
                    "{path} cannot be read as a table of records: check that it is a complete CSV, GeoJSON or "
                    "shapefile, with the column names on the first line."
                ).format(path=path.name)
            )
        rows = []
        for index, feature in enumerate(layer.getFeatures()):
            geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
            if geometry is not None and geometry.isEmpty():
                geometry = None
            rows.append(SourceRow(index + 2, dict(zip(columns, feature.attributes(), strict=False)), geometry))
        crs = layer.crs() if layer.crs().isValid() else None
        return Source(path, columns, rows, crs)
    finally:
        if layer.isValid():
            # QGIS keeps the reading's connection to the file in a pool for a minute after the layer is gone, so
            # the file stays open (locked, on Windows): closing the pool's connections frees it at once.
            layer.dataProvider().reloadData()
        del layer


def parse_field_map(field_map: str | Mapping[str, str] | None) -> dict[str, str]:
    """``"column=field;other=field2"`` (or a mapping) as {column: field}; an empty field leaves the column out."""
    if not field_map:
        return {}
    if isinstance(field_map, Mapping):
        return {str(column).strip(): str(target or "").strip() for column, target in field_map.items()}
    pairs = {}
    for entry in str(field_map).replace("\n", ";").split(";"):
        if not entry.strip():
            continue
        if "=" not in entry:
            raise UserError(
                tr(
                    "The field map entry {entry} has no equals sign: write the field map as "
                    "column=field;other column=other_field."
                ).format(entry=entry.strip())
            )
        column, target = entry.rsplit("=", 1)
        pairs[column.strip()] = target.strip()
    return pairs


def importable_fields(layer: Layer) -> list[str]:
    """The fields an import may write: all but ``rev`` and the measures the import computes (area, length)."""
    record = {f.name for f in RECORD_FIELDS}
    return [f.name for f in layer.all_fields() if f.name != "rev" and (f.name in record or not f.read_only)]


def map_columns(
    layer: Layer, columns: tuple[str, ...], field_map: str | Mapping[str, str] | None, file_name: str
) -> ColumnMap:
    """Which column feeds which field (see the module's docstring); UserError for a field map that cannot apply."""
    targets = importable_fields(layer)
    mapping = ColumnMap()
    taken: set[str] = set()
    assigned: set[str] = set()

    def assign(column: str, target: str) -> bool:
        if target in taken or column in assigned:
            return False
        taken.add(target)
        assigned.add(column)
        if target in (X, Y, WKT):
            setattr(mapping, target, column)
        else:
            mapping.fields[target] = column
        return True

    for wanted, target in parse_field_map(field_map).items():
        column = _find_column(wanted, columns)
        if column is None:
            raise UserError(
                tr("The field map names the column {column}, which {path} does not have: use one of {columns}.").format(
                    column=wanted, path=file_name, columns=", ".join(columns)
                )
            )
        if not target:
            assigned.add(column)
            continue
        resolved = next((name for name in (*targets, X, Y, WKT) if name == target.lower()), None)
        if resolved is None:
            raise UserError(
                tr(
                    "The field map names the field {field}, which the layer {layer} does not have: use "
                    "one of {fields}, x or y."
                ).format(field=target, layer=layer.name, fields=", ".join(targets))
            )
        assign(column, resolved)
    by_key = {key(name): name for name in targets}
    free = [c for c in columns if c not in assigned]
    for column in free:  # 1. named after a field
        if key(column) in by_key:
            assign(column, by_key[key(column)])
    for column in free:  # 2. Survey123's record columns, coordinates, columns to leave out
        target = SURVEY123.get(key(column)) or COORDINATES.get(key(column))
        if target:
            assign(column, target)
        if key(column) in IGNORED:
            assigned.add(column)
    labels = {}
    for f in layer.all_fields():
        if f.name in targets:
            for text in (f.label.en, f.label.vi, f.label.fr):
                labels.setdefault(key(text), f.name)
    for column in free:  # 3. named after a field's label in one of the three languages
        if key(column) in labels:
            assign(column, labels[key(column)])
    for column in free:  # 4. a shapefile's name, cut to 10 characters
        if len(column) == 10:
            starting = [name for name in targets if name.startswith(column.lower()) and name not in taken]
            if len(starting) == 1:
                assign(column, starting[0])
    mapping.ignored = [c for c in columns if c not in assigned]
    if not set(mapping.fields) - {f.name for f in RECORD_FIELDS}:
        raise UserError(
            tr(
                "No column of {path} matches a field of the layer {layer}: name the columns after its "
                "fields ({fields}) or give a field map."
            ).format(path=file_name, layer=layer.name, fields=", ".join(targets))
        )
    return mapping


def _find_column(wanted: str, columns: tuple[str, ...]) -> str | None:
    if wanted in columns:
        return wanted
    matches = [c for c in columns if key(c) == key(wanted)]
    return matches[0] if len(matches) == 1 else None
