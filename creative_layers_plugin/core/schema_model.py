"""The building blocks of the schema: labels, value lists, fields, layers (pure Python, standard library only).

``schema.py`` declares the layers with these blocks and ``value_lists.py`` the value lists; import everything from
``schema`` (it re-exports this module). The storage conventions are described in ``schema``'s docstring.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

LANGUAGES = ("en", "vi", "fr")
GEOMETRIES = ("Point", "LineString", "Polygon", "MultiPolygon")
PRIVACY_CLASSES = ("public", "consent", "never")
LEGACY_MULTI_SEPARATOR = ";"  # schema version 1 stored multi values as "a;b"


def fold(text: str) -> str:
    """Text folded for matching: lowercase, accents and Vietnamese diacritics removed (đ -> d), spaces collapsed.

    NFC and NFD input fold to the same string.
    """
    decomposed = unicodedata.normalize("NFD", str(text).casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.replace("đ", "d").split())


@dataclass(frozen=True)
class Label:
    """A user-visible text in the three languages of the map."""

    en: str
    vi: str
    fr: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` (``vi``, ``fr``, ``en`` or a locale such as ``vi_VN``), English when missing."""
        code = (lang or "en")[:2].lower()
        text = getattr(self, code, "") if code in LANGUAGES else ""
        return text or self.en


@dataclass(frozen=True)
class Value:
    """One entry of a value list: the stored ``code`` and its labels."""

    code: str
    label: Label
    help: Label | None = None


@dataclass(frozen=True)
class ValueList:
    """A list of coded values (a domain of a coded field)."""

    name: str
    label: Label
    values: tuple[Value, ...]

    def codes(self) -> tuple[str, ...]:
        return tuple(value.code for value in self.values)

    def __contains__(self, code: object) -> bool:
        return code in self.codes()

    def value(self, code: str) -> Value:
        for value in self.values:
            if value.code == code:
                return value
        raise KeyError(f"{code!r} is not a code of the value list {self.name!r}")

    def label_for(self, code: str, lang: str = "en") -> str:
        """The label of ``code`` in ``lang``; KeyError for a code that is not in the list."""
        return self.value(code).label.get(lang)

    def match(self, text: str | None) -> str | None:
        """The code whose code or label (any language) equals ``text``, ignoring case, accents and normalisation."""
        if text is None:
            return None
        wanted = fold(text)
        if not wanted:
            return None
        for value in self.values:
            keys = {fold(value.code), fold(value.code.replace("_", " "))}
            keys.update(fold(getattr(value.label, lang)) for lang in LANGUAGES)
            if wanted in keys:
                return value.code
        return None

    def join(self, codes: Iterable[str] | str | None) -> str | None:
        """The stored form of a set of codes (see :func:`format_multi`), in list order, no duplicates; None if empty.

        ValueError for a code that is not in the list.
        """
        wanted = set(split_multi(codes) if isinstance(codes, str) or codes is None else codes)
        unknown = sorted(wanted - set(self.codes()))
        if unknown:
            raise ValueError(f"not codes of the value list {self.name!r}: {', '.join(unknown)}")
        return format_multi(code for code in self.codes() if code in wanted)


class FieldType(Enum):
    TEXT = "text"
    INTEGER = "integer"
    REAL = "real"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    UUID = "uuid"
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
    MULTI = "multi"


# The stored forms, the one definition the importer, the validation and the forms use. PCRE-compatible, so that a
# form may use them in a QGIS constraint (regexp_match). Phones: E.164; a Vietnamese number (+84) has 9 or 10 digits
# after the country code, never a leading 0.
PATTERNS = {
    FieldType.PHONE: r"^\+(?:84[1-9][0-9]{8,9}|(?!84)[1-9][0-9]{7,14})$",
    FieldType.EMAIL: (
        r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$"
    ),
    FieldType.URL: r"^https?://(?:[^\s/?#:@.]+\.)+[^\s/?#:@.]+(?::[0-9]{1,5})?(?:[/?#]\S*)?$",
    FieldType.UUID: r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
}


@dataclass(frozen=True)
class Field:
    """One attribute of a layer. ``tab`` places it in the generated form; ``privacy`` ``never`` keeps it local."""

    name: str
    type: FieldType
    label: Label
    value_list: str | None = None
    required: bool = False
    length: int | None = None
    tab: str = "identity"
    privacy: str | None = None
    help: Label | None = None
    read_only: bool = False
    minimum: float | None = None
    maximum: float | None = None

    @property
    def is_coded(self) -> bool:
        return self.value_list is not None

    @property
    def is_multi(self) -> bool:
        return self.type is FieldType.MULTI

    @property
    def pattern(self) -> str | None:
        """The regular expression a non-empty value must match, if the type has one."""
        return PATTERNS.get(self.type)


@dataclass(frozen=True)
class Relation:
    """``field`` of the layer that declares it references ``parent_field`` of the layer ``parent``."""

    field: str
    parent: str
    parent_field: str = "uid"


