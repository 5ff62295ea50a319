"""nginx in front of QGIS Server (FastCGI) or of pygeoapi (gunicorn, HTTP on a unix socket): its configuration file
and the basic-auth password file, all inside the run folder.

Reads (GET, HEAD, OPTIONS) are open; every other method (POST, PUT, PATCH, DELETE) needs the user's basic-auth
credentials. The Authorization header is not passed on to the server behind, so it never reaches its log.
nginx also serves the online map (``/``, ``/map/``: the run folder's ``web/``) and the media store (``/media/``: the
run folder's ``media/``, read by all, PUT and DELETE with the same credentials, at most ``MEDIA_MAX_BYTES`` a file).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

from server.layout import RunLayout, ServerError

FASTCGI_PARAMS = {  # Debian's /etc/nginx/fastcgi_params, inline (the system's nginx files are never read)
    "QUERY_STRING": "$query_string",
    "REQUEST_METHOD": "$request_method",
    "CONTENT_TYPE": "$content_type",
    "CONTENT_LENGTH": "$content_length",
    "SCRIPT_NAME": "$fastcgi_script_name",
    "REQUEST_URI": "$request_uri",
    "DOCUMENT_URI": "$document_uri",
    "DOCUMENT_ROOT": "$document_root",
    "SERVER_PROTOCOL": "$server_protocol",
    "REQUEST_SCHEME": "$scheme",
    "GATEWAY_INTERFACE": "CGI/1.1",
    "SERVER_SOFTWARE": "nginx",
    "REMOTE_ADDR": "$remote_addr",
    "REMOTE_PORT": "$remote_port",
    "REMOTE_USER": "$remote_user",
    "SERVER_ADDR": "$server_addr",
    "SERVER_PORT": "$server_port",
    "SERVER_NAME": "$host",  # QGIS Server builds its links from it: the host the client used
    "REDIRECT_STATUS": "200",
    "HTTP_AUTHORIZATION": '""',  # the credentials stop at nginx
}
TEMP_PATHS = ("client_body", "fastcgi", "proxy", "uwsgi", "scgi")


PROXY_HEADERS = {  # for an HTTP server behind (gunicorn): what the client asked, never its credentials
    "Host": "$http_host",
    "X-Forwarded-For": "$remote_addr",
    "X-Forwarded-Proto": "$scheme",
    "Authorization": '""',
}


def _backend(socket: Path, proxy: bool) -> str:
    if proxy:
        headers = "\n".join(f"            proxy_set_header {key} {value};" for key, value in PROXY_HEADERS.items())
        return f"""            proxy_pass http://unix:{socket}:;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 300s;
            proxy_buffering on;
{headers}"""
    params = "\n".join(f"            fastcgi_param {key} {value};" for key, value in FASTCGI_PARAMS.items())
    return f"""            fastcgi_pass unix:{socket};
            fastcgi_read_timeout 300s;
            fastcgi_buffering on;
{params}"""


MEDIA_MAX_BYTES = 8 * 1024 * 1024  # the largest photo the media store takes (nginx answers 413 above)
# the names the media store takes: pictures only, letters, digits, _ and - (sub-folders allowed), no dot files
MEDIA_NAME = r"^/media/(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.(?:jpg|jpeg|png|webp)$"
REALM = "Creative map: publishing"
# what the page's and the media's files are served as (the system's mime.types is never read)
TYPES = {
    "text/html": "html", "text/css": "css", "application/javascript": "js mjs", "application/json": "json",
    "image/svg+xml": "svg", "image/png": "png", "image/jpeg": "jpg jpeg", "image/webp": "webp",
    "text/markdown": "md",
}  # fmt: skip


def _auth(htpasswd: Path, indent: str, reads: str = "GET HEAD") -> str:
    """Basic auth for every method but ``reads``."""
    return f"""{indent}limit_except {reads} {{
{indent}    auth_basic "{REALM}";
{indent}    auth_basic_user_file {htpasswd};
{indent}}}"""


def _page_and_media(run_dir: Path, htpasswd: Path) -> str:
    """The online map at ``/`` (``web/index.html``; its files under ``/map/``) and the media store at ``/media/``.

    ``/`` stays the server's own for an API client: with ``?f=``, ``?SERVICE=`` or ``?REQUEST=``, or when JSON is
    accepted, it goes to the server behind (pygeoapi's landing page is there). The media store is read by all and
    written (PUT, DELETE: nginx's dav module) with the same basic auth as the API; nothing lists its folder."""
    web, media = run_dir / "web", run_dir / "media"
    return f"""        location = / {{
            error_page 418 = @server;
            if ($arg_f) {{ return 418; }}
            if ($arg_service) {{ return 418; }}
            if ($arg_request) {{ return 418; }}
            if ($http_accept ~* "json") {{ return 418; }}
            root {web};
            rewrite ^ /index.html break;
            add_header Cache-Control "no-cache";
        }}
        location ^~ /map/ {{
            root {web};
            limit_except GET HEAD {{ deny all; }}
            add_header Cache-Control "no-cache";
            gzip on;
            gzip_types application/javascript text/css application/json image/svg+xml;
        }}
        location ^~ /media/ {{
            root {media.parent};
            autoindex off;
            disable_symlinks on;
            client_max_body_size {MEDIA_MAX_BYTES};
            error_page 413 @too_large;
            add_header X-Content-Type-Options nosniff always;
{_auth(htpasswd, "            ")}
            location ~ "{MEDIA_NAME}" {{
                dav_methods PUT DELETE;
                create_full_put_path on;
                dav_access user:rw group:r all:r;
{_auth(htpasswd, "                ")}
            }}
        }}
        location @too_large {{
            default_type text/plain;
            return 413 "The file is larger than the media store takes ({MEDIA_MAX_BYTES // (1024 * 1024)} MB).\\n";
        }}"""


def nginx_conf(
    run_dir: Path, port: int, socket: Path, htpasswd: Path, worker_user: str | None, logs: Path, pid_file: Path,
    proxy: bool = False,
) -> str:  # fmt: skip
    """nginx's configuration: FastCGI to ``socket`` (QGIS Server), or with ``proxy`` HTTP to ``socket`` (gunicorn);
    the online map and the media store of the run folder (``web/``, ``media/``)."""
    temp = run_dir / "nginx" / "temp"
    user_line = f"user {worker_user};\n" if worker_user else ""
    temp_lines = "\n".join(f"    {name}_temp_path {temp / name};" for name in TEMP_PATHS)
    types = "\n".join(f"        {kind} {suffixes};" for kind, suffixes in TYPES.items())
    return f"""# Generated by server/nginx.py for this run folder; rewritten at each start.
{user_line}worker_processes 1;
pid {pid_file};
error_log {logs / "nginx_error.log"} warn;
events {{
    worker_connections 256;
}}
http {{
    access_log {logs / "nginx_access.log"};
{temp_lines}
    types {{
{types}
    }}
    default_type application/octet-stream;
    client_max_body_size 32m;
    server_tokens off;
    keepalive_timeout 65s;
    keepalive_requests 10000;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        location / {{
{_auth(htpasswd, "            ", "GET HEAD OPTIONS")}
{_backend(socket, proxy)}
        }}
        location @server {{
{_backend(socket, proxy)}
        }}
{_page_and_media(run_dir, htpasswd)}
    }}
}}
"""


USER_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")


def htpasswd_line(user: str, password: str) -> str:
    """``user:$apr1$...``: the password hashed by ``openssl passwd -apr1`` (given on stdin, never on a command line)."""
    if not USER_NAME.match(user):
        raise ValueError(f"the user name {user!r} is not usable: letters, digits and . _ @ - only")
    if not password or "\n" in password:
        raise ValueError("the password is empty or spans several lines")
    result = subprocess.run(
        ["openssl", "passwd", "-apr1", "-stdin"], input=password + "\n", capture_output=True, text=True, check=False
    )
    hashed = result.stdout.strip()
    if result.returncode != 0 or not hashed.startswith("$apr1$"):
        raise RuntimeError(f"openssl could not hash the password: {result.stderr.strip()}")
    return f"{user}:{hashed}\n"


def start(layout: RunLayout, port: int, worker_user: str | None, proxy: bool = False) -> None:
    """Write the configuration and start nginx (it forks; its master's pid lands in the run folder). ``proxy``: the
    server behind speaks HTTP on ``layout.socket`` (else FastCGI)."""
    logs = layout.log_files
    conf = nginx_conf(
        layout.root, port, layout.socket, layout.htpasswd, worker_user, layout.logs, layout.nginx_pid, proxy=proxy
    )
    layout.nginx_conf.write_text(conf, encoding="utf-8")
    for name in TEMP_PATHS:
        (layout.nginx / "temp" / name).mkdir(parents=True, exist_ok=True)
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    command = [binary, "-p", str(layout.nginx), "-c", str(layout.nginx_conf), "-e", str(logs["nginx"])]
    result = subprocess.run(
        command, stdin=subprocess.DEVNULL, capture_output=True, text=True, start_new_session=True, check=False,
        timeout=30,
    )  # fmt: skip
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise ServerError(f"nginx could not start on 127.0.0.1:{port} ({reason}): see {logs['nginx']}.")
    deadline = time.monotonic() + 10
    while not layout.nginx_pid.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
