"""Translation sources of the plugin (Vietnamese, French).

python scripts/translations.py update   # refresh i18n/*.ts from the code and the .ui files (pylupdate5)
python scripts/translations.py check    # fail when a string is missing from the .ts or is untranslated
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "creative_layers_plugin"
LANGUAGES = ("vi", "fr")


def ts_path(language: str, folder: Path = ROOT / "i18n") -> Path:
    return folder / f"creative_layers_{language}.ts"


def sources() -> list[Path]:
    files = [p for p in PLUGIN.rglob("*") if p.suffix in (".py", ".ui") and "__pycache__" not in p.parts]
    return sorted(files)


def run_pylupdate(targets: list[Path]) -> None:
    command = ["pylupdate5", "-noobsolete", *map(str, sources()), "-ts", *map(str, targets)]
    subprocess.run(command, check=True, capture_output=True)


def messages(ts_file: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute) for every message of a .ts file."""
    result = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            result[(name, message.findtext("source"))] = (translation.text or "", translation.get("type"))
    return result


def problems() -> list[str]:
    """What is wrong with the committed translations, as sentences (empty when all is well)."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {lang: Path(tmp) / ts_path(lang).name for lang in LANGUAGES}
        for lang in LANGUAGES:
            if ts_path(lang).exists():
                shutil.copy(ts_path(lang), fresh[lang])
        run_pylupdate(list(fresh.values()))
        for lang in LANGUAGES:
            committed = messages(ts_path(lang)) if ts_path(lang).exists() else {}
            for key, (text, kind) in messages(fresh[lang]).items():
                if key not in committed:
                    found.append(f"{lang}: not in the .ts file (run `make translations`): {key[1]!r}")
                elif kind == "unfinished" or not text.strip():
                    found.append(f"{lang}: untranslated: {key[1]!r}")
            stale = set(committed) - set(messages(fresh[lang]))
            found.extend(f"{lang}: no longer in the code (run `make translations`): {key[1]!r}" for key in stale)
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        run_pylupdate([ts_path(lang) for lang in LANGUAGES])
        for lang in LANGUAGES:
            print(f"{ts_path(lang).relative_to(ROOT)}: {len(messages(ts_path(lang)))} messages")
        return 0
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
