"""The working copy: a GeoPackage made from the schema, with the plugin's own tables inside.

One table per layer of ``schema.LAYERS`` (geometry in the workspace's CRS: EPSG:5899 for Hội An and Tam Kỳ, EPSG:5897
for Hà Nội alone), plus ``cl_workspace`` (key/value facts: schema version, CRS, cities) and ``cl_value_lists`` (every
value list with its labels in English, Vietnamese and French). Opening a workspace of an older schema version
migrates it in place (missing layers and fields are added, nothing is dropped); a newer version, a GeoPackage that is
not a workspace, a read-only or a locked file each raise :class:`WorkspaceError` with a sentence, untouched
(``workspace_open.py``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, Qt

from ..__about__ import __version__
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from . import crs as crs_tools
from .qgis_versions import new_field, save_default_style
from .schema import CITIES, LAYERS, SCHEMA_VERSION, VALUE_LISTS, FieldType, Layer

META_TABLE = "cl_workspace"
VALUE_LIST_TABLE = "cl_value_lists"
CITY_CHOICES = (*CITIES, "all")
STYLE_LANGUAGE = "vi"  # the map's own language: the legend of the stored styles (QGIS Server, QGIS without plugin)

_QT_TYPES = {
    FieldType.INTEGER: (QMetaType.Type.LongLong, "int8"),
    FieldType.REAL: (QMetaType.Type.Double, "double"),
    FieldType.BOOLEAN: (QMetaType.Type.Bool, "boolean"),
    FieldType.DATE: (QMetaType.Type.QDate, "date"),
    FieldType.DATETIME: (QMetaType.Type.QDateTime, "datetime"),
}
_WKB = {
    "Point": QgsWkbTypes.Type.Point,
    "LineString": QgsWkbTypes.Type.LineString,
    "Polygon": QgsWkbTypes.Type.Polygon,
    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
    None: QgsWkbTypes.Type.NoGeometry,
}

Progress = Callable[[float], None]


class WorkspaceError(UserError):
    """A workspace that cannot be created or opened; the sentence says what to do."""


@dataclass(frozen=True)
class Workspace:
    path: Path
    schema_version: int
    crs: str
    cities: tuple[str, ...]

    def uri(self, layer_name: str) -> str:
        return f"{self.path}|layername={layer_name}"

    def layer(self, layer_name: str, display_name: str | None = None) -> QgsVectorLayer:
        layer = QgsVectorLayer(self.uri(layer_name), display_name or layer_name, "ogr")
        if not layer.isValid():
            raise WorkspaceError(
                tr("The layer {layer} cannot be read from {path}: the file may be damaged.").format(
                    layer=layer_name, path=self.path.name
                )
            )
        return layer

    def count(self, layer_name: str) -> int:
        with connect(self.path) as connection:
            return connection.execute(f'SELECT COUNT(*) FROM "{layer_name}"').fetchone()[0]


def workspace_crs(city: str) -> str:
    """EPSG:5897 for a Hà Nội workspace, EPSG:5899 otherwise (Hội An, Tam Kỳ, and all cities together)."""
    return CITIES[city].crs if city in CITIES else CITIES["hoi_an"].crs


def qgs_fields(layer: Layer) -> QgsFields:
    fields = QgsFields()
    for field in layer.all_fields():
        qt_type, type_name = _QT_TYPES.get(field.type, (QMetaType.Type.QString, "text"))
        length = field.length or (36 if field.type is FieldType.UUID else 0)
        fields.append(new_field(field.name, qt_type, type_name, length if qt_type == QMetaType.Type.QString else 0))
    return fields


def create_workspace(
    path: str | Path,
    city: str = "all",
    sample: bool = False,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Workspace:
    """Create a workspace at ``path`` for ``city`` (a code of CITIES, or "all"), with the sample data if asked."""
    path = Path(path)
    if city not in CITY_CHOICES:
        raise WorkspaceError(tr("Unknown city {city}: choose one of {choices}.").format(
            city=city, choices=", ".join(CITY_CHOICES)))  # fmt: skip
    if path.suffix.lower() != ".gpkg":
        raise WorkspaceError(tr("A workspace is a GeoPackage: give a file name ending in .gpkg."))
    if path.exists():
        if not overwrite:
            raise WorkspaceError(
                tr("{path} already exists: choose another name, or open it instead.").format(path=path.name)
            )
        path.unlink()
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise WorkspaceError(
            tr("The folder {folder} does not exist or cannot be written to: choose another folder.").format(
                folder=path.parent
            )
        )
    target_crs = crs_tools.crs(workspace_crs(city))
    try:
        for index, layer in enumerate(LAYERS):
            create_table(path, layer, target_crs)
            if progress:
                progress(40.0 * (index + 1) / len(LAYERS))
        cities = tuple(CITIES) if city == "all" else (city,)
        with connect(path) as connection:
            _write_meta(connection, target_crs.authid(), cities)
            write_value_lists(connection)
        workspace = Workspace(path, SCHEMA_VERSION, target_crs.authid(), cities)
        store_styles(workspace)
        if sample:
            from .samples import build_sample

            records = build_sample(city)
            for index, layer in enumerate(LAYERS):
                add_records(workspace, layer, records.get(layer.name, []), "EPSG:4326")
                if progress:
                    progress(40.0 + 60.0 * (index + 1) / len(LAYERS))
            from .sample_photos import attach

            attach(workspace)  # a few records with a photo, copied beside the workspace
    except BaseException:
        path.unlink(missing_ok=True)  # no half-made workspace is left behind
        raise
    return workspace


def create_table(path: Path, layer: Layer, target_crs) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer.name
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", f"IDENTIFIER={layer.label.en}"]
    options.layerOptions.append(f"DESCRIPTION={layer.label.vi} / {layer.label.fr}")
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if path.exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    writer = QgsVectorFileWriter.create(
        str(path), qgs_fields(layer), _WKB[layer.geometry], target_crs, QgsCoordinateTransformContext(), options
    )
    error = writer.hasError()
    message = writer.errorMessage()
    del writer  # closes the file
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise WorkspaceError(
            tr("The workspace could not be written ({detail}): check the disk space and the folder's permissions.")
            .format(detail=message)
        )  # fmt: skip
    if layer.geometry is None:
        return
    with connect(path) as connection:  # a unique identity, everywhere
        connection.execute(f'CREATE UNIQUE INDEX IF NOT EXISTS "{layer.name}_uid" ON "{layer.name}" (uid)')


def to_qvariant(field_type: FieldType, value):
    """A Python value from the schema's storage form (ISO text for dates) as the QVariant the layer wants."""
    if value is None or value == "":
        return None
    if field_type is FieldType.DATE and isinstance(value, str):
        return QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    if field_type is FieldType.DATETIME and isinstance(value, str):
        moment = QDateTime.fromString(value.replace("Z", "+00:00"), Qt.DateFormat.ISODate)
        return moment.toUTC()
    return value


