"""The second shared server, for real: pygeoapi 0.21.0 under gunicorn on PostgreSQL 15 + PostGIS, behind nginx, serving
every layer of the schema with the Hội An sample. Besides what must work (reads open, writes with basic auth, create /
read / page / replace / delete, optimistic locking on ``rev`` that no two writers can defeat), these tests pin down how
pygeoapi 0.21.0 behaves where servers differ (server/README.md, "pygeoapi 0.21.0 on PostgreSQL + PostGIS")."""

from __future__ import annotations

import json
import math
import os
import signal
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests

from creative_layers_plugin.core.schema import LAYERS
from server.pygeoapi_server import start_pygeoapi_server, stop_pygeoapi_server
from tests.server.conftest import RunningServer, start, stop

pytestmark = pytest.mark.timeout(300)

GEOJSON = {"Content-Type": "application/geo+json"}  # exactly this: anything else is not a create (see below)
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
OLD_TOWN = (108.3275123456789, 15.8773987654321)  # lon, lat
NAME = "Xưởng gốm Thanh Hà – Nguyễn Thị Ánh"


@pytest.fixture(scope="module")
def pygeoapi_server():
    """One server with the Hội An sample for the whole module (about 25 s to start: QGIS makes the sample)."""
    server = start(sample=True, starter=start_pygeoapi_server)
    try:
        yield server
    finally:
        stop(server)


@pytest.fixture
def session():
    with requests.Session() as http:
        yield http


def organisation(**properties) -> dict:
    values = {"uid": str(uuid.uuid4()), "rev": 1, "city": "hoi_an", "name": NAME, "actor_type": "artisan",
              "email": "xuong@example.vn", "created_by": "tester"}  # fmt: skip
    values.update(properties)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(OLD_TOWN)}, "properties": values}


def send(session, method: str, url: str, body, auth) -> requests.Response:
    return session.request(method, url, data=json.dumps(body).encode("utf-8"), headers=GEOJSON, auth=auth)


def matched(server: RunningServer, session, collection: str = "organisation", **filters) -> int:
    page = session.get(server.items(collection), params={"limit": 1, **filters})
    assert page.status_code == 200, page.text
    return page.json()["numberMatched"]


@pytest.fixture
def posted(pygeoapi_server, session):
    """A new organisation: (its URL, its id, what was sent)."""
    feature = organisation()
    answer = send(session, "POST", pygeoapi_server.items(), feature, pygeoapi_server.auth)
    assert answer.status_code == 201, answer.text
    location = answer.headers["Location"]
    return location, int(location.rsplit("/", 1)[1]), feature


