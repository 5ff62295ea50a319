"""The declarative schema (core/schema.py, value_lists.py, schema_model.py): consistent, complete, as DOMAIN.md says."""

import dataclasses
import itertools
import random
import re
import subprocess
import sys
import unicodedata

import pytest

from creative_layers_plugin.core import schema
from creative_layers_plugin.core.schema import (
    CITIES,
    GROUPS,
    LAYERS,
    RECORD_FIELDS,
    TABS,
    VALUE_LISTS,
    FieldType,
    Label,
    Layer,
    Relation,
    Value,
    ValueList,
    fold,
    join_multi,
    layer,
    schema_problems,
    split_multi,
)
from tests.conftest import ROOT

RECORD_FIELD_NAMES = ["uid", "rev", "created_at", "updated_at", "created_by", "updated_by", "city"]

# DOMAIN.md's value lists, codes in their order
DOMAIN_CODES = {
    "creative_field": "crafts_folk_art design film gastronomy literature media_arts music architecture other",
    "actor_type": "artisan individual_creator household_business sme cooperative community_group youth_club "
    "hub_operator school public_agency ngo",
    "space_type": "workshop_studio creative_hub gallery performance_venue market_shop public_space community_cafe "
    "library heritage_house online",
    "craft": "pottery carpentry_woodcarving lantern tailoring leather bamboo_coconut silk_embroidery lion_head "
    "vegetable_farming birds_nest mural_painting folk_performance other",
    "ownership": "public private community public_private unknown",
    "sme_pack": "profile_branding social_crm ecommerce",
    "enrolment_status": "applied enrolled in_progress completed withdrawn",
    "need": "human_resources capital connections communication",
    "criterion": "reuse_conversion flexibility sustainability accessibility community_inspiration "
    "creative_space_network",
    "annotation_kind": "idea constraint question proposal_zone circulation existing_tree view access",
    "wheelchair": "yes limited no",
    "zone_kind": "park_outline plaza friendship_building entrance green_area water other",
    "city": "hoi_an tam_ky ha_noi",
}

# labels DOMAIN.md gives in full (code: en, vi, fr)
DOMAIN_LABELS = {
    "creative_field": {
        "crafts_folk_art": ("Crafts and folk art", "Thủ công và nghệ thuật dân gian", "Artisanat et arts populaires"),
        "media_arts": ("Media arts", "Nghệ thuật truyền thông", "Arts numériques"),
        "film": ("Film", "Điện ảnh", "Cinéma"),
        "architecture": ("Architecture", "Kiến trúc", "Architecture"),
    },
    "criterion": {
        "reuse_conversion": (None, "Tái sử dụng và chuyển đổi công năng", "Réexploitation et conversion des fonctions"),
        "community_inspiration": (None, "Truyền cảm hứng cho cộng đồng", "Inspiration pour la communauté"),
        "creative_space_network": (
            None,
            "Đóng góp vào hệ thống không gian sáng tạo",
            "Contribution au système d'espaces créatifs",
        ),
    },
}


# ------------------------------------------------------------------------------------------------ value lists


def test_the_schema_reports_no_problem():
    assert schema_problems() == []


@pytest.mark.parametrize("name", sorted(VALUE_LISTS))
def test_every_value_list_has_unique_codes_and_three_labels(name):
    values = VALUE_LISTS[name]
    assert values.name == name
    assert values.codes() and len(set(values.codes())) == len(values.codes())
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", code) for code in values.codes())
    for value in (*values.values, Value("(title)", values.label)):
        for lang in ("en", "vi", "fr"):
            assert getattr(value.label, lang).strip(), f"{name}.{value.code} has no {lang} label"


@pytest.mark.parametrize(("name", "codes"), sorted(DOMAIN_CODES.items()))
def test_value_lists_hold_the_codes_of_domain_md(name, codes):
    assert VALUE_LISTS[name].codes() == tuple(codes.split())


def test_labels_are_those_of_domain_md():
    for name, labels in DOMAIN_LABELS.items():
        for code, expected in labels.items():
            label = VALUE_LISTS[name].value(code).label
            for lang, text in zip(("en", "vi", "fr"), expected, strict=True):
                if text is not None:
                    assert getattr(label, lang) == text, (name, code, lang)


