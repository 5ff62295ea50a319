"""The table of docs/bad-inputs.md and the tests can never disagree: the page is what the script makes from the case
list, and every case of the list has exactly one test."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import bad_inputs_table

from . import checks
from .cases import CASES, CATEGORIES, IDS


def test_the_committed_page_is_what_the_script_makes():
    assert bad_inputs_table.PAGE.read_text(encoding="utf-8") == bad_inputs_table.page(), (
        "docs/bad-inputs.md is out of date: run scripts/bad_inputs_table.py --write"
    )


def test_every_case_has_exactly_one_test():
    package = Path(__file__).parent
    for module in pkgutil.iter_modules([str(package)]):
        if module.name.startswith("test_"):
            importlib.import_module(f"{__package__}.{module.name}")
    assert len(IDS) == len(set(IDS))
    assert sorted(checks.BOUND) == sorted(IDS), set(IDS) ^ set(checks.BOUND)


def test_the_cases_are_many_and_well_formed():
    assert len(CASES) >= 40
    for case in CASES:
        assert case.category in CATEGORIES and case.bad_input and case.whole
        assert case.sentence.rstrip().endswith((".", "?", "}")), case.id  # one sentence, to its end
