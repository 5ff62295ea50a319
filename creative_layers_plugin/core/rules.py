"""The rules of a valid record: one definition, used by validation, the attribute forms and publishing.

Pure functions over plain Python values (``str``, ``int``, ``float``, ``bool``, ``datetime.date``,
``datetime.datetime``, ``None``), so they run without a QGIS application; ``validation.py`` reads features into
such values. Each rule gives :class:`Problem` objects with a stable machine ``code`` and one translated sentence
that names the field by its label in the user's language:

- per value (:func:`check_value`): ``required``, ``type`` (not a number, a date, yes/no...), ``uuid``, ``length``,
  ``phone``, ``email``, ``url``, ``opening_hours``, ``range`` (minimum / maximum), ``code`` (not in its value list;
  for a multi-valued field, each code);
- per record (:func:`check_record`): every value, then ``date_order`` (end before start), ``youth_consent`` (a youth
  leader can never be given consent to publish: an error), and the warnings ``no_consent`` (will not be published),
  ``no_contact`` (an actor without any contact) and ``no_photo`` (a publishable record without a photo).

Errors (``severity == "error"``) block saving and publishing; warnings only inform. Formats accepted (the
stored form; forms and importers normalise, see :func:`normalise_phone` and :func:`normalise_url`):

- phone and Zalo: E.164 without spaces: ``+84`` then 9 or 10 digits, the first not 0 (mobile ``+84905123456``,
  landline ``+842353861327``); other countries' numbers as E.164 (``+33612345678``);
- e-mail ``name@domain.tld``; web addresses ``http://`` or ``https://`` with a host name;
- opening hours in OpenStreetMap syntax, strictly (``08:00``, never ``8:00``): see ``opening_hours.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..toolbelt.i18n import qgis_language, tr
from . import opening_hours as oh
from .schema import VALUE_LISTS, Field, FieldType, Layer, split_multi
from .value_formats import (
    COMPILED,
    VALUE_PATTERNS,
    as_boolean,
    as_date,
    as_datetime,
    as_number,
    normalise_phone,
    normalise_url,
)

__all__ = [
    "ERROR", "VALUE_PATTERNS", "WARNING", "Problem", "as_boolean", "as_date", "as_datetime", "as_number",
    "check_record", "check_value", "is_missing", "is_withheld", "language", "may_publish", "normalise_phone",
    "normalise_url", "opening_hours_reason",
]  # fmt: skip

ERROR = "error"
WARNING = "warning"

OPENING_HOURS_FIELDS = ("opening_hours",)  # text fields in OpenStreetMap syntax (the schema has no type for it)
PHOTO_FIELD = "photo"
ACTOR_GROUP = "actors"
CONTACT_TAB = "contact"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a value or a record. ``layer``, ``uid`` and ``fid`` are empty for a lone value."""

    layer: str
    uid: str | None
    fid: int | None
    field: str | None
    severity: str
    code: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def row(self) -> list[str]:
        """The report's columns: layer, uid, fid, field, severity, code, message."""
        return [self.layer, self.uid or "", "" if self.fid is None else str(self.fid), self.field or "",
                self.severity, self.code, self.message]  # fmt: skip


def language(lang: str | None = None) -> str:
    """``lang``, or QGIS's user-interface language, or English when QGIS cannot say."""
    if lang:
        return lang
    try:
        return qgis_language()
    except Exception:  # noqa: BLE001 (no settings without a QGIS application: English)
        return "en"


