"""Values of imported rows converted to the schema's storage form (see ``schema``'s docstring), one field at a time.

Everything a file may hold is accepted in the forms people and ArcGIS Survey123 write it: codes or labels of a value
list in English, Vietnamese or French (case, accents and Unicode normalisation ignored), several choices separated by
commas or semicolons, dates as ISO 8601, ``11/27/2024 11:19:00 AM`` (Survey123), ``27/11/2024`` or epoch milliseconds,
booleans as yes/no/có/không/true/false/1/0, Vietnamese phone numbers as ``0905 123 456``. A value that cannot be
stored raises :class:`RowError` with a sentence for the import report; nothing is guessed silently.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..toolbelt.i18n import qgis_language, tr
from .schema import PATTERNS, VALUE_LISTS, Field, FieldType, fold
from .value_formats import COMPILED, normalise_phone, normalise_url

_TRUE = {"1", "true", "yes", "y", "t", "co", "oui", "x"}
_FALSE = {"0", "false", "no", "n", "f", "khong", "non"}
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_THOUSANDS = re.compile(r"^-?\d{1,3}([.,\s]\d{3})+$")
_CURRENCY = re.compile(r"\s*(₫|đ|vnd|vnđ|dong|đồng)\.?$", re.IGNORECASE)
_MULTI_SPLIT = re.compile(r"([;,|\n])")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class RowError(Exception):
    """A row that cannot be imported; ``reason`` is one translated sentence that says what to fix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Cell:
    """A value as read from the file, with the name of its column (for the report)."""

    column: str
    value: object


