"""The reference shared server, for real: QGIS Server 3.22 (Debian) under spawn-fcgi behind nginx, serving the project
generated from the schema. Besides what must work (reads open, writes with basic auth, create / read / page / replace
/ delete over OGC API - Features, WMS maps), these tests pin down how QGIS Server 3.22 behaves where servers differ,
so that the sync engine's adaptations fail loudly here when a QGIS update changes them."""

from __future__ import annotations

import math
import os
import shutil
import signal
import sqlite3
import struct
import time
import uuid
import zlib
from contextlib import closing

import pytest
import requests

from creative_layers_plugin.core.schema import LAYERS
from server.processes import server_processes
from server.reference_server import ServerError, start_server, stop_server
from tests.server.conftest import run_folder, start, stop

CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"
GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"
# QGIS 3.22 answers 400 to Accept: application/geo+json on /conformance and /collections, and warns on */*;
# application/json works everywhere (items still come as application/geo+json).
JSON = {"Accept": "application/json"}
OLD_TOWN = (108.3261, 15.8771)  # CRS84, near the Japanese covered bridge
OLD_TOWN_5899 = (561499.641, 1756065.488)  # the same in EPSG:5899 through EPSG:6960 (crs.transform of the plugin)
NAME = "Xưởng gốm Thanh Hà"


def metres(a, b) -> float:
    """Distance between two lon/lat points in metres (equirectangular: exact enough below a kilometre)."""
    lat = math.radians((a[1] + b[1]) / 2)
    dx = math.radians(b[0] - a[0]) * math.cos(lat) * 6_371_000
    dy = math.radians(b[1] - a[1]) * 6_371_000
    return math.hypot(dx, dy)


def organisation(**properties) -> dict:
    values = {"uid": str(uuid.uuid4()), "name": NAME, "rev": 1, "city": "hoi_an", "actor_type": "artisan"}
    values.update(properties)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(OLD_TOWN)}, "properties": values}


@pytest.fixture(scope="module")
def session(reference_server):
    with requests.Session() as http:
        http.headers.update(JSON)
        yield http


@pytest.fixture()
def posted(reference_server, session):
    """An organisation created through the API; returns (its URL, the feature sent)."""
    feature = organisation()
    answer = session.post(reference_server.items("organisation"), json=feature, auth=reference_server.auth)
    assert answer.status_code == 201, answer.text
    return answer.headers["Location"], feature


def matched(server, session, collection: str = "organisation", **filters) -> int:
    answer = session.get(server.items(collection), params={"limit": 0, **filters})
    assert answer.status_code == 200, answer.text
    return answer.json()["numberMatched"]


def test_conformance_lists_part1_core_and_geojson(reference_server, session):
    conforms = session.get(f"{reference_server.api}/conformance").json()["conformsTo"]
    assert CORE in conforms and GEOJSON in conforms
    assert not [c for c in conforms if "ogcapi-features-4" in c]  # Part 4 is not declared, though writes work


def test_collections_are_the_schema_layers_by_name(reference_server, session):
    answer = session.get(f"{reference_server.api}/collections")
    assert answer.status_code == 200
    ids = [collection["id"] for collection in answer.json()["collections"]]
    spatial = [layer.name for layer in LAYERS if layer.geometry is not None]
    tables = [layer.name for layer in LAYERS if layer.geometry is None]
    assert set(spatial) <= set(ids)
    assert set(tables) <= set(ids)  # QGIS Server 3.22 serves attribute-only tables as collections too
    assert session.get(f"{reference_server.api}/collections/organisation").json()["id"] == "organisation"


def test_a_missing_collection_is_404(reference_server, session):
    assert session.get(reference_server.items("no_such_layer")).status_code == 404
    assert session.get(f"{reference_server.api}/collections/no_such_layer").status_code == 404


