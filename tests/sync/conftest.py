"""A real reference server (QGIS Server behind nginx, on 127.0.0.1) for each test, a QGIS authentication
configuration holding its password, and working copies of the Hội An sample."""

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from creative_layers_plugin.core.workspace import create_workspace
from server.pygeoapi_server import start_pygeoapi_server
from server.reference_server import start_server
from server.throwaway import free_port, running  # noqa: F401 (free_port: for the tests that start their own)
from tests.qgis.conftest import creativemap_provider  # noqa: F401 (the plugin's Processing provider)

USER = "staff"


@pytest.fixture()
def server():
    """An empty creative-map server (QGIS Server behind nginx)."""
    with running(start_server, "cl-server-") as handle:
        yield handle


@pytest.fixture()
def pygeoapi():
    """An empty pygeoapi server on PostgreSQL/PostGIS behind nginx."""
    with running(start_pygeoapi_server, "cl-pygeoapi-", timeout=90) as handle:
        yield handle


def stored_authcfg(user: str, password: str, name: str) -> str:
    """A Basic configuration in QGIS's authentication manager; its id."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("creative-layers-tests", True)
    config = QgsAuthMethodConfig()
    config.setMethod("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    assert (stored[0] if isinstance(stored, tuple) else stored) and config.id()
    return config.id()


@pytest.fixture()
def authcfg(qgis_app, server):
    """A Basic configuration in QGIS's authentication manager with the server's user and password."""
    config_id = stored_authcfg(USER, server.password, f"creative map server {server.port}")
    yield config_id
    QgsApplication.authManager().removeAuthenticationConfig(config_id)


@pytest.fixture()
def pygeoapi_authcfg(qgis_app, pygeoapi):
    config_id = stored_authcfg(USER, pygeoapi.password, f"pygeoapi server {pygeoapi.port}")
    yield config_id
    QgsApplication.authManager().removeAuthenticationConfig(config_id)


@pytest.fixture()
def sample(qgis_app, tmp_path):
    return create_workspace(tmp_path / "hoi_an.gpkg", "hoi_an", sample=True)


def server_rows(server, sql):
    """What the server's own GeoPackage holds (read-only)."""
    connection = sqlite3.connect(f"file:{Path(server.data)}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture()
def qgis_proxy(qgis_app):
    """QGIS's network settings with an HTTP proxy (what a user sets in Options > Network)."""
    settings = QgsSettings()
    keys = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyExcludedUrls")

    def use(url: str) -> None:
        host, port = url.removeprefix("http://").split(":")
        for key, value in zip(keys, (True, "HttpProxy", host, port, ""), strict=True):
            settings.setValue(key, value)

    yield use
    for key in keys:
        settings.remove(key)
