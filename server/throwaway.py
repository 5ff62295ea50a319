"""A server in a throwaway run folder on a free loopback port, as the tests and the benchmarks run one."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from server.layout import ServerError


def free_port() -> int:
    """A TCP port nothing listens on at 127.0.0.1 (now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def running(start: Callable, prefix: str = "cl-server-", user: str = "staff", **options) -> Iterator:
    """A server started by ``start`` (start_server or start_pygeoapi_server) in a fresh run folder under /tmp (its
    service users must be able to enter it), writes allowed to ``user`` with a random password kept as
    ``handle.password``; stopped and removed after, and nothing of it may be left running."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    os.chmod(folder, 0o755)
    password = secrets.token_urlsafe(16)
    try:
        handle = start(folder / "run", free_port(), user, password, **options)
        handle.password = password
        try:
            yield handle
        finally:
            handle.stop()
        left = handle.processes()
        if left:
            raise ServerError(f"Processes of the server in {folder} still run after stop: {left}.")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
