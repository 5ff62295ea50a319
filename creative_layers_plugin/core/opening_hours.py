"""A syntax checker for OpenStreetMap ``opening_hours`` values (pure Python, standard library only).

It accepts the common part of the specification (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification)
and is strict where the specification is strict, so that what the workspace stores is read the same way by every
OpenStreetMap tool and by the online map:

- ``24/7``; rules separated by ``;`` (normal), ``,`` (additional) or ``||`` (fallback);
- years (``2025``, ``2025-2026``), months and dates (``Jan-Mar``, ``Dec 24``, ``Dec 24-Jan 02``), weeks
  (``week 1-10``), each list optionally followed by ``:``;
- weekdays ``Mo Tu We Th Fr Sa Su`` (exactly so written), ranges (``Mo-Fr``, ``Fr-Mo``), lists (``Mo,We,Fr``), the
  n-th weekday of a month (``Su[1]``, ``Fr[-1]``), holidays ``PH`` and ``SH``, alone or with weekdays
  (``Mo-Fr,PH``, ``PH Su``);
- time spans ``HH:MM-HH:MM`` with two-digit hours and minutes (``24:00`` allowed; a span may run past midnight,
  ``18:00-02:00``, or use extended hours up to ``48:00``), several separated by ``,``; an open end (``18:00+``);
  ``sunrise``, ``sunset``, ``dawn``, ``dusk`` and offsets such as ``(sunset-01:00)``;
- the modifiers ``open``, ``closed``, ``off``, ``unknown``, and comments in double quotes (``"by appointment"``).

Rejected on purpose: one-digit hours (``8:00``: OpenStreetMap wants ``08:00``; the form may normalise), a lone time
without an end (``Mo-Su 08:00``), ``8h-21h``, weekday names in another case or spelling (``mo-su``, ``Mon``), the
typographic dash (``08:00–21:00``), and a separator with nothing after it. Not supported (rare in the creative map,
reported as unexpected): repeating intervals (``10:00-16:00/01:30``), day offsets (``PH +1 day``), ``easter``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
HOLIDAYS = ("PH", "SH")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EVENTS = ("sunrise", "sunset", "dawn", "dusk")
MODIFIERS = ("open", "closed", "off", "unknown")
EXAMPLE = "Mo-Su 08:00-21:00"

# reasons of OpeningHoursSyntaxError (stable codes; validation.py turns them into sentences)
UNEXPECTED = "unexpected"  # a text that has no place there
HOUR_DIGITS = "hour_digits"  # 8:00 instead of 08:00
BAD_TIME = "bad_time"  # 25:00 as a start, 10:61, 49:00
BAD_NUMBER = "bad_number"  # a day, week, year or n-th weekday out of range
NO_END = "no_end"  # a time without an end: "Mo-Su 08:00"
INCOMPLETE = "incomplete"  # the value stops in the middle of a rule: "Mo-Su 08:00-"
EMPTY_RULE = "empty_rule"  # a separator with nothing after it: "Mo-Fr 08:00-17:00;"
WRONG_CASE = "wrong_case"  # mo-su, Off, jan
DAY_NAME = "day_name"  # Mon, Monday: the weekdays are written with two letters
DASH = "dash"  # a typographic dash (– or —) instead of the hyphen -


class OpeningHoursSyntaxError(ValueError):
    """Why a value is not in ``opening_hours`` syntax: ``reason`` (a code above), the offending ``text`` (empty at
    the end of the value), its ``position`` and, where there is an obvious fix, a ``suggestion`` for ``text``."""

    def __init__(self, reason: str, text: str = "", position: int = 0, suggestion: str = "") -> None:
        super().__init__(f"{reason} at {position}: {text!r}")
        self.reason, self.text, self.position, self.suggestion = reason, text, position, suggestion


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    position: int


_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<comment>"[^"]*")
    |(?P<always>24/7)
    |(?P<fallback>\|\|)
    |(?P<time>\d+:\d+)
    |(?P<unknown_number>\d+[A-Za-z]\w*)
    |(?P<number>\d+)
    |(?P<word>[^\W\d_]+)
    |(?P<punct>[-,;:\[\]+()/])
    |(?P<other>.)""",
    re.VERBOSE,
)
_PUNCT = {"-": "dash", ",": "comma", ";": "sep", ":": "colon", "[": "lbr", "]": "rbr", "+": "plus", "(": "lpar",
          ")": "rpar", "/": "slash"}  # fmt: skip
