"""The stored forms of values (pure Python, standard library only): the patterns a phone number, an e-mail, a web
address and a UUID must match, readers of plain values (numbers, yes/no, dates), and normalisers that turn what
people type into the stored form (for the forms and the importers).

The patterns are PCRE-compatible, so a form may use them in a QGIS constraint (``regexp_match``) as well.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .schema import PATTERNS, FieldType, fold

# The stored forms are defined once, in the schema (schema_model.PATTERNS).
VALUE_PATTERNS = PATTERNS
PHONE_PATTERN = PATTERNS[FieldType.PHONE]
EMAIL_PATTERN = PATTERNS[FieldType.EMAIL]
URL_PATTERN = PATTERNS[FieldType.URL]
UUID_PATTERN = PATTERNS[FieldType.UUID]
COMPILED = {kind: re.compile(pattern) for kind, pattern in VALUE_PATTERNS.items()}
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
_TRUE = {"1", "true", "yes", "y", "t", "co", "oui"}
_FALSE = {"0", "false", "no", "n", "f", "khong", "non"}


def as_number(value: Any, integer: bool = False) -> float | int | None:
    """``value`` as a number (an integer when asked), None when it is not one (a yes/no is not a number)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ".")) if not integer else int(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or value != value:  # NaN
        return None
    if integer:
        return int(value) if float(value).is_integer() else None
    return value


def as_boolean(value: Any) -> bool | None:
    """``value`` as True or False (texts in the three languages), None when it is neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        folded = fold(value)
        return True if folded in _TRUE else False if folded in _FALSE else None
    return None


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def as_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATETIME.fullmatch(value.strip()):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def normalise_phone(text: str | None) -> str | None:
    """The E.164 form of a phone number as people write it in Vietnam (``0905 123 456``, ``(+84) 905.123.456``,
    ``84905123456``, ``0084 905 123 456``), or None when it cannot be made one."""
    if not text:
        return None
    compact = re.sub(r"[\s.\-()/]", "", str(text))
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    elif compact.startswith("0"):
        compact = "+84" + compact[1:]
    elif compact.startswith("84") and len(compact) in (11, 12):
        compact = "+" + compact
    if compact.startswith("+840"):
        compact = "+84" + compact[4:]
    return compact if COMPILED[FieldType.PHONE].fullmatch(compact) else None


def normalise_url(text: str | None) -> str | None:
    """``text`` as a complete web address (``facebook.com/x`` -> ``https://facebook.com/x``), or None."""
    if not text:
        return None
    compact = str(text).strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", compact, re.IGNORECASE):
        compact = "https://" + compact.lstrip("/")
    return compact if COMPILED[FieldType.URL].fullmatch(compact) else None
