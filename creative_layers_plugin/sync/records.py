"""What a record is on the wire, and when two records are the same.

A record goes out as a GeoJSON Feature: the geometry in CRS84 (longitude, latitude; VN-2000 transformed with
EPSG:6960 pinned), the properties the schema publishes (never a field whose privacy is ``never``), text in Unicode
NFC and otherwise exactly as typed. ``canonical`` gives the one comparable form of a record, whether it comes from
the working copy or back from a server (which may write a date as a date-time, a boolean as 0/1, an empty text as
null): the sync state keeps it as the base, and ``same`` compares two of them (coordinates within a millimetre; a
multiple choice as a set: a server may list the choices in another order).

The record fields that say who changed what when (``rev``, ``updated_at``, ``updated_by``) travel but do not count as
content: two planners who made a feature the same have no conflict.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any

from ..core.schema import FieldType, Layer, split_multi

BOOKKEEPING = ("rev", "updated_at", "updated_by")
COORDINATE_TOLERANCE = 1e-8  # degrees: about a millimetre, between two readings of the working copy
SERVER_TOLERANCE = 1e-6  # degrees: about 10 cm; servers round (QGIS Server writes 6 decimals) and that is no change
NUMBER_TOLERANCE = 1e-9


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def wire_value(field_type: FieldType, value: Any) -> Any:
    """A stored value as it goes out in JSON."""
    if value is None:
        return None
    if isinstance(value, str) and not value.strip() and field_type is not FieldType.TEXT:
        return None
    if field_type is FieldType.BOOLEAN:
        return value if isinstance(value, bool) else str(value).strip().lower() in {"1", "true", "t", "yes"}
    if field_type is FieldType.INTEGER:
        return int(value)
    if field_type is FieldType.REAL:
        return float(value)
    if field_type is FieldType.DATE:
        return value.isoformat()[:10] if isinstance(value, date | datetime) else str(value)[:10]
    if field_type is FieldType.DATETIME:
        return _iso_utc(value)
    return _nfc(str(value))


def _iso_utc(value: Any) -> str | None:
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    else:
        text = str(value).strip().replace(" ", "T")
        if not text:
            return None
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


_TEXT_KINDS = frozenset((FieldType.TEXT, FieldType.URL, FieldType.EMAIL, FieldType.PHONE, FieldType.UUID,
                         FieldType.MULTI))  # fmt: skip
_SCHEMA_CACHE: dict[int, tuple[Layer, tuple, tuple]] = {}


def wire_fields(layer: Layer) -> tuple[tuple[str, FieldType], ...]:
    """(name, type) of the fields the layer publishes (computed once per layer)."""
    return _schema(layer)[1]


def content_fields(layer: Layer) -> tuple[tuple[str, FieldType], ...]:
    """(name, type) of the published fields that are content (the bookkeeping fields left out)."""
    return _schema(layer)[2]


def _schema(layer: Layer) -> tuple[Layer, tuple, tuple]:
    cached = _SCHEMA_CACHE.get(id(layer))
    if cached is None or cached[0] is not layer:
        published = tuple((field.name, field.type) for field in layer.publishable_fields())
        cached = (layer, published, tuple(item for item in published if item[0] not in BOOKKEEPING))
        _SCHEMA_CACHE[id(layer)] = cached
    return cached


def fast_wire(field_type: FieldType, value: Any) -> Any:
    """``wire_value``, with the types JSON and QGIS give most often handled first (the same results)."""
    kind = value.__class__
    if kind is str and field_type in _TEXT_KINDS:
        if field_type is not FieldType.TEXT and not value.strip():
            return None
        return value if value.isascii() else _nfc(value)
    if (kind is int and field_type is FieldType.INTEGER) or (kind is float and field_type is FieldType.REAL):
        return value
    if kind is bool and field_type is FieldType.BOOLEAN:
        return value
    return wire_value(field_type, value)


def properties(layer: Layer, record: dict[str, Any]) -> dict[str, Any]:
    """The properties of a record that may be published, in their wire form."""
    return {name: fast_wire(kind, record.get(name)) for name, kind in wire_fields(layer)}


_TEXTUAL = (FieldType.TEXT, FieldType.URL, FieldType.EMAIL, FieldType.PHONE, FieldType.MULTI)


def cleared_as_empty(layer: Layer, props: dict[str, Any]) -> dict[str, Any]:
    """The properties of a replace with every emptied text as "": some servers (QGIS Server 3.22) leave a property
    sent as null unchanged, so a value cleared here would come back. "" and null are the same content."""
    textual = {name for name, kind in wire_fields(layer) if kind in _TEXTUAL}
    return {name: ("" if value is None and name in textual else value) for name, value in props.items()}


def canonical(layer: Layer, props: dict[str, Any], geometry: dict | None) -> dict[str, Any]:
    """The comparable form: the schema's published properties (unknown ones dropped, empty text as None, values
    normalised by type) and the geometry (GeoJSON, CRS84)."""
    content = {}
    for name, kind in content_fields(layer):
        value = props.get(name)
        if value is not None:
            value = fast_wire(kind, value)
            if value == "":
                value = None
        content[name] = value
    return {"properties": content, "geometry": geometry if layer.geometry else None}


def canonical_of(layer: Layer, wire_props: dict[str, Any], geometry: dict | None) -> dict[str, Any]:
    """``canonical`` of properties already in their wire form (``properties``'s): the same, without converting
    every value again (``wire_value`` gives the same value for a value it gave)."""
    content = {name: (None if wire_props[name] == "" else wire_props[name]) for name, _kind in content_fields(layer)}
    return {"properties": content, "geometry": geometry if layer.geometry else None}


def digest(content: dict | None) -> int | None:
    """A fingerprint of a canonical record's exact content (of its ``dumps`` text, as the sync state stores it)."""
    if content is None:
        return None
    return text_digest(dumps(content))


def text_digest(text: str) -> int:
    """The fingerprint of a ``dumps`` text, for this process only: Python's 64-bit keyed hash of the text (two
    different contents agree by chance once in 2**64)."""
    return hash(text)


def _same_value(first: Any, second: Any) -> bool:
    if isinstance(first, float | int) and isinstance(second, float | int) and not isinstance(first, bool):
        return math.isclose(first, second, rel_tol=NUMBER_TOLERANCE, abs_tol=NUMBER_TOLERANCE)
    if first.__class__ is str and second.__class__ is str and first != second and _MULTI.match(first):
        return _MULTI.match(second) is not None and set(split_multi(first)) == set(split_multi(second))
    return first == second


_MULTI = re.compile(r'^\{"(?:[^"\\]|\\.)*"(?:,"(?:[^"\\]|\\.)*")*\}$')  # a multiple choice's stored form


def _same_coordinates(first: Any, second: Any, tolerance: float) -> bool:
    if isinstance(first, list | tuple) and isinstance(second, list | tuple):
        return len(first) == len(second) and all(
            _same_coordinates(a, b, tolerance) for a, b in zip(first, second, strict=True)
        )
    if isinstance(first, int | float) and isinstance(second, int | float):
        return abs(first - second) <= tolerance
    return first == second


def same_geometry(first: dict | None, second: dict | None, tolerance: float = COORDINATE_TOLERANCE) -> bool:
    if not first or not second:
        return not first and not second
    if first == second:  # exactly equal (the usual case): nothing to measure
        return True
    if first.get("type") == "Point" == second.get("type"):  # the usual case when one was rounded by a server
        a, b = first.get("coordinates"), second.get("coordinates")
        if a.__class__ is b.__class__ is list and len(a) == len(b) and all(x.__class__ is float for x in a + b):
            return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))
    kind = {"MultiPolygon": "Polygon", "MultiLineString": "LineString", "MultiPoint": "Point"}
    a, b = first.get("coordinates"), second.get("coordinates")
    if first.get("type") != second.get("type"):  # a server may hand a single part back as a multi-part
        if kind.get(first.get("type")) == second.get("type") and len(a) == 1:
            a = a[0]
        elif kind.get(second.get("type")) == first.get("type") and len(b) == 1:
            b = b[0]
        else:
            return False
    return _same_coordinates(a, b, tolerance)


def same(first: dict | None, second: dict | None, tolerance: float = COORDINATE_TOLERANCE) -> bool:
    """Whether two canonical records have the same content (coordinates within ``tolerance`` degrees: use
    ``SERVER_TOLERANCE`` when one of them was read from a server)."""
    if first is None or second is None:
        return first is None and second is None
    if first is second:
        return True
    a, b = first["properties"], second["properties"]
    if a != b and (set(a) != set(b) or not all(_same_value(a[key], b[key]) for key in a)):
        return False
    return same_geometry(first.get("geometry"), second.get("geometry"), tolerance)


def changed_fields(first: dict, second: dict) -> list[str]:
    """The properties that differ between two canonical records (and ``geometry`` when the shapes do)."""
    names = [key for key in first["properties"] if not _same_value(first["properties"][key],
                                                                     second["properties"].get(key))]  # fmt: skip
    if not same_geometry(first.get("geometry"), second.get("geometry")):
        names.append("geometry")
    return names


def dumps(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
