"""Fixtures of the bad-input suite: workspaces copied from templates made once, the Processing provider, a feedback
that keeps what the user reads, the misbehaving fake server and one reference server per module that needs it."""

from __future__ import annotations

import shutil

import pytest
from qgis.core import QgsApplication, QgsProcessingFeedback

from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.core.workspace_open import open_workspace
from tests.qgis.conftest import clean_settings, creativemap_provider, dock  # noqa: F401 (fixtures used here)
from tests.sync.conftest import USER, running, stored_authcfg
from tests.sync.misbehaving import MisbehavingServer


class Feedback(QgsProcessingFeedback):
    """A Processing feedback that keeps every line the user reads in the Processing log."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS's name)
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.lines.append(error)
        super().reportError(error, fatalError)


@pytest.fixture(scope="session")
def templates(qgis_app, tmp_path_factory):
    """Workspaces made once: the Hội An sample, an empty Hội An one, an empty Hà Nội one."""
    folder = tmp_path_factory.mktemp("templates")
    return {
        "sample": create_workspace(folder / "sample.gpkg", "hoi_an", sample=True).path,
        "empty": create_workspace(folder / "empty.gpkg", "hoi_an").path,
        "ha_noi": create_workspace(folder / "ha_noi.gpkg", "ha_noi").path,
    }


def _copy(templates, name, tmp_path):
    target = tmp_path / f"{name}.gpkg"
    shutil.copyfile(templates[name], target)
    return open_workspace(target)


@pytest.fixture()
def sample_ws(templates, tmp_path):
    return _copy(templates, "sample", tmp_path)


@pytest.fixture()
def empty_ws(templates, tmp_path):
    return _copy(templates, "empty", tmp_path)


@pytest.fixture()
def ha_noi_ws(templates, tmp_path):
    return _copy(templates, "ha_noi", tmp_path)


@pytest.fixture()
def feedback():
    return Feedback()


@pytest.fixture()
def fake():
    with MisbehavingServer() as server:
        yield server


@pytest.fixture(scope="module")
def reference_server(qgis_app):
    """One empty reference server (QGIS Server behind nginx on 127.0.0.1) for the module; stopped after it."""
    from server.reference_server import start_server

    with running(start_server, "cl-bad-inputs-") as handle:
        yield handle


def store_authcfg(name: str, user: str, password: str) -> str:
    return stored_authcfg(user, password, name)


@pytest.fixture()
def wrong_password_authcfg(qgis_app, reference_server):
    authcfg = store_authcfg("creative map server, wrong password", USER, reference_server.password + "-not")
    yield authcfg
    QgsApplication.authManager().removeAuthenticationConfig(authcfg)
