"""Publishing to the second real server, pygeoapi 0.21.0 on PostgreSQL/PostGIS behind nginx (server/pygeoapi_server.py):
the same round trip as to QGIS Server, though pygeoapi wants the id in a PUT's body, has no PATCH and no ETag, and
answers every refusal with a bare 500. Its database refuses an update that does not continue the stored ``rev``: a
write that loses a race to another writer is told apart from a fault by reading the record again, and reported as
a conflict; nothing is overwritten, nothing is lost."""

from __future__ import annotations

import unicodedata

import pytest
import requests
from qgis.core import QgsGeometry, QgsPointXY

from creative_layers_plugin.core.schema import LAYERS
from creative_layers_plugin.sync.publish import publish
from creative_layers_plugin.toolbelt.errors import UserError

from .conftest import USER
from .faulty_proxy import Faults, FaultyProxy
from .invariants import assert_server_equals_working_copy, delete, edit, no_duplicate

NAMES = [layer.name for layer in LAYERS]


def test_round_trip_to_pygeoapi(sample, pygeoapi, pygeoapi_authcfg):
    url = pygeoapi.features_url
    first = publish(sample.path, url, pygeoapi_authcfg)
    assert first.numbers()["create"] > 250 and first.failures == []
    assert_server_equals_working_copy(sample, url, NAMES)
    assert no_duplicate(url, "sme_enrolment") or no_duplicate(url, "crowdfunding_campaign")  # records with no place

    organisations = no_duplicate(url, "organisation")
    uid = next(uid for uid in sorted(organisations) if organisations[uid]["properties"].get("email"))
    moved_uid, gone_uid = [other for other in sorted(organisations) if other != uid][:2]
    nfd = unicodedata.normalize("NFD", "Hợp tác xã Gốm Thanh Hà")
    edit(sample, "organisation", uid, name=nfd, email=None)
    point = next(sample.layer("organisation").getFeatures(f"\"uid\" = '{moved_uid}'")).geometry().asPoint()
    edit(sample, "organisation", moved_uid, geometry=QgsGeometry.fromPointXY(QgsPointXY(point.x() + 100, point.y())))
    delete(sample, "organisation", gone_uid)

    second = publish(sample.path, url, pygeoapi_authcfg)
    assert (second.numbers()["update"], second.numbers()["delete"]) == (2, 1)
    after = no_duplicate(url, "organisation")
    assert after[uid]["properties"]["name"] == unicodedata.normalize("NFC", nfd)  # NFC, otherwise unchanged
    assert after[uid]["properties"].get("email") in (None, "")  # a value cleared here is cleared there
    assert after[uid]["properties"]["rev"] == organisations[uid]["properties"]["rev"] + 1  # the revision continues
    assert after[moved_uid]["geometry"]["coordinates"][0] > organisations[moved_uid]["geometry"]["coordinates"][0]
    assert gone_uid not in after
    assert publish(sample.path, url, pygeoapi_authcfg, dry_run=True).plan.is_empty()


def test_a_write_that_loses_a_race_is_a_conflict_not_a_loss(sample, pygeoapi, pygeoapi_authcfg, qgis_proxy):
    """Another editor's write lands between the plugin's last read and its PUT: the database refuses the PUT (its
    revision no longer follows), pygeoapi answers a bare 500, and the plugin reads the record again and says it is
    a conflict. Theirs stays on the server, mine in the working copy, until someone decides."""
    url = pygeoapi.features_url
    publish(sample.path, url, pygeoapi_authcfg)
    uid = sorted(no_duplicate(url, "organisation"))[3]
    edit(sample, "organisation", uid, name="Tên của tôi")
    auth = (USER, pygeoapi.password)
    raced = []

    def another_editor(method: str, path: str) -> None:
        if method != "PUT" or raced:
            return
        raced.append(path)
        item = requests.get(f"{url}/collections/organisation/items/{path.rsplit('/', 1)[-1]}", timeout=30,
                            headers={"Accept": "application/geo+json"}).json()  # fmt: skip
        item["properties"].update(name="Tên của họ", rev=item["properties"]["rev"] + 1)
        answer = requests.put(f"{url}/collections/organisation/items/{item['id']}", json=item, auth=auth,
                              headers={"Content-Type": "application/geo+json"}, timeout=30)  # fmt: skip
        assert answer.status_code == 204, answer.text

    faults = Faults(seed=0)
    faults.before_forward = another_editor
    with FaultyProxy(faults) as proxy:
        qgis_proxy(proxy.url)
        with pytest.raises(UserError, match="at the same moment, and the server kept their change"):
            publish(sample.path, url, pygeoapi_authcfg)
        assert raced
        theirs = no_duplicate(url, "organisation")[uid]["properties"]
        assert theirs["name"] == "Tên của họ"  # not overwritten
        mine = next(sample.layer("organisation").getFeatures(f"\"uid\" = '{uid}'"))
        assert mine["name"] == "Tên của tôi"  # not lost

        plan = publish(sample.path, url, pygeoapi_authcfg, dry_run=True).plan
        assert plan.summary()["conflicts"] == 1
        with pytest.raises(UserError, match="changed both here and on the server"):
            publish(sample.path, url, pygeoapi_authcfg, policy="abort")
        publish(sample.path, url, pygeoapi_authcfg, policy="keep_local")
        final = no_duplicate(url, "organisation")[uid]["properties"]
        assert final["name"] == "Tên của tôi" and final["rev"] == theirs["rev"] + 1