def add_records(workspace: Workspace, layer: Layer, records: Iterable[dict], records_crs: str) -> int:
    """Append ``records`` (field -> value, ``geometry`` as WKT in ``records_crs``) to a layer; returns the count."""
    records = list(records)
    if not records:
        return 0
    qgs_layer = workspace.layer(layer.name)
    fields = qgs_layer.fields()
    types = {field.name: field.type for field in layer.all_fields()}
    transform = crs_tools.transform(records_crs, workspace.crs) if layer.geometry else None
    features = []
    for record in records:
        feature = QgsFeature(fields)
        for name, field_type in types.items():
            feature.setAttribute(name, to_qvariant(field_type, record.get(name)))
        if transform is not None and record.get("geometry"):
            geometry = QgsGeometry.fromWkt(record["geometry"])
            geometry.transform(transform)
            feature.setGeometry(geometry)
        features.append(feature)
    ok, _ = qgs_layer.dataProvider().addFeatures(features)
    if not ok:
        raise WorkspaceError(
            tr("{count} records could not be added to {layer}: {detail}").format(
                count=len(features), layer=layer.name, detail="; ".join(qgs_layer.dataProvider().errors()[-3:])
            )
        )
    return len(features)


def store_styles(workspace: Workspace, language: str = STYLE_LANGUAGE) -> None:
    """Store every layer's style and form as its default style inside the GeoPackage, so that any QGIS, with or
    without the plugin, and QGIS Server show the same map and forms (labels in ``language``)."""
    from .forms import apply_form
    from .styles import apply_style, relabel

    with connect(workspace.path) as connection:
        # QGIS 3.22 hangs (on the main thread) or aborts (in a task) when it overwrites a stored default style:
        # the styles of another plugin version are taken away first, then stored anew
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            connection.executemany("DELETE FROM layer_styles WHERE f_table_name = ?", [(item.name,) for item in LAYERS])
    value_lists = workspace.layer(VALUE_LIST_TABLE, VALUE_LIST_TABLE)
    for layer in LAYERS:
        qgs_layer = workspace.layer(layer.name)
        if layer.geometry is not None:
            if not apply_style(qgs_layer, layer):
                raise WorkspaceError(
                    tr("The style of the layer {layer} could not be read: reinstall the plugin.").format(
                        layer=layer.name
                    )
                )
            relabel(qgs_layer, layer, language)
        apply_form(qgs_layer, layer, language, value_lists)
        error = save_default_style(qgs_layer, layer.name, layer.label.get(language))
        if error:
            raise WorkspaceError(
                tr("The style of the layer {layer} could not be stored in the workspace: {detail}").format(
                    layer=layer.name, detail=error
                )
            )
    with connect(workspace.path) as connection:
        set_meta(connection, "styled_with", __version__)


