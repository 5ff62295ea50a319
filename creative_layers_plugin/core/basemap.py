"""The OpenStreetMap basemap beneath the creative map, added only when its tiles can be reached.

The check goes through QGIS's own network stack (its proxy and TLS settings apply) with a short timeout, in a task,
so that a machine without internet simply gets no basemap and no error.
"""

from __future__ import annotations

from urllib.parse import quote

from qgis.core import QgsBlockingNetworkRequest, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
BASEMAP_PROPERTY = "creative_layers/basemap"
PROBE_TIMEOUT_MS = 4000


def xyz_uri(url: str, zmax: int = 19) -> str:
    return f"type=xyz&url={quote(url, safe=':/{}')}&zmin=0&zmax={zmax}"


def reachable(url: str, timeout_ms: int = PROBE_TIMEOUT_MS) -> bool:
    """True when the tile of zoom 0 answers with an image (never raises)."""
    tile = url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
    request = QNetworkRequest(QUrl(tile))
    request.setTransferTimeout(timeout_ms)
    fetch = QgsBlockingNetworkRequest()
    if fetch.get(request, forceRefresh=True) != QgsBlockingNetworkRequest.ErrorCode.NoError:
        return False
    reply = fetch.reply()
    content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1")
    return content_type.startswith("image/") and len(reply.content()) > 0


def find_basemap(project: QgsProject | None = None) -> QgsRasterLayer | None:
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if layer.customProperty(BASEMAP_PROPERTY):
            return layer
    return None


def add_basemap(url: str = OSM_TILES, project: QgsProject | None = None) -> QgsRasterLayer | None:
    """Add the basemap at the bottom of the layer tree (once); None when QGIS cannot make the layer."""
    project = project or QgsProject.instance()
    existing = find_basemap(project)
    if existing is not None:
        return existing
    layer = QgsRasterLayer(xyz_uri(url), "OpenStreetMap", "wms")
    if not layer.isValid():
        return None
    layer.setCustomProperty(BASEMAP_PROPERTY, url)
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    root.insertLayer(len(root.children()), layer)
    return layer