def test_vietnamese_labels_carry_diacritics():
    # a list whose Vietnamese labels are all plain ASCII was certainly written without diacritics
    for name, values in VALUE_LISTS.items():
        labels = [value.label.vi for value in values.values]
        assert any(fold(text) != text.casefold() for text in labels), name


def test_value_list_labels_are_unambiguous_once_folded():
    for name, values in VALUE_LISTS.items():
        seen: dict[str, str] = {}
        for value in values.values:
            for text in (value.code, value.label.en, value.label.vi, value.label.fr):
                assert seen.setdefault(fold(text), value.code) == value.code, (name, text)


def test_label_for_and_get_fall_back_to_english():
    creative = VALUE_LISTS["creative_field"]
    assert creative.label_for("film", "vi") == "Điện ảnh"
    assert creative.label_for("film", "fr_FR") == "Cinéma"
    assert creative.label_for("film", "vi_VN") == "Điện ảnh"
    assert creative.label_for("film", "de") == "Film"
    assert Label("Only English", "", "").get("vi") == "Only English"
    with pytest.raises(KeyError):
        creative.label_for("sculpture", "en")


# ------------------------------------------------------------------------------------------------ folding, matching


def test_fold_removes_case_accents_and_vietnamese_d():
    assert fold("Đà Nẵng") == "da nang"
    assert fold("  ĐƯỜNG   Trần  Hưng Đạo ") == "duong tran hung dao"
    assert fold("Réexploitation") == "reexploitation"
    nfc = unicodedata.normalize("NFC", "Thủ công và nghệ thuật dân gian")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    assert fold(nfc) == fold(nfd) == "thu cong va nghe thuat dan gian"


@pytest.mark.parametrize(
    ("list_name", "text", "code"),
    [
        ("creative_field", "Thủ công và nghệ thuật dân gian", "crafts_folk_art"),
        ("creative_field", "thu cong va nghe thuat dan gian", "crafts_folk_art"),
        ("creative_field", unicodedata.normalize("NFD", "Thủ công và nghệ thuật dân gian"), "crafts_folk_art"),
        ("creative_field", "  THỦ CÔNG và   nghệ thuật DÂN GIAN ", "crafts_folk_art"),
        ("creative_field", "Crafts and folk art", "crafts_folk_art"),
        ("creative_field", "crafts and folk art", "crafts_folk_art"),
        ("creative_field", "Artisanat et arts populaires", "crafts_folk_art"),
        ("creative_field", "crafts_folk_art", "crafts_folk_art"),
        ("creative_field", "crafts folk art", "crafts_folk_art"),
        ("creative_field", "Điện ảnh", "film"),
        ("creative_field", "dien anh", "film"),
        ("creative_field", "cinema", "film"),
        ("creative_field", "Media arts", "media_arts"),
        ("craft", "Đồ da", "leather"),
        ("craft", "do da", "leather"),
        ("craft", "ĐẦU LÂN", "lion_head"),
        ("city", "Hà Nội", "ha_noi"),
        ("city", "Hanoi", "ha_noi"),
        ("city", "hoi an", "hoi_an"),
        ("wheelchair", "Hạn chế", "limited"),
        ("criterion", "Khả năng tiếp cận", "accessibility"),
        ("sme_pack", "social_crm", "social_crm"),
    ],
)
def test_match_finds_codes_from_codes_and_labels(list_name, text, code):
    assert VALUE_LISTS[list_name].match(text) == code


@pytest.mark.parametrize("text", [None, "", "   ", "sculpture", "thu cong"])
def test_match_returns_none_for_what_is_not_in_the_list(text):
    assert VALUE_LISTS["creative_field"].match(text) is None


# ------------------------------------------------------------------------------------------------ multi values


def test_join_multi_sorts_in_value_list_order_without_spaces_or_duplicates():
    stored = join_multi(["music", "crafts_folk_art", "design", "music"], "creative_field")
    assert stored == '{"crafts_folk_art","design","music"}'
    assert join_multi(["music", "design"], VALUE_LISTS["creative_field"]) == '{"design","music"}'
    assert join_multi("music; design", "creative_field") == '{"design","music"}'  # the first schema's form, read
    assert join_multi('{"music","design"}', "creative_field") == '{"design","music"}'
    assert join_multi([], "creative_field") is None
    assert join_multi(None, "need") is None


