"""Publishing to servers that answer badly, and working copies that may not be published as they are (see cases.py).

Through ``creativemap:publish`` (the toolbox, models, qgis_process) where the answer comes at once, else through
``sync.publish.publish`` with a server that gives up after a second (what the panel's task calls, with the server
it made): the sentence, then the proof that the working copy (every table but the publish's own journal) and the
server's items are as they were, or that the server holds exactly what it confirmed.
"""

from __future__ import annotations

import http.server
import re
import ssl
import subprocess
import threading
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from qgis.core import QgsGeometry

from creative_layers_plugin.sync.client import Server
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.errors import UserError
from tests.sync.conftest import free_port
from tests.sync.test_publish import edit, items

from .checks import bound, bound_all, expect, layers_digest, records_digest, rows_digest, run, run_failing

WRITES = ("POST", "PUT", "PATCH", "DELETE")


def quick(url):
    return Server(url, timeout=(1.0, 1.0), retries=2, backoff=0.01)


def publish_failing(ws, url, server=None) -> str:
    with pytest.raises(UserError) as raised:
        publish(ws.path, url, server=server or quick(url))
    return raised.value.sentence


def writes(fake):
    return [(method, path) for method, path in fake.behaviour.requests if method in WRITES]


def serve(handler_class, tls_context=None):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
    if tls_context is not None:
        httpd.socket = tls_context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


class Quiet(BaseHTTPRequestHandler):
    def log_message(self, *_args) -> None:
        pass


# --------------------------------------------------------------------------------------------------- blocked here


def first(layer, expression):
    return next(layer.getFeatures(expression))


