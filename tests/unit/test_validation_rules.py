"""The rules of a valid record (core/rules.py, core/value_formats.py, core/opening_hours.py), without a QGIS app."""

import re
from datetime import date

import pytest

from creative_layers_plugin.core import opening_hours as oh
from creative_layers_plugin.core.rules import (
    VALUE_PATTERNS,
    check_record,
    check_value,
    may_publish,
    normalise_phone,
    normalise_url,
)
from creative_layers_plugin.core.schema import LAYERS, FieldType, layer

PERSON, ORGANISATION, SPACE, EVENT = (layer(name) for name in ("person", "organisation", "space", "event"))
UID = "68ebc4a6-5f53-5db8-9649-6a4ebe88ac86"


def codes(field, value, lang="en"):
    return [problem.code for problem in check_value(field, value, lang)]


def record_codes(layer_def, record):
    return sorted(problem.code for problem in check_record(layer_def, record, "en"))


def person(**values):
    """A person every rule accepts (with a photo and a contact), changed by ``values``."""
    record = {
        "uid": UID,
        "rev": 1,
        "city": "hoi_an",
        "name": "Nguyễn Thị Hoa",
        "actor_type": "artisan",
        "consent_publish": True,
        "is_youth_leader": False,
        "location_basis": "host_space",
        "phone": "+84905123456",
        "photo": "photos/hoa.jpg",
    }
    record.update(values)
    return record


# --------------------------------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    "phone",
    ["+84905123456", "+84358123456", "+842353861327", "+842438251234", "+33612345678", "+14155552671", "+6591234567"],
)
def test_phones_in_e164_are_accepted_for_phone_and_zalo(phone):
    assert codes(PERSON.field("phone"), phone) == []
    assert codes(PERSON.field("zalo"), phone) == []


@pytest.mark.parametrize(
    "phone",
    [
        "0905123456",  # national form: the importer or the form normalises it
        "+84 905 123 456",  # E.164 has no spaces
        "+84-905-123-456",
        "84905123456",  # no +
        "+840905123456",  # the national 0 kept after +84
        "+8490512345",  # 8 digits after +84: too short
        "+84905123456789",  # 12 digits after +84: too long
        "+84abc123456",
        "+0905123456",
        "phone me",
    ],
)
def test_other_phone_forms_are_errors(phone):
    assert codes(PERSON.field("phone"), phone) == ["phone"]
    assert codes(PERSON.field("zalo"), phone) == ["phone"]