_WORDS = {
    **dict.fromkeys(WEEKDAYS, "weekday"),
    **dict.fromkeys(HOLIDAYS, "holiday"),
    **dict.fromkeys(MONTHS, "month"),
    **dict.fromkeys(EVENTS, "event"),
    **dict.fromkeys(MODIFIERS, "modifier"),
    "week": "week",
}
_FOLDED = {word.casefold(): word for word in _WORDS}
_DAY_NAMES = {name.casefold(): day for day, names in {
    "Mo": ("Mon", "Monday"), "Tu": ("Tue", "Tues", "Tuesday"), "We": ("Wed", "Wednesday"),
    "Th": ("Thu", "Thur", "Thurs", "Thursday"), "Fr": ("Fri", "Friday"), "Sa": ("Sat", "Saturday"),
    "Su": ("Sun", "Sunday")}.items() for name in names}  # fmt: skip
_TIME_START_LIST = ("time", "event", "lpar")
_DAY_LIST = ("weekday", "holiday")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``; OpeningHoursSyntaxError at the first character or word that cannot be one."""
    tokens = []
    for match in _TOKEN.finditer(text):
        kind, value, position = match.lastgroup, match.group(), match.start()
        if kind == "space":
            continue
        if kind == "word":
            kind = _word_kind(value, position)
        elif kind == "punct":
            kind = _PUNCT[value]
        elif kind == "fallback":
            kind = "sep"
        elif kind == "other":
            reason = DASH if value in "–—‒−" else UNEXPECTED
            raise OpeningHoursSyntaxError(reason, value, position, "-" if reason == DASH else "")
        elif kind == "unknown_number":
            raise OpeningHoursSyntaxError(UNEXPECTED, value, position)
        tokens.append(Token(kind, value, position))
    return tokens


def _word_kind(word: str, position: int) -> str:
    if word in _WORDS:
        return _WORDS[word]
    folded = word.casefold()
    if folded in _FOLDED:
        raise OpeningHoursSyntaxError(WRONG_CASE, word, position, _FOLDED[folded])
    if folded in _DAY_NAMES:
        raise OpeningHoursSyntaxError(DAY_NAME, word, position, _DAY_NAMES[folded])
    raise OpeningHoursSyntaxError(UNEXPECTED, word, position)


def check_opening_hours(text: str) -> OpeningHoursSyntaxError | None:
    """None when ``text`` is a valid ``opening_hours`` value, else the first syntax error (an empty value is one)."""
    try:
        _Parser(tokenize(text), len(text)).parse()
    except OpeningHoursSyntaxError as error:
        return error
    return None


def is_valid_opening_hours(text: str) -> bool:
    return check_opening_hours(text) is None


class _Parser:
    """A recursive-descent parser over the tokens; each method consumes one part of the grammar or raises."""

    def __init__(self, tokens: list[Token], length: int) -> None:
        self.tokens, self.length, self.index = tokens, length, 0

    # -- tools

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.index + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def at(self, *kinds: str, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind in kinds

    def take(self, *kinds: str) -> Token:
        token = self.peek()
        if token is None:
            raise OpeningHoursSyntaxError(INCOMPLETE, "", self.length)
        if token.kind not in kinds:
            raise self.unexpected(token)
        self.index += 1
        return token

    def unexpected(self, token: Token | None = None) -> OpeningHoursSyntaxError:
        token = token or self.peek()
        if token is None:
            return OpeningHoursSyntaxError(INCOMPLETE, "", self.length)
        return OpeningHoursSyntaxError(UNEXPECTED, token.text, token.position)

    def list_continues(self, *kinds: str) -> bool:
        """A ``,`` followed by another item of the current list (else the ``,`` separates two rules)."""
        if self.at("comma") and self.at(*kinds, ahead=1):
            self.index += 1
            return True
        return False

    def number(self, low: int, high: int) -> int:
        token = self.take("number")
        value = int(token.text)
        if not low <= value <= high:
            raise OpeningHoursSyntaxError(BAD_NUMBER, token.text, token.position)
        return value

    # -- grammar

    def parse(self) -> None:
        self.rule()
        while self.peek() is not None:
            separator = self.take("sep", "comma")
            if self.peek() is None or self.at("sep", "comma"):
                raise OpeningHoursSyntaxError(EMPTY_RULE, separator.text, separator.position)
            self.rule()

    def rule(self) -> None:
        start = self.index
        if self.at("always"):
            self.index += 1
        else:
            self.wide_range()
            self.small_range()
        if self.at("modifier"):
            self.index += 1
        if self.at("comment"):
            self.index += 1
        if self.index == start:
            raise self.unexpected()
        if self.peek() is not None and not self.at("sep", "comma"):
            raise self.unexpected()

    def wide_range(self) -> None:
        found = False
        if self.at("number"):
            self.years()
            found = True
        if self.at("month"):
            self.months()
            found = True
        if self.at("week"):
            self.weeks()
            found = True
        if found and self.at("colon"):
            self.index += 1

    def years(self) -> None:
        while True:
            self.year()
            if not self.list_continues("number"):
                return

    def year(self) -> None:
        self.number(1900, 9999)
        if self.at("dash"):
            self.index += 1
            self.number(1900, 9999)
        if self.at("plus"):
            self.index += 1

    def months(self) -> None:
        while True:
            self.month_range()
            if not self.list_continues("month"):
                return

    def month_range(self) -> None:
        month = MONTHS.index(self.take("month").text)
        if self.at("number"):
            self.number(1, _MONTH_DAYS[month])
            if self.at("dash"):
                self.index += 1
                if self.at("month"):
                    self.number(1, _MONTH_DAYS[MONTHS.index(self.take("month").text)])
                else:
                    self.number(1, _MONTH_DAYS[month])
        elif self.at("dash"):
            self.index += 1
            self.take("month")

    def weeks(self) -> None:
        self.take("week")
        while True:
            self.number(1, 53)
            if self.at("dash"):
                self.index += 1
                self.number(1, 53)
            if not self.list_continues("number"):
                return

    def small_range(self) -> None:
        if self.at(*_DAY_LIST):
            self.days()
        if self.at(*_TIME_START_LIST):
            self.times()

    def days(self) -> None:
        previous = self.day()
        while True:
            if self.list_continues(*_DAY_LIST):
                previous = self.day()
            elif self.at(*_DAY_LIST) and "holiday" in (previous, self.peek().kind):
                previous = self.day()  # "PH Su": a holiday and a weekday joined by a space
            else:
                return

    def day(self) -> str:
        token = self.take(*_DAY_LIST)
        if token.kind == "holiday":
            return token.kind
        if self.at("dash") and self.at("weekday", ahead=1):
            self.index += 2
        if self.at("lbr"):
            self.index += 1
            while True:
                self.nth()
                if not self.list_continues("number", "dash"):
                    break
            self.take("rbr")
        return token.kind

    def nth(self) -> None:
        if self.at("dash"):
            self.index += 1
            self.number(1, 5)
            return
        self.number(1, 5)
        if self.at("dash"):
            self.index += 1
            self.number(1, 5)

    def times(self) -> None:
        while True:
            self.time_span()
            if not self.list_continues(*_TIME_START_LIST):
                return

    def time_span(self) -> None:
        start = self.peek()
        self.time_point(end=False)
        if self.at("dash"):
            self.index += 1
            self.time_point(end=True)
            if self.at("plus"):
                self.index += 1
        elif self.at("plus"):
            self.index += 1
        else:
            raise OpeningHoursSyntaxError(NO_END, start.text, start.position)

    def time_point(self, end: bool) -> None:
        token = self.take("time", "event", "lpar")
        if token.kind == "time":
            _check_time(token, 48 if end else 24)
        elif token.kind == "lpar":
            self.take("event")
            self.take("plus", "dash")
            _check_time(self.take("time"), 24)
            self.take("rpar")


def _check_time(token: Token, highest_hour: int) -> None:
    hours, minutes = token.text.split(":")
    if len(hours) == 1 and len(minutes) == 2:
        raise OpeningHoursSyntaxError(HOUR_DIGITS, token.text, token.position, f"0{token.text}")
    if len(hours) != 2 or len(minutes) != 2 or int(minutes) > 59 or int(hours) * 60 + int(minutes) > highest_hour * 60:
        raise OpeningHoursSyntaxError(BAD_TIME, token.text, token.position)
