"""The plan's one read of the working copy (``working_copy.read_layer``): the records exactly as the value-by-value
conversion makes them, and the checks that stop a publish, a record unchanged since the last publish checked only
where it may have changed."""

import json

import pytest
from qgis.core import QgsFeatureRequest

from creative_layers_plugin.core import crs as crs_tools
from creative_layers_plugin.core.schema import LAYERS, layer
from creative_layers_plugin.core.validation import feature_record
from creative_layers_plugin.core.workspace import create_workspace
from creative_layers_plugin.sync.photos import LocalPhotos
from creative_layers_plugin.sync.records import canonical, properties
from creative_layers_plugin.sync.state import SyncState
from creative_layers_plugin.sync.working_copy import WIRE_CRS, read_layer, read_local

URL = "http://127.0.0.1:1/wfs3"


@pytest.fixture()
def sample(qgis_app, tmp_path):
    return create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True)


def slow_read(workspace, definition):
    """read_local as it was written first: every value through feature_record, properties and canonical."""
    qgs_layer = workspace.layer(definition.name)
    transform = crs_tools.transform(qgs_layer.crs(), WIRE_CRS) if definition.geometry else None
    records = {}
    for feature in qgs_layer.getFeatures(QgsFeatureRequest()):
        record = feature_record(feature)
        if not record.get("uid") or not definition.may_publish(record):
            continue
        copy = feature.geometry()
        geometry = None
        if transform is not None and not (copy.isNull() or copy.isEmpty()):
            copy.transform(transform)
            geometry = json.loads(copy.asJson(9))
        props = properties(definition, record)
        if props.get("photo"):  # a photo goes out as its address in the server's media store
            props["photo"] = LocalPhotos(workspace.path.parent).published(props["photo"])[0]
        records[record["uid"]] = (canonical(definition, props, geometry), props, geometry)
    return records


def test_the_records_are_exactly_what_the_value_by_value_conversion_gives(sample):
    for definition in LAYERS:
        fast = read_local(sample, definition)
        for uid, (content, props, geometry) in slow_read(sample, definition).items():
            local = fast[uid]
            assert json.dumps(local.canonical, sort_keys=True) == json.dumps(content, sort_keys=True), uid
            assert local.body["properties"] == props and local.body["geometry"] == geometry, uid


def confirm_all(workspace):
    with SyncState(workspace.path, URL) as state, state.batch():
        for definition in LAYERS:
            for uid, local in read_local(workspace, definition).items():
                if local.canonical is not None:
                    state.confirm(definition.name, uid, str(local.fid), local.canonical)


def problems(workspace, name):
    with SyncState(workspace.path, URL) as state:
        return read_layer(workspace, layer(name), state.base(name), "en").problems


def set_value(workspace, name, field, value):
    qgs_layer = workspace.layer(name)
    feature = next(qgs_layer.getFeatures())
    provider = qgs_layer.dataProvider()
    assert provider.changeAttributeValues({feature.id(): {qgs_layer.fields().indexOf(field): value}})
    return feature["uid"]


def test_an_unchanged_record_is_still_checked_where_its_content_does_not_tell(sample):
    confirm_all(sample)
    assert [p for p in problems(sample, "organisation") if p.is_error] == []
    uid = set_value(sample, "organisation", "updated_by", "x" * 300)  # not content: the base cannot vouch for it
    assert [(p.uid, p.field, p.code) for p in problems(sample, "organisation") if p.is_error] == [
        (uid, "updated_by", "length")
    ]


def test_a_changed_record_is_checked_whole(sample):
    confirm_all(sample)
    uid = set_value(sample, "organisation", "phone", "0905 123 456")
    assert [(p.uid, p.field, p.code) for p in problems(sample, "organisation") if p.is_error] == [
        (uid, "phone", "phone")
    ]
