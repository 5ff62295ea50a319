"""Finding and stopping the processes of one server (the reference server's nginx and QGIS Server; the pygeoapi
server passes its own names: nginx, gunicorn, postgres), from its pid files and from /proc.

A process is "ours" when it is an nginx or a QGIS Server FastCGI process tied to the run folder: the nginx master
names our configuration file on its command line, every nginx process holds a log file of the run folder open, and
every QGIS Server process carries ``CREATIVE_MAP_SERVER_RUN_DIR=<run folder>`` in its environment. So ``stop``
finds them even after a crash (a stale pid file, an nginx master killed while its workers live on), and never
touches another server's processes, nor a process that reused a pid.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

MARKER = "CREATIVE_MAP_SERVER_RUN_DIR"
NAMES = ("nginx", "qgis_mapserv.fc")  # /proc/<pid>/comm (15 characters at most)


def _read(path: Path, binary: bool = False):
    try:
        return path.read_bytes() if binary else path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def is_running(pid: int) -> bool:
    """True for a live process (a zombie, dead but not yet reaped, is not running)."""
    stat = _read(Path(f"/proc/{pid}/stat"))
    if stat is None:
        return False
    state = stat.rsplit(")", 1)[-1].split()[0]
    return state not in ("Z", "X")


def command_name(pid: int) -> str:
    return (_read(Path(f"/proc/{pid}/comm")) or "").strip()


def _belongs(pid: int, run_dir: Path, names: tuple[str, ...] = NAMES) -> bool:
    if command_name(pid) not in names or not is_running(pid):
        return False
    marker = f"{MARKER}={run_dir}".encode()
    environ = _read(Path(f"/proc/{pid}/environ"), binary=True) or b""
    if marker in environ.split(b"\0"):
        return True
    cmdline = (_read(Path(f"/proc/{pid}/cmdline"), binary=True) or b"").replace(b"\0", b" ")
    if str(run_dir / "nginx" / "nginx.conf").encode() in cmdline:
        return True
    with contextlib.suppress(OSError):
        for fd in os.scandir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(fd.path).startswith(f"{run_dir}/"):
                    return True
    return False


def pids_from_files(*pid_files: Path) -> set[int]:
    pids = set()
    for pid_file in pid_files:
        for word in (_read(pid_file) or "").split():
            if word.isdigit():
                pids.add(int(word))
    return pids


def server_processes(
    run_dir: str | Path, pid_files: tuple[Path, ...] = (), names: tuple[str, ...] = NAMES
) -> dict[int, str]:
    """pid -> command name of every live process of the server in ``run_dir`` whose name is one of ``names``
    (nginx and QGIS Server by default; the pygeoapi server passes its own)."""
    run_dir = Path(run_dir).resolve()
    candidates = pids_from_files(*pid_files)
    candidates.update(int(entry.name) for entry in os.scandir("/proc") if entry.name.isdigit())
    return {pid: command_name(pid) for pid in sorted(candidates) if _belongs(pid, run_dir, names)}


def terminate(pids: dict[int, str], timeout: float = 10.0, first: int = signal.SIGTERM) -> list[int]:
    """``first`` (SIGTERM), then SIGKILL after ``timeout`` seconds; returns the pids still alive at the end (none,
    normally)."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, first)
    deadline = time.monotonic() + timeout
    alive = [pid for pid in pids if is_running(pid)]
    while alive and time.monotonic() < deadline:
        time.sleep(0.05)
        alive = [pid for pid in alive if is_running(pid)]
    for pid in alive:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5.0
    while alive and time.monotonic() < deadline:
        time.sleep(0.05)
        alive = [pid for pid in alive if is_running(pid)]
    return alive
