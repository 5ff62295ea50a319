"""The working copy: a GeoPackage made from the schema, with the plugin's own tables inside.

One table per layer of ``schema.LAYERS`` (geometry in the workspace's CRS: EPSG:5899 for Hội An and Tam Kỳ, EPSG:5897
for Hà Nội alone), plus ``cl_workspace`` (key/value facts: schema version, CRS, cities) and ``cl_value_lists`` (every
value list with its labels in English, Vietnamese and French). Opening a workspace of an older schema version
migrates it in place (missing layers and fields are added, nothing is dropped); a newer version, a GeoPackage that is
not a workspace, a read-only or a locked file each raise :class:`WorkspaceError` with a sentence, untouched.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from ..__about__ import __version__
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from . import crs as crs_tools
from .schema import CITIES, LAYERS, SCHEMA_VERSION, VALUE_LISTS, FieldType, Layer

META_TABLE = "cl_workspace"
VALUE_LIST_TABLE = "cl_value_lists"
CITY_CHOICES = (*CITIES, "all")

_QT_TYPES = {
    FieldType.INTEGER: (QVariant.LongLong, "int8"),
    FieldType.REAL: (QVariant.Double, "double"),
    FieldType.BOOLEAN: (QVariant.Bool, "boolean"),
    FieldType.DATE: (QVariant.Date, "date"),
    FieldType.DATETIME: (QVariant.DateTime, "datetime"),
}
_WKB = {
    "Point": QgsWkbTypes.Point,
    "LineString": QgsWkbTypes.LineString,
    "Polygon": QgsWkbTypes.Polygon,
    "MultiPolygon": QgsWkbTypes.MultiPolygon,
    None: QgsWkbTypes.NoGeometry,
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
        with _connect(self.path) as connection:
            return connection.execute(f'SELECT COUNT(*) FROM "{layer_name}"').fetchone()[0]


def workspace_crs(city: str) -> str:
    """EPSG:5897 for a Hà Nội workspace, EPSG:5899 otherwise (Hội An, Tam Kỳ, and all cities together)."""
    return CITIES[city].crs if city in CITIES else CITIES["hoi_an"].crs


def qgs_fields(layer: Layer) -> QgsFields:
    fields = QgsFields()
    for field in layer.all_fields():
        qt_type, type_name = _QT_TYPES.get(field.type, (QVariant.String, "text"))
        length = field.length or (36 if field.type is FieldType.UUID else 0)
        fields.append(QgsField(field.name, qt_type, type_name, length if qt_type == QVariant.String else 0))
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
            _create_table(path, layer, target_crs)
            if progress:
                progress(40.0 * (index + 1) / len(LAYERS))
        cities = tuple(CITIES) if city == "all" else (city,)
        with _connect(path) as connection:
            _write_meta(connection, target_crs.authid(), cities)
            _write_value_lists(connection)
        workspace = Workspace(path, SCHEMA_VERSION, target_crs.authid(), cities)
        if sample:
            from .samples import build_sample

            records = build_sample(city)
            for index, layer in enumerate(LAYERS):
                add_records(workspace, layer, records.get(layer.name, []), "EPSG:4326")
                if progress:
                    progress(40.0 + 60.0 * (index + 1) / len(LAYERS))
    except BaseException:
        path.unlink(missing_ok=True)  # no half-made workspace is left behind
        raise
    return workspace


def _create_table(path: Path, layer: Layer, target_crs) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer.name
    options.fileEncoding = "UTF-8"
    options.layerOptions = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", f"IDENTIFIER={layer.label.en}"]
    options.layerOptions.append(f"DESCRIPTION={layer.label.vi} / {layer.label.fr}")
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer if path.exists() else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    writer = QgsVectorFileWriter.create(
        str(path), qgs_fields(layer), _WKB[layer.geometry], target_crs, QgsCoordinateTransformContext(), options
    )
    error = writer.hasError()
    message = writer.errorMessage()
    del writer  # closes the file
    if error != QgsVectorFileWriter.NoError:
        raise WorkspaceError(
            tr("The workspace could not be written ({detail}): check the disk space and the folder's permissions.")
            .format(detail=message)
        )  # fmt: skip
    if layer.geometry is None:
        return
    with _connect(path) as connection:  # a unique identity, everywhere
        connection.execute(f'CREATE UNIQUE INDEX IF NOT EXISTS "{layer.name}_uid" ON "{layer.name}" (uid)')


def to_qvariant(field_type: FieldType, value):
    """A Python value from the schema's storage form (ISO text for dates) as the QVariant the layer wants."""
    if value is None or value == "":
        return None
    if field_type is FieldType.DATE and isinstance(value, str):
        return QDate.fromString(value[:10], Qt.ISODate)
    if field_type is FieldType.DATETIME and isinstance(value, str):
        moment = QDateTime.fromString(value.replace("Z", "+00:00"), Qt.ISODate)
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


def _connect(path: Path, timeout: float = 2.0) -> sqlite3.Connection:
    return sqlite3.connect(str(path), timeout=timeout)


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


