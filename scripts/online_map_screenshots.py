"""Screenshots of the online map for the README: the reference server with the Hội An sample on loopback, the sample
photos PUT into its media store and given to a few records (as a publish would), then the page in headless Chromium
with a record's popup open, in Vietnamese and in English.

    .venv/bin/python scripts/online_map_screenshots.py [--out docs/screenshots]

Without internet the map has no OpenStreetMap basemap: the plain background and the wards, as a visitor would see.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "scripts"):
    sys.path.insert(0, str(path))

import requests  # noqa: E402
from make_sample_photos import make_photos  # noqa: E402

from server.reference_server import start_server  # noqa: E402
from server.throwaway import running  # noqa: E402
from tests.web.browser import chromium  # noqa: E402
from tests.web.records import put_photo  # noqa: E402

# sample records (by name) that get a photo, and the one whose popup is shown
PHOTOS = {
    "Đèn lồng Khoa": "lanterns",
    "Làng gốm Thanh Hà": "pottery",
    "Làng mộc Kim Bồng": "woodcarving",
    "Làng rau Trà Quế": "vegetables",
    "Làng tre dừa Cẩm Thanh": "basket-boats",
}
SHOWN = ("organisation", "Đèn lồng Khoa")
RENDERED = "const m = creativeMap.map, p = new Promise(d => m.once('rendercomplete', () => d(1))); m.render(); return p"


def give_photos(handle, photos: dict[str, Path]) -> dict[str, str]:
    """PUT the photos into the media store and each into its record (a whole-feature PUT): name -> uid."""
    auth = ("staff", handle.password)
    uids = {}
    for layer in ("organisation", "craft_village"):
        items = f"{handle.features_url}/collections/{layer}/items"
        for feature in requests.get(items, params={"f": "json", "limit": 1000}, timeout=60).json()["features"]:
            name = feature["properties"].get("name")
            if name not in PHOTOS:
                continue
            address = "/media/" + put_photo(handle.media_url, auth, photos[PHOTOS[name]].read_bytes())
            properties = {k: v for k, v in feature["properties"].items() if k != "fid"}
            body = {"type": "Feature", "geometry": feature["geometry"], "properties": {**properties, "photo": address}}
            answer = requests.put(f"{items}/{feature['id']}", data=json.dumps(body).encode("utf-8"), auth=auth,
                                  headers={"Content-Type": "application/geo+json"}, timeout=60)  # fmt: skip
            answer.raise_for_status()
            uids[name] = feature["properties"]["uid"]
    missing = set(PHOTOS) - set(uids)
    if missing:
        raise SystemExit(f"the sample has no record named {', '.join(sorted(missing))}")
    return uids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, running(start_server, "cl-shots-", sample=True, timeout=120) as h:
        uids = give_photos(h, make_photos(Path(scratch) / "photos"))
        layer, name = SHOWN
        with chromium(1440, 900) as page:
            for lang in ("vi", "en"):
                page.open(f"{h.map_url}?lang={lang}#{layer}/{uids[name]}", basemap=True)
                page.until(page.photo, 20, "the popup's photo")
                page.run("document.querySelector(\"details[data-layer='organisation']\").open = true")
                page.until(lambda: page.hook("busy()") is False, 20, "the view's records")
                page.run(RENDERED)
                target = out / f"online-map-{lang}.png"
                page.driver.save_screenshot(str(target))
                errors = page.hook("errors")
                if errors:
                    raise SystemExit(f"the page reported errors: {errors}")
                sys.stdout.write(f"{target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
