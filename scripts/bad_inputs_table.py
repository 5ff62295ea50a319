"""The table of bad inputs (docs/bad-inputs.md), made from the one list of cases the tests run (tests/bad_inputs).

    scripts/bad_inputs_table.py           print the page
    scripts/bad_inputs_table.py --write   write docs/bad-inputs.md

Nothing heavy is imported: the case list is plain Python. A test keeps the committed page equal to what this makes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bad_inputs.cases import CASES, CATEGORIES  # noqa: E402 (after the path is set)

PAGE = ROOT / "docs" / "bad-inputs.md"
HEADER = """# Bad inputs, all in one table

Each row is one bad input a user can meet, the one sentence the plugin gives (in the Processing log or dialog, the
message bar, or the import report), and what is proved to stay whole. Every row is a test of `tests/bad_inputs/`
(the test id names it); `{{...}}` stands for what changes from one run to the next (a file name, a host, a count).
{defects}
Made by `scripts/bad_inputs_table.py --write` from `tests/bad_inputs/cases.py`; a test keeps the two equal.
{count} cases.

| category | bad input | the sentence the user gets | what stays whole | test id |
|---|---|---|---|---|
"""


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def page() -> str:
    defects = sum(1 for case in CASES if case.defect)
    note = (f"{defects} rows marked **defect** are strict expected failures: the plugin does not do this yet; the "
            "test expects the right behaviour.\n") if defects else ""  # fmt: skip
    lines = [HEADER.format(count=len(CASES), defects=note)]
    for category in CATEGORIES:
        for case in (item for item in CASES if item.category == category):
            sentence = cell(case.sentence)
            if case.defect:
                sentence = f"{sentence} **defect**: today {cell(case.defect)}"
            lines.append(f"| {category} | {cell(case.bad_input)} | {sentence} | {cell(case.whole)} | `{case.id}` |\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    if "--write" in argv:
        PAGE.write_text(page(), encoding="utf-8")
    else:
        sys.stdout.write(page())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
