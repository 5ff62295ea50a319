"""What the online map knows of the creative map comes from the plugin's schema and styles, generated: the layers and
their labels, the value lists, the colours and pictograms, nothing that may not be published; and the page's own
words exist in its three languages."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from creative_layers_plugin.core import style_symbols as sym
from creative_layers_plugin.core.schema import GROUPS, LAYERS, VALUE_LISTS, layer
from server.web_page import SOURCE
from server.web_schema import MAP_LAYERS, icon_names, web_icon, web_schema, write_icons
from tests.conftest import ROOT


def test_the_map_layers_are_the_eight_groups_craft_villages_and_wards_with_the_schema_labels():
    schema = web_schema()
    names = [entry["name"] for entry in schema["layers"]]
    eight = {"person", "organisation", "space", "event", "idea", "product", "process_model", "experience"}
    assert set(names) == eight | {"craft_village", "ward"} and names == list(MAP_LAYERS)
    assert schema["languages"] == ["vi", "en", "fr"]
    for entry in schema["layers"]:
        definition = layer(entry["name"])
        assert entry["label"] == {"en": definition.label.en, "vi": definition.label.vi, "fr": definition.label.fr}
        assert entry["geometry"] == definition.geometry
        for name, field in entry["fields"].items():
            assert field["label"]["vi"] == definition.field(name).label.vi
    assert schema["groups"]["actors"]["vi"] == GROUPS["actors"].label.vi
    assert schema["tabs"]["contact"] == {"en": "Contact", "vi": "Liên hệ", "fr": "Contact"}


def test_value_lists_are_the_schema_s_in_its_order():
    schema = web_schema()
    for name, listed in schema["value_lists"].items():
        values = VALUE_LISTS[name].values
        assert [v["code"] for v in listed["values"]] == [v.code for v in values]
        assert [v["label"]["fr"] for v in listed["values"]] == [v.label.fr for v in values]
    assert {"creative_field", "craft", "actor_type", "space_type", "wheelchair"} <= set(schema["value_lists"])


def test_nothing_that_may_not_be_published_is_described():
    schema = web_schema()
    described = {(entry["name"], name) for entry in schema["layers"] for name in entry["fields"]}
    never = {(lay.name, f.name) for lay in LAYERS for f in lay.all_fields() if f.privacy == "never"}
    assert ("person", "birth_year") in never and not described & never
    person = next(entry for entry in schema["layers"] if entry["name"] == "person")
    assert person["consent_field"] == "consent_publish" and person["withhold_if"] == ["is_youth_leader"]
    assert "consent_publish" not in person["popup"] and "is_youth_leader" not in person["popup"]


def test_the_looks_are_the_qgis_styles():
    schema = web_schema()
    organisation = next(entry for entry in schema["layers"] if entry["name"] == "organisation")
    look = organisation["look"]
    assert (look["field"], look["multi"], look["shape"]) == ("creative_fields", True, "square")
    crafts = next(c for c in look["categories"] if c["code"] == "crafts_folk_art")
    assert crafts["colour"] == sym.PALETTES["creative_field"]["crafts_folk_art"]
    assert crafts["icon"] == "creative_field-crafts_folk_art.svg"
    assert look["categories"][-1] == {**look["categories"][-1], "code": None, "colour": sym.NOT_SET_COLOUR}
    for entry in schema["layers"]:
        list_name = entry["look"]["value_list"]
        for index, category in enumerate(entry["look"]["categories"][:-1]):
            assert category["colour"] == sym.colour_for(list_name, category["code"], index).name()
    village = next(entry for entry in schema["layers"] if entry["name"] == "craft_village")
    assert village["look"]["centre_icon"] and all("icon" in c for c in village["look"]["categories"])


def test_the_pictograms_are_the_map_s_drawn_white_for_browsers(tmp_path):
    schema = web_schema()
    written = write_icons(schema, tmp_path)
    assert {p.name for p in written} == icon_names(schema) and len(written) > 40
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert "param(" not in text and "#ffffff" in text
        assert text == web_icon((sym.ICON_DIR / path.name).read_text(encoding="utf-8"))


def test_the_script_writes_the_same_schema(tmp_path):
    out = tmp_path / "schema.json"
    result = subprocess.run([sys.executable, "scripts/make_web_schema.py", "--out", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(web_schema()))


def test_the_page_s_own_words_exist_in_its_three_languages():
    words = json.loads((SOURCE / "map" / "i18n.json").read_text(encoding="utf-8"))
    for key, label in words.items():
        if key != "_":
            assert set(label) == {"vi", "en", "fr"} and all(text.strip() for text in label.values()), key
    sources = "".join(path.read_text(encoding="utf-8") for path in (SOURCE / "map").glob("*.js"))
    used = {name for pair in re.findall(r"\bwords(?:\(\))?\.(\w+)|\bw\.(\w+)", sources) for name in pair if name}
    assert len(used) > 15 and used <= set(words), used - set(words)