def plain(value: object) -> object:
    """A value read by QGIS as plain Python: None for NULL, ``datetime``/``date`` for Qt dates, else unchanged."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        utc = value.toUTC()
        day, moment = utc.date(), utc.time()
        return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute(), moment.second(), tzinfo=UTC)
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss") if value.isValid() else None
    return value


def text_of(value: object) -> str | None:
    """The value as stripped NFC text, None when empty."""
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None


def convert(field: Field, cell: Cell, day_first: bool = False) -> object:
    """The storage form of ``cell`` for ``field`` (None when empty); RowError when it cannot be stored."""
    raw = plain(cell.value)
    text = text_of(raw)
    if text is None:
        return None
    if field.is_multi:
        return _multi(field, cell, text)
    if field.is_coded:
        return _coded(field, cell, text)
    kind = field.type
    if kind is FieldType.BOOLEAN:
        return _boolean(raw, cell, text)
    if kind in (FieldType.INTEGER, FieldType.REAL):
        return _number(field, raw, cell, text)
    if kind is FieldType.DATE:
        moment = raw if isinstance(raw, date) else parse_moment(text, day_first)
        if moment is None:
            raise RowError(
                tr(
                    'The date "{value}" in the column {column} cannot be read: write it as 2024-11-27 or 11/27/2024.'
                ).format(value=text, column=cell.column)
            )
        return (moment.date() if isinstance(moment, datetime) else moment).isoformat()
    if kind is FieldType.DATETIME:
        moment = raw if isinstance(raw, date) else parse_moment(text, day_first)
        if moment is None:
            raise RowError(
                tr(
                    'The date and time "{value}" in the column {column} cannot be read: write it as '
                    "2024-11-27 11:19:00 or 11/27/2024 11:19:00 AM."
                ).format(value=text, column=cell.column)
            )
        if not isinstance(moment, datetime):
            moment = datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind is FieldType.UUID:
        return uid_of(text, cell)
    if kind in (FieldType.PHONE, FieldType.URL, FieldType.EMAIL):
        stored = phone(text) if kind is FieldType.PHONE else normalise_url(text) if kind is FieldType.URL else text
        if stored is None or not COMPILED[kind].fullmatch(stored):  # the forms the validation accepts
            raise RowError(_pattern_reason(kind, text, cell.column))
        text = stored
    if field.length and len(text) > field.length:
        raise RowError(
            tr("The text in the column {column} is longer than {length} characters: shorten it.").format(
                column=cell.column, length=field.length
            )
        )
    return text


def _pattern_reason(kind: FieldType, text: str, column: str) -> str:
    if kind is FieldType.PHONE:
        return tr(
            'The phone number "{value}" in the column {column} is not a phone number: write it as 0905 123 456 '
            "or +84 905 123 456."
        ).format(value=text, column=column)
    if kind is FieldType.EMAIL:
        return tr(
            'The email address "{value}" in the column {column} is not valid: write it as name@example.com.'
        ).format(value=text, column=column)
    return tr(
        'The web address "{value}" in the column {column} is not valid: write it as https://example.com/page.'
    ).format(value=text, column=column)


def uid_of(text: str, cell: Cell | None = None) -> str:
    """A uid from a uid or Survey123 GlobalID: braces stripped, lowercase; RowError when it is not a UUID."""
    candidate = text.strip().strip("{}").strip().lower()
    if not re.match(PATTERNS[FieldType.UUID], candidate):
        column = cell.column if cell else "uid"
        raise RowError(
            tr(
                'The identifier "{value}" in the column {column} is not a UUID: correct it, or remove the '
                "column to let the import make identifiers."
            ).format(value=text, column=column)
        )
    return candidate


def _coded(field: Field, cell: Cell, text: str) -> str:
    values = VALUE_LISTS[field.value_list]
    code = values.match(text)
    if code is None:
        raise RowError(
            tr(
                'The value "{value}" in the column {column} is not in the list {list}: use one of its codes or '
                "labels ({choices})."
            ).format(
                value=text,
                column=cell.column,
                list=values.label.get(qgis_language()),
                choices=", ".join(values.codes()),
            )
        )
    return code


def _multi(field: Field, cell: Cell, text: str) -> str | None:
    """Choices separated by commas, semicolons or bars; a label holding a comma (``Lụa, thêu``) is kept whole."""
    values = VALUE_LISTS[field.value_list]
    pieces = _MULTI_SPLIT.split(text)  # [item, separator, item, separator, ...]
    items, separators = pieces[0::2], pieces[1::2]
    codes: list[str] = []
    start = 0
    while start < len(items):
        if not items[start].strip():
            start += 1
            continue
        for end in range(len(items), start, -1):  # the longest run of items that is one code or label
            joined = "".join(items[i] + (separators[i] if i < end - 1 else "") for i in range(start, end))
            code = values.match(joined)
            if code is not None:
                codes.append(code)
                start = end
                break
        else:
            raise RowError(
                tr(
                    'The value "{value}" in the column {column} is not in the list {list}: use its codes or labels '
                    "({choices}), separated by commas."
                ).format(
                    value=items[start].strip(),
                    column=cell.column,
                    list=values.label.get(qgis_language()),
                    choices=", ".join(values.codes()),
                )
            )
    return values.join(codes)


def _boolean(raw: object, cell: Cell, text: str) -> bool:
    if isinstance(raw, bool):
        return raw
    folded = fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise RowError(
        tr('The value "{value}" in the column {column} is neither yes nor no: write yes, no, có or không.').format(
            value=text, column=cell.column
        )
    )


def read_number(text: str, thousands: bool = False) -> float | None:
    """A number written with a decimal point or comma (or thousands separators, if ``thousands``) or a đồng sign;
    None if it is not one (``nan`` and ``inf`` are not)."""
    text = _CURRENCY.sub("", text.strip()).replace("\u00a0", " ").strip()
    if thousands and _THOUSANDS.match(text):
        text = re.sub(r"[.,\s]", "", text)
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None  # "nan", "inf": not a number anyone wrote on purpose


def _number(field: Field, raw: object, cell: Cell, text: str) -> int | float:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        number: float | None = float(raw)
    else:
        number = read_number(text, thousands=field.type is FieldType.INTEGER)
    if number is None or number != number:
        raise RowError(
            tr(
                'The value "{value}" in the column {column} is not a number: write digits only, such as 1500000.'
            ).format(value=text, column=cell.column)
        )
    if field.type is FieldType.INTEGER:
        if not number.is_integer():
            raise RowError(
                tr('The value "{value}" in the column {column} is not a whole number: round it.').format(
                    value=text, column=cell.column
                )
            )
        number = int(number)
    too_small = field.minimum is not None and number < field.minimum
    if too_small or (field.maximum is not None and number > field.maximum):
        low = "" if field.minimum is None else f"{field.minimum:g}"
        high = "" if field.maximum is None else f"{field.maximum:g}"
        raise RowError(
            tr(
                'The value "{value}" in the column {column} is outside the allowed range ({low} to {high}): correct it.'
            ).format(value=text, column=cell.column, low=low, high=high)
        )
    return number


def phone(text: str) -> str | None:
    """A phone number in E.164 (``0905 123 456`` -> ``+84905123456``, see ``value_formats.normalise_phone``; a mobile
    number whose leading 0 a spreadsheet removed, ``905123456``, too), or None when it cannot be made one."""
    compact = re.sub(r"[\s.\-()/]", "", text)
    if compact.isdigit() and len(compact) == 9 and compact[0] in "35789":
        compact = "0" + compact
    return normalise_phone(compact)


def day_first_column(texts: list[str | None]) -> bool:
    """Whether the slashed dates of a column are day/month/year: some begin with a number above 12 and none has
    one above 12 in second place (Survey123's month/day/year wins a tie), or they are written with dots."""
    firsts, seconds, dotted = [], [], False
    for text in texts:
        match = _SLASHED.match(text or "")
        if match:
            firsts.append(int(match.group(1)))
            seconds.append(int(match.group(2)))
            dotted = dotted or "." in (text or "")[:6]
    if dotted:
        return True
    return any(n > 12 for n in firsts) and not any(n > 12 for n in seconds)


def parse_moment(text: str, day_first: bool = False) -> datetime | date | None:
    """A date (``date``) or a date-time (aware ``datetime``, UTC when the text has no offset); None if unreadable."""
    text = text.strip()
    if text.isdigit() and len(text) in (12, 13):  # epoch milliseconds (ArcGIS JSON)
        return EPOCH + timedelta(milliseconds=int(text))
    if _ISO.match(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            return None
        if len(text) == 10:
            return moment.date()
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    match = _SLASHED.match(text)
    if not match:
        return None
    first, second, year, hour, minute, second_of_minute, half = match.groups()
    month, day = (int(second), int(first)) if day_first else (int(first), int(second))
    try:
        if hour is None:
            return date(int(year), month, day)
        hours = int(hour)
        if half:
            if not 1 <= hours <= 12:
                return None
            hours = hours % 12 + (12 if half.lower() == "pm" else 0)
        return datetime(int(year), month, day, hours, int(minute), int(second_of_minute or 0), tzinfo=UTC)
    except ValueError:
        return None
