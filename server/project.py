"""The reference server's data and QGIS project, generated from the plugin's schema (run in its own process).

The data is a workspace made by the plugin's own ``create_workspace`` (every table of the schema, each layer's
style stored as its default style), empty or with a city's sample, or a copy of a given workspace. The project adds
every layer of ``schema.LAYERS`` from it with that default style, under a name and short name equal to the schema
name (the WMS layer name and the OGC API - Features collection id), and turns on the services QGIS Server 3.22
reads from the project (``src/server/qgsserverprojectutils.cpp``): the WMS service capabilities and title,
``WMSExtent``, ``WMSCrsList``, ``WFSLayers`` (the collections) and ``WFSTLayers/Insert|Update|Delete`` (what ``/wfs3``
lets POST, PUT, PATCH and DELETE). QGIS 3.22 has no ``WFSUseLayerIDs``: WFS type names and collection ids are the
short names (the layer ids are only used inside the project).

What QGIS Server 3.22 needs and a desktop workspace does not (each found by running it; see the functions):

- the served GeoPackage is named ``.gpkx`` (GeoPackage's own extension for files that use extensions) and kept in
  WAL mode: ``write_ahead_log``;
- an empty layer has a nominal extent: ``nominal_extents``;
- the layers have no form (aliases, editor widgets), only their symbology: ``plain_fields``.

    python server/project.py --gpkg DATA.gpkx --project OUT.qgs [--create {empty,sample} | --source WS.gpkg]
        [--layers a,b] [--as-loaded]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICE_TITLE = "Bản đồ sáng tạo đa lớp – Creative map"
OUTPUT_CRS = ("EPSG:4326", "EPSG:3857", "EPSG:5899", "EPSG:5897")  # published CRSs (WMS, and /wfs3's crs=)
EXTENT_MARGIN_DEG = 0.1  # around each city's centre: WMSExtent, and the nominal extent of an empty layer
GEOMETRY_ORDER = ("Point", "LineString", "Polygon", "MultiPolygon", None)  # points drawn above lines above areas


def _qgis_application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def copy_geopackage(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup: a source in WAL mode with its -wal is copied whole)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    copy = sqlite3.connect(str(target))
    try:
        origin.backup(copy)
    finally:
        copy.close()
        origin.close()


def create_data(target: Path, city: str, sample: bool) -> None:
    """A new workspace, made by the plugin under a .gpkg name (it insists), copied to ``target``."""
    from creative_layers_plugin.core.workspace import create_workspace

    made = target.with_name(target.stem + ".new.gpkg")
    create_workspace(made, city, sample=sample, overwrite=True)
    copy_geopackage(made, target)


def write_ahead_log(gpkg: Path) -> None:
    """Keep the served GeoPackage in WAL mode. QGIS Server 3.22 needs it: in a rollback journal its PUT, PATCH and
    DELETE hold a read cursor while they write, and fail after 5 s ("Error changing feature"). But for a ``.gpkg``
    file QGIS manages the journal itself: it resets the file to DELETE when it closes it, opens layers read-only with
    GDAL's NOLOCK, and switches to WAL at the first write, after which every layer opened before it fails ("unable
    to open database file": /wfs3 answers 400 "offset [0--1]" to GET and POST). Named ``.gpkx``, the file is left
    alone by QGIS (that handling keys on the ``.gpkg`` suffix) and GDAL opens it as the GeoPackage it is."""
    connection = sqlite3.connect(str(gpkg))
    try:
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    finally:
        connection.close()
    if mode.lower() != "wal":
        raise RuntimeError(f"{gpkg} could not be put in WAL mode (journal mode {mode})")


def unique_uids(gpkg: Path) -> list[str]:
    """A unique index on ``uid`` in the tables without geometry too (the workspace has one on the spatial tables),
    so that every collection refuses a second feature with the same uid."""
    from creative_layers_plugin.core.schema import LAYERS

    connection = sqlite3.connect(str(gpkg))
    added = []
    try:
        with connection:
            for layer in LAYERS:
                if layer.geometry is None:
                    connection.execute(f'CREATE UNIQUE INDEX IF NOT EXISTS "{layer.name}_uid" ON "{layer.name}" (uid)')
                    added.append(layer.name)
    finally:
        connection.close()
    return added


def nominal_extents(gpkg: Path, box) -> list[str]:
    """Give every spatial table without an extent (an empty one) ``box`` (in the tables' CRS) as its extent in
    ``gpkg_contents``. QGIS Server 3.22 answers HTTP 500 to ``/wfs3/collections`` when one published layer is empty
    ("forward transform of (inf, inf)": it transforms the empty extent to CRS84). Returns the tables given one."""
    connection = sqlite3.connect(str(gpkg))
    try:
        with connection:
            tables = [row[0] for row in connection.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' AND min_x IS NULL")]  # fmt: skip
            connection.executemany(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                [(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), table) for table in tables],
            )
    finally:
        connection.close()
    return tables


def plain_fields(layer) -> None:
    """Drop the form from a served layer, keep its symbology. QGIS Server 3.22's /wfs3 writes features with the
    fields' aliases as property names and the editor widgets' represented values (``"Loại chủ thể": "Nghệ nhân"``
    instead of ``"actor_type": "artisan"``), while POST and PUT take field names and codes: without aliases and
    widgets what is read is what was written."""
    from qgis.core import QgsEditorWidgetSetup

    for index in range(layer.fields().count()):
        layer.removeFieldAlias(index)
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup())


def cities_extent(workspace):
    """A box around the workspace's cities, in its CRS."""
    from qgis.core import QgsRectangle

    from creative_layers_plugin.core import crs as crs_tools
    from creative_layers_plugin.core.schema import CITIES

    to_workspace = crs_tools.transform(crs_tools.WGS84, workspace.crs)
    extent = QgsRectangle()
    extent.setMinimal()
    for code in workspace.cities:
        city = CITIES[code]
        box = QgsRectangle(city.lon - EXTENT_MARGIN_DEG, city.lat - EXTENT_MARGIN_DEG,
                           city.lon + EXTENT_MARGIN_DEG, city.lat + EXTENT_MARGIN_DEG)  # fmt: skip
        extent.combineExtentWith(to_workspace.transformBoundingBox(box))
    return extent


def write_project(
    gpkg: Path, project_path: Path, layers: list[str] | None = None, as_loaded: bool = False
) -> list[str]:
    """Write the served project for the workspace ``gpkg``; returns the schema names of the published layers.
    ``layers``: only these (a server that serves part of the map); ``as_loaded``: the layers with their whole default
    style, forms included (as an administrator who adds the workspace's layers to a project would serve them)."""
    from qgis.core import QgsProject

    from creative_layers_plugin.core import crs as crs_tools
    from creative_layers_plugin.core.schema import LAYERS
    from creative_layers_plugin.core.workspace import VALUE_LIST_TABLE
    from creative_layers_plugin.core.workspace_open import open_workspace

    workspace = open_workspace(gpkg)
    extent = cities_extent(workspace)
    nominal_extents(gpkg, extent)
    unique_uids(gpkg)
    project = QgsProject()
    project.setFileName(str(project_path))
    project.setTitle(SERVICE_TITLE)
    project.setCrs(crs_tools.crs(workspace.crs))
    crs_tools.pin_in_project(project)  # EPSG:6960 between VN-2000 and WGS 84, for /wfs3 and WMS alike
    project.addMapLayer(workspace.layer(VALUE_LIST_TABLE, VALUE_LIST_TABLE))
    published = []
    for layer_def in sorted(LAYERS, key=lambda item: GEOMETRY_ORDER.index(item.geometry)):
        if layers is not None and layer_def.name not in layers:
            continue
        layer = workspace.layer(layer_def.name)  # with its default style, stored in the file
        if not as_loaded:
            plain_fields(layer)
        # The name too is the schema's: QGIS Server 3.22 gives the short name as the id in /collections but the
        # layer's name in /collections/{id}. People read the title.
        layer.setShortName(layer_def.name)
        layer.setTitle(f"{layer_def.label.vi} / {layer_def.label.en}")
        layer.setAbstract(f"{layer_def.label.en} / {layer_def.label.fr}")
        project.addMapLayer(layer)
        published.append(layer)
    ids = [layer.id() for layer in published]
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", SERVICE_TITLE)
    project.writeEntry("WMSServiceAbstract", "/", "Multi-layer Creative Map: reference shared server (QGIS Server)")
    project.writeEntry("WMSContactOrganization", "/", "Creative Layers")
    project.writeEntry("WMSCrsList", "/", list(OUTPUT_CRS))
    project.writeEntry("WMSUseLayerIDs", "/", False)
    project.writeEntry("WMSAddWktGeometry", "/", True)
    project.writeEntry("WMSRootName", "/", "creative_map")
    tables = [layer.name for layer in LAYERS if layer.geometry is None]  # collections, but no maps
    project.writeEntry("WMSRestrictedLayers", "/", [VALUE_LIST_TABLE, *tables])
    bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    project.writeEntry("WMSExtent", "/", [f"{value:.2f}" for value in bounds])
    project.writeEntry("WFSLayers", "/", ids)
    for layer_id in ids:
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, 8)
    for operation in ("Insert", "Update", "Delete"):
        project.writeEntry("WFSTLayers", operation, ids)
    project.writeEntry("WCSLayers", "/", [])
    project_path.unlink(missing_ok=True)  # else QGIS keeps the last one as a .qgs~ backup
    if not project.write():
        raise RuntimeError(f"the project {project_path} could not be written: {project.error()}")
    return [layer.shortName() for layer in published]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gpkg", type=Path, required=True, help="the served GeoPackage (.gpkx)")
    parser.add_argument("--project", type=Path, required=True, help="the .qgs file to write")
    origin = parser.add_mutually_exclusive_group()
    origin.add_argument("--create", choices=("empty", "sample"), help="make the GeoPackage anew")
    origin.add_argument("--source", type=Path, help="copy this workspace into the GeoPackage")
    parser.add_argument("--city", default="hoi_an", help="the workspace's city (hoi_an, tam_ky, ha_noi, all)")
    parser.add_argument("--layers", help="serve only these layers (comma-separated schema names)")
    parser.add_argument("--as-loaded", action="store_true", help="keep the layers' forms (aliases, value maps)")
    parser.add_argument("--media", type=Path, help="the media store: the records' photos go there, as published")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from creative_layers_plugin.toolbelt.errors import UserError

    app = _qgis_application()
    try:
        if args.source:
            copy_geopackage(args.source, args.gpkg)
        if args.create:
            create_data(args.gpkg, args.city, args.create == "sample")
        if args.media and (args.source or args.create):
            from server.published_photos import as_published

            made = args.gpkg.with_name(args.gpkg.stem + ".new.gpkg")  # create_data's, beside its photos
            as_published(args.gpkg, args.media, args.source.parent if args.source else made.parent)
        layers = args.layers.split(",") if args.layers else None
        names = write_project(args.gpkg, args.project, layers, args.as_loaded)
    except (UserError, sqlite3.DatabaseError, OSError, RuntimeError) as error:
        print(f"{args.source or args.gpkg}: {error}", file=sys.stderr)
        return 1
    finally:
        app.exitQgis()
        for suffix in ("", "-wal", "-shm", "-journal"):  # create_data's first copy
            Path(f"{args.gpkg.with_name(args.gpkg.stem + '.new.gpkg')}{suffix}").unlink(missing_ok=True)
    write_ahead_log(args.gpkg)
    print(f"{args.project}: {len(names)} layers ({', '.join(names)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