def bow_tie(ws):
    villages = ws.layer("craft_village")
    feature = first(villages, "TRUE")
    box = feature.geometry().boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    edit(ws, "craft_village", feature["uid"],
         geometry=QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"))  # fmt: skip


def youth_leader_consents(ws):
    edit(ws, "person", first(ws.layer("person"), '"is_youth_leader"')["uid"], consent_publish=True)


def shared_uid(ws):
    table = ws.layer("sme_enrolment")
    one, two = list(table.getFeatures())[:2]
    assert table.startEditing()
    assert table.changeAttributeValue(two.id(), table.fields().indexOf("uid"), one["uid"])
    assert table.commitChanges(), table.commitErrors()


BLOCKED = {
    "geom-invalid-in-workspace": bow_tie,
    "attr-youth-leader-consent": youth_leader_consents,
    "attr-duplicate-uid-in-workspace": shared_uid,
}


@bound_all(*BLOCKED)
def test_a_record_to_correct_stops_the_publish_before_a_byte_is_sent(case, creativemap_provider, sample_ws, fake):
    BLOCKED[case](sample_ws)
    before = rows_digest(sample_ws.path)
    expect(case, run_failing("publish", {"WORKSPACE": str(sample_ws.path), "SERVER_URL": fake.url}))
    assert writes(fake) == []  # reading is harmless; nothing is written
    assert rows_digest(sample_ws.path) == before


# --------------------------------------------------------------------------------------------------- what leaves


@bound("attr-privacy-fields")
def test_what_may_not_leave_the_workspace_is_never_sent(creativemap_provider, sample_ws, fake, feedback):
    persons = sample_ws.layer("person")
    consenting = first(persons, '"consent_publish" AND NOT "is_youth_leader"')
    edit(sample_ws, "person", consenting["uid"], birth_year=1990)
    annotation = first(sample_ws.layer("annotation_point"), "TRUE")
    edit(sample_ws, "annotation_point", annotation["uid"], reviewer_comment="Bí mật của ban giám khảo")
    withheld = {f["uid"] for f in persons.getFeatures() if not f["consent_publish"] or f["is_youth_leader"]}
    assert withheld and any(f["is_youth_leader"] for f in persons.getFeatures())
    before = kept_here(sample_ws, withheld, consenting["uid"], annotation["uid"])
    outputs = run("publish", {"WORKSPACE": str(sample_ws.path), "SERVER_URL": fake.url}, feedback)
    (line,) = [line for line in feedback.lines if line.startswith("Published:")]
    expect("attr-privacy-fields", line)
    assert outputs["SKIPPED"] == len(withheld)
    sent = list(fake.behaviour.created.values())
    assert len({feature["properties"]["uid"] for feature in sent}) == outputs["CREATED"] > 250
    assert not {feature["properties"]["uid"] for feature in sent} & withheld
    assert not [f for f in sent if {"birth_year", "reviewer_comment"} & set(f["properties"])]
    assert "Bí mật" not in repr(sent)
    assert kept_here(sample_ws, withheld, consenting["uid"], annotation["uid"]) == before  # here, as they were


def kept_here(ws, withheld, person_uid, annotation_uid):
    """The withheld persons, the birth year and the reviewer's comment as the working copy holds them."""
    persons = {f["uid"]: f.attributes()[1:] for f in ws.layer("person").getFeatures() if f["uid"] in withheld}
    birth_year = first(ws.layer("person"), f"\"uid\" = '{person_uid}'")["birth_year"]
    comment = first(ws.layer("annotation_point"), f"\"uid\" = '{annotation_uid}'")["reviewer_comment"]
    return persons, birth_year, comment


@bound("attr-nfd-published")
def test_text_typed_in_nfd_reaches_the_server_in_nfc(creativemap_provider, sample_ws, fake, feedback):
    typed = unicodedata.normalize("NFD", "Làng gốm Thanh Hà")
    uid = first(sample_ws.layer("organisation"), "TRUE")["uid"]
    edit(sample_ws, "organisation", uid, name=typed)
    run("publish", {"WORKSPACE": str(sample_ws.path), "SERVER_URL": fake.url}, feedback)
    (line,) = [line for line in feedback.lines if line.startswith("Published:")]
    expect("attr-nfd-published", line)
    (sent,) = [f for f in fake.behaviour.created.values() if f["properties"]["uid"] == uid]
    assert sent["properties"]["name"] == "Làng gốm Thanh Hà" and unicodedata.is_normalized("NFC", "Làng gốm Thanh Hà")
    assert first(sample_ws.layer("organisation"), f"\"uid\" = '{uid}'")["name"] == typed  # the working copy: as typed


# --------------------------------------------------------------------------------------------------- addresses


@bound("srv-not-an-address")
def test_not_an_address(creativemap_provider, sample_ws):
    before = layers_digest(sample_ws.path)
    sentence = run_failing("publish", {"WORKSPACE": str(sample_ws.path), "SERVER_URL": "map.example.org"})
    expect("srv-not-an-address", sentence)
    assert layers_digest(sample_ws.path) == before


@bound("srv-unknown-authcfg")
def test_unknown_authcfg(creativemap_provider, sample_ws, fake):
    before = layers_digest(sample_ws.path)
    parameters = {"WORKSPACE": str(sample_ws.path), "SERVER_URL": fake.url, "AUTHCFG": "nosuch1"}
    expect("srv-unknown-authcfg", run_failing("publish", parameters))
    assert fake.behaviour.requests == [] and layers_digest(sample_ws.path) == before


@bound("srv-connection-refused")
def test_connection_refused(creativemap_provider, sample_ws):
    before = layers_digest(sample_ws.path)
    url = f"http://127.0.0.1:{free_port()}/wfs3"
    expect("srv-connection-refused", run_failing("publish", {"WORKSPACE": str(sample_ws.path), "SERVER_URL": url}))
    assert layers_digest(sample_ws.path) == before


@bound("srv-timeout")
def test_timeout(sample_ws, fake):
    fake.behaviour.read_delay = 0.8
    before = layers_digest(sample_ws.path)
    impatient = Server(fake.url, timeout=(0.5, 0.5), retries=0)
    expect("srv-timeout", publish_failing(sample_ws, fake.url, impatient))
    assert writes(fake) == [] and layers_digest(sample_ws.path) == before


@bound("srv-404-no-collection")
def test_no_collection_of_the_map(creativemap_provider, sample_ws, fake):
    fake.behaviour.collections.clear()
    before = layers_digest(sample_ws.path)
    sentence = run_failing("publish", {"WORKSPACE": str(sample_ws.path), "SERVER_URL": fake.url})
    expect("srv-404-no-collection", sentence)
    assert writes(fake) == [] and layers_digest(sample_ws.path) == before


def published_then_answered(sample_ws, fake, answer) -> str:
    """The sample published to the fake server, which then answers ``organisation``'s records through ``answer``:
    the next publish's sentence; the working copy's records are as they were, and nothing more was written."""
    publish(sample_ws.path, fake.url, server=quick(fake.url))
    before, sent = records_digest(sample_ws.path), len(writes(fake))
    fake.behaviour.answer = lambda name, props: answer(props) if name == "organisation" else props
    sentence = publish_failing(sample_ws, fake.url)
    assert records_digest(sample_ws.path) == before and len(writes(fake)) == sent
    return sentence


@bound("srv-records-without-uid")
def test_records_without_uid(sample_ws, fake):
    sentence = published_then_answered(sample_ws, fake, lambda props: {"id": 1, "title": props["name"]})
    expect("srv-records-without-uid", sentence)


@bound("srv-labels-inexact")
def test_labels_that_cannot_be_read_back(sample_ws, fake):
    from creative_layers_plugin.core.schema import layer

    labels = {field.name: field.label.vi for field in layer("organisation").all_fields()}

    def as_labels(props):
        unknown = {"actor_type": "Không rõ"}  # no label of the list
        return {labels.get(name, name): unknown.get(name, value) for name, value in props.items()}

    expect("srv-labels-inexact", published_then_answered(sample_ws, fake, as_labels))


@bound("srv-fields-missing")
def test_fields_missing(sample_ws, fake):
    sentence = published_then_answered(sample_ws, fake, lambda props: {
        name: value for name, value in props.items() if name not in ("phone", "email")})  # fmt: skip
    expect("srv-fields-missing", sentence)


# --------------------------------------------------------------------------------------------------- statuses


@bound_all("srv-403", "srv-429", "srv-500", "srv-502", "srv-503")
def test_a_server_refusing_every_write_stops_the_publish(case, sample_ws, fake):
    fake.behaviour.write_statuses = [int(case.split("-")[1])] * 100_000
    before = layers_digest(sample_ws.path)
    server = Server(fake.url, timeout=(1.0, 1.0), retries=1, backoff=0.01)  # tried again once, then given up
    expect(case, publish_failing(sample_ws, fake.url, server))
    assert fake.behaviour.created == {} and layers_digest(sample_ws.path) == before


@bound_all("srv-409", "srv-412", "srv-413", "srv-422")
def test_a_record_the_server_refuses_is_reported_and_the_others_go(case, sample_ws, fake):
    fake.behaviour.write_statuses = [int(case.split("-")[1])]  # the first write only
    before = records_digest(sample_ws.path)
    sentence = publish_failing(sample_ws, fake.url)
    expect(case, sentence)
    local = {f["uid"] for layer in ("person", "organisation", "space") for f in sample_ws.layer(layer).getFeatures()}
    created = {feature["properties"]["uid"] for feature in fake.behaviour.created.values()}
    posts = [path for method, path in writes(fake) if method == "POST"]
    assert len(posts) == len(created) + 1 > 250  # every record sent once; one refused
    refused = re.search(r"\(\w+ ([0-9a-f-]{36}):", sentence).group(1)  # "... published (<layer> <uid>: ..."
    assert refused in local and refused not in created
    report = sentence.rsplit(": ", 1)[1]
    assert refused in open(report, encoding="utf-8").read()
    assert records_digest(sample_ws.path) == before


@bound("srv-photo-413")
def test_a_photo_too_large_for_the_media_store(sample_ws, fake):
    """The record whose photo the store refuses is not written (it would point at a photo that did not arrive); the
    others are, the photo stays in the workspace."""
    from PIL import Image

    uid = sorted(f["uid"] for f in sample_ws.layer("organisation").getFeatures())[0]
    Image.new("RGB", (800, 600), (30, 90, 160)).save(sample_ws.path.parent / "big.jpg")
    edit(sample_ws, "organisation", uid, photo="big.jpg")
    fake.behaviour.media_statuses = [413] * 10
    before = records_digest(sample_ws.path)
    sentence = publish_failing(sample_ws, fake.url)
    expect("srv-photo-413", sentence)
    created = {feature["properties"]["uid"] for feature in fake.behaviour.created.values()}
    assert uid not in created and len(created) > 250 and fake.behaviour.media == {}
    assert uid in sentence and records_digest(sample_ws.path) == before
    assert (sample_ws.path.parent / "big.jpg").exists()


# --------------------------------------------------------------------------------------------------- what answers


@bound("srv-not-json")
def test_not_json(sample_ws, fake):
    fake.behaviour.not_json = True
    before = layers_digest(sample_ws.path)
    expect("srv-not-json", publish_failing(sample_ws, fake.url))
    assert writes(fake) == [] and layers_digest(sample_ws.path) == before


class LoginPage(Quiet):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.command)
        body = b"<html><body><form action='/login' method='post'>Sign in to the Wi-Fi</form></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT = do_DELETE = do_GET  # noqa: N815 (http.server's names)


