"""The online map's schema.json: the layers, fields and value lists in three languages and the looks of the QGIS
styles, generated from the plugin's schema (``server/web_schema.py``). Each server writes it beside its page at every
start; this writes it anywhere, to read or to serve the page another way.

    .venv/bin/python scripts/make_web_schema.py [--out build/web/schema.json] [--icons build/web/icons]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.web_schema import web_schema, write_icons  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "build" / "web" / "schema.json"), help="the JSON file to write")
    parser.add_argument("--icons", help="also write the pictograms the page draws (white, as browsers read them)")
    args = parser.parse_args(argv)
    schema = web_schema()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(schema, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"{out}\n")
    if args.icons:
        written = write_icons(schema, Path(args.icons))
        sys.stdout.write(f"{args.icons}/ ({len(written)} pictograms)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
