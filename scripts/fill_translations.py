"""Fill the unfinished messages of the .ts files from a Python file of translations (``T = {source: (vi, fr)}``):

    python scripts/fill_translations.py TRANSLATIONS.py

A message already translated is left as it is; a source that the file does not have stays unfinished (and
``translations.py check`` says so).
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET

import translations


def fill(table: dict[str, tuple[str, str]]) -> dict[str, int]:
    filled = {}
    for index, language in enumerate(translations.LANGUAGES):
        path = translations.ts_path(language)
        tree = ET.parse(path)
        count = 0
        for message in tree.getroot().iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            unfinished = translation.get("type") == "unfinished" or not (translation.text or "").strip()
            if unfinished and source in table:
                translation.text = table[source][index]
                translation.attrib.pop("type", None)
                count += 1
        text = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
        filled[language] = count
    return filled


if __name__ == "__main__":
    print(fill(runpy.run_path(sys.argv[1])["T"]))
