"""The pygeoapi server's data: a workspace's features as JSON in WGS 84, made with QGIS in its own process.

The workspace is made by the plugin's own ``create_workspace`` (empty or with a city's sample) or is a copy of a given
one; every layer of ``schema.LAYERS`` is read and its geometries transformed to EPSG:4326 with the plugin's transform
(EPSG:6960 pinned between VN-2000 and WGS 84, as everywhere in the plugin). ``postgis.py`` loads the JSON.

    python server/pg_export.py --out FEATURES.json [--create {empty,sample} --city hoi_an | --source WS.gpkg]

The JSON: ``{"crs": "EPSG:4326", "layers": {name: [{"properties": {field: value}, "geometry": "SRID=4326;WKT"}]}}``,
values as the schema stores them: ISO dates, date-times in UTC (``...Z``), booleans, numbers, text; NULL is null.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WKT_PRECISION = 12  # degrees: far below a millimetre


def _value(value):
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate) if value.isValid() else None
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def export(gpkg: Path) -> dict:
    from qgis.core import QgsCoordinateReferenceSystem

    from creative_layers_plugin.core import crs as crs_tools
    from creative_layers_plugin.core.schema import LAYERS
    from creative_layers_plugin.core.workspace_open import open_workspace

    workspace = open_workspace(gpkg)
    wgs84 = QgsCoordinateReferenceSystem(crs_tools.WGS84)
    layers = {}
    for layer_def in LAYERS:
        layer = workspace.layer(layer_def.name)
        names = [name for name in layer_def.field_names() if layer.fields().indexOf(name) >= 0]
        to_wgs84 = crs_tools.transform(layer.crs(), wgs84) if layer_def.geometry else None
        rows = []
        for feature in layer.getFeatures():
            properties = {name: _value(feature[name]) for name in names}
            geometry = None
            if to_wgs84 is not None and feature.hasGeometry():
                shape = feature.geometry()
                shape.transform(to_wgs84)
                geometry = f"SRID=4326;{shape.asWkt(WKT_PRECISION)}"
            rows.append({"properties": properties, "geometry": geometry})
        layers[layer_def.name] = rows
    return {"crs": crs_tools.WGS84, "layers": layers}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    origin = parser.add_mutually_exclusive_group(required=True)
    origin.add_argument("--create", choices=("empty", "sample"), help="make a workspace anew")
    origin.add_argument("--source", type=Path, help="read this workspace (a copy of it)")
    parser.add_argument("--city", default="hoi_an", help="the workspace's city (hoi_an, tam_ky, ha_noi, all)")
    parser.add_argument("--media", type=Path, help="the media store: the records' photos go there, as published")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    from creative_layers_plugin.toolbelt.errors import UserError
    from server.project import copy_geopackage

    app = QgsApplication([], False)
    app.initQgis()
    try:
        with tempfile.TemporaryDirectory(prefix="pg-export-", dir=args.out.parent) as folder:
            gpkg = Path(folder) / "workspace.gpkg"
            if args.source:
                copy_geopackage(args.source, gpkg)  # never opened in place: QGIS may migrate or restyle it
            else:
                from creative_layers_plugin.core.workspace import create_workspace

                create_workspace(gpkg, args.city, sample=args.create == "sample", overwrite=True)
            if args.media:
                from server.published_photos import as_published

                as_published(gpkg, args.media, args.source.parent if args.source else gpkg.parent)
            data = export(gpkg)
    except (UserError, OSError, RuntimeError, ValueError) as error:
        print(f"{args.source or args.create}: {error}", file=sys.stderr)
        return 1
    finally:
        app.exitQgis()
    args.out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    counts = {name: len(rows) for name, rows in data["layers"].items() if rows}
    print(f"{args.out}: {sum(counts.values())} features ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
