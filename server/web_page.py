"""The online map page in a server's run folder, made at each start: the page's files (``server/web/``: its sources
and the web-mapping library that ``scripts/setup.sh`` installed into ``map/vendor/``), the map's pictograms, the
schema's labels and looks (``map/schema.json``, ``server/web_schema.py``) and the page's configuration
(``map/config.json``: where the server's OGC API - Features is, the city, the basemap's tiles, the paging). nginx
serves them (``server/nginx.py``); the media store's folder is made here too.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
from pathlib import Path
from typing import Any

from server.layout import RunLayout, ServerError

SOURCE = Path(__file__).resolve().parent / "web"
VENDOR_FILES = ("ol.js", "ol.css")  # what the page loads of the library (scripts/setup.sh copies them)
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
PAGE_SIZE = 500  # features a request of the page asks for (limit)
MAX_FEATURES = 2500  # features of one layer the page loads for one view (then it asks to zoom in)
MIN_ZOOM = 11  # the records are asked for from this zoom on (a city's districts); wards and villages always


def defaults(api: str, city: str) -> dict[str, Any]:
    """The page's configuration: ``api`` is the OGC API - Features landing page relative to the page (``wfs3`` on
    QGIS Server, ``.`` on pygeoapi), ``media`` the media store's, ``tiles`` the basemap's (an XYZ template; the page
    adds it only when a tile answers)."""
    return {
        "api": api,
        "media": "media/",
        "city": city,
        "tiles": OSM_TILES,
        "tiles_attribution": "© OpenStreetMap contributors",
        "page_size": PAGE_SIZE,
        "max_features": MAX_FEATURES,
        "min_zoom": MIN_ZOOM,
    }


def write_config(layout: RunLayout, **settings: Any) -> dict[str, Any]:
    """(Re)write the page's ``map/config.json`` with ``settings`` changed; returns the configuration."""
    path = layout.web / "map" / "config.json"
    config = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    config.update(settings)
    path.write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    path.chmod(0o644)
    return config


def missing_library() -> list[str]:
    return [name for name in VENDOR_FILES if not (SOURCE / "map" / "vendor" / name).is_file()]


def prepare(layout: RunLayout, api: str, city: str, account: pwd.struct_passwd | None) -> None:
    """Make the run folder's ``web/`` (the page, anew) and ``media/`` (kept: the media store), nginx's workers
    running as ``account`` (None: as the caller)."""
    from creative_layers_plugin.core.style_symbols import ICON_DIR
    from server.web_schema import web_schema, write_icons  # the plugin's schema and styles (qgis.core)

    if missing_library():
        raise ServerError(
            f"The online map's library is missing ({', '.join(missing_library())} in {SOURCE / 'map' / 'vendor'}): "
            "run scripts/setup.sh (make test runs it)."
        )
    shutil.rmtree(layout.web, ignore_errors=True)
    shutil.copytree(SOURCE, layout.web, ignore=shutil.ignore_patterns("node_modules", "package*.json", ".npmrc"))
    schema = web_schema()
    write_icons(schema, layout.web / "map" / "icons")
    shutil.copyfile(ICON_DIR.parent / "creative_layers.svg", layout.web / "map" / "favicon.svg")  # the plugin's
    text = json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
    (layout.web / "map" / "schema.json").write_text(text, encoding="utf-8")
    write_config(layout, **defaults(api, city))
    for folder, _dirs, files in os.walk(layout.web):  # readable by nginx's workers, whoever runs them
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(Path(folder) / name, 0o644)
    layout.media.mkdir(exist_ok=True)
    layout.media.chmod(0o755)
    if account is not None:
        for item in [layout.media, *layout.media.rglob("*")]:
            os.lchown(item, account.pw_uid, account.pw_gid)
