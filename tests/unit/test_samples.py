"""The sample data (core/samples.py and resources/samples/): enough, reproducible, valid, in the right places."""

import collections
import datetime
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import uuid

import pytest

from creative_layers_plugin.core.samples import build_sample, feature_count, load_sources, sample_uid
from creative_layers_plugin.core.schema import CITIES, LAYERS, VALUE_LISTS, FieldType, layer, split_multi
from tests.conftest import ROOT

WKT_PREFIX = {
    "Point": "POINT (",
    "LineString": "LINESTRING (",
    "Polygon": "POLYGON ((",
    "MultiPolygon": "MULTIPOLYGON (((",
}


@pytest.fixture(scope="module")
def sample():
    return build_sample("all")


def records(sample):
    for name, rows in sample.items():
        for row in rows:
            yield layer(name), row


def coordinates(wkt):
    return [tuple(map(float, pair.split())) for pair in re.findall(r"-?\d+(?:\.\d+)? -?\d+(?:\.\d+)?", wkt)]


def distance_m(lon1, lat1, lon2, lat2):
    """Great-circle distance (haversine), independent of the code under test."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(a))


def area_m2(ring):
    """Area of a lon/lat ring on a local equirectangular projection, independent of the code under test."""
    lat0 = sum(lat for _, lat in ring) / len(ring)
    kx, ky = 6_371_008.8 * math.radians(1) * math.cos(math.radians(lat0)), 6_371_008.8 * math.radians(1)
    xy = [(lon * kx, lat * ky) for lon, lat in ring]
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(xy, xy[1:] + xy[:1], strict=True))) / 2


def point_in_ring(lon, lat, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def digest(data):
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# ------------------------------------------------------------------------------------------------ size, determinism


def test_at_least_400_features_in_all_with_every_city(sample):
    assert feature_count(sample) >= 400
    assert sum(len(rows) for name, rows in sample.items() if layer(name).geometry) >= 400
    assert set(sample) == {lay.name for lay in LAYERS}
    for city in CITIES:
        for name in ("person", "organisation", "space", "event", "idea", "product", "experience", "ward"):
            assert any(row["city"] == city for row in sample[name]), (city, name)


def test_two_builds_are_identical(sample):
    again = build_sample("all")
    assert again == sample
    assert digest(again) == digest(sample)


def test_builds_do_not_depend_on_the_hash_seed(sample):
    # set iteration order changes with PYTHONHASHSEED: a build must not depend on it
    code = (
        "import hashlib, json\n"
        "from creative_layers_plugin.core.samples import build_sample\n"
        "print(hashlib.sha256(json.dumps(build_sample('all'), sort_keys=True, ensure_ascii=False).encode())"
        ".hexdigest())\n"
    )
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == digest(sample)


def test_all_is_the_union_of_the_cities(sample):
    merged = {name: [] for name in sample}
    for city in CITIES:
        one = build_sample(city)
        assert {row["city"] for rows in one.values() for row in rows} == {city}
        for name, rows in one.items():
            merged[name].extend(rows)
    assert merged == sample


def test_unknown_city_is_refused():
    with pytest.raises(ValueError, match="da_nang"):
        build_sample("da_nang")


def test_uids_are_unique_deterministic_uuid5(sample):
    uids = [row["uid"] for _, row in records(sample)]
    assert len(uids) == len(set(uids))
    assert all(uuid.UUID(uid).version == 5 for uid in uids)
    chua_cau = next(row for row in sample["space"] if row["name"] == "Chùa Cầu")
    assert chua_cau["uid"] == sample_uid("space", "hoi_an", "chua_cau")


# ------------------------------------------------------------------------------------------------ valid against schema


def test_records_have_exactly_the_schema_fields_and_a_geometry(sample):
    for lay, row in records(sample):
        assert set(row) == set(lay.field_names()) | {"geometry"}, lay.name
        if lay.geometry is None:
            assert row["geometry"] is None
        else:
            assert row["geometry"].startswith(WKT_PREFIX[lay.geometry]), (lay.name, row["geometry"][:30])


def test_required_fields_are_filled(sample):
    for lay, row in records(sample):
        for f in lay.all_fields():
            if f.required:
                assert row[f.name] not in (None, ""), (lay.name, f.name, row.get("name"))


def test_every_value_of_a_coded_field_is_a_valid_code_in_stored_form(sample):
    checked = 0
    for lay, row in records(sample):
        for f in lay.coded_fields():
            value = row[f.name]
            if value is None:
                continue
            codes = VALUE_LISTS[f.value_list].codes()
            if f.is_multi:
                assert value.startswith('{"') and value.endswith('"}') and " " not in value, value  # {"a","b"}
                parts = value[2:-2].split('","')
                assert all(part in codes for part in parts), (lay.name, f.name, value)
                assert parts == [code for code in codes if code in parts], f"not in list order: {value}"
            else:
                assert value in codes, (lay.name, f.name, value)
            checked += 1
    assert checked > 2000


def test_values_have_the_types_lengths_and_formats_of_their_fields(sample):
    for lay, row in records(sample):
        for f in lay.all_fields():
            value = row[f.name]
            if value is None:
                continue
            where = (lay.name, f.name, value)
            if f.type in (FieldType.INTEGER,):
                assert isinstance(value, int) and not isinstance(value, bool), where
            elif f.type is FieldType.REAL:
                assert isinstance(value, int | float), where
            elif f.type is FieldType.BOOLEAN:
                assert isinstance(value, bool), where
            elif f.type is FieldType.DATE:
                datetime.date.fromisoformat(value)
            elif f.type is FieldType.DATETIME:
                assert datetime.datetime.fromisoformat(value).utcoffset() == datetime.timedelta(0), where
            else:
                assert isinstance(value, str) and value == value.strip(), where
                assert f.length is None or len(value) <= f.length, where
                assert f.pattern is None or re.fullmatch(f.pattern, value), where
            if f.minimum is not None:
                assert value >= f.minimum, where
            if f.maximum is not None:
                assert value <= f.maximum, where
        if row.get("start_date") and row.get("end_date"):
            assert row["end_date"] >= row["start_date"], (lay.name, row["name"] if "name" in row else row["uid"])


def test_relations_point_at_existing_features_of_the_same_city(sample):
    by_uid = {row["uid"]: (lay.name, row["city"]) for lay, row in records(sample)}
    linked = 0
    for lay, row in records(sample):
        for relation in lay.relations:
            target = row[relation.field]
            if target is not None:
                assert by_uid.get(target) == (relation.parent, row["city"]), (lay.name, relation.field)
                linked += 1
    assert linked > 300


# ------------------------------------------------------------------------------------------------ the domain


def test_every_creative_field_and_every_craft_is_used(sample):
    used = collections.defaultdict(set)
    for lay, row in records(sample):
        for f in lay.coded_fields():
            if f.is_multi or row[f.name] is not None:
                used[f.value_list].update(split_multi(row[f.name]) if f.is_multi else [row[f.name]])
    for name in ("creative_field", "craft", "sme_pack", "actor_type", "criterion", "annotation_kind", "need"):
        assert used[name] == set(VALUE_LISTS[name].codes()), name


def test_sme_enrolments_cover_the_three_packs_in_every_city(sample):
    organisations = {row["uid"]: row for row in sample["organisation"]}
    for city in CITIES:
        rows = [row for row in sample["sme_enrolment"] if row["city"] == city]
        assert {row["pack"] for row in rows} == set(VALUE_LISTS["sme_pack"].codes()), city
        for row in rows:
            kind = organisations[row["organisation_uid"]]["actor_type"]
            assert kind in ("sme", "household_business", "cooperative"), kind
    pairs = [(row["organisation_uid"], row["pack"]) for row in sample["sme_enrolment"]]
    assert len(pairs) == len(set(pairs)), "an organisation enrols once in a pack"


def test_points_lie_within_30_km_of_their_city_centre(sample):
    for lay, row in records(sample):
        if row["geometry"] is None:
            continue
        centre = CITIES[row["city"]]
        for lon, lat in coordinates(row["geometry"]):
            assert distance_m(lon, lat, centre.lon, centre.lat) < 30_000, (lay.name, row["city"], lon, lat)


def test_the_named_places_are_where_domain_md_says(sample):
    def point_of(layer_name, name):
        row = next(row for row in sample[layer_name] if row["name"] == name)
        return coordinates(row["geometry"])[0]

    for name, (lat, lon) in {
        "Chùa Cầu": (15.87712, 108.32612),
        "Công viên Hội An": (15.880313, 108.334085),
        "Hồ Hoàn Kiếm": (21.0287, 105.8524),
        "Làng bích họa Tam Thanh": (15.5600, 108.5350),
    }.items():
        assert distance_m(*point_of("space", name), lon, lat) < 50, name
    for name, (lat, lon) in {
        "Làng gốm Thanh Hà": (15.8790, 108.3000),
        "Làng mộc Kim Bồng": (15.8700, 108.3290),
        "Làng rau Trà Quế": (15.9050, 108.3360),
        "Làng tre dừa Cẩm Thanh": (15.8860, 108.3700),
        "Làng bích họa Tam Thanh": (15.5600, 108.5350),
    }.items():
        village = next(row for row in sample["craft_village"] if row["name"] == name)
        assert point_in_ring(lon, lat, coordinates(village["geometry"])), name


def test_the_park_outline_has_the_published_area_and_holds_its_zones(sample):
    zones = [row for row in sample["competition_site"]]
    outline = next(row for row in zones if row["zone_kind"] == "park_outline")
    ring = coordinates(outline["geometry"])[:-1]
    assert area_m2(ring) == pytest.approx(45_450, rel=0.01)
    assert point_in_ring(108.334085, 15.880313, ring)
    assert {row["zone_kind"] for row in zones} >= {"park_outline", "plaza", "friendship_building", "entrance"}
    for zone in zones:
        assert zone["is_approximate"] is True
        # WKT keeps 6 decimals (about 0.1 m): small zones differ by a few square metres
        assert zone["area_m2"] == pytest.approx(area_m2(coordinates(zone["geometry"])[:-1]), rel=0.01, abs=10)
        for lon, lat in coordinates(zone["geometry"]):
            assert point_in_ring(lon, lat, ring) or zone is outline, zone["name"]
    for name in ("annotation_point", "annotation_line", "annotation_polygon"):
        assert sample[name], name
        for row in sample[name]:
            assert all(point_in_ring(lon, lat, ring) for lon, lat in coordinates(row["geometry"])), row["text"]
            assert row["site_uid"] in {zone["uid"] for zone in zones}


def test_wards_have_current_and_legacy_names_and_do_not_overlap(sample):
    hoi_an = [row for row in sample["ward"] if row["city"] == "hoi_an"]
    assert {row["name_current"] for row in hoi_an} == {"Hội An", "Hội An Tây", "Hội An Đông", "Tân Hiệp"}
    legacy = "Minh An, Cẩm Phô, Sơn Phong, Cẩm Nam, Cẩm Kim, Cẩm Hà, Thanh Hà, Tân An, Cẩm An, Cẩm Châu, Cửa Đại"
    assert {*legacy.split(", "), "Cẩm Thanh"} <= {row["name_legacy"] for row in hoi_an}
    for city in CITIES:
        wards = [(row["name_legacy"], coordinates(row["geometry"])) for row in sample["ward"] if row["city"] == city]
        assert len(wards) >= 4, city
        for (name, ring), (other, other_ring) in ((a, b) for a in wards for b in wards if a is not b):
            lon = sum(p[0] for p in ring[:-1]) / (len(ring) - 1)
            lat = sum(p[1] for p in ring[:-1]) / (len(ring) - 1)
            assert point_in_ring(lon, lat, ring), name
            assert not point_in_ring(lon, lat, other_ring), f"{name} overlaps {other}"


def test_actors_know_their_ward_where_wards_are_drawn(sample):
    for name in ("organisation", "space", "person"):
        rows = sample[name]
        assert all(row["ward"] and row["ward_legacy"] for row in rows), name
    park = next(row for row in sample["space"] if row["name"] == "Công viên Hội An")
    assert (park["ward"], park["ward_legacy"]) == ("Hội An", "Sơn Phong")


def test_names_are_vietnamese_with_diacritics_and_unique_per_city(sample):
    for name in ("person", "organisation"):
        names = [row["name"] for row in sample[name]]
        with_diacritics = [n for n in names if n.encode("ascii", "ignore").decode() != n]
        assert len(with_diacritics) / len(names) > 0.7, name
        per_city = collections.Counter((row["city"], row["name"]) for row in sample[name])
        assert per_city.most_common(1)[0][1] == 1, per_city.most_common(1)


def test_privacy_cases_exist_for_later_tests(sample):
    person = layer("person")
    people = sample["person"]
    youth = [row for row in people if row["is_youth_leader"]]
    assert youth, "at least one youth leader"
    assert not any(row["consent_publish"] for row in youth), "a youth leader cannot be given consent"
    assert all(not person.may_publish(row) for row in youth)
    assert all(row["birth_year"] >= 2006 and row["location_basis"] == "ward_centroid" for row in youth)
    refused = [row for row in people if not row["consent_publish"] and not row["is_youth_leader"]]
    assert len(refused) >= 3, "persons without consent"
    assert all(not person.may_publish(row) for row in refused)
    assert any(person.may_publish(row) for row in people)
    assert all(row["consent_date"] for row in people if row["consent_publish"])
    spaces = {row["uid"]: row for row in sample["space"]}
    for row in people:
        if row["location_basis"] == "host_space":
            assert row["geometry"] == spaces[row["host_space_uid"]]["geometry"], "placed at the hosting space"


def test_generated_contacts_are_fictional(sample):
    for _, row in records(sample):
        if row.get("email"):
            assert row["email"].endswith("@example.com"), row["email"]
        if row.get("website"):
            assert row["website"].startswith("https://") and ".example" in row["website"], row["website"]


def test_sources_are_small_readable_utf8_files():
    directory = ROOT / "resources" / "samples"
    files = sorted(p for p in directory.iterdir() if p.suffix in (".csv", ".json"))
    assert len(files) >= 5
    for path in files:
        text = path.read_bytes().decode("utf-8")
        assert path.stat().st_size < 64_000, path.name
        assert "\r" not in text, path.name
    sources = load_sources()
    assert {"places", "wards", "craft_villages", "names", "catalogue", "competition_site"} <= set(sources)
