"""The shared servers for tests: one real server per test module (QGIS Server behind nginx unless a test module
starts pygeoapi), on a free loopback port, with a random password for writing. It is stopped at the end of the
module and no process of it may remain."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from server.pygeoapi_server import PygeoapiHandle
from server.reference_server import ServerError, ServerHandle, start_server
from server.throwaway import free_port


def run_folder() -> Path:
    """A folder under /tmp: QGIS Server runs as www-data when the tests run as root, and pytest's own temporary
    folders (/tmp/pytest-of-root, mode 0700) cannot be entered by it."""
    return Path(tempfile.mkdtemp(prefix="cmap-server-"))


@dataclass
class RunningServer:
    handle: ServerHandle | PygeoapiHandle
    auth: tuple[str, str]

    @property
    def api(self) -> str:
        return self.handle.features_url

    def items(self, collection: str = "organisation") -> str:
        return f"{self.api}/collections/{collection}/items"


def start(sample: bool = False, starter: Callable = start_server) -> RunningServer:
    """A server started by ``starter`` (start_server or start_pygeoapi_server) in a folder of its own."""
    user, password = "staff", secrets.token_urlsafe(16)
    run_dir = run_folder()
    try:
        handle = starter(run_dir, free_port(), user, password, sample=sample, timeout=90)
    except ServerError as error:
        pytest.fail(str(error))
    return RunningServer(handle, (user, password))


def stop(server: RunningServer) -> None:
    server.handle.stop()
    left = server.handle.processes()
    assert left == {}, f"processes of the server are still running after stop: {left}"
    shutil.rmtree(server.handle.run_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def reference_server():
    """The server with the schema's layers, empty, for a whole test module."""
    server = start()
    try:
        yield server
    finally:
        stop(server)
