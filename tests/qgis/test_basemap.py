"""The basemap: added beneath the map when its tiles answer (a real tile server on loopback here), silently left
out when nothing answers (a port with nothing behind it)."""

import http.server
import socket
import threading

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage

from creative_layers_plugin.core import basemap, loading
from creative_layers_plugin.core.workspace import create_workspace
from tests.qgis.conftest import wait_for


def png_tile() -> bytes:
    image = QImage(256, 256, QImage.Format_RGB32)
    image.fill(QColor("#cde6c7"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture()
def tile_server():
    tile = png_tile()
    requests = []

    class Tiles(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/{{z}}/{{x}}/{{y}}.png", requests
    server.shutdown()
    server.server_close()


@pytest.fixture()
def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"  # nothing listens there any more


def test_reachable_asks_for_a_tile(qgis_app, tile_server, closed_port_url):
    url, requests = tile_server
    assert basemap.reachable(url)
    assert requests == ["/0/0/0.png"]
    assert not basemap.reachable(closed_port_url, timeout_ms=1500)


def test_the_basemap_goes_beneath_the_map_when_tiles_answer(qgis_app, dock, tile_server, tmp_path):
    url, _ = tile_server
    dock.load(create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True))
    wait_for(qgis_app, dock.check_basemap(url))
    layer = basemap.find_basemap()
    assert layer is not None and layer.providerType() == "wms" and "type=xyz" in layer.source()
    root = QgsProject.instance().layerTreeRoot()
    assert root.children()[-1].layerId() == layer.id()  # beneath everything
    assert root.children()[0] is loading.find_group()


def test_without_internet_there_is_no_basemap_and_no_error(qgis_app, qgis_iface, dock, closed_port_url, tmp_path):
    qgis_iface.messageBar().clear_messages()
    dock.load(create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True))
    wait_for(qgis_app, dock.check_basemap(closed_port_url))
    assert basemap.find_basemap() is None
    assert qgis_iface.messageBar().get_messages(Qgis.Critical) == []
    assert qgis_iface.messageBar().get_messages(Qgis.Warning) == []
    assert loading.find_group() is not None