def test_join_multi_rejects_unknown_codes():
    with pytest.raises(ValueError, match="sculpture"):
        join_multi(["design", "sculpture"], "creative_field")


def test_split_multi_reads_the_stored_form():
    assert split_multi('{"crafts_folk_art","design","music"}') == ("crafts_folk_art", "design", "music")
    assert split_multi("{design, music}") == ("design", "music")  # QGIS reads the array without quotes too
    assert split_multi('["design","music"]') == ("design", "music")  # and JSON arrays
    assert split_multi("{}") == ()
    assert split_multi("crafts_folk_art;design;music") == ("crafts_folk_art", "design", "music")  # schema 1
    assert split_multi(" design ; music ;") == ("design", "music")
    assert split_multi("") == ()
    assert split_multi(None) == ()


@pytest.mark.parametrize("name", sorted({f.value_list for lay in LAYERS for f in lay.all_fields() if f.is_multi}))
def test_multi_values_round_trip(name):
    values = VALUE_LISTS[name]
    rng = random.Random(name)
    for size in range(len(values.codes()) + 1):
        chosen = rng.sample(values.codes(), size)
        stored = join_multi(chosen, name)
        if not chosen:
            assert stored is None
            continue
        assert " " not in stored
        assert set(split_multi(stored)) == set(chosen)
        assert list(split_multi(stored)) == [code for code in values.codes() if code in chosen]
        assert join_multi(split_multi(stored), name) == stored


# ------------------------------------------------------------------------------------------------ layers and fields


def test_layer_names_are_unique_and_found_by_name():
    names = [lay.name for lay in LAYERS]
    assert len(names) == len(set(names))
    for name in names:
        assert layer(name).name == name
    with pytest.raises(KeyError):
        layer("nowhere")


def test_the_layers_of_domain_md_exist():
    expected = {
        "person", "organisation", "space", "space_outline", "event", "idea", "product", "process_model",
        "experience", "craft_village", "ward", "sme_enrolment", "crowdfunding_campaign", "competition_site",
        "annotation_point", "annotation_line", "annotation_polygon",
    }  # fmt: skip
    assert {lay.name for lay in LAYERS} == expected


@pytest.mark.parametrize("lay", LAYERS, ids=lambda lay: lay.name)
def test_every_layer_starts_with_the_record_fields(lay):
    fields = lay.all_fields()
    assert [f.name for f in fields[: len(RECORD_FIELD_NAMES)]] == RECORD_FIELD_NAMES
    assert lay.field("uid").type is FieldType.UUID and lay.field("uid").required
    assert lay.field("rev").type is FieldType.INTEGER
    assert lay.field("created_at").type is lay.field("updated_at").type is FieldType.DATETIME
    assert lay.field("city").value_list == "city" and lay.field("city").required
    names = [f.name for f in fields]
    assert len(names) == len(set(names)), "a layer field repeats a record field"


@pytest.mark.parametrize("lay", LAYERS, ids=lambda lay: lay.name)
def test_every_layer_is_well_formed(lay):
    assert lay.geometry in (None, "Point", "LineString", "Polygon", "MultiPolygon")
    assert lay.group in GROUPS
    assert lay.privacy in ("public", "consent", "never")
    assert lay.style is None or lay.style == f"{lay.name}.qml"
    assert lay.display_field in lay.field_names()
    for f in lay.all_fields():
        assert f.tab in TABS, (lay.name, f.name)
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,62}", f.name), f.name
        assert f.label.en and f.label.vi and f.label.fr, (lay.name, f.name)


@pytest.mark.parametrize("lay", LAYERS, ids=lambda lay: lay.name)
def test_no_two_fields_of_a_layer_share_a_label(lay):
    """In any language: a form shows them apart, and a server that answers with labels can be read back."""
    for language in ("en", "vi", "fr"):
        labels = [getattr(f.label, language) for f in lay.all_fields()]
        assert len(labels) == len(set(labels)), (lay.name, language, sorted(x for x in labels if labels.count(x) > 1))


def test_every_coded_field_names_an_existing_value_list():
    coded = [(lay.name, f) for lay in LAYERS for f in lay.all_fields() if f.value_list is not None]
    assert len(coded) > 40
    for layer_name, f in coded:
        assert f.value_list in VALUE_LISTS, (layer_name, f.name)
        assert f.type in (FieldType.TEXT, FieldType.MULTI), (layer_name, f.name)
    multi = [(lay.name, f) for lay in LAYERS for f in lay.all_fields() if f.type is FieldType.MULTI]
    assert multi and all(f.value_list for _, f in multi)