def is_missing(value: Any) -> bool:
    """None, an empty or blank text (False and 0 are values)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _problem(field: Field | None, code: str, message: str, severity: str = ERROR) -> Problem:
    return Problem("", None, None, field.name if field else None, severity, code, message)


# --------------------------------------------------------------------------------------------------- values


def check_value(field: Field, value: Any, lang: str | None = None) -> list[Problem]:
    """What is wrong with ``value`` in ``field`` (at most one problem: the first rule it breaks)."""
    if is_missing(value):
        if not field.required:
            return []
        name = field.label.get(language(lang))
        return [_problem(field, "required", tr("{field} is required: fill it in.").format(field=name))]
    lang = language(lang)
    name = field.label.get(lang)
    checker = _CHECKS.get(field.type, _check_text)
    problem = checker(field, value, name, lang)
    if problem is None and field.length and isinstance(value, str) and len(value) > field.length:
        problem = _problem(field, "length", tr("{field} has {count} characters: shorten it to {maximum}.").format(
            field=name, count=len(value), maximum=field.length))  # fmt: skip
    return [problem] if problem else []


def _check_text(field: Field, value: Any, name: str, lang: str) -> Problem | None:
    if not isinstance(value, str):
        value = str(value)
    if field.value_list is not None:
        return _check_codes(field, (value,) if field.type is not FieldType.MULTI else split_multi(value),
                            name, lang)  # fmt: skip
    if field.name in OPENING_HOURS_FIELDS:
        return _check_opening_hours(field, value, name)
    return None


def _check_codes(field: Field, codes: tuple[str, ...], name: str, lang: str) -> Problem | None:
    values = VALUE_LISTS[field.value_list]
    unknown = [code for code in codes if code not in values]
    if not unknown:
        return None
    matched = values.match(unknown[0]) if len(unknown) == 1 else None
    list_name = values.label.get(lang)
    if matched:
        message = tr("{field}: “{value}” is not a code of the list {list}; store its code {code} "
                     "({label}).").format(field=name, value=unknown[0], list=list_name, code=matched,
                                          label=values.label_for(matched, lang))  # fmt: skip
    else:
        message = tr("{field}: “{value}” is not in the list {list}; choose a value of the list.").format(
            field=name, value=", ".join(unknown), list=list_name)  # fmt: skip
    return _problem(field, "code", message)


def _check_opening_hours(field: Field, value: str, name: str) -> Problem | None:
    error = oh.check_opening_hours(value.strip())
    if error is None:
        return None
    message = tr("{field} “{value}” is not in OpenStreetMap opening-hours syntax ({reason}): write it like "
                 "{example}.").format(field=name, value=value, reason=opening_hours_reason(error),
                                      example=oh.EXAMPLE)  # fmt: skip
    return _problem(field, "opening_hours", message)


def opening_hours_reason(error: oh.OpeningHoursSyntaxError) -> str:
    """Why an opening-hours value is wrong, as a clause in the user's language."""
    text, suggestion = error.text, error.suggestion
    if error.reason == oh.HOUR_DIGITS:
        return tr("hours have two digits: {suggestion}, not {text}").format(suggestion=suggestion, text=text)
    if error.reason in (oh.WRONG_CASE, oh.DAY_NAME):
        return tr("write {suggestion}, not {text}").format(suggestion=suggestion, text=text)
    if error.reason == oh.DASH:
        return tr("use the hyphen - between two times or days, not {text}").format(text=text)
    if error.reason == oh.BAD_TIME:
        return tr("{text} is not a time of day").format(text=text)
    if error.reason == oh.BAD_NUMBER:
        return tr("{text} is out of range").format(text=text)
    if error.reason == oh.NO_END:
        return tr("{text} has no end time").format(text=text)
    if error.reason == oh.INCOMPLETE:
        return tr("it stops in the middle of a rule")
    if error.reason == oh.EMPTY_RULE:
        return tr("nothing follows “{text}”").format(text=text)
    return tr("“{text}” is unexpected").format(text=text)


def _check_pattern(field: Field, value: Any, name: str, lang: str) -> Problem | None:
    text = str(value)
    if COMPILED[field.type].fullmatch(text):
        return None
    if field.type is FieldType.PHONE:
        suggestion = normalise_phone(text)
        if suggestion:
            message = tr("{field} “{value}” is not in international form: write it as {suggestion}.")
        else:
            message = tr("{field} “{value}” is not a phone number in international form: write +84 then the "
                         "number without its first 0 and without spaces, e.g. +84905123456.")  # fmt: skip
        return _problem(field, "phone", message.format(field=name, value=text, suggestion=suggestion))
    if field.type is FieldType.EMAIL:
        message = tr("{field} “{value}” is not an e-mail address: write it like name@example.com.")
        return _problem(field, "email", message.format(field=name, value=text))
    if field.type is FieldType.URL:
        suggestion = normalise_url(text)
        if suggestion:
            message = tr("{field} “{value}” is not a complete web address: write it as {suggestion}.")
        else:
            message = tr("{field} “{value}” is not a web address: it must start with https:// or http:// and "
                         "name a site, e.g. https://example.com.")  # fmt: skip
        return _problem(field, "url", message.format(field=name, value=text, suggestion=suggestion))
    message = tr("{field} “{value}” is not a valid identifier (UUID): let the plugin make it.")
    return _problem(field, "uuid", message.format(field=name, value=text))


def _check_number(field: Field, value: Any, name: str, lang: str) -> Problem | None:
    number = as_number(value, integer=field.type is FieldType.INTEGER)
    if number is None:
        if field.type is FieldType.INTEGER:
            message = tr("{field} “{value}” is not a whole number.")
        else:
            message = tr("{field} “{value}” is not a number.")
        return _problem(field, "type", message.format(field=name, value=value))
    low, high = field.minimum, field.maximum
    if (low is None or number >= low) and (high is None or number <= high):
        return None
    low_text, high_text = _number_text(low), _number_text(high)
    if low is not None and high is not None:
        message = tr("{field} is {value}: it must be between {minimum} and {maximum}.")
    elif low is not None:
        message = tr("{field} is {value}: it must be at least {minimum}.")
    else:
        message = tr("{field} is {value}: it must be at most {maximum}.")
    return _problem(field, "range", message.format(field=name, value=_number_text(number), minimum=low_text,
                                                   maximum=high_text))  # fmt: skip


def _check_boolean(field: Field, value: Any, name: str, lang: str) -> Problem | None:
    if as_boolean(value) is not None:
        return None
    return _problem(field, "type", tr("{field} “{value}” is not yes or no.").format(field=name, value=value))