def test_writing_without_credentials_is_refused_and_writes_nothing(reference_server, session):
    before = matched(reference_server, session)
    url = reference_server.items("organisation")
    assert session.post(url, json=organisation()).status_code == 401
    wrong = (reference_server.auth[0], "not-the-password")
    answer = session.post(url, json=organisation(), auth=wrong)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"].startswith("Basic")
    assert session.delete(f"{url}/1").status_code == 401
    assert matched(reference_server, session) == before


def test_create_then_read_back(reference_server, session, posted):
    location, sent = posted
    assert location.startswith(reference_server.items("organisation") + "/")
    fid = location.rsplit("/", 1)[1]
    feature = session.get(location).json()
    assert feature["id"] == fid and fid.isdigit()  # the id is the GeoPackage fid, as text
    assert feature["properties"]["fid"] == int(fid)  # and the fid is also a property
    assert feature["properties"]["uid"] == sent["properties"]["uid"]
    assert feature["properties"]["name"] == NAME  # Vietnamese text unchanged (NFC in, NFC out)
    assert feature["properties"]["actor_type"] == "artisan"  # codes and field names, not labels and aliases
    assert metres(feature["geometry"]["coordinates"], OLD_TOWN) < 1.0
    assert "ETag" not in session.get(location).headers  # no ETag: re-read before a replace


def test_one_post_and_one_get_are_quick(reference_server, session, record_property):
    """Measured here: about 11 ms each (median of 20, one FastCGI process, kept-alive connection)."""
    started = time.perf_counter()
    answer = session.post(reference_server.items("organisation"), json=organisation(), auth=reference_server.auth)
    posted_in = time.perf_counter() - started
    started = time.perf_counter()
    assert session.get(answer.headers["Location"]).status_code == 200
    read_in = time.perf_counter() - started
    record_property("post_seconds", round(posted_in, 4))
    record_property("get_seconds", round(read_in, 4))
    assert answer.status_code == 201 and posted_in < 1.0 and read_in < 1.0


def test_stored_in_the_layer_crs_through_epsg_6960(reference_server, session, posted):
    location, sent = posted
    fid = int(location.rsplit("/", 1)[1])
    with closing(sqlite3.connect(f"file:{reference_server.handle.data}?mode=ro", uri=True)) as connection, connection:
        blob = connection.execute("SELECT geom FROM organisation WHERE fid = ?", (fid,)).fetchone()[0]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 7]
    srs_id = struct.unpack("<i" if blob[3] & 1 else ">i", blob[4:8])[0]
    wkb = blob[8 + envelope :]
    x, y = struct.unpack("<dd" if wkb[0] == 1 else ">dd", wkb[5:21])
    assert srs_id == 5899
    assert math.hypot(x - OLD_TOWN_5899[0], y - OLD_TOWN_5899[1]) < 0.5
    crs = [
        c for c in session.get(f"{reference_server.api}/collections/organisation").json()["crs"] if c.endswith("/5899")
    ]
    assert crs == ["http://www.opengis.net/def/crs/EPSG/9.6.2/5899"]  # not EPSG/0/5899: that one is refused (400)
    page = session.get(reference_server.items("organisation"), params={"crs": crs[0], "uid": sent["properties"]["uid"]})
    x, y = page.json()["features"][0]["geometry"]["coordinates"]
    assert math.hypot(x - OLD_TOWN_5899[0], y - OLD_TOWN_5899[1]) < 0.5