@bound("srv-html-login-page")
def test_html_login_page(sample_ws):
    LoginPage.seen = []
    httpd = serve(LoginPage)
    try:
        before = layers_digest(sample_ws.path)
        url = f"http://127.0.0.1:{httpd.server_address[1]}/wfs3"
        expect("srv-html-login-page", publish_failing(sample_ws, url))
        assert set(LoginPage.seen) == {"GET"} and layers_digest(sample_ws.path) == before
    finally:
        httpd.shutdown()
        httpd.server_close()


@bound("srv-tls-untrusted")
def test_tls_untrusted(sample_ws, tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-subj", "/CN=127.0.0.1", "-days", "1"], check=True, capture_output=True)  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd = serve(http.server.SimpleHTTPRequestHandler, context)
    try:
        before = layers_digest(sample_ws.path)
        url = f"https://127.0.0.1:{httpd.server_address[1]}/wfs3"
        expect("srv-tls-untrusted", publish_failing(sample_ws, url))
        assert layers_digest(sample_ws.path) == before
    finally:
        httpd.shutdown()
        httpd.server_close()


@bound("srv-redirect")
def test_redirect(sample_ws, fake):
    class Moved(Quiet):
        def moved(self) -> None:
            self.send_response(301)
            self.send_header("Location", fake.url + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = do_PUT = do_DELETE = do_OPTIONS = moved  # noqa: N815

    httpd = serve(Moved)
    try:
        before = layers_digest(sample_ws.path)
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        sentence = publish_failing(sample_ws, url)
        expect("srv-redirect", sentence)
        assert writes(fake) == [] and layers_digest(sample_ws.path) == before
    finally:
        httpd.shutdown()
        httpd.server_close()


# --------------------------------------------------------------------------------------------------- reference server


def server_items(server):
    return {name: items(server, name) for name in ("person", "organisation", "space", "event", "competition_site")}


@bound("srv-401")
def test_wrong_password_on_the_reference_server(creativemap_provider, sample_ws, reference_server,
                                                wrong_password_authcfg):  # fmt: skip
    before, remote_before = layers_digest(sample_ws.path), server_items(reference_server)
    parameters = {"WORKSPACE": str(sample_ws.path), "SERVER_URL": reference_server.features_url,
                  "AUTHCFG": wrong_password_authcfg}  # fmt: skip
    expect("srv-401", run_failing("publish", parameters))
    assert layers_digest(sample_ws.path) == before and server_items(reference_server) == remote_before


@bound("srv-wrong-url")
def test_the_servers_root_instead_of_its_landing_page(creativemap_provider, sample_ws, reference_server):
    before, remote_before = layers_digest(sample_ws.path), server_items(reference_server)
    parameters = {"WORKSPACE": str(sample_ws.path), "SERVER_URL": reference_server.url + "/"}
    sentence = run_failing("publish", parameters)
    assert layers_digest(sample_ws.path) == before and server_items(reference_server) == remote_before
    expect("srv-wrong-url", sentence)
