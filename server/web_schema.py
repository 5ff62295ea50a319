"""What the online map page knows of the creative map, generated from the plugin's schema and styles: the layers it
shows, their labels, fields and value lists in three languages, and how each is drawn (the colours, shapes and
pictograms of ``core/styles.py`` and ``core/style_symbols.py``). Written as ``schema.json`` beside the page at each
server start (``server/web_page.py``), or anywhere by ``scripts/make_web_schema.py``: never copied by hand.

Only what may be published is described: a field whose privacy is ``never`` is left out, and each layer carries
its privacy rule (``consent_field``, ``withhold_if``), so that the page also leaves out a record the plugin would
never have published, should a server hold one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qgis.PyQt.QtGui import QColor

from creative_layers_plugin.core import style_symbols as sym
from creative_layers_plugin.core.schema import CITIES, GROUPS, LANGUAGES, LAYERS, TABS, VALUE_LISTS, Label, Layer
from creative_layers_plugin.core.styles import NOT_SET, Look, look_for

# The layers of the online map, drawn in this order (the first at the bottom): wards and craft villages under the
# eight data groups of DOMAIN.md.
MAP_LAYERS = (
    "ward", "craft_village", "experience", "process_model", "product", "idea", "event", "space", "organisation",
    "person",
)  # fmt: skip
# What a record's popup shows, in this order, where the layer has the field (the name is the popup's title; the
# photo, its picture; contacts become links).
POPUP_FIELDS = (
    "name_en", "actor_type", "space_type", "event_type", "idea_stage", "product_kind", "experience_type",
    "kind_current", "name_current", "creative_fields", "crafts", "description", "address", "ward", "opening_hours",
    "wheelchair", "start_date", "end_date", "recurrence", "is_free", "price_vnd", "languages", "duration_min",
    "capacity", "households", "phone", "zalo", "facebook", "website", "email", "tiktok", "shop_url",
)  # fmt: skip
PAGE_LANGUAGES = ("vi", "en", "fr")  # the page's order: Vietnamese first
MM_TO_PX = 96 / 25.4  # the styles' millimetres on a 96 dpi screen


def label_json(label: Label) -> dict[str, str]:
    return {lang: label.get(lang) for lang in LANGUAGES}


def _category(layer: Layer, look: Look, value_list: str | None, code: str | None, index: int) -> dict[str, Any]:
    """One category's drawing, as ``styles.category_symbol`` builds it in QGIS."""
    if value_list is None:
        colour = QColor(look.colour)
    elif code is None:
        colour = QColor(sym.NOT_SET_COLOUR)
    else:
        colour = sym.colour_for(value_list, code, index)
    faint = code in look.faint
    drawing: dict[str, Any] = {
        "code": code,
        "colour": colour.name(),
        "stroke": colour.darker(125).name(),
        "opacity": 0.12 if faint else look.opacity,
        "outline_px": round(look.outline * (1.8 if faint else 1.0) * MM_TO_PX, 2),
        "dashed": "*" in look.dashed or code in look.dashed,
    }
    if layer.geometry == "Point" or look.centre_icon:
        drawing["icon"] = sym.icon_path(value_list, code, look.icon).name
    return drawing


def look_json(layer: Layer) -> dict[str, Any]:
    look = look_for(layer)
    value_list = layer.field(look.field).value_list if look.field else None
    categories = []
    if value_list is not None:
        values = VALUE_LISTS[value_list].values
        categories = [_category(layer, look, value_list, v.code, i) for i, v in enumerate(values)]
    categories.append(_category(layer, look, value_list, None, len(categories)))
    return {
        "field": look.field,
        "multi": bool(look.field and layer.field(look.field).is_multi),  # categorised on its first code
        "value_list": value_list,
        "shape": look.shape,
        "size_px": round(look.size * MM_TO_PX, 1),
        "icon_share": sym._ICON_SHARE.get(look.shape, 0.66),
        "centre_icon": look.centre_icon,
        "label_fields": re.findall(r'"(\w+)"', look.label),  # the first that is not empty
        "label_colour": look.label_colour,
        "label_size_pt": look.label_size,
        "label_scale": look.label_scale,
        "categories": categories,
    }


def layer_json(layer: Layer) -> dict[str, Any]:
    fields = {
        f.name: {"label": label_json(f.label), "type": f.type.value, "value_list": f.value_list}
        for f in layer.publishable_fields()
    }
    return {
        "name": layer.name,
        "label": label_json(layer.label),
        "geometry": layer.geometry,
        "group": layer.group,
        "display_field": layer.display_field,
        "privacy": layer.privacy,
        "consent_field": layer.consent_field if layer.privacy == "consent" else None,
        "withhold_if": list(layer.withhold_if),
        "fields": fields,
        "popup": [name for name in POPUP_FIELDS if name in fields],
        "look": look_json(layer),
    }


def web_schema() -> dict[str, Any]:
    """Everything the page needs to label and draw the map's layers, from the schema."""
    by_name = {layer.name: layer for layer in LAYERS}
    layers = [layer_json(by_name[name]) for name in MAP_LAYERS if name in by_name]
    used = {f["value_list"] for layer in layers for f in layer["fields"].values() if f["value_list"]}
    return {
        "languages": list(PAGE_LANGUAGES),
        "cities": {
            code: {"label": label_json(city.label), "lon": city.lon, "lat": city.lat} for code, city in CITIES.items()
        },
        "groups": {code: label_json(group.label) for code, group in GROUPS.items()},
        "tabs": {code: label_json(tab) for code, tab in TABS.items()},  # the popup's headings (its contacts)
        "layers": layers,
        "value_lists": {
            name: {
                "label": label_json(VALUE_LISTS[name].label),
                "values": [{"code": v.code, "label": label_json(v.label)} for v in VALUE_LISTS[name].values],
            }
            for name in sorted(used)
        },
        "not_set": label_json(NOT_SET),
        "filter_field": "creative_fields",
    }


PARAM = re.compile(r"param\([a-z-]+\)\s*")


def web_icon(svg: str) -> str:
    """A pictogram of ``resources/icons/map`` as a browser draws it: QGIS's ``param(fill) #ffffff`` parameters
    replaced by their defaults (white)."""
    return PARAM.sub("", svg)


def icon_names(schema: dict[str, Any]) -> set[str]:
    return {c["icon"] for layer in schema["layers"] for c in layer["look"]["categories"] if c.get("icon")}


def write_icons(schema: dict[str, Any], folder: Path) -> list[Path]:
    """The pictograms ``schema`` draws, as browsers read them, into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(icon_names(schema)):
        (folder / name).write_text(web_icon((sym.ICON_DIR / name).read_text(encoding="utf-8")), encoding="utf-8")
        written.append(folder / name)
    return written