def test_phone_messages_name_the_field_and_suggest_the_e164_form():
    (problem,) = check_value(PERSON.field("phone"), "0905 123 456", "en")
    assert problem.severity == "error" and problem.field == "phone"
    assert "Phone" in problem.message and "+84905123456" in problem.message
    (problem,) = check_value(PERSON.field("zalo"), "12", "vi")
    assert problem.message.startswith("Zalo") and "+84" in problem.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0905 123 456", "+84905123456"),
        ("(+84) 905.123.456", "+84905123456"),
        ("+84 (0) 905 123 456", "+84905123456"),
        ("84905123456", "+84905123456"),
        ("0084 905 123 456", "+84905123456"),
        ("0235 3861 327", "+842353861327"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("12345", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_phone_gives_the_stored_form(typed, stored):
    assert normalise_phone(typed) == stored


# --------------------------------------------------------------------------------------------------- e-mail, url


@pytest.mark.parametrize("email", ["hoa@example.com", "hoi.an.lantern+shop@mail.example.vn", "a_b-c@sub.example.org"])
def test_good_emails(email):
    assert codes(PERSON.field("email"), email) == []


@pytest.mark.parametrize(
    "email",
    ["hoa", "hoa@", "@example.com", "hoa@example", "hoa @example.com", "hoa@@example.com", "hoa..x@example.com",
     "hoa@example..com", "hoa@-example.com", "hoa@example.c", "hoa@example.com."],
)  # fmt: skip
def test_bad_emails(email):
    assert codes(PERSON.field("email"), email) == ["email"]


@pytest.mark.parametrize(
    "url",
    ["https://hoian.example", "http://www.facebook.com/hoianlantern", "https://shopee.vn/shop?id=12#top",
     "https://www.tiktok.com/@hoian", "https://example.com:8443/a/b", "https://hộian.vn/"],
)  # fmt: skip
def test_good_urls(url):
    assert codes(ORGANISATION.field("website"), url) == []


@pytest.mark.parametrize(
    "url",
    ["www.facebook.com/hoian", "facebook.com/hoian", "ftp://example.com", "https://", "https://localhost",
     "https://exa mple.com", "javascript:alert(1)", "https://example.com/ space"],
)  # fmt: skip
def test_bad_urls(url):
    assert codes(ORGANISATION.field("facebook"), url) == ["url"]


def test_url_message_suggests_the_scheme_when_it_is_missing():
    (problem,) = check_value(ORGANISATION.field("facebook"), "facebook.com/hoian", "fr")
    assert "https://facebook.com/hoian" in problem.message and problem.message.startswith("Page Facebook")
    assert normalise_url("www.facebook.com/x") == "https://www.facebook.com/x"
    assert normalise_url("not a url") is None


def test_patterns_are_usable_in_qgis_expressions_too():
    assert set(VALUE_PATTERNS) == {FieldType.PHONE, FieldType.EMAIL, FieldType.URL, FieldType.UUID}
    for pattern in VALUE_PATTERNS.values():
        assert pattern.startswith("^") and pattern.endswith("$")
        re.compile(pattern)


# --------------------------------------------------------------------------------------------------- opening hours

GOOD_HOURS = [
    "Mo-Su 08:00-21:00", "24/7", "Mo-Fr 08:00-12:00,13:00-17:00", "Mo-Fr 08:00-17:00, Sa 08:00-12:00",
    "Mo,We,Fr 09:00-11:00", "Mo-Sa 08:00-17:00; PH off", "Su closed", "Mo-Su 18:00-02:00", "Mo-Su 18:00-26:00",
    "Mo-Fr 08:00-24:00", "Jan-Mar Mo-Fr 08:00-17:00", "Jan-Mar: Mo-Fr 08:00-17:00", "Dec 25 off",
    "Dec 24-Jan 02 off", "2025 Jan-Mar Mo-Fr 08:00-17:00", "week 1-10 Mo 10:00-12:00", "sunrise-sunset",
    "(sunrise+01:00)-(sunset-01:00)", "Mo-Fr,PH 08:00-12:00", "PH Su 10:00-12:00", "Fr-Mo 10:00-22:00",
    "Su[1] 10:00-12:00", "Fr[-1] 10:00-12:00", "Mo-Fr 17:00+", '"by appointment"',
    'Mo-Fr 08:00-17:00 "call first"', 'Mo-Fr 08:00-17:00 || "on appointment"', "off", "Mo-Fr",
    "Mo-Sa 08:00-17:00;Su 10:00-14:00", "Mo-Su 06:00-19:00",
]  # fmt: skip
BAD_HOURS = [
    ("8h-21h", oh.UNEXPECTED), ("Mo-Su 8:00-21:00", oh.HOUR_DIGITS), ("Mo-Su 08:00", oh.NO_END),
    ("Mo-Su 08:00-", oh.INCOMPLETE), ("Mo-Su 08:00-21:00;", oh.EMPTY_RULE), ("mo-su 08:00-21:00", oh.WRONG_CASE),
    ("Mo-Su 08:00-21:00 Off", oh.WRONG_CASE), ("Mon-Fri 08:00-17:00", oh.DAY_NAME), ("Mo-Su 08:00–21:00", oh.DASH),
    ("Mo-Su 25:00-26:00", oh.BAD_TIME), ("Mo-Su 08:00-21:61", oh.BAD_TIME), ("Mo-Su 08:00-49:00", oh.BAD_TIME),
    ("Mo-Su: 08:00-21:00", oh.UNEXPECTED), ("Mo-Fr 08:00-12:00 13:00-17:00", oh.UNEXPECTED),
    ("Mo-Su 08.00-21.00", oh.UNEXPECTED), ("Mo-Su 0800-2100", oh.UNEXPECTED), ("Feb 30 off", oh.BAD_NUMBER),
    ("Su[6] 10:00-12:00", oh.BAD_NUMBER), ("Mo-Fr 08:00-17:00,,Sa 10:00-12:00", oh.EMPTY_RULE),
    (";Mo", oh.UNEXPECTED), ("Thứ 2 - Chủ nhật 8:00-21:00", oh.UNEXPECTED), ("Mo-Su 08:00-21:00/01:00", oh.UNEXPECTED),
    ("", oh.INCOMPLETE),
]  # fmt: skip


@pytest.mark.parametrize("hours", GOOD_HOURS)
def test_valid_opening_hours(hours):
    assert oh.check_opening_hours(hours) is None
    assert codes(SPACE.field("opening_hours"), hours) == []


@pytest.mark.parametrize(("hours", "reason"), BAD_HOURS)
def test_invalid_opening_hours_say_why(hours, reason):
    error = oh.check_opening_hours(hours)
    assert error is not None and error.reason == reason, error
    if hours:
        assert codes(SPACE.field("opening_hours"), hours) == ["opening_hours"]


def test_opening_hours_message_gives_the_fix():
    (problem,) = check_value(SPACE.field("opening_hours"), "Mo-Su 8:00-21:00", "en")
    assert "08:00" in problem.message and "Opening hours" in problem.message and oh.EXAMPLE in problem.message
    error = oh.check_opening_hours("Mo-Fr 08:00-12:00 13:00-17:00")
    assert (error.text, error.position) == ("13:00", 18)


# --------------------------------------------------------------------------------------------------- required, codes


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_required_fields_must_be_filled(empty):
    assert codes(PERSON.field("name"), empty) == ["required"]
    assert codes(PERSON.field("consent_publish"), empty) == ["required"]
    assert codes(PERSON.field("email"), empty) == []  # optional: empty is fine


def test_false_and_zero_are_values():
    assert codes(PERSON.field("consent_publish"), False) == []
    assert codes(PERSON.field("rev"), 0) == []


def test_required_message_is_in_the_users_language():
    assert check_value(PERSON.field("name"), None, "vi")[0].message.startswith("Tên")
    assert check_value(PERSON.field("name"), None, "fr")[0].message.startswith("Nom")


def test_codes_must_be_in_their_list():
    field = PERSON.field("actor_type")
    assert codes(field, "artisan") == []
    assert codes(field, "wizard") == ["code"]
    assert codes(field, "Artisan ") == ["code"]  # the label, not the code
    (problem,) = check_value(field, "Nghệ nhân", "en")
    assert "artisan" in problem.message  # the code it means is suggested
    assert codes(PERSON.field("city"), "da_nang") == ["code"]
    assert codes(SPACE.field("wheelchair"), "limited") == []


def test_each_code_of_a_multi_field_must_be_in_its_list():
    field = PERSON.field("creative_fields")
    assert codes(field, "crafts_folk_art;design;architecture") == []
    assert codes(field, "design") == []
    assert codes(field, "design; film") == []  # split_multi tolerates spaces
    (problem,) = check_value(field, "design;poetry;dance", "en")
    assert problem.code == "code" and "poetry, dance" in problem.message
    assert codes(layer("craft_village").field("crafts"), None) == ["required"]


# --------------------------------------------------------------------------------------------------- types, ranges


def test_ranges_use_minimum_and_maximum():
    birth_year = PERSON.field("birth_year")
    assert codes(birth_year, 1990) == [] and codes(birth_year, 1900) == [] and codes(birth_year, 2030) == []
    assert codes(birth_year, 1899) == ["range"] and codes(birth_year, 2031) == ["range"]
    assert "between 1900 and 2030" in check_value(birth_year, 1850, "en")[0].message
    assert codes(ORGANISATION.field("founded_year"), "1995") == []
    assert codes(SPACE.field("capacity"), -1) == ["range"]
    assert "at least 0" in check_value(SPACE.field("capacity"), -5, "en")[0].message
    assert codes(layer("idea").field("team_size"), 0) == ["range"]


def test_numbers_dates_and_booleans_must_be_of_their_type():
    assert codes(PERSON.field("birth_year"), "nineteen") == ["type"]
    assert codes(PERSON.field("birth_year"), 1990.5) == ["type"]
    assert codes(PERSON.field("birth_year"), True) == ["type"]
    assert codes(layer("annotation_line").field("length_m"), 12.5) == []
    assert codes(EVENT.field("start_date"), "2025-06-30") == []
    assert codes(EVENT.field("start_date"), date(2025, 6, 30)) == []
    assert codes(EVENT.field("start_date"), "30/06/2025") == ["type"]
    assert codes(EVENT.field("start_date"), "2025-02-30") == ["type"]
    assert codes(PERSON.field("created_at"), "2025-06-30T08:00:00Z") == []
    assert codes(PERSON.field("created_at"), "yesterday") == ["type"]
    assert codes(PERSON.field("consent_publish"), "yes") == []
    assert codes(PERSON.field("consent_publish"), "có") == []
    assert codes(PERSON.field("consent_publish"), "maybe") == ["type"]


def test_uids_and_lengths():
    assert codes(PERSON.field("uid"), UID) == []
    assert codes(PERSON.field("uid"), UID.upper()) == ["uuid"]
    assert codes(PERSON.field("organisation_uid"), "org-1") == ["uuid"]
    assert codes(PERSON.field("name"), "x" * 255) == []
    assert codes(PERSON.field("name"), "x" * 256) == ["length"]


# --------------------------------------------------------------------------------------------------- records


def test_a_good_record_has_no_problem():
    assert check_record(PERSON, person(), "en") == []


def test_a_record_problem_carries_layer_uid_fid_and_field():
    (problem,) = check_record(PERSON, person(phone="0905 123 456"), "en", fid=7)
    assert (problem.layer, problem.uid, problem.fid, problem.field, problem.code) == ("person", UID, 7, "phone",
                                                                                      "phone")  # fmt: skip
    assert problem.row()[:6] == ["person", UID, "7", "phone", "error", "phone"]


def test_end_date_before_start_date_is_an_error():
    event = {"uid": UID, "rev": 1, "city": "hoi_an", "name": "Lễ hội đèn lồng", "event_type": "festival",
             "photo": "p.jpg", "start_date": "2025-06-30", "end_date": "2025-06-29"}  # fmt: skip
    assert record_codes(EVENT, event) == ["date_order"]
    (problem,) = check_record(EVENT, event, "en")
    assert problem.field == "end_date" and "2025-06-29" in problem.message
    assert record_codes(EVENT, {**event, "end_date": "2025-06-30"}) == []
    assert record_codes(EVENT, {**event, "end_date": None}) == []
    for name in ("sme_enrolment", "crowdfunding_campaign"):
        assert "date_order" in record_codes(layer(name), {"start_date": date(2025, 5, 2), "end_date": date(2025, 5, 1)})


def test_a_youth_leader_can_never_be_given_consent():
    problems = check_record(PERSON, person(is_youth_leader=True, consent_publish=True), "en")
    assert [(p.code, p.severity, p.field) for p in problems] == [("youth_consent", "error", "consent_publish")]
    assert "youth leader" in problems[0].message
    assert record_codes(PERSON, person(is_youth_leader="true", consent_publish="yes")) == ["youth_consent"]
    assert record_codes(PERSON, person(is_youth_leader=True, consent_publish=False)) == []  # stays local, by design


def test_a_person_without_consent_is_a_warning_that_it_will_not_be_published():
    problems = check_record(PERSON, person(consent_publish=False, photo=None), "en")
    assert [(p.code, p.severity) for p in problems] == [("no_consent", "warning")]  # no photo needed: not published
    assert "not be published" in problems[0].message


def test_no_contact_and_no_photo_are_warnings():
    bare = person(phone=None, photo=None)
    assert [(p.code, p.severity) for p in check_record(PERSON, bare, "en")] == [
        ("no_contact", "warning"),
        ("no_photo", "warning"),
    ]
    organisation = {"uid": UID, "rev": 1, "city": "hoi_an", "name": "HTX Gốm Thanh Hà", "actor_type": "cooperative",
                    "photo": "x.jpg", "shop_url": "https://shopee.vn/gom"}  # fmt: skip
    assert record_codes(ORGANISATION, organisation) == []  # an online shop is a contact
    assert record_codes(ORGANISATION, {**organisation, "shop_url": None}) == ["no_contact"]
    space = {"uid": UID, "rev": 1, "city": "hoi_an", "name": "Chùa Cầu", "space_type": "heritage_house"}
    assert record_codes(SPACE, space) == ["no_photo"]  # spaces are not actors: no contact needed


def test_may_publish_reads_yes_no_texts():
    assert may_publish(PERSON, person(consent_publish="true"))
    assert not may_publish(PERSON, person(consent_publish="false"))
    assert not may_publish(PERSON, person(is_youth_leader="1"))


def test_every_layer_accepts_an_empty_record_except_for_required_fields():
    for layer_def in LAYERS:
        problems = check_record(layer_def, {}, "en")
        required = {f.name for f in layer_def.all_fields() if f.required}
        assert {p.field for p in problems if p.code == "required"} == required
        assert {p.code for p in problems} <= {"required", "no_contact", "no_photo"}