def test_listing_pages_with_limit_and_next_links(reference_server, session):
    uids = set()
    for _ in range(3):
        feature = organisation()
        uids.add(feature["properties"]["uid"])
        assert session.post(reference_server.items("organisation"), json=feature, auth=reference_server.auth).ok
    url, params, seen, pages = reference_server.items("organisation"), {"limit": 2}, [], 0
    total = matched(reference_server, session)
    while url:
        page = session.get(url, params=params).json()
        assert page["numberReturned"] <= 2 and page["numberMatched"] == total
        seen += [feature["properties"]["uid"] for feature in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
        params, pages = None, pages + 1  # the next link carries limit and offset (and the filters)
    assert uids <= set(seen) and len(seen) == len(set(seen)) == total
    assert pages == math.ceil(total / 2)
    assert session.get(reference_server.items("organisation"), params={"limit": 10000}).status_code == 200
    assert session.get(reference_server.items("organisation"), params={"limit": 10001}).status_code == 400


def test_put_replaces_the_given_properties_and_keeps_the_others(reference_server, session, posted):
    location, sent = posted
    changed = {"type": "Feature", "geometry": sent["geometry"], "properties": {"name": NAME + " (mới)", "rev": 2}}
    started = time.monotonic()
    answer = session.put(location, json=changed, auth=reference_server.auth)  # no id in the body: the URL names it
    assert answer.status_code == 200, answer.text
    assert time.monotonic() - started < 2.0  # no lock wait (a rollback journal made it fail after 5 s)
    assert answer.json()["properties"]["name"] == NAME + " (mới)"
    feature = session.get(location).json()["properties"]
    assert (feature["name"], feature["rev"], feature["uid"]) == (NAME + " (mới)", 2, sent["properties"]["uid"])
    assert feature["actor_type"] == "artisan"  # absent from the body: kept
    cleared = {"type": "Feature", "geometry": sent["geometry"], "properties": {"actor_type": None}}
    assert session.put(location, json=cleared, auth=reference_server.auth).status_code == 200
    assert session.get(location).json()["properties"]["actor_type"] == "artisan"  # null cannot clear a value
    unlocated = {"type": "Feature", "properties": {"rev": 3}}
    assert session.put(location, json=unlocated, auth=reference_server.auth).status_code == 200
    assert session.get(location).json()["geometry"] is None  # but a missing geometry clears the geometry


def test_patch_does_not_work_over_fastcgi(reference_server, session, posted):
    """QGIS 3.22's FastCGI request reads a body for POST and PUT only: every PATCH body arrives empty."""
    location, _ = posted
    answer = session.patch(location, json={"modify": {"name": "patched"}}, auth=reference_server.auth)
    assert answer.status_code == 400
    assert "Feature properties are not valid" in answer.text
    assert session.get(location).json()["properties"]["name"] == NAME


def test_delete_removes_it(reference_server, session, posted):
    location, sent = posted
    answer = session.delete(location, auth=reference_server.auth)
    assert answer.status_code == 200  # not 204
    gone = session.get(location)
    assert gone.status_code == 500 and "Invalid feature" in gone.text  # a missing feature is a 500, not a 404
    assert matched(reference_server, session, uid=sent["properties"]["uid"]) == 0
    assert session.delete(location, auth=reference_server.auth).status_code == 500


def test_a_uid_is_refused_twice(reference_server, session, posted):
    _, sent = posted
    again = session.post(reference_server.items("organisation"), json=sent, auth=reference_server.auth)
    assert again.status_code == 500 and "Error adding feature" in again.text  # the unique index on uid
    assert matched(reference_server, session, uid=sent["properties"]["uid"]) == 1


def test_what_the_server_does_with_odd_bodies(reference_server, session):
    url, auth = reference_server.items("organisation"), reference_server.auth
    assert session.post(url, data=b"{not json", auth=auth).status_code == 400
    assert session.post(url, json={"properties": {"name": "x"}}, auth=auth).status_code == 400
    in_5899 = organisation()
    in_5899["geometry"]["coordinates"] = list(OLD_TOWN_5899)
    in_5899["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::5899"}}
    refused = session.post(
        url, json=in_5899, auth=auth, headers={"Content-Crs": "<http://www.opengis.net/def/crs/EPSG/0/5899>"}
    )
    assert refused.status_code == 500  # bodies are CRS84 only: "Geometry could not be transformed"
    unknown = session.post(url, json=organisation(colour="red"), auth=auth)
    assert unknown.status_code == 201  # an unknown property is dropped silently


