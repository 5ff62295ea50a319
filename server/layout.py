"""Where everything of one reference server lives: its run folder. Nothing is written outside it (not in /etc,
/var, nor anybody's home), so several servers run side by side and ``stop`` needs nothing but the folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ServerError(RuntimeError):
    """The server could not be started or stopped; the message is one sentence that names the log to read."""


@dataclass(frozen=True)
class RunLayout:
    root: Path

    @classmethod
    def of(cls, run_dir: str | Path) -> RunLayout:
        return cls(Path(run_dir).resolve())

    # folders: the data and project, logs, pid files and socket, QGIS Server's home, nginx's configuration
    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def run(self) -> Path:
        return self.root / "run"

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def nginx(self) -> Path:
        return self.root / "nginx"

    def folders(self) -> tuple[Path, ...]:
        return self.data, self.logs, self.run, self.home, self.nginx

    # files
    @property
    def gpkg(self) -> Path:
        return self.data / "creative_map.gpkx"  # a GeoPackage; why not .gpkg: project.py, write_ahead_log()

    @property
    def project(self) -> Path:
        return self.data / "creative_map.qgs"

    @property
    def socket(self) -> Path:
        return self.run / "qgis.sock"

    @property
    def nginx_pid(self) -> Path:
        return self.run / "nginx.pid"

    @property
    def fcgi_pid(self) -> Path:
        return self.run / "qgis_fcgi.pid"

    @property
    def pid_files(self) -> tuple[Path, Path]:
        return self.nginx_pid, self.fcgi_pid

    @property
    def nginx_conf(self) -> Path:
        return self.nginx / "nginx.conf"

    @property
    def htpasswd(self) -> Path:
        return self.nginx / "htpasswd"

    @property
    def log_files(self) -> dict[str, Path]:
        return {
            "qgis": self.logs / "qgis_server.log",  # QGIS_SERVER_LOG_FILE
            "fcgi": self.logs / "qgis_fcgi_stderr.log",  # spawn-fcgi and QGIS Server's stderr
            "nginx": self.logs / "nginx_error.log",
            "access": self.logs / "nginx_access.log",
            "project": self.logs / "project.log",  # making the data and the project
        }
