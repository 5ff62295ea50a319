"""The media store of both shared servers, for real: nginx serves ``/media/`` to everyone (GET, HEAD) and takes PUT
and DELETE with the same basic auth as the API's writes, at most 8 MB a file, into the run folder's ``media/``;
names are pictures' (``<name>.jpg``), nothing lists the folder and nothing leaves it."""

from __future__ import annotations

import hashlib
import http.client
from pathlib import Path

import pytest
import requests

from server.nginx import MEDIA_MAX_BYTES
from server.pygeoapi_server import start_pygeoapi_server
from server.reference_server import start_server
from server.throwaway import running

STARTERS = {"qgis-server": start_server, "pygeoapi": start_pygeoapi_server}


@pytest.fixture(scope="module", params=sorted(STARTERS))
def server(request):
    with running(STARTERS[request.param], "cl-media-", timeout=90) as handle:
        yield handle


@pytest.fixture(scope="module")
def photo(tmp_path_factory) -> bytes:
    from make_sample_photos import make_photos

    return make_photos(tmp_path_factory.mktemp("photos"), width=480)["pottery"].read_bytes()


def named(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest() + ".jpg"


def raw(server, method: str, path: str, body: bytes = b"", auth: bool = True) -> tuple[int, bytes]:
    """A request with exactly this path (no client-side normalisation of ``..`` or ``%2e``)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    headers = {"Content-Length": str(len(body))}
    if auth:
        import base64

        headers["Authorization"] = "Basic " + base64.b64encode(f"staff:{server.password}".encode()).decode()
    try:
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def files_of(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_written_with_credentials_then_read_by_anyone_as_the_same_bytes(server, photo):
    url = server.media_url + named(photo)
    assert requests.get(url, timeout=30).status_code == 404
    created = requests.put(url, data=photo, auth=("staff", server.password), timeout=30)
    assert created.status_code == 201, created.text
    again = requests.put(url, data=photo, auth=("staff", server.password), timeout=30)
    assert again.status_code == 204  # the same name again: replaced, no error (an upload whose answer was lost)
    read = requests.get(url, timeout=30)
    assert read.status_code == 200
    assert read.content == photo
    assert read.headers["Content-Type"] == "image/jpeg"
    assert read.headers["X-Content-Type-Options"] == "nosniff"
    head = requests.head(url, timeout=30)
    assert head.status_code == 200 and int(head.headers["Content-Length"]) == len(photo)
    stored = server.run_dir / "media" / named(photo)
    assert stored.read_bytes() == photo
    assert stored.stat().st_mode & 0o777 == 0o644


def test_sub_folders_are_made_and_deleting_needs_credentials_too(server, photo):
    url = f"{server.media_url}hoi_an/organisation/{named(photo)}"
    assert requests.put(url, data=photo, auth=("staff", server.password), timeout=30).status_code == 201
    assert requests.get(url, timeout=30).content == photo
    refused = requests.delete(url, timeout=30)
    assert refused.status_code == 401
    assert refused.headers["WWW-Authenticate"] == 'Basic realm="Creative map: publishing"'
    assert requests.get(url, timeout=30).status_code == 200
    assert requests.delete(url, auth=("staff", server.password), timeout=30).status_code == 204
    assert requests.get(url, timeout=30).status_code == 404


@pytest.mark.parametrize("credentials", [None, ("staff", "wrong password"), ("nobody", "x")])
def test_writes_without_the_right_credentials_are_refused(server, photo, credentials):
    name = "refused-" + named(photo)
    answer = requests.put(server.media_url + name, data=photo, auth=credentials, timeout=30)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == 'Basic realm="Creative map: publishing"'
    assert name not in files_of(server.run_dir / "media")
    for method in ("POST", "PATCH", "MKCOL", "MOVE"):
        assert requests.request(method, server.media_url + name, auth=credentials, timeout=30).status_code == 401


def test_a_file_over_the_limit_is_refused_with_413_and_a_sentence(server):
    too_large = b"\xff\xd8" + bytes(MEDIA_MAX_BYTES - 1)  # one byte more than the limit
    answer = requests.put(server.media_url + "too-large.jpg", data=too_large, auth=("staff", server.password),
                          timeout=60)  # fmt: skip
    assert answer.status_code == 413
    assert answer.text == "The file is larger than the media store takes (8 MB).\n"
    assert "too-large.jpg" not in files_of(server.run_dir / "media")
    at_limit = b"\xff\xd8" + bytes(MEDIA_MAX_BYTES - 2)
    answer = requests.put(server.media_url + "at-limit.jpg", data=at_limit, auth=("staff", server.password), timeout=60)
    assert answer.status_code == 201
    assert requests.delete(server.media_url + "at-limit.jpg", auth=("staff", server.password), timeout=30).ok


TRAVERSALS = [
    "/media/../evil.jpg",
    "/media/../../evil.jpg",
    "/media/..%2f..%2fevil.jpg",
    "/media/%2e%2e/%2e%2e/evil.jpg",
    "/media/a/../../nginx/evil.jpg",
    "/media/..\\..\\evil.jpg",
    "/media/.evil.jpg",
    "/media/evil.jpg/",
    "/media/evil.php",
    "/media/evil.html",
    "/media/evil.svg",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_nothing_is_written_outside_the_media_folder_nor_under_another_name(server, photo, path):
    before = files_of(server.run_dir)
    status, _body = raw(server, "PUT", path, photo)  # what goes above /media/ is the API's (and no file of it)
    assert status not in (201, 204), f"{path} was stored ({status})"
    assert files_of(server.run_dir) - before <= {"logs/nginx_access.log"}
    assert not list(server.run_dir.parent.rglob("evil*"))


@pytest.mark.parametrize("path", ["/media/../nginx/htpasswd", "/media/..%2fnginx%2fhtpasswd", "/media/%2e%2e/password"])
def test_reading_outside_the_media_folder_gives_nothing_of_it(server, path):
    status, body = raw(server, "GET", path, auth=False)
    assert b"$apr1$" not in body and server.password.encode() not in body
    assert status != 200 or b"staff:" not in body


def test_the_folder_is_not_listed(server, photo):
    url = f"{server.media_url}hoi_an/{named(photo)}"
    assert requests.put(url, data=photo, auth=("staff", server.password), timeout=30).status_code == 201
    for folder in (server.media_url, server.media_url + "hoi_an/", server.media_url.rstrip("/")):
        answer = requests.get(folder, timeout=30)
        assert named(photo) not in answer.text and "hoi_an" not in answer.text
        assert answer.status_code != 200 or folder.endswith("/media")  # /media (no slash) is the API's 404 or 500
    assert requests.get(server.media_url, timeout=30).status_code == 403
