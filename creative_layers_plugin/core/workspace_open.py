"""Opening a working copy: the checks that refuse a bad file untouched, and the migration to this plugin's schema.

Opening a workspace of an older schema version migrates it in place (missing layers and fields are added, nothing is
dropped, styles are refreshed); a newer version, a GeoPackage that is not a workspace, a read-only or a locked file
each raise :class:`WorkspaceError` with a sentence, untouched.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QThread

from ..__about__ import __version__
from ..toolbelt.i18n import tr
from . import crs as crs_tools
from .schema import LAYERS, SCHEMA_VERSION, format_multi, split_multi
from .workspace import (
    META_TABLE,
    Workspace,
    WorkspaceError,
    connect,
    create_table,
    qgs_fields,
    read_meta,
    set_meta,
    store_styles,
    workspace_crs,
    write_value_lists,
)


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
        with connect(path) as connection:
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
    elif migrate:
        refresh_styles(workspace, meta)
    return workspace


def on_main_thread() -> bool:
    """Whether this runs on the application's main thread (or without an application)."""
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() == app.thread()


def refresh_styles(workspace: Workspace, meta: dict | None = None) -> bool:
    """Give a workspace made by another plugin version this version's value lists, styles and forms; True when it
    did. Only on the main thread: QGIS 3.22 corrupts its heap (and aborts) when layer styles are stored from a
    task's thread, so a task leaves it for the main thread (the panel does it before it loads the layers)."""
    meta = meta if meta is not None else read_meta(workspace.path)
    if meta.get("styled_with") == __version__ or not on_main_thread():
        return False
    with connect(workspace.path) as connection:
        write_value_lists(connection)
    store_styles(workspace)
    return True


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
    try:
        with connect(path, timeout=0.5) as connection:
            connection.execute("BEGIN IMMEDIATE")  # takes the write lock, or fails at once if another writer holds it
            connection.rollback()
    except sqlite3.OperationalError as error:
        raise WorkspaceError(
            tr("{path} is being written by another program: close it there (or wait for it to finish) and try "
               "again.").format(path=path.name),
            str(error),
        ) from error  # fmt: skip


def missing_parts(workspace: Workspace) -> dict[str, list[str]]:
    """Layers of the schema the workspace lacks (value: []) and fields a layer lacks (value: their names)."""
    missing: dict[str, list[str]] = {}
    with connect(workspace.path) as connection:
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


def _multi_values_as_arrays(workspace: Workspace) -> None:
    """Schema 2: multi values from ``a;b`` to ``{"a","b"}``, the form QGIS's multiple-choice widget writes.

    Through QGIS's provider (the GeoPackage's triggers need GDAL's SQL functions); values already in the new form are
    left alone, so a migration interrupted before the version is written simply does this again."""
    for layer in LAYERS:
        multi = [field.name for field in layer.all_fields() if field.is_multi]
        if not multi:
            continue
        qgs_layer = workspace.layer(layer.name)  # keep the layer alive while its provider is used
        provider = qgs_layer.dataProvider()
        indexes = {name: provider.fields().indexOf(name) for name in multi if provider.fields().indexOf(name) >= 0}
        changes = {}
        for feature in provider.getFeatures():
            for name, index in indexes.items():
                value = feature[name]
                if isinstance(value, str) and value and not value.startswith("{"):
                    changes.setdefault(feature.id(), {})[index] = format_multi(split_multi(value))
        if changes and not provider.changeAttributeValues(changes):
            raise WorkspaceError(
                tr("The workspace could not be brought up to date (layer {layer}): restore it from a backup and "
                   "report the problem.").format(layer=layer.name),
                "; ".join(provider.errors()),
            )  # fmt: skip


# what a schema version changes in the data itself (fields and layers are added from the schema)
DATA_MIGRATIONS = {2: _multi_values_as_arrays}


def migrate_workspace(workspace: Workspace) -> Workspace:
    """Bring a workspace to the plugin's schema: add what is missing, keep every row and every extra column."""
    target_crs = crs_tools.crs(workspace.crs)
    for layer_name, absent in missing_parts(workspace).items():
        layer = next(item for item in LAYERS if item.name == layer_name)
        if not absent:
            create_table(workspace.path, layer, target_crs)
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
    for version in range(workspace.schema_version + 1, SCHEMA_VERSION + 1):
        if version in DATA_MIGRATIONS:
            DATA_MIGRATIONS[version](workspace)  # each step can run again safely: the version is written after
    with connect(workspace.path) as connection:
        connection.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        set_meta(connection, "migrated_with", __version__)
        write_value_lists(connection)
    migrated = Workspace(workspace.path, SCHEMA_VERSION, workspace.crs, workspace.cities)
    refresh_styles(migrated)  # the styles of this plugin version travel with the data (on the main thread)
    return migrated
