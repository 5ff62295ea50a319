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

    @property
    def media(self) -> Path:
        return self.root / "media"  # the media store: photos, written by nginx (PUT, DELETE), kept between runs

    @property
    def web(self) -> Path:
        return self.root / "web"  # the online map page, copied and configured at each start (server/web_page.py)

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


@dataclass(frozen=True)
class PygeoapiLayout(RunLayout):
    """The run folder of the pygeoapi server (``pygeoapi_server.py``): nginx as above; pygeoapi's configuration in
    ``pygeoapi/``, its gunicorn socket and pid file in ``run/``; the PostgreSQL cluster in ``pgdata/``, its socket in
    ``run/pg/``; the data loaded at the last start in ``data/``."""

    @property
    def pgdata(self) -> Path:
        return self.root / "pgdata"

    @property
    def pg_socket_dir(self) -> Path:
        return self.run / "pg"

    @property
    def pygeoapi(self) -> Path:
        return self.root / "pygeoapi"

    def folders(self) -> tuple[Path, ...]:
        return self.data, self.logs, self.run, self.home, self.nginx, self.pygeoapi

    @property
    def socket(self) -> Path:
        return self.run / "pygeoapi.sock"  # gunicorn's; nginx proxies to it

    @property
    def gunicorn_pid(self) -> Path:
        return self.run / "gunicorn.pid"

    @property
    def postmaster_pid(self) -> Path:
        return self.pgdata / "postmaster.pid"

    @property
    def pid_files(self) -> tuple[Path, ...]:
        return self.nginx_pid, self.gunicorn_pid, self.postmaster_pid

    @property
    def config(self) -> Path:
        return self.pygeoapi / "pygeoapi-config.yml"

    @property
    def openapi(self) -> Path:
        return self.pygeoapi / "pygeoapi-openapi.yml"

    @property
    def features_json(self) -> Path:
        return self.data / "features.json"  # the workspace's features in WGS 84, as loaded at the last start

    @property
    def log_files(self) -> dict[str, Path]:
        return {
            "nginx": self.logs / "nginx_error.log",
            "access": self.logs / "nginx_access.log",
            "gunicorn": self.logs / "gunicorn.log",  # gunicorn's error log and pygeoapi's stderr
            "pygeoapi": self.logs / "pygeoapi.log",  # pygeoapi's own log (logging.logfile)
            "postgres": self.logs / "postgresql.log",
            "data": self.logs / "data.log",  # exporting the workspace (QGIS), making the tables, the OpenAPI document
        }