def test_datetimes_come_back_without_their_offset(reference_server, session):
    feature = organisation(created_at="2025-06-01T15:30:00+07:00", updated_at="2025-06-01T08:30:00.250Z")
    location = session.post(reference_server.items("organisation"), json=feature, auth=reference_server.auth)
    properties = session.get(location.headers["Location"]).json()["properties"]
    assert properties["created_at"] == "2025-06-01T15:30:00.000"  # the offset is dropped, not applied
    assert properties["updated_at"] == "2025-06-01T08:30:00.000"  # Z and milliseconds too: send UTC, read UTC


def test_an_attribute_table_takes_features_without_geometry(reference_server, session):
    enrolment = {"type": "Feature", "geometry": None, "properties": {
        "uid": str(uuid.uuid4()), "organisation_uid": str(uuid.uuid4()), "pack": "ecommerce", "status": "applied",
        "applied_date": "2025-06-01", "rev": 1, "city": "hoi_an"}}  # fmt: skip
    answer = session.post(reference_server.items("sme_enrolment"), json=enrolment, auth=reference_server.auth)
    assert answer.status_code == 201, answer.text
    stored = session.get(answer.headers["Location"]).json()
    assert stored["geometry"] is None and stored["properties"]["applied_date"] == "2025-06-01"


def opaque_pixels(png: bytes) -> int:
    """How many pixels of an 8-bit RGBA PNG (non-interlaced, as QGIS Server writes it) are not transparent."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", png[16:26])
    assert (depth, colour) == (8, 6)
    data, position = b"", 8
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        if kind == b"IDAT":
            data += png[position + 8 : position + 8 + length]
        position += 12 + length
    raw, stride, previous, count = zlib.decompress(data), width * 4, bytearray(width * 4), 0
    for row in range(height):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1 : (row + 1) * (stride + 1)])
        for i in range(stride):
            left, up, corner = (line[i - 4] if i >= 4 else 0), previous[i], (previous[i - 4] if i >= 4 else 0)
            guess = {0: 0, 1: left, 2: up, 3: (left + up) // 2}.get(kind)
            if guess is None:  # Paeth
                p = left + up - corner
                guess = min((abs(p - left), 0, left), (abs(p - up), 1, up), (abs(p - corner), 2, corner))[2]
            line[i] = (line[i] + guess) & 0xFF
        count += sum(1 for i in range(3, stride, 4) if line[i])
        previous = line
    return count


def test_wms_draws_the_organisation_layer(reference_server, session, posted):
    lon, lat = OLD_TOWN
    params = {"SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": "organisation", "STYLES": "",
              "CRS": "EPSG:4326", "BBOX": f"{lat - 0.002},{lon - 0.002},{lat + 0.002},{lon + 0.002}", "WIDTH": 128,
              "HEIGHT": 128, "FORMAT": "image/png", "TRANSPARENT": "true"}  # fmt: skip
    answer = session.get(f"{reference_server.handle.url}/ows", params=params)
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "image/png"
    assert opaque_pixels(answer.content) > 50  # the organisation's symbol, in its stored style


def test_stop_cleans_up_after_a_crash():
    """nginx's master killed outright (its worker lives on, holding the port) and QGIS Server killed too: stop still
    finds and ends what is left, from the pid files and /proc."""
    server = start()
    run_dir = server.handle.run_dir
    pids = server.handle.processes()
    assert sorted(set(pids.values())) == ["nginx", "qgis_mapserv.fc"]
    master = int((run_dir / "run" / "nginx.pid").read_text())
    qgis = [pid for pid, name in pids.items() if name == "qgis_mapserv.fc"]
    for pid in (master, *qgis):
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)  # nginx's worker outlives its master: an orphan that holds the port
    stopped = stop_server(run_dir)
    assert set(stopped) == set(pids) - {master, *qgis}
    stop(server)  # and a second stop finds nothing left


def test_a_port_in_use_is_one_sentence_and_starts_nothing(reference_server):
    run_dir = run_folder()
    try:
        with pytest.raises(ServerError, match=r"^Port \d+ on 127\.0\.0\.1 is in use: choose another port\.$"):
            start_server(run_dir, reference_server.handle.port, "staff", "x")
        assert server_processes(run_dir) == {}
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
