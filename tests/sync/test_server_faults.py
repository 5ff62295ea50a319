"""Servers that answer badly: each failure is one sentence that says what to do, and the working copy stays whole."""

import hashlib
import sqlite3

import pytest

from creative_layers_plugin.core.schema import LAYERS
from creative_layers_plugin.sync.client import Server, sentence_for
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.errors import UserError
from tests.bad_inputs.checks import records_digest

from .misbehaving import MisbehavingServer


def layers_digest(path):
    """The working copy's records, layer by layer (the sync tables aside)."""
    digest = hashlib.sha256()
    with sqlite3.connect(path) as connection:
        for layer in LAYERS:
            for row in connection.execute(f'SELECT * FROM "{layer.name}" ORDER BY fid'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def quick(url):
    return Server(url, timeout=(1.0, 1.0), retries=2, backoff=0.01)


@pytest.fixture()
def fake():
    with MisbehavingServer() as server:
        yield server


def test_a_missing_collection_is_left_out_and_said_and_the_rest_published(sample, fake):
    fake.behaviour.collections.remove("organisation")
    before = records_digest(sample.path)
    dry = publish(sample.path, fake.url, server=quick(fake.url), dry_run=True)
    assert dry.plan.absent == ["organisation"] and "kept in the working copy: organisation" in dry.plan.sentence()
    result = publish(sample.path, fake.url, server=quick(fake.url))
    assert result.numbers()["create"] > 200
    assert "organisation" not in fake.behaviour.created_in.values()  # nothing sent to a collection it lacks
    assert records_digest(sample.path) == before  # not a record of it lost here
    assert "organisation,,absent,not on this server: kept in the working copy" in result.report.read_text("utf-8")


def test_a_server_failing_on_writes_stops_with_a_sentence(sample, fake):
    fake.behaviour.write_statuses = [500] * 10_000
    before = layers_digest(sample.path)
    with pytest.raises(UserError, match=r"failed \(500\)"):
        publish(sample.path, fake.url, server=quick(fake.url))
    assert fake.behaviour.created == {} and layers_digest(sample.path) == before


def test_a_busy_server_is_waited_for_and_nothing_is_created_twice(sample, fake):
    fake.behaviour.write_statuses = [429, 503]  # turned away unread: the create may be sent again
    result = publish(sample.path, fake.url, server=quick(fake.url))
    uids = [feature["properties"]["uid"] for feature in fake.behaviour.created.values()]
    assert result.numbers()["create"] == len(uids) == len(set(uids)) > 250


def test_a_record_the_server_refuses_is_reported_and_the_others_go(sample, fake):
    fake.behaviour.write_statuses = [422, 413]
    with pytest.raises(UserError) as raised:
        publish(sample.path, fake.url, server=quick(fake.url))
    assert "2 records could not be published" in raised.value.sentence and "report" in raised.value.sentence
    assert len(fake.behaviour.created) > 250


def test_an_answer_that_is_not_json_is_one_sentence(sample, fake):
    fake.behaviour.not_json = True
    with pytest.raises(UserError, match="is not the landing page of an OGC API - Features server"):
        publish(sample.path, fake.url, server=quick(fake.url))


def test_a_server_too_slow_to_answer_is_one_sentence(sample, fake):
    fake.behaviour.read_delay = 1.5
    before = layers_digest(sample.path)
    with pytest.raises(UserError, match="took too long to answer"):
        publish(sample.path, fake.url, server=quick(fake.url))
    assert layers_digest(sample.path) == before


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (401, "refused the user name or password"),
        (403, "does not let this account change"),
        (404, "has no"),
        (409, "changed"),
        (412, "changed"),
        (413, "too large"),
        (422, "refused"),
        (429, "busy"),
        (500, "failed (500)"),
        (502, "failed (502)"),
        (503, "failed (503)"),
    ],
)
def test_every_error_status_is_a_sentence_that_says_what_to_do(status, words):
    sentence, _retryable = sentence_for(status, "https://map.example.org/wfs3/collections/space/items", "a record")
    assert words in sentence and sentence.endswith(".")
    assert "map.example.org" in sentence or "a record" in sentence  # it says where, or what


def test_a_certificate_that_cannot_be_trusted_is_refused(sample, tmp_path):
    """TLS verification is always on: a self-signed server is refused with a sentence, nothing sent."""
    import http.server
    import ssl
    import subprocess
    import threading

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-subj", "/CN=127.0.0.1", "-days", "1"], check=True, capture_output=True)  # fmt: skip
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"https://127.0.0.1:{httpd.server_address[1]}/wfs3"
        with pytest.raises(UserError, match="certificate QGIS cannot trust"):
            publish(sample.path, url, server=quick(url))
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_qgis_proxy_settings_are_the_ones_used(qgis_app):
    from qgis.core import QgsSettings

    from creative_layers_plugin.sync.connection import open_server, proxies_from_qgis

    settings = QgsSettings()
    keys = {"proxy/proxyEnabled": True, "proxy/proxyType": "HttpProxy", "proxy/proxyHost": "proxy.example.org",
            "proxy/proxyPort": "3128", "proxy/proxyUser": "ana", "proxy/proxyPassword": "p@ss",
            "proxy/proxyExcludedUrls": "http://127.0.0.1"}  # fmt: skip
    try:
        for key, value in keys.items():
            settings.setValue(key, value)
        assert proxies_from_qgis("https://map.example.org/wfs3") == {
            "http": "http://ana:p%40ss@proxy.example.org:3128",
            "https": "http://ana:p%40ss@proxy.example.org:3128",
        }
        assert proxies_from_qgis("http://127.0.0.1:8090/wfs3") == {}  # excluded, as QGIS would
        server = open_server("https://map.example.org/wfs3")
        assert server.session.proxies["https"].endswith("@proxy.example.org:3128") and server.session.verify is True
        assert server.session.trust_env is False  # QGIS's settings, not the environment's
        settings.setValue("proxy/proxyEnabled", False)
        assert proxies_from_qgis("https://map.example.org/wfs3") == {}
    finally:
        for key in keys:
            settings.remove(key)