def _check_date(field: Field, value: Any, name: str, lang: str) -> Problem | None:
    if field.type is FieldType.DATE and as_date(value) is not None:
        return None
    if field.type is FieldType.DATETIME and as_datetime(value) is not None:
        return None
    if field.type is FieldType.DATE:
        message = tr("{field} “{value}” is not a date: write it as YYYY-MM-DD, e.g. 2025-06-30.")
    else:
        message = tr("{field} “{value}” is not a date and time: write it as YYYY-MM-DDTHH:MM:SSZ.")
    return _problem(field, "type", message.format(field=name, value=value))


_CHECKS = {
    FieldType.TEXT: _check_text,
    FieldType.MULTI: _check_text,
    FieldType.INTEGER: _check_number,
    FieldType.REAL: _check_number,
    FieldType.BOOLEAN: _check_boolean,
    FieldType.DATE: _check_date,
    FieldType.DATETIME: _check_date,
    FieldType.PHONE: _check_pattern,
    FieldType.EMAIL: _check_pattern,
    FieldType.URL: _check_pattern,
    FieldType.UUID: _check_pattern,
}


def _number_text(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else str(number)


# --------------------------------------------------------------------------------------------------- records


def check_record(layer: Layer, record: dict[str, Any], lang: str | None = None, fid: int | None = None
                 ) -> list[Problem]:  # fmt: skip
    """Every problem of one record of ``layer`` (field -> plain value; other keys, like ``geometry``, are ignored)."""
    lang = language(lang)
    problems = [p for field in layer.all_fields() for p in check_value(field, record.get(field.name), lang)]
    problems += _date_order(layer, record, lang)
    problems += _privacy(layer, record, lang)
    problems += _completeness(layer, record, lang)
    uid = record.get("uid")
    uid = None if is_missing(uid) else str(uid)
    return [replace(p, layer=layer.name, uid=uid, fid=fid if fid is not None else record.get("fid")) for p in problems]


def _date_order(layer: Layer, record: dict[str, Any], lang: str) -> list[Problem]:
    names = layer.field_names()
    if "start_date" not in names or "end_date" not in names:
        return []
    start, end = as_date(record.get("start_date")), as_date(record.get("end_date"))
    if start is None or end is None or end >= start:
        return []
    start_field, end_field = layer.field("start_date"), layer.field("end_date")
    message = tr("{end} ({end_value}) is before {start} ({start_value}): correct one of the two dates.").format(
        end=end_field.label.get(lang), end_value=end.isoformat(), start=start_field.label.get(lang),
        start_value=start.isoformat())  # fmt: skip
    return [_problem(end_field, "date_order", message)]


def is_withheld(layer: Layer, record: dict[str, Any]) -> bool:
    """Whether one of the layer's ``withhold_if`` fields is true (a youth leader): never published."""
    return any(as_boolean(record.get(name)) for name in layer.withhold_if)


def _privacy(layer: Layer, record: dict[str, Any], lang: str) -> list[Problem]:
    if layer.consent_field is None:
        return []
    consent_field = layer.field(layer.consent_field)
    consent = as_boolean(record.get(layer.consent_field))
    label = consent_field.label.get(lang)
    if is_withheld(layer, record):
        if consent:
            message = tr("A youth leader's record can never be published: clear “{field}”.").format(field=label)
            return [_problem(consent_field, "youth_consent", message)]
        return []
    if consent is False and layer.privacy == "consent":
        message = tr("Without consent (“{field}”), this record will not be published.").format(field=label)
        return [_problem(consent_field, "no_consent", message, WARNING)]
    return []


def _completeness(layer: Layer, record: dict[str, Any], lang: str) -> list[Problem]:
    problems = []
    contacts = [field for field in layer.fields if field.tab == CONTACT_TAB]
    if layer.group == ACTOR_GROUP and contacts and all(is_missing(record.get(f.name)) for f in contacts):
        names = ", ".join(field.label.get(lang) for field in contacts)
        message = tr("There is no contact at all ({fields}): add at least one.").format(fields=names)
        problems.append(_problem(None, "no_contact", message, WARNING))
    names = layer.field_names()
    if PHOTO_FIELD in names and is_missing(record.get(PHOTO_FIELD)) and may_publish(layer, record):
        photo = layer.field(PHOTO_FIELD)
        message = tr("{field} is empty: the online map will show this record without a photo.").format(
            field=photo.label.get(lang))  # fmt: skip
        problems.append(_problem(photo, "no_photo", message, WARNING))
    return problems


def may_publish(layer: Layer, record: dict[str, Any]) -> bool:
    """``Layer.may_publish`` with the record's yes/no values read as this module reads them."""
    plain = dict(record)
    for name in (*layer.withhold_if, *((layer.consent_field,) if layer.consent_field else ())):
        plain[name] = bool(as_boolean(record.get(name)))
    return layer.may_publish(plain)