@contextlib.contextmanager
def connect(path: Path, timeout: float = 2.0) -> Iterator[sqlite3.Connection]:
    """The workspace's SQLite file for one block: committed when the block ends (rolled back on an error) and closed
    in every case. (``with sqlite3.connect(...)`` commits but never closes: the file stayed open until the garbage
    collector came, "ResourceWarning: unclosed database" from Python 3.13 on.)"""
    connection = sqlite3.connect(str(path), timeout=timeout)
    try:
        with connection:
            yield connection
    finally:
        connection.close()


def _write_meta(connection: sqlite3.Connection, authid: str, cities: tuple[str, ...]) -> None:
    connection.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    facts = {
        "schema_version": str(SCHEMA_VERSION),
        "crs": authid,
        "cities": ",".join(cities),
        "created_with": __version__,
        "created_at": now,
    }
    connection.executemany(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES (?, ?)", facts.items())


def set_meta(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES (?, ?)", (key, value))


def write_value_lists(connection: sqlite3.Connection) -> None:
    """Every value list with its labels, as a GeoPackage attributes table: QGIS loads it as a layer, and the forms'
    multiple-choice widgets (Value Relation) read their choices from it, in any QGIS."""
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({VALUE_LIST_TABLE})")]
    if columns and "fid" not in columns:  # schema 1 kept a plain table, invisible to QGIS
        connection.execute(f"DROP TABLE {VALUE_LIST_TABLE}")
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {VALUE_LIST_TABLE} (fid INTEGER PRIMARY KEY AUTOINCREMENT, list TEXT NOT NULL, "
        "code TEXT NOT NULL, position INTEGER NOT NULL, label_en TEXT NOT NULL, label_vi TEXT NOT NULL, "
        "label_fr TEXT NOT NULL, UNIQUE (list, code))"
    )
    connection.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
        "VALUES (?, 'attributes', 'Value lists', 'Danh mục giá trị / Listes de valeurs')",
        (VALUE_LIST_TABLE,),
    )
    connection.execute(f"DELETE FROM {VALUE_LIST_TABLE}")
    rows = [
        (value_list.name, value.code, position, value.label.en, value.label.vi, value.label.fr)
        for value_list in VALUE_LISTS.values()
        for position, value in enumerate(value_list.values)
    ]
    connection.executemany(
        f"INSERT INTO {VALUE_LIST_TABLE} (list, code, position, label_en, label_vi, label_fr) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def read_meta(path: Path) -> dict[str, str]:
    with connect(path) as connection:
        return dict(connection.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
