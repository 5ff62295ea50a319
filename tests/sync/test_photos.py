"""Photos travel with the records, against both real servers (their media store behind the same nginx): a record's
photo reaches the server before the record, web-sized, turned upright and stripped of every EXIF tag (GPS first),
under the name of its content, once; a missing or broken photo is said and its record published without it; a pull
brings the photo into the workspace, once; privacy holds for photos too; an upload cut short is never referenced."""

from __future__ import annotations

import hashlib
import http.client
import io
import shutil
import socket

import pytest
import requests
from PIL import Image

from creative_layers_plugin.core.schema import layer as schema_layer
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.sync.photos import LONGEST_SIDE, media_name
from creative_layers_plugin.sync.publish import publish

from .invariants import edit, no_duplicate
from .test_server_changes import STARTERS, shared_server

RED, OCHRE = (220, 20, 30), (200, 150, 60)


@pytest.fixture(params=list(STARTERS))
def shared(request, qgis_app):
    with shared_server(request.param) as handle:
        yield handle


def origin(handle) -> str:
    return handle.url.rstrip("/")


def camera_photo(path, size=(3000, 2000)):
    """A photo as a phone takes it: stored sideways with an EXIF orientation (6: turn it a quarter clockwise), the
    place it was taken in its GPS tags, a red corner where the stored image begins."""
    image = Image.new("RGB", size, OCHRE)
    image.paste(RED, (0, 0, size[0] // 5, size[1] // 5))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (15.0, 52.0, 37.0), 3: "E", 4: (108.0, 19.0, 34.0)}
    image.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path


def served(handle, address):
    response = requests.get(f"{origin(handle)}{address}", timeout=30)
    response.raise_for_status()
    return response.content


def with_photo(sample, layer_name, uid, value):
    edit(sample, layer_name, uid, photo=value)


def organisations(sample):
    return sorted(f["uid"] for f in sample.layer("organisation").getFeatures())


def test_a_photo_goes_before_its_record_upright_web_sized_and_without_any_tag(sample, shared):
    url, authcfg = shared.features_url, shared.authcfg
    assert publish(sample.path, url, authcfg).photos["sent"] == 5  # the sample's own five photos
    photos = sample.path.parent / "my photos"
    photos.mkdir()
    original = camera_photo(photos / "xuong gom.jpg")
    first, second = organisations(sample)[:2]
    with_photo(sample, "organisation", first, "my photos/xuong gom.jpg")  # relative to the workspace's folder
    with_photo(sample, "organisation", second, str(original))  # the same picture, by its absolute path
    result = publish(sample.path, url, authcfg)
    assert result.failures == [] and result.photos["sent"] == 1  # once, for both records

    name = hashlib.sha256(original.read_bytes()).hexdigest()
    on_server = no_duplicate(url, "organisation")
    assert on_server[first]["properties"]["photo"] == on_server[second]["properties"]["photo"] == f"/media/{name}.jpg"
    data = served(shared, f"/media/{name}.jpg")
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "JPEG" and max(picture.size) == LONGEST_SIDE
    assert picture.size[1] == LONGEST_SIDE and abs(picture.size[0] - LONGEST_SIDE * 2000 / 3000) < 1  # upright
    assert picture.getpixel((picture.size[0] - 5, 5))[0] > 180  # the red corner now top right: a quarter clockwise
    assert dict(picture.getexif()) == {} and b"Exif" not in data and b"PhoneMaker" not in data  # no tag at all
    assert original.read_bytes()[:2] == b"\xff\xd8" and b"PhoneMaker" in original.read_bytes()  # the original stays

    again = publish(sample.path, url, authcfg)
    assert again.photos["sent"] == 0 and again.numbers()["update"] == 0  # nothing changed: nothing sent
    assert publish(sample.path, url, authcfg, dry_run=True).plan.is_empty()


def test_a_missing_or_broken_photo_is_said_and_its_record_published_without_it(sample, server, authcfg):
    url = server.features_url
    missing, broken = organisations(sample)[:2]
    (sample.path.parent / "notes.jpg").write_text("not a picture", encoding="utf-8")
    with_photo(sample, "organisation", missing, "photos/gone.jpg")
    with_photo(sample, "organisation", broken, "notes.jpg")
    dry = publish(sample.path, url, authcfg, dry_run=True)
    assert "2 photos not sent, their records published without them" in dry.plan.sentence()
    reasons = {problem.uid: problem.reason for problem in dry.plan.photo_problems}
    assert reasons == {missing: "the file is missing", broken: "it is not a picture QGIS can read"}
    result = publish(sample.path, url, authcfg)
    assert result.failures == []
    on_server = no_duplicate(url, "organisation")
    assert on_server[missing]["properties"]["photo"] in (None, "") and on_server[broken]["properties"]["photo"] in (
        None, "")  # fmt: skip
    report = result.report.read_text(encoding="utf-8")
    assert f"organisation,{missing},photo," in report
    assert "the photo photos/gone.jpg is not sent (the file is missing)" in report
    assert next(sample.layer("organisation").getFeatures(f"\"uid\" = '{broken}'"))["photo"] == "notes.jpg"  # kept here


def test_a_pull_brings_the_photo_once_and_the_form_shows_it(sample, shared, tmp_path):
    url, authcfg = shared.features_url, shared.authcfg
    camera_photo(sample.path.parent / "cho.jpg", size=(1200, 800))
    uid = organisations(sample)[3]
    with_photo(sample, "organisation", uid, "cho.jpg")
    publish(sample.path, url, authcfg)
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = create_workspace(other_folder / "other.gpkg", "hoi_an", sample=False)
    pulled = publish(other.path, url, authcfg)
    on_server = {feature["properties"]["photo"] for name in ("organisation", "craft_village")
                 for feature in no_duplicate(url, name).values() if feature["properties"].get("photo")}  # fmt: skip
    assert pulled.photos["brought"] == len(on_server) == 6  # each photo once: the sample's five and this one
    value = next(other.layer("organisation").getFeatures(f"\"uid\" = '{uid}'"))["photo"]
    name = media_name(no_duplicate(url, "organisation")[uid]["properties"]["photo"])
    assert value == f"photos/{name}.jpg" and (other_folder / value).read_bytes() == served(shared, f"/media/{name}.jpg")
    assert publish(other.path, url, authcfg, dry_run=True).plan.is_empty()  # the photo brought in is no change

    edit(sample, "organisation", uid, name="Chợ Hội An (mới)")  # the record changes again, its photo not
    publish(sample.path, url, authcfg)
    again = publish(other.path, url, authcfg)
    assert again.numbers()["pull"] == 1 and again.photos["brought"] == 0  # the same photo: not brought twice

    from qgis.core import QgsApplication
    from qgis.gui import QgsAttributeForm, QgsExternalResourceWidget
    from qgis.PyQt.QtWidgets import QLabel

    from creative_layers_plugin.core.workspace_open import open_workspace

    shown = open_workspace(other.path).layer("organisation")
    feature = next(shown.getFeatures(f"\"uid\" = '{uid}'"))
    form = QgsAttributeForm(shown, feature)
    form.show()
    QgsApplication.processEvents()
    widget = form.findChildren(QgsExternalResourceWidget)[0]
    assert widget.documentPath() == value
    viewer = next(label for label in widget.findChildren(QLabel) if label.metaObject().className() == "QgsPixmapLabel")
    assert viewer.pixmap() is not None and not viewer.pixmap().isNull()  # the picture, from the file brought in
    form.close()
    form.deleteLater()


def test_privacy_holds_for_photos(sample, server, authcfg):
    url = server.features_url
    people = schema_layer("person")
    records = list(sample.layer("person").getFeatures())
    withheld = next(f["uid"] for f in records if not people.may_publish({n: f[n] for n in f.fields().names()}))
    published = next(f["uid"] for f in records if people.may_publish({n: f[n] for n in f.fields().names()}))
    secret = camera_photo(sample.path.parent / "withheld.jpg", size=(640, 480))
    Image.open(secret).rotate(90, expand=True).save(sample.path.parent / "public.jpg", "JPEG")
    with_photo(sample, "person", withheld, "withheld.jpg")
    with_photo(sample, "person", published, "public.jpg")
    publish(sample.path, url, authcfg)
    secret_name = hashlib.sha256(secret.read_bytes()).hexdigest()
    assert requests.head(f"{server.url}/media/{secret_name}.jpg", timeout=30).status_code == 404  # never sent
    public = no_duplicate(url, "person")[published]["properties"]["photo"]
    assert requests.head(f"{server.url}{public}", timeout=30).status_code == 200

    edit(sample, "person", published, consent_publish=False)  # consent withdrawn: the record and its photo go
    result = publish(sample.path, url, authcfg)
    assert result.numbers()["delete"] == 1 and result.photos["forgotten"] == 1
    assert requests.head(f"{server.url}{public}", timeout=30).status_code == 404


def test_an_upload_cut_short_is_never_kept_nor_referenced(sample, server, authcfg):
    """A PUT whose body stops half way (the laptop's connection dropped): the store keeps nothing under the name."""
    name = "a" * 64
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        credentials = __import__("base64").b64encode(f"staff:{server.password}".encode()).decode()
        raw.sendall(
            (
                f"PUT /media/{name}.jpg HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic {credentials}\r\n"
                "Content-Type: image/jpeg\r\nContent-Length: 200000\r\n\r\n"
            ).encode()
            + b"\xff\xd8" * 5000
        )
    assert requests.head(f"{server.url}/media/{name}.jpg", timeout=30).status_code == 404
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", f"/media/{name}.jpg")
    assert conn.getresponse().status == 404
    conn.close()
    shutil.rmtree(sample.path.parent / "photos", ignore_errors=True)
