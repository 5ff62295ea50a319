"""What a server answers, checked against the schema before it is believed.

A record the server gives without the schema's identity (``uid``) cannot be matched with the working copy: taken
for "not on the server", a whole layer of it would look deleted there. So the first record of each collection is
looked at before anything is compared:

- the schema's names (``uid``, ``name``, ...): believed as they are;
- the schema's labels instead (``"Mã định danh"``, ``"Loại chủ thể": "Hộ kinh doanh"``): what QGIS Server answers
  when its administrator serves the workspace's layers with their forms (aliases and value maps). They are read back
  into names and codes through the schema's three languages, but only where that is exact: a label that names two
  fields, a value that is no label of its list, a multiple choice that can be split two ways, and the server is
  refused with a sentence that says what its administrator should change;
- neither: refused, naming the cause.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from ..core.schema import VALUE_LISTS, Field, FieldType, Layer, format_multi
from ..core.schema_model import LANGUAGES
from ..toolbelt.i18n import tr
from .client import ServerError

Translate = Callable[[dict], dict]


class InexactError(ValueError):
    """A label that cannot be read back into one name or code."""


def reading(layer: Layer, props: dict, url: str) -> Translate | None:
    """How to read the properties of ``layer``'s records, judged from one record's: None when they carry the schema's
    names; a function reading labels back into names when they carry its labels; ServerError otherwise."""
    host = urlsplit(url).netloc or url
    names = {field.name for field in layer.all_fields()}
    if "uid" in props:
        missing = [field.name for field in layer.publishable_fields() if field.name not in props]
        if missing:
            raise ServerError(tr("The server {host} serves {layer} without the fields {fields}: ask its administrator "
                                 "to serve every field of the layer; nothing was sent.").format(
                host=host, layer=layer.name, fields=", ".join(missing[:5])))  # fmt: skip
        return None
    labels = _labels(layer)
    uid_label = next((key for key in props if labels.get(key) == "uid"), None)
    if uid_label is None:
        raise ServerError(tr("The server {host} answers {layer} with records that have no uid (their fields: "
                             "{fields}): it does not serve the creative map's layers as the plugin made them; ask "
                             "its administrator, or check the address; nothing was sent.").format(
            host=host, layer=layer.name, fields=", ".join(sorted(props)[:6])))  # fmt: skip
    sentence = tr("The server {host} answers {layer} with field labels instead of names (“{label}” for uid) and "
                  "they cannot all be read back exactly ({detail}): ask its administrator to serve the layers without "
                  "their forms (in the served project, Layer Properties > Attributes Form: no aliases, no value "
                  "maps); nothing was sent.")  # fmt: skip
    fields = {field.name: field for field in layer.all_fields()}
    codes = {field.name: _codes(field) for field in layer.all_fields() if field.value_list}
    published = [field.name for field in layer.publishable_fields()]

    def translate(record: dict) -> dict:
        try:
            read = _read_back(record, labels, names, fields, codes)
            missing = [name for name in published if name not in read]
            if missing:  # a label two fields share, or a field the server leaves out
                raise InexactError(tr("no field of the answer reads as {fields}").format(fields=", ".join(missing)))
            return read
        except InexactError as error:
            raise ServerError(sentence.format(host=host, layer=layer.name, label=uid_label, detail=error)) from None

    translate(props)  # the first record already: refused before any is believed
    return translate


def _labels(layer: Layer) -> dict[str, str]:
    """label (any of the three languages) -> the field's name; a label that two fields share is left out."""
    found: dict[str, set[str]] = {}
    for field in layer.all_fields():
        for lang in LANGUAGES:
            found.setdefault(getattr(field.label, lang), set()).add(field.name)
    return {label: next(iter(owners)) for label, owners in found.items() if len(owners) == 1}


NOT_SET = ""  # a value map's entry for "no value" ("(not set)" in the form's language)


def _codes(field: Field) -> dict[str, str | None]:
    """label or code (any language) -> the code of ``field``'s value list (``NOT_SET`` for the forms' "no value"
    entry); None for a label two codes share."""
    found: dict[str, str | None] = {tr("(not set)", lang): NOT_SET for lang in LANGUAGES}
    for value in VALUE_LISTS[field.value_list].values:
        for key in {value.code, *(getattr(value.label, lang) for lang in LANGUAGES)}:
            found[key] = value.code if found.get(key, value.code) == value.code else None
    return found


def _read_back(record: dict, labels: dict, names: set, fields: dict, codes: dict) -> dict:
    out = {}
    for key, value in record.items():
        name = labels.get(key, key if key in names else None)
        if name is None:
            continue  # not a field of the schema (the server's own, such as fid)
        if name in out:
            raise InexactError(tr("two of its fields read as {name}").format(name=name))
        if value is not None and name in codes:
            value = _coded(fields[name], value, codes[name])
        out[name] = value
    return out


def _coded(field: Field, value, codes: dict) -> str | None:
    text = str(value).strip()
    if field.type is not FieldType.MULTI:
        if not text:
            return None
        if codes.get(text) is None:
            raise InexactError(tr("“{value}” is not one value of {field}").format(value=text, field=field.name))
        return codes[text] or None
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    if not text.strip():
        return None
    ways = _splits(text, codes)
    if len(ways) != 1:
        raise InexactError(tr("“{value}” cannot be split into values of {field} one way only").format(
            value=text, field=field.name))  # fmt: skip
    return format_multi(ways[0])


def _splits(text: str, codes: dict, limit: int = 2) -> list[list[str]]:
    """Every way (at most ``limit``) to read ``text`` as labels joined by commas."""
    pieces = text.split(",")
    ways: list[list[str]] = []

    def walk(start: int, taken: list[str]) -> None:
        if len(ways) >= limit:
            return
        if start == len(pieces):
            ways.append(taken)
            return
        for end in range(start + 1, len(pieces) + 1):
            code = codes.get(",".join(pieces[start:end]).strip().strip('"'))
            if code:
                walk(end, [*taken, code])

    walk(0, [])
    return ways
