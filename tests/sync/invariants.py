"""What must hold between a working copy, its sync state and the server after any publish, finished or not:
no record twice on the server, none lost, and a base that holds only what the server confirmed."""

from __future__ import annotations

import uuid
from collections import Counter

import requests
from qgis.core import QgsFeature

from creative_layers_plugin.core.schema import layer as schema_layer
from creative_layers_plugin.core.validation import feature_record
from creative_layers_plugin.sync.records import SERVER_TOLERANCE, canonical, same
from creative_layers_plugin.sync.state import SyncState


def items(features_url: str, collection: str) -> list[dict]:
    """Every item of a collection, read directly (no proxy), following the next links."""
    url, found = f"{features_url}/collections/{collection}/items?limit=1000", []
    while url:
        page = requests.get(url, headers={"Accept": "application/geo+json"}, timeout=60).json()
        found += page["features"]
        url = next((link["href"] for link in page.get("links", []) if link["rel"] == "next"), None)
    return found


def no_duplicate(features_url: str, collection: str) -> dict[str, dict]:
    features = items(features_url, collection)
    counts = Counter(feature["properties"]["uid"] for feature in features)
    twice = [uid for uid, count in counts.items() if count > 1]
    assert twice == [], f"{collection}: on the server twice: {twice}"
    return {feature["properties"]["uid"]: feature for feature in features}


def publishable_uids(workspace, collection: str) -> set[str]:
    definition = schema_layer(collection)
    return {f["uid"] for f in workspace.layer(collection).getFeatures() if definition.may_publish(feature_record(f))}


def assert_base_confirmed(workspace, features_url: str, collections) -> None:
    """Every base entry is on the server as the base says (or as a write still in the journal left it), and every
    record of the server that the base does not know is a create still in the journal."""
    with SyncState(workspace.path, features_url) as state:
        pending: dict[tuple[str, str], list] = {}
        for intent in state.pending():
            pending.setdefault((intent.layer, intent.uid), []).append(intent)
        for collection in collections:
            definition = schema_layer(collection)
            remote = no_duplicate(features_url, collection)
            base = state.base(collection)
            for uid, entry in base.items():
                intents = pending.get((collection, uid), [])
                theirs = remote.get(uid)
                if theirs is None:
                    assert any(intent.snapshot is None for intent in intents), f"{collection} {uid}: lost"
                    continue
                assert str(theirs["id"]) == str(entry.remote_id), f"{collection} {uid}: another id"
                held = canonical(definition, theirs["properties"], theirs.get("geometry"))
                candidates = [entry.snapshot] + [intent.snapshot for intent in intents if intent.snapshot]
                assert any(same(held, snapshot, SERVER_TOLERANCE) for snapshot in candidates), (
                    f"{collection} {uid}: the base is not what the server holds"
                )
            for uid in set(remote) - set(base):
                assert (collection, uid) in pending, f"{collection} {uid}: on the server, unknown to the base"


def assert_photos_arrived(features_url: str, records: dict[str, dict]) -> None:
    """Every photo a record on the server points at is in its media store, whole (never a record pointing at a photo
    that did not arrive, nor at an upload cut short)."""
    from urllib.parse import urljoin

    from creative_layers_plugin.sync.photos import media_name

    for uid, feature in records.items():
        photo = (feature.get("properties") or {}).get("photo")
        if media_name(photo):
            answer = requests.get(urljoin(features_url, photo), timeout=60)
            assert answer.status_code == 200 and answer.content[:2] == b"\xff\xd8" and answer.content[-2:] == \
                b"\xff\xd9", f"{uid}: its photo {photo} did not arrive whole"  # fmt: skip


def assert_server_equals_working_copy(workspace, features_url: str, collections) -> None:
    for collection in collections:
        remote = no_duplicate(features_url, collection)
        assert set(remote) == publishable_uids(workspace, collection), collection
        assert_photos_arrived(features_url, remote)
    with SyncState(workspace.path, features_url) as state:
        assert state.pending() == [], "the journal is not finished"


def edit(workspace, collection: str, uid: str, **values) -> None:
    """Change a record in the working copy as QGIS would (an edit session, committed)."""
    layer = workspace.layer(collection)
    feature = next(layer.getFeatures(f"\"uid\" = '{uid}'"))
    layer.startEditing()
    for name, value in values.items():
        if name == "geometry":
            layer.changeGeometry(feature.id(), value)
        else:
            layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name), value)
    assert layer.commitChanges(), layer.commitErrors()


def delete(workspace, collection: str, uid: str) -> None:
    layer = workspace.layer(collection)
    feature = next(layer.getFeatures(f"\"uid\" = '{uid}'"))
    layer.startEditing()
    layer.deleteFeature(feature.id())
    assert layer.commitChanges(), layer.commitErrors()


def add_copy(workspace, collection: str, source_uid: str, **values) -> str:
    """A new record made from an existing one (a new uid), as a planner copying a feature in QGIS would."""
    layer = workspace.layer(collection)
    source = next(layer.getFeatures(f"\"uid\" = '{source_uid}'"))
    feature = QgsFeature(layer.fields())
    feature.setGeometry(source.geometry())
    for index, field in enumerate(layer.fields()):
        if field.name() != "fid":
            feature.setAttribute(index, source[index])
    uid = str(uuid.uuid4())
    feature["uid"] = uid
    feature["rev"] = 1
    for name, value in values.items():
        feature[name] = value
    layer.startEditing()
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return uid
