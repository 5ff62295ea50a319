"""The pygeoapi server's database: its own PostgreSQL cluster (15 on Debian 12, 17 on Debian 13: what Debian offers)
with PostGIS in the run folder, on a unix socket only.

- ``pgdata/`` holds the cluster (``initdb`` from Debian's ``/usr/lib/postgresql/<version>/bin``); its socket is in
  ``run/pg/`` (``listen_addresses = ''``: no TCP port at all). As root, PostgreSQL runs as ``postgres`` (it refuses
  root); as another user, as that user.
- Roles: ``postgres`` (the superuser; ``peer`` for the account the cluster runs as, through ``pg_ident.conf``) and
  ``pygeoapi`` (``scram-sha-256``; a fresh random password at each start, given to PostgreSQL as a SCRAM verifier so
  that the password itself never reaches it, its log or a command line).
- One table per layer of ``schema.LAYERS``: ``id`` (an identity, the feature id), the schema's fields, ``geom``
  (``geometry(<type>, 4326)``; none for the attribute-only tables); ``uid`` unique, ``rev`` not null (default 1).
- Optimistic locking: a ``BEFORE UPDATE`` trigger refuses (SQLSTATE 40001) any update whose ``NEW.rev`` is not
  ``OLD.rev + 1``. Two writers who read the same revision cannot both write: the second one's UPDATE waits for the
  first one's row lock, then meets the new revision and is refused.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import pwd
import secrets
import shutil
import subprocess
from pathlib import Path

from server.layout import PygeoapiLayout, ServerError
from server.processes import MARKER


def pg_major(root: Path = Path("/usr/lib/postgresql")) -> str:
    """The PostgreSQL Debian installed (15 on Debian 12, 17 on Debian 13): the newest with its server tools."""
    found = sorted((int(p.name) for p in root.glob("*") if p.name.isdigit() and (p / "bin" / "initdb").exists()),
                   reverse=True)  # fmt: skip
    return str(found[0]) if found else "15"


PG_MAJOR = pg_major()
PG_BIN = Path(f"/usr/lib/postgresql/{PG_MAJOR}/bin")
DATABASE = "creative_map"
SUPERUSER = "postgres"
API_ROLE = "pygeoapi"
PORT = 5432  # only names the socket file (run/pg/.s.PGSQL.5432): no TCP
ACCOUNT_WHEN_ROOT = "postgres"
SRID = 4326
SQL_TYPES = {
    "integer": "bigint",
    "real": "double precision",
    "boolean": "boolean",
    "date": "date",
    "datetime": "timestamp with time zone",
}  # every other field type (text, uuid, url, email, phone, multi) is text
REV_FUNCTION = "creative_map_next_rev"
SERVER_SETTINGS = {
    "listen_addresses": "''",
    "port": str(PORT),
    "max_connections": "60",
    "shared_buffers": "'32MB'",
    "timezone": "'UTC'",
    "log_timezone": "'UTC'",
    "datestyle": "'iso, ymd'",
    "logging_collector": "off",
    "log_min_messages": "warning",
    "log_min_error_statement": "error",
    "log_line_prefix": "'%m [%p] %q%u@%d '",
}


def db_account() -> pwd.struct_passwd | None:
    """The account PostgreSQL runs as when we are root (it refuses root); None otherwise (our own)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(ACCOUNT_WHEN_ROOT)
    except KeyError as error:
        raise ServerError(f"There is no user postgres to run PostgreSQL as: install postgresql-{PG_MAJOR}.") from error


def check_installed() -> None:
    for tool in ("initdb", "pg_ctl", "postgres", "psql"):
        if not (PG_BIN / tool).exists():
            raise ServerError(f"{PG_BIN / tool} is missing: install postgresql-{PG_MAJOR} (scripts/setup.sh does).")
    if not list(Path(f"/usr/share/postgresql/{PG_MAJOR}/extension").glob("postgis--*.sql")):
        raise ServerError(f"PostGIS is missing: install postgresql-{PG_MAJOR}-postgis-3 (scripts/setup.sh does).")