@dataclass(frozen=True)
class Layer:
    name: str
    label: Label
    geometry: str | None
    group: str
    fields: tuple[Field, ...]
    privacy: str = "public"
    style: str | None = None
    relations: tuple[Relation, ...] = ()
    display_field: str = "name"
    consent_field: str | None = None
    withhold_if: tuple[str, ...] = ()

    def all_fields(self) -> tuple[Field, ...]:
        """The record fields every layer carries, then ``city``, then this layer's own fields."""
        return (*RECORD_FIELDS, CITY_FIELD, *self.fields)

    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.all_fields())

    def field(self, name: str) -> Field:
        for candidate in self.all_fields():
            if candidate.name == name:
                return candidate
        raise KeyError(f"layer {self.name!r} has no field {name!r}")

    def coded_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.all_fields() if f.is_coded)

    @property
    def is_table(self) -> bool:
        return self.geometry is None

    def may_publish(self, record: Mapping[str, Any]) -> bool:
        """Whether this record may leave the workspace at all (see the module's privacy rules)."""
        if self.privacy == "never" or any(_truthy(record.get(name)) for name in self.withhold_if):
            return False
        if self.privacy == "consent":
            return self.consent_field is not None and _truthy(record.get(self.consent_field))
        return True

    def publishable_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.all_fields() if f.privacy != "never")


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return fold(value) in {"1", "true", "yes", "y", "co", "oui", "t"}
    return bool(value)


@dataclass(frozen=True)
class City:
    code: str
    label: Label
    lon: float
    lat: float
    crs: str


@dataclass(frozen=True)
class Group:
    code: str
    label: Label


def format_multi(codes: Iterable[str]) -> str | None:
    """Codes as QGIS's own multiple-choice widget (Value Relation, several values allowed) writes them into a text
    field: ``{"design","music"}``, so that the layer's form works in any QGIS. None when there is no code."""
    codes = [code for code in codes if code]
    if not codes:
        return None
    return "{" + ",".join('"' + code.replace("\\", "\\\\").replace('"', '\\"') + '"' for code in codes) + "}"


def split_multi(text: str | None) -> tuple[str, ...]:
    """The codes of a multi value, in stored order: ``{"a","b"}`` (the stored form), also ``{a,b}``, a JSON array
    ``["a","b"]`` and the first schema version's ``a;b`` (spaces and empty items tolerated)."""
    if text is None:
        return ()
    text = str(text).strip()
    if text.startswith("["):
        try:
            return tuple(str(item).strip() for item in json.loads(text) if str(item).strip())
        except ValueError:
            pass
    if text.startswith("{") and text.endswith("}"):
        return _parse_array(text[1:-1])
    return tuple(part.strip() for part in text.split(LEGACY_MULTI_SEPARATOR) if part.strip())


def _parse_array(body: str) -> tuple[str, ...]:
    """The items of a PostgreSQL-style array literal's body: ``"a","b"`` or ``a,b`` (backslash escapes in quotes)."""
    items: list[str] = []
    current, quoted, escaped, was_quoted = [], False, False, False
    for char in body:
        if escaped:
            current.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
            was_quoted = True
        elif char == "," and not quoted:
            items.append("".join(current) if was_quoted else "".join(current).strip())
            current, was_quoted = [], False
        else:
            current.append(char)
    items.append("".join(current) if was_quoted else "".join(current).strip())
    return tuple(item for item in items if item)


def label(en: str, vi: str, fr: str) -> Label:
    return Label(en, vi, fr)


def make_value_list(name: str, title: tuple[str, str, str], *values: tuple[str, str, str, str]) -> ValueList:
    """A value list from (code, en, vi, fr) tuples."""
    return ValueList(name, Label(*title), tuple(Value(code, Label(en, vi, fr)) for code, en, vi, fr in values))


def make_field(name: str, kind: FieldType, en: str, vi: str, fr: str, **options: Any) -> Field:
    return Field(name, kind, Label(en, vi, fr), **options)


T = FieldType

RECORD_FIELDS: tuple[Field, ...] = (
    make_field("uid", T.UUID, "Identifier", "Mã định danh", "Identifiant", required=True, tab="record", read_only=True),
    make_field("rev", T.INTEGER, "Revision", "Phiên bản", "Révision", required=True, tab="record", read_only=True,
               minimum=0),
    make_field("created_at", T.DATETIME, "Created at", "Ngày tạo", "Créé le", tab="record", read_only=True),
    make_field("updated_at", T.DATETIME, "Updated at", "Ngày cập nhật", "Modifié le", tab="record", read_only=True),
    make_field("created_by", T.TEXT, "Created by", "Người tạo", "Créé par", length=100, tab="record", read_only=True),
    make_field("updated_by", T.TEXT, "Updated by", "Người cập nhật", "Modifié par", length=100, tab="record",
               read_only=True),
)  # fmt: skip
CITY_FIELD = make_field("city", T.TEXT, "City", "Thành phố", "Ville", value_list="city", required=True, length=20)