def _write_value_lists(connection: sqlite3.Connection) -> None:
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {VALUE_LIST_TABLE} (list TEXT NOT NULL, code TEXT NOT NULL, "
        "position INTEGER NOT NULL, label_en TEXT NOT NULL, label_vi TEXT NOT NULL, label_fr TEXT NOT NULL, "
        "PRIMARY KEY (list, code))"
    )
    connection.execute(f"DELETE FROM {VALUE_LIST_TABLE}")
    rows = [
        (value_list.name, value.code, position, value.label.en, value.label.vi, value.label.fr)
        for value_list in VALUE_LISTS.values()
        for position, value in enumerate(value_list.values)
    ]
    connection.executemany(f"INSERT INTO {VALUE_LIST_TABLE} VALUES (?, ?, ?, ?, ?, ?)", rows)


def read_meta(path: Path) -> dict[str, str]:
    with _connect(path) as connection:
        return dict(connection.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())


def open_workspace(path: str | Path, migrate: bool = True) -> Workspace:
    """Open the workspace at ``path``, migrating an older schema version in place (nothing is dropped)."""
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(tr("{path} does not exist: choose an existing workspace or create one.").format(path=path))
    if not _is_sqlite(path):
        raise WorkspaceError(
            tr("{path} is not a GeoPackage: choose a workspace file (.gpkg) made by Creative Layers.").format(
                path=path.name
            )
        )
    try:
        with _connect(path) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "gpkg_contents" not in tables:
                raise WorkspaceError(
                    tr("{path} is an SQLite database but not a GeoPackage: choose a workspace made by Creative "
                       "Layers.").format(path=path.name)
                )  # fmt: skip
            if META_TABLE not in tables:
                raise WorkspaceError(
                    tr("{path} is a GeoPackage but not a Creative Layers workspace: create a workspace and import "
                       "its layers with Import records.").format(path=path.name)
                )  # fmt: skip
            meta = dict(connection.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(
            tr("{path} cannot be read as a GeoPackage ({detail}): it may be damaged; open a backup copy.").format(
                path=path.name, detail=error
            )
        ) from error
    version = int(meta.get("schema_version", "0"))
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            tr("{path} was made by a newer Creative Layers (schema version {found}, this plugin knows {known}): "
               "update the plugin to open it.").format(path=path.name, found=version, known=SCHEMA_VERSION)
        )  # fmt: skip
    _check_writable(path)
    workspace = Workspace(path, version, meta.get("crs", workspace_crs("all")), tuple(meta["cities"].split(",")))
    if migrate and (version < SCHEMA_VERSION or missing_parts(workspace)):
        workspace = migrate_workspace(workspace)
    return workspace


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _is_read_only(path: Path) -> bool:
    """Read-only for this user, or marked read-only for everyone (root's os.access ignores the mode bits)."""
    no_write_bits = not (path.stat().st_mode & 0o222)
    return no_write_bits or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _check_writable(path: Path) -> None:
    if _is_read_only(path):
        raise WorkspaceError(
            tr("{path} is read-only: copy it to a folder you can write to, or change its permissions.").format(
                path=path.name
            )
        )
    connection = _connect(path, timeout=0.5)
    try:
        connection.execute("BEGIN IMMEDIATE")  # takes the write lock, or fails at once if another writer holds it
        connection.rollback()
    except sqlite3.OperationalError as error:
        raise WorkspaceError(
            tr("{path} is being written by another program: close it there (or wait for it to finish) and try "
               "again.").format(path=path.name),
            str(error),
        ) from error  # fmt: skip
    finally:
        connection.close()


def missing_parts(workspace: Workspace) -> dict[str, list[str]]:
    """Layers of the schema the workspace lacks (value: []) and fields a layer lacks (value: their names)."""
    missing: dict[str, list[str]] = {}
    with _connect(workspace.path) as connection:
        tables = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
        for layer in LAYERS:
            if layer.name not in tables:
                missing[layer.name] = []
                continue
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{layer.name}")')}
            absent = [field.name for field in layer.all_fields() if field.name not in columns]
            if absent:
                missing[layer.name] = absent
    return missing


def migrate_workspace(workspace: Workspace) -> Workspace:
    """Bring a workspace to the plugin's schema: add what is missing, keep every row and every extra column."""
    target_crs = crs_tools.crs(workspace.crs)
    for layer_name, absent in missing_parts(workspace).items():
        layer = next(item for item in LAYERS if item.name == layer_name)
        if not absent:
            _create_table(workspace.path, layer, target_crs)
            continue
        qgs_layer = workspace.layer(layer_name)  # keep the layer alive while its provider is used
        provider = qgs_layer.dataProvider()
        wanted = qgs_fields(layer)
        if not provider.addAttributes([wanted.field(name) for name in absent]):
            raise WorkspaceError(
                tr("The workspace could not be brought up to date (layer {layer}): restore it from a backup and "
                   "report the problem.").format(layer=layer_name),
                "; ".join(provider.errors()),
            )  # fmt: skip
    with _connect(workspace.path) as connection:
        connection.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        connection.execute(
            f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES ('migrated_with', ?)", (__version__,)
        )
        _write_value_lists(connection)
    return Workspace(workspace.path, SCHEMA_VERSION, workspace.crs, workspace.cities)