def test_every_schema_layer_is_an_editable_collection_in_crs84(pygeoapi_server, session):
    collections = session.get(f"{pygeoapi_server.api}/collections", params={"f": "json"}).json()["collections"]
    assert {layer.name for layer in LAYERS} <= {item["id"] for item in collections}
    described = session.get(f"{pygeoapi_server.api}/collections/organisation", params={"f": "json"}).json()
    assert described["storageCrs"] == CRS84 and described["crs"] == [CRS84]
    conformance = session.get(f"{pygeoapi_server.api}/conformance", params={"f": "json"}).json()["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete" in conformance
    allowed = session.options(f"{pygeoapi_server.items()}/1").headers["Allow"]
    assert allowed == "HEAD, GET, PUT, DELETE"  # no PATCH
    assert session.options(pygeoapi_server.items()).headers["Allow"] == "HEAD, GET, POST"


def test_the_sample_is_served(pygeoapi_server, session):
    counts = pygeoapi_server.handle.counts
    assert counts["organisation"] > 10 and counts["person"] > 10 and counts["sme_enrolment"] > 0
    for layer in LAYERS:
        assert matched(pygeoapi_server, session, layer.name) >= counts[layer.name]
    feature = session.get(f"{pygeoapi_server.items()}/1").json()
    assert feature["id"] == 1  # the table's identity, a JSON number
    assert feature["properties"]["city"] == "hoi_an" and feature["properties"]["rev"] == 1
    assert feature["properties"]["created_at"].endswith("+00:00")  # timestamptz, in UTC, with its offset
    lon, lat = feature["geometry"]["coordinates"]
    assert 108.2 < lon < 108.5 and 15.7 < lat < 16.0  # lon, lat: CRS84
    table = session.get(pygeoapi_server.items("sme_enrolment"), params={"limit": 1}).json()["features"][0]
    assert table["geometry"] is None


def test_writing_without_credentials_is_refused_and_writes_nothing(pygeoapi_server, session):
    before = matched(pygeoapi_server, session)
    url = pygeoapi_server.items()
    assert send(session, "POST", url, organisation(), None).status_code == 401
    wrong = (pygeoapi_server.auth[0], "not-the-password")
    answer = send(session, "POST", url, organisation(), wrong)
    assert answer.status_code == 401 and answer.headers["WWW-Authenticate"].startswith("Basic")
    assert send(session, "PUT", f"{url}/1", organisation(), None).status_code == 401
    assert session.delete(f"{url}/1").status_code == 401
    assert matched(pygeoapi_server, session) == before
    assert session.get(f"{url}/1").status_code == 200


def test_post_creates_and_the_feature_reads_back(pygeoapi_server, session):
    feature = organisation(created_at="2025-06-01T15:30:00+07:00", updated_at="2025-06-01T08:30:00.250Z")
    answer = send(session, "POST", pygeoapi_server.items(), feature, pygeoapi_server.auth)
    assert answer.status_code == 201 and answer.text == ""  # no body: the Location names the feature
    location = answer.headers["Location"]
    assert location.startswith(pygeoapi_server.items() + "/")
    stored = session.get(location).json()
    assert stored["id"] == int(location.rsplit("/", 1)[1])
    assert stored["geometry"]["coordinates"] == list(OLD_TOWN)  # doubles, unrounded
    properties = stored["properties"]
    assert properties["name"] == NAME and properties["uid"] == feature["properties"]["uid"]
    assert properties["created_at"] == "2025-06-01T08:30:00+00:00"  # the offset is applied: UTC comes back
    assert properties["updated_at"] == "2025-06-01T08:30:00.250000+00:00"
    assert properties["photo"] is None  # every column comes back, null when empty
    assert "ETag" not in session.get(location).headers


def test_post_is_a_create_only_with_the_exact_geojson_media_type(pygeoapi_server, session):
    before = matched(pygeoapi_server, session)
    body = json.dumps(organisation()).encode("utf-8")
    as_json = session.post(pygeoapi_server.items(), data=body, headers={"Content-Type": "application/json"},
                           auth=pygeoapi_server.auth)  # fmt: skip
    assert as_json.status_code == 400 and "Bad CQL JSON" in as_json.text  # read as a CQL2 JSON query
    with_charset = {"Content-Type": "application/geo+json; charset=utf-8"}
    answer = session.post(pygeoapi_server.items(), data=body, headers=with_charset, auth=pygeoapi_server.auth)
    assert answer.status_code == 400 and "Bad CQL JSON" in answer.text  # a parameter makes it a query too
    assert matched(pygeoapi_server, session) == before  # nothing was created


def test_a_post_without_rev_starts_at_1_and_a_post_with_an_id_is_refused(pygeoapi_server, session):
    feature = organisation()
    del feature["properties"]["rev"]
    answer = send(session, "POST", pygeoapi_server.items(), feature, pygeoapi_server.auth)
    assert session.get(answer.headers["Location"]).json()["properties"]["rev"] == 1
    chosen = {**organisation(), "id": 900000}
    refused = send(session, "POST", pygeoapi_server.items(), chosen, pygeoapi_server.auth)
    assert refused.status_code == 500  # the id is the database's (GENERATED ALWAYS)
    assert session.get(f"{pygeoapi_server.items()}/900000").status_code == 404


def test_put_needs_the_id_in_the_body_and_changes_only_what_it_names(pygeoapi_server, session, posted):
    location, fid, sent = posted
    auth, geometry = pygeoapi_server.auth, sent["geometry"]
    no_id = {"type": "Feature", "geometry": geometry, "properties": {"name": "no id", "rev": 2}}
    answer = send(session, "PUT", location, no_id, auth)
    assert answer.status_code == 500 and "generic error" in answer.text  # "Missing identifier", unsaid
    change = {"type": "Feature", "id": fid, "geometry": geometry, "properties": {"name": NAME + " (mới)", "rev": 2}}
    answer = send(session, "PUT", location, change, auth)
    assert answer.status_code == 204 and answer.text == ""
    stored = session.get(location).json()["properties"]
    assert (stored["name"], stored["rev"]) == (NAME + " (mới)", 2)
    assert stored["actor_type"] == "artisan" and stored["uid"] == sent["properties"]["uid"]  # absent: kept
    cleared = {"type": "Feature", "id": str(fid), "geometry": geometry, "properties": {"email": None, "rev": 3}}
    assert send(session, "PUT", location, cleared, auth).status_code == 500  # the id as text: "SET id='7'", refused
    cleared["id"] = fid
    assert send(session, "PUT", location, cleared, auth).status_code == 204
    stored = session.get(location).json()["properties"]
    assert stored["email"] is None and stored["rev"] == 3  # null clears
    unlocated = {"type": "Feature", "id": fid, "geometry": None, "properties": {"rev": 4}}
    assert send(session, "PUT", location, unlocated, auth).status_code == 500  # a geometry is required
    assert session.get(location).json()["properties"]["rev"] == 3


def test_put_writes_the_feature_named_in_the_body_not_in_the_url(pygeoapi_server, session, posted):
    location, _, sent = posted
    other = send(session, "POST", pygeoapi_server.items(), organisation(), pygeoapi_server.auth).headers["Location"]
    other_id = int(other.rsplit("/", 1)[1])
    change = {"type": "Feature", "id": other_id, "geometry": sent["geometry"], "properties": {"name": "x", "rev": 2}}
    assert send(session, "PUT", location, change, pygeoapi_server.auth).status_code == 204
    assert session.get(location).json()["properties"]["name"] == NAME  # the URL's feature: untouched
    assert session.get(other).json()["properties"]["name"] == "x"  # the body's: changed


def test_delete_then_missing_items(pygeoapi_server, session, posted):
    location, fid, sent = posted
    answer = session.delete(location, auth=pygeoapi_server.auth)
    assert answer.status_code == 200 and answer.text == ""  # 200, not 204
    gone = session.get(location)
    assert gone.status_code == 404 and gone.json()["code"] == "NotFound"
    assert matched(pygeoapi_server, session, uid=sent["properties"]["uid"]) == 0
    assert session.delete(location, auth=pygeoapi_server.auth).status_code == 200  # a missing item: 200 as well
    again = {"type": "Feature", "id": fid, "geometry": sent["geometry"], "properties": sent["properties"]}
    assert send(session, "PUT", location, again, pygeoapi_server.auth).status_code == 500  # no resurrection
    assert session.get(location).status_code == 404
    assert session.get(f"{pygeoapi_server.items()}/not-a-number").status_code == 500
    assert session.get(f"{pygeoapi_server.api}/collections/nothing/items").status_code == 404
    patch = session.patch(location, json={"name": "x"}, auth=pygeoapi_server.auth)
    assert patch.status_code == 405 and "PATCH" not in patch.headers["Allow"]


def test_a_stale_revision_is_refused_and_the_stored_feature_stays_whole(pygeoapi_server, session, posted):
    location, fid, sent = posted
    before = session.get(location).json()
    stale = {"type": "Feature", "id": fid, "geometry": {"type": "Point", "coordinates": [108.0, 15.0]},
             "properties": {"name": "stale", "email": None, "rev": 1}}  # fmt: skip
    answer = send(session, "PUT", location, stale, pygeoapi_server.auth)
    assert answer.status_code == 500  # the trigger's message stays in the server's logs
    assert "Internal Server Error" in answer.text and "stale revision" not in answer.text
    unversioned = {"type": "Feature", "id": fid, "geometry": sent["geometry"], "properties": {"name": "no rev"}}
    assert send(session, "PUT", location, unversioned, pygeoapi_server.auth).status_code == 500
    skipped = {"type": "Feature", "id": fid, "geometry": sent["geometry"], "properties": {"name": "x", "rev": 3}}
    assert send(session, "PUT", location, skipped, pygeoapi_server.auth).status_code == 500
    after = session.get(location).json()
    assert after["properties"] == before["properties"] and after["geometry"] == before["geometry"]
    log = pygeoapi_server.handle.logs["postgres"].read_text(encoding="utf-8")
    assert f"stale revision: organisation.id={fid} is at rev 1, the update brings rev 1 (must be 2)" in log


def test_two_simultaneous_updates_from_the_same_revision_exactly_one_wins(pygeoapi_server, session, posted):
    location, fid, _ = posted
    for _ in range(5):
        base = session.get(location).json()
        rev = base["properties"]["rev"]
        barrier, results = threading.Barrier(2), {}

        def write(writer: str, base=base, rev=rev, barrier=barrier, results=results) -> None:
            body = {"type": "Feature", "id": fid, "geometry": base["geometry"],
                    "properties": {"name": f"writer {writer}", "created_by": writer, "rev": rev + 1}}  # fmt: skip
            with requests.Session() as own:  # its own connection: gunicorn's two workers, two database sessions
                barrier.wait()
                results[writer] = send(own, "PUT", location, body, pygeoapi_server.auth).status_code

        threads = [threading.Thread(target=write, args=(writer,)) for writer in ("A", "B")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(results.values()) == [204, 500], results
        winner = next(writer for writer, status in results.items() if status == 204)
        stored = session.get(location).json()["properties"]
        assert (stored["rev"], stored["name"], stored["created_by"]) == (rev + 1, f"writer {winner}", winner)


def test_listing_pages_with_limit_offset_and_next_links(pygeoapi_server, session):
    url, params, seen, pages = pygeoapi_server.items(), {"limit": 7, "city": "hoi_an"}, [], 0
    total = matched(pygeoapi_server, session, city="hoi_an")
    while url:
        page = session.get(url, params=params).json()
        assert page["numberReturned"] <= 7 and page["numberMatched"] == total
        seen += [feature["id"] for feature in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
        assert url is None or "city=hoi_an" in url  # the next link carries the filters
        params, pages = None, pages + 1
    assert len(seen) == len(set(seen)) == total and seen == sorted(seen)  # ordered by id
    assert pages == math.ceil(total / 7)
    default = session.get(pygeoapi_server.items()).json()
    assert default["numberReturned"] == 10
    clamped = session.get(pygeoapi_server.items(), params={"limit": 10001})
    assert clamped.status_code == 200  # above max_items (10000): clamped, not refused
    assert session.get(pygeoapi_server.items(), params={"limit": 0}).status_code == 400


def test_the_attribute_tables_are_written_through_the_creative_map_provider(pygeoapi_server, session):
    """pygeoapi 0.21.0's own provider makes a geometry of every body (null cannot be one: 500); the server's
    provider (server/pygeoapi_provider.py) writes a record without one where the table has no geometry."""
    enrolment = {"type": "Feature", "geometry": None, "properties": {
        "uid": str(uuid.uuid4()), "organisation_uid": str(uuid.uuid4()), "pack": "ecommerce", "status": "applied",
        "applied_date": "2025-06-01", "rev": 1, "city": "hoi_an"}}  # fmt: skip
    before = matched(pygeoapi_server, session, "sme_enrolment")
    answer = send(session, "POST", pygeoapi_server.items("sme_enrolment"), enrolment, pygeoapi_server.auth)
    assert answer.status_code == 201, answer.text
    assert matched(pygeoapi_server, session, "sme_enrolment") == before + 1
    stored = session.get(answer.headers["Location"]).json()
    assert stored["geometry"] is None and stored["properties"]["pack"] == "ecommerce"


def test_the_password_is_on_no_command_line_and_in_no_file(pygeoapi_server):
    password = pygeoapi_server.auth[1].encode()
    for pid in pygeoapi_server.handle.processes():
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            assert password not in cmdline.read()
    for path in Path(pygeoapi_server.handle.run_dir).rglob("*"):
        if path.is_file() and not path.is_socket() and "pgdata" not in path.parts:
            assert password not in path.read_bytes(), path


def test_stop_cleans_up_after_a_crash():
    """PostgreSQL's postmaster, gunicorn's master and nginx's master killed outright (their children live on): stop
    still finds and ends what is left."""
    server = start(starter=start_pygeoapi_server)
    run_dir = server.handle.run_dir
    pids = server.handle.processes()
    assert sorted(set(pids.values())) == ["gunicorn", "nginx", "postgres"]
    masters = [int((run_dir / "run" / name).read_text().split()[0]) for name in ("nginx.pid", "gunicorn.pid")]
    masters.append(int((run_dir / "pgdata" / "postmaster.pid").read_text().split()[0]))
    for pid in masters:
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    stop_pygeoapi_server(run_dir)
    assert server.handle.processes() == {}
    stop(server)  # and a second stop finds nothing left