def _as(account: pwd.struct_passwd | None) -> dict:
    """subprocess arguments that run a command as ``account`` (None: as ourselves)."""
    if account is None:
        return {}
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


def _chown(account: pwd.struct_passwd | None, *paths: Path) -> None:
    if account is not None:
        for path in paths:
            os.chown(path, account.pw_uid, account.pw_gid)


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """PostgreSQL's stored form of a SCRAM-SHA-256 password (RFC 5802, 7677): what ``ALTER ROLE ... PASSWORD`` is
    given, so the password itself never reaches the server (ASCII passwords: SASLprep leaves them unchanged)."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(hashlib.sha256(client_key).digest())}:{b64(server_key)}"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_sql(layer) -> str:
    """CREATE TABLE for one schema layer, its indexes and its revision trigger (idempotent)."""
    name = layer.name
    columns = ["id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"]
    for field in layer.all_fields():
        sql_type = SQL_TYPES.get(field.type.value, "text")
        if field.name == "uid":
            columns.append("uid text NOT NULL UNIQUE")
        elif field.name == "rev":
            columns.append("rev bigint NOT NULL DEFAULT 1")
        else:
            columns.append(f"{_ident(field.name)} {sql_type}")
    if layer.geometry:
        columns.append(f"geom geometry({layer.geometry}, {SRID})")
    body = ",\n  ".join(columns)
    statements = [f"CREATE TABLE IF NOT EXISTS {_ident(name)} (\n  {body}\n);"]
    if layer.geometry:
        statements.append(f"CREATE INDEX IF NOT EXISTS {_ident(name + '_geom')} ON {_ident(name)} USING gist (geom);")
    statements.append(
        f"CREATE OR REPLACE TRIGGER {_ident(name + '_rev')} BEFORE UPDATE ON {_ident(name)} "
        f"FOR EACH ROW EXECUTE FUNCTION {REV_FUNCTION}();"
    )
    return "\n".join(statements)


REV_TRIGGER_SQL = f"""CREATE OR REPLACE FUNCTION {REV_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW.rev IS DISTINCT FROM OLD.rev + 1 THEN
    RAISE EXCEPTION 'stale revision: %.id=% is at rev %, the update brings rev % (must be %)',
      TG_TABLE_NAME, OLD.id, OLD.rev, NEW.rev, OLD.rev + 1
      USING ERRCODE = 'serialization_failure',
            HINT = 'read the feature again and send its rev + 1 with the change';
  END IF;
  RETURN NEW;
END
$fn$;"""


COMPAT_SCHEMA = "pygeoapi_compat"
COMPAT_SQL = f"""CREATE SCHEMA IF NOT EXISTS {COMPAT_SCHEMA};
CREATE OR REPLACE FUNCTION {COMPAT_SCHEMA}.st_geomfromewkt(text) RETURNS geometry
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$ SELECT public.st_geomfromewkt(CASE WHEN $1 LIKE 'SRID=None;%' THEN 'SRID={SRID};' || substr($1, 11)
                                             ELSE $1 END) $fn$;
GRANT USAGE ON SCHEMA {COMPAT_SCHEMA} TO {API_ROLE};
ALTER ROLE {API_ROLE} SET search_path = {COMPAT_SCHEMA}, public;"""
"""pygeoapi 0.21.0 writes geometries as ``ST_GeomFromEWKT('SRID=<n>;<WKT>')`` with ``n`` =
``pyproj.CRS(storage_crs).to_epsg()``, which is None for CRS84 (it is not EPSG:4326: the axis order differs), so every
POST and PUT with a geometry failed (500, PostGIS "parse error - invalid geometry"). Declaring EPSG:4326 as the
storage CRS instead makes pygeoapi swap the axes of everything it reads. So the storage CRS stays CRS84 and, for the
pygeoapi role only, ``ST_GeomFromEWKT`` resolves first to this wrapper, which reads ``SRID=None`` as 4326: PostGIS's
4326, whose x is the longitude, which is CRS84."""


def schema_sql(password: str) -> str:
    """Everything in the database, idempotent: PostGIS, the pygeoapi role (with a fresh password), the tables."""
    from creative_layers_plugin.core.schema import LAYERS

    parts = [
        "CREATE EXTENSION IF NOT EXISTS postgis;",
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_literal(API_ROLE)}) THEN "
        f"CREATE ROLE {_ident(API_ROLE)} LOGIN; END IF; END $$;",
        f"ALTER ROLE {_ident(API_ROLE)} LOGIN PASSWORD {_literal(scram_verifier(password))};",
        REV_TRIGGER_SQL,
        COMPAT_SQL,
        *(table_sql(layer) for layer in LAYERS),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {_ident(API_ROLE)};",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {_ident(API_ROLE)};",
    ]
    return "\n".join(parts) + "\n"


def _csv_field(value) -> str:
    """One CSV field for COPY: NULL is an empty unquoted field, everything else is quoted (so no data line can ever be
    the ``\\.`` that ends COPY's input)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return '"' + text.replace('"', '""') + '"'


def load_sql(features: dict) -> str:
    """COPY statements (data inline) loading ``features`` (``pg_export.py``'s JSON) into the emptied tables."""
    from creative_layers_plugin.core.schema import LAYERS

    parts = ["BEGIN;"]
    for layer in LAYERS:
        rows = features.get("layers", {}).get(layer.name) or []
        parts.append(f"TRUNCATE {_ident(layer.name)} RESTART IDENTITY;")
        if not rows:
            continue
        names = [name for name in layer.field_names() if any(name in row["properties"] for row in rows)]
        columns = [*names, "geom"] if layer.geometry else names
        parts.append(f"COPY {_ident(layer.name)} ({', '.join(map(_ident, columns))}) FROM STDIN WITH (FORMAT csv);")
        for row in rows:
            values = [row["properties"].get(name) for name in names]
            if layer.geometry:
                values.append(row.get("geometry"))
            parts.append(",".join(_csv_field(value) for value in values))
        parts.append("\\.")
    parts.append("COMMIT;")
    return "\n".join(parts) + "\n"


class Cluster:
    """The run folder's PostgreSQL cluster."""

    def __init__(self, layout: PygeoapiLayout, account: pwd.struct_passwd | None, env: dict[str, str]):
        self.layout = layout
        self.account = account  # None: our own account
        self.env = {**env, "PGHOST": str(layout.pg_socket_dir), "PGPORT": str(PORT), "PGUSER": SUPERUSER}
        self.log = layout.log_files["postgres"]

    @property
    def os_user(self) -> str:
        return self.account.pw_name if self.account else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, command: list[str], what: str, stdin: str | None = None, timeout: float = 120) -> str:
        data_log = self.layout.log_files["data"]
        result = subprocess.run(
            command, input=stdin, capture_output=True, text=True, env=self.env, cwd=self.layout.pgdata.parent,
            check=False, timeout=timeout, **_as(self.account),
        )  # fmt: skip
        with data_log.open("a", encoding="utf-8") as log:
            log.write(f"$ {' '.join(command[:2])} ... ({what})\n{result.stdout}{result.stderr}")
        if result.returncode != 0:
            lines = [line for line in result.stderr.splitlines() if line.strip()] or [f"exit {result.returncode}"]
            raise ServerError(f"PostgreSQL: {what} failed ({lines[-1].strip()}): see {data_log} and {self.log}.")
        return result.stdout

    def initialised(self) -> bool:
        return (self.layout.pgdata / "PG_VERSION").exists()

    def remove(self) -> None:
        shutil.rmtree(self.layout.pgdata, ignore_errors=True)

    def init(self) -> None:
        """A new cluster (initdb), UTF-8, owned by the database account."""
        pgdata = self.layout.pgdata
        pgdata.mkdir(mode=0o700)
        _chown(self.account, pgdata)
        self._run(
            [str(PG_BIN / "initdb"), "-D", str(pgdata), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8",
             "--auth-local=peer", "--auth-host=reject", "--no-instructions"],
            "initdb",
        )  # fmt: skip
        with (pgdata / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\ninclude 'creative_map.conf'\n")

    def configure(self) -> None:
        """The settings, ``pg_hba.conf`` and ``pg_ident.conf`` (rewritten at each start), the socket folder."""
        pgdata, socket_dir = self.layout.pgdata, self.layout.pg_socket_dir
        socket_dir.mkdir(mode=0o755, exist_ok=True)
        socket_dir.chmod(0o755)  # pygeoapi (another account when root) connects through it, with a password
        _chown(self.account, socket_dir)
        settings = {**SERVER_SETTINGS, "unix_socket_directories": _literal(str(socket_dir))}
        files = {
            "creative_map.conf": "".join(f"{key} = {value}\n" for key, value in settings.items()),
            "pg_hba.conf": f"local all {SUPERUSER} peer map=admin\nlocal {DATABASE} {API_ROLE} scram-sha-256\n",
            "pg_ident.conf": f"admin {self.os_user} {SUPERUSER}\n",
        }
        for name, text in files.items():
            (pgdata / name).write_text("# written by server/postgis.py at each start\n" + text, encoding="utf-8")
            _chown(self.account, pgdata / name)
        self.log.touch()
        _chown(self.account, self.log)

    def start(self) -> None:
        with contextlib.suppress(OSError):
            (self.layout.pg_socket_dir / f".s.PGSQL.{PORT}.lock").unlink(missing_ok=True)  # left by a crash
        command = [str(PG_BIN / "pg_ctl"), "-D", str(self.layout.pgdata), "-l", str(self.log), "-w", "-t", "60"]
        self._run([*command, "-s", "start"], "starting the cluster", timeout=90)

    def psql(self, sql: str, what: str, database: str = DATABASE) -> str:
        command = [str(PG_BIN / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-f", "-"]
        return self._run(command, what, stdin=sql)

    def create_database(self, password: str) -> None:
        self.psql(
            f"SELECT 'CREATE DATABASE {DATABASE} ENCODING ''UTF8'' TEMPLATE template0' "
            f"WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = {_literal(DATABASE)}) \\gexec\n",
            "creating the database",
            database="postgres",
        )
        self.psql(schema_sql(password), "creating the tables")

    def load(self, features: dict) -> None:
        self.psql(load_sql(features), "loading the data")

    def counts(self) -> dict[str, int]:
        from creative_layers_plugin.core.schema import LAYERS

        sql = " UNION ALL ".join(f"SELECT {_literal(item.name)}, count(*) FROM {_ident(item.name)}" for item in LAYERS)
        out = self._run([str(PG_BIN / "psql"), "-X", "-A", "-t", "-F", "\t", "-d", DATABASE, "-c", sql], "counting")
        return {name: int(count) for name, count in (line.split("\t") for line in out.splitlines() if line)}


def connection_env(layout: PygeoapiLayout, password: str) -> dict[str, str]:
    """What pygeoapi's configuration reads from its environment to reach the database."""
    return {"CREATIVE_MAP_DB_HOST": str(layout.pg_socket_dir), "CREATIVE_MAP_DB_PASSWORD": password}


def marked_env(layout: PygeoapiLayout) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PG", "PYGEOAPI", "PYTHON"))}
    env.pop("CREATIVE_MAP_SERVER_PASSWORD", None)
    env[MARKER] = str(layout.root)  # how stop recognises this server's processes, postgres's included
    return env