def test_value_lists_are_used():
    used = {f.value_list for lay in LAYERS for f in lay.all_fields()}
    assert set(VALUE_LISTS) - used == set()


def test_actor_layers_carry_the_fields_people_expect_in_vietnam():
    expected = {
        "name", "name_en", "actor_type", "creative_fields", "crafts", "needs", "description", "photo", "source",
        "phone", "email", "website", "facebook", "zalo", "tiktok", "shop_url", "address", "ward", "ward_legacy",
        "opening_hours", "wheelchair",
    }  # fmt: skip
    assert expected <= set(layer("organisation").field_names())
    assert layer("organisation").field("name").required
    assert layer("organisation").field("phone").type is FieldType.PHONE
    assert layer("organisation").field("wheelchair").value_list == "wheelchair"
    assert layer("organisation").field("creative_fields").type is FieldType.MULTI
    assert {"phone", "zalo", "facebook", "email", "ward", "ward_legacy", "creative_fields", "crafts", "needs"} <= set(
        layer("person").field_names()
    )
    assert "address" not in layer("person").field_names(), "a person's home is never recorded as an address"


def test_person_layer_encodes_the_privacy_rules():
    person = layer("person")
    assert person.privacy == "consent"
    assert person.field("consent_publish").type is FieldType.BOOLEAN
    assert person.field("consent_date").type is FieldType.DATE
    assert person.field("is_youth_leader").type is FieldType.BOOLEAN
    base = {"consent_publish": True, "is_youth_leader": False}
    assert person.may_publish(base)
    assert not person.may_publish({**base, "consent_publish": False})
    assert not person.may_publish({**base, "consent_publish": None})
    assert not person.may_publish({**base, "is_youth_leader": True}), "youth leaders never leave the workspace"
    assert not person.may_publish({"consent_publish": "true", "is_youth_leader": "true"})
    assert person.may_publish({"consent_publish": "true", "is_youth_leader": "false"})
    assert "birth_year" not in [f.name for f in person.publishable_fields()]
    assert layer("organisation").may_publish({})
    assert "reviewer_comment" not in [f.name for f in layer("annotation_point").publishable_fields()]


def test_tables_wards_competition_and_annotations_are_as_designed():
    enrolment = layer("sme_enrolment")
    assert enrolment.is_table and enrolment.group == "support"
    assert Relation("organisation_uid", "organisation", "uid") in enrolment.relations
    assert enrolment.field("pack").value_list == "sme_pack"
    assert enrolment.field("status").value_list == "enrolment_status"
    assert layer("crowdfunding_campaign").is_table
    assert {"name_current", "name_legacy"} <= set(layer("ward").field_names())
    assert layer("competition_site").field("zone_kind").value_list == "zone_kind"
    for suffix, geometry in (("point", "Point"), ("line", "LineString"), ("polygon", "Polygon")):
        note = layer(f"annotation_{suffix}")
        assert note.geometry == geometry and note.group == "competition"
        assert {"kind", "criteria", "team", "author", "text", "lang", "phase", "review_status",
                "reviewer_comment"} <= set(note.field_names())  # fmt: skip
        assert note.field("criteria").type is FieldType.MULTI and note.field("criteria").value_list == "criterion"
    assert "length_m" in layer("annotation_line").field_names()
    assert "area_m2" in layer("annotation_polygon").field_names()


def test_every_relation_points_at_a_uuid_field_and_an_existing_layer():
    count = 0
    for lay in LAYERS:
        for relation in lay.relations:
            count += 1
            assert lay.field(relation.field).type is FieldType.UUID
            assert relation.parent_field in layer(relation.parent).field_names()
    assert count >= 15


def test_cities_groups_and_tabs():
    assert list(CITIES) == ["hoi_an", "tam_ky", "ha_noi"]
    assert {code: city.crs for code, city in CITIES.items()} == {
        "hoi_an": "EPSG:5899",
        "tam_ky": "EPSG:5899",
        "ha_noi": "EPSG:5897",
    }
    for city in CITIES.values():
        assert 102 < city.lon < 110 and 8 < city.lat < 24, "centres are lon/lat in Vietnam"
    assert list(GROUPS) == ["actors", "places", "activities", "heritage_crafts", "support", "competition"]
    assert list(TABS) == ["identity", "creative_profile", "contact", "place_access", "support_funding", "record"]
    assert {lay.group for lay in LAYERS} == set(GROUPS)
    assert VALUE_LISTS["city"].label_for("ha_noi", "vi") == "Hà Nội"
    assert schema.SCHEMA_VERSION == 2  # 2: multi values as {"a","b"}
    assert [f.name for f in RECORD_FIELDS] == RECORD_FIELD_NAMES[:-1]


def test_schema_objects_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        layer("person").privacy = "public"
    with pytest.raises(dataclasses.FrozenInstanceError):
        VALUE_LISTS["city"].values[0].code = "da_nang"


# ------------------------------------------------------------------------------------------------ the checker bites


def _broken(kind):
    lists = dict(VALUE_LISTS)
    layers = list(LAYERS)
    person = layer("person")
    if kind == "duplicate code":
        lists["need"] = ValueList("need", lists["need"].label, (*lists["need"].values, lists["need"].values[0]))
    elif kind == "missing label":
        value = Value("broken", Label("Broken", "", "Cassé"))
        lists["need"] = ValueList("need", lists["need"].label, (*lists["need"].values, value))
    elif kind == "ambiguous label":
        value = Value("money", Label("Money", "Vốn", "Argent"))  # "Vốn" is already capital
        lists["need"] = ValueList("need", lists["need"].label, (*lists["need"].values, value))
    elif kind == "unknown value list":
        field = dataclasses.replace(person.field("actor_type"), value_list="actor_kind")
        layers[0] = dataclasses.replace(person, fields=(field, *person.fields[1:]))
    elif kind == "multi without list":
        field = dataclasses.replace(person.field("needs"), value_list=None)
        layers[0] = dataclasses.replace(person, fields=(*person.fields, dataclasses.replace(field, name="needs2")))
    elif kind == "duplicate field":
        layers[0] = dataclasses.replace(person, fields=(*person.fields, person.field("name")))
    elif kind == "shadowed record field":
        layers[0] = dataclasses.replace(person, fields=(*person.fields, person.field("uid")))
    elif kind == "unknown group":
        layers[0] = dataclasses.replace(person, group="people")
    elif kind == "unknown tab":
        field = dataclasses.replace(person.field("name"), tab="misc")
        layers[0] = dataclasses.replace(person, fields=(field, *person.fields[1:]))
    elif kind == "dangling relation":
        layers[0] = dataclasses.replace(person, relations=(Relation("organisation_uid", "company"),))
    elif kind == "duplicate layer":
        layers.append(person)
    elif kind == "consent layer without consent field":
        layers[0] = dataclasses.replace(person, consent_field=None)
    return layers, lists


@pytest.mark.parametrize(
    "kind",
    [
        "duplicate code", "missing label", "ambiguous label", "unknown value list", "multi without list",
        "duplicate field", "shadowed record field", "unknown group", "unknown tab", "dangling relation",
        "duplicate layer", "consent layer without consent field",
    ],
)  # fmt: skip
def test_schema_problems_catches_each_kind_of_mistake(kind):
    layers, lists = _broken(kind)
    assert schema_problems(layers, lists) != []


def test_a_consent_layer_without_consent_field_publishes_nothing():
    person = dataclasses.replace(layer("person"), consent_field=None)
    assert not person.may_publish({"consent_publish": True})
    assert isinstance(person, Layer)


def test_the_schema_and_samples_import_neither_qgis_nor_qt():
    code = (
        "import sys\n"
        "import creative_layers_plugin.core.schema, creative_layers_plugin.core.samples\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_field_helpers():
    person = layer("person")
    assert person.field("needs").is_multi and person.field("needs").is_coded
    assert not person.field("name").is_coded
    assert person.field("phone").pattern is not None
    assert re.fullmatch(person.field("phone").pattern, "+84905123456")
    assert not re.fullmatch(person.field("phone").pattern, "0905 123 456")
    assert [f.name for f in person.coded_fields()][:1] == ["city"]
    assert list(itertools.islice(person.field_names(), 3)) == ["uid", "rev", "created_at"]
