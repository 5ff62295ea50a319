"""Benchmark: the online map of a server holding many records, opened at a view, against the raw item requests that
view needs, both measured in the same browser run.

    .venv/bin/python bench/online_map.py [--features 10000] [--server qgis-server|pygeoapi] [--zoom 14]
                                         [--center 108.33,15.885] [--repeats 3] [--workdir build/bench/online_map]

A Hội An workspace of ``--features`` records (open_and_render.py's generator: points of nine layers spread over the
old town, the park and the craft villages) is served by a server started for the run (a copy of the workspace), and
headless Chromium (tests/web/browser.py, its cache off) opens the page at the view, ``--repeats`` times:

- the page: the time from the navigation's start to the first records drawn on the map (``firstDrawn``, after the
  page's own start: its library, configuration, schema and the server's collections), and to the last item request
  of the view answered (``idleAt``);
- the raw requests: the very item requests the page made for that view (its performance entries), fetched again
  from the page with ``fetch()`` all at once and read as JSON, nothing drawn: what any client of the API needs for
  the view.

Printed: the medians, the requests and features of the view, and the ratios first drawn / raw requests and all
answered and drawn / raw requests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RAW = """
const urls = arguments[0];
const started = performance.now();
let first = null, features = 0;
await Promise.all(urls.map(async (url) => {
  const answer = await fetch(url, {headers: {Accept: 'application/json'}, cache: 'no-store'});
  const page = await answer.json();
  first = first ?? performance.now() - started;
  features += (page.features || []).length;
}));
return {all: performance.now() - started, first, features};
"""
PAGE = """
const h = window.creativeMap;
const items = performance.getEntriesByType('resource').filter(e => e.name.includes('/items'));
return {first: h.firstDrawn, idle: h.idleAt, asked: Math.min(...items.map(e => e.startTime)),
        urls: items.map(e => e.name), drawn: Object.values(h.drawn()).reduce((n, uids) => n + uids.length, 0),
        errors: h.errors};
"""


def starter(kind: str):
    if kind == "pygeoapi":
        from server.pygeoapi_server import start_pygeoapi_server

        return start_pygeoapi_server
    from server.reference_server import start_server

    return start_server


def measure(page, url: str) -> dict:
    """One run: the page opened at the view, then the raw requests of that view from the same page."""
    page.open(url, timeout=180, basemap=True)
    seen = page.run(f"return (async () => {{ {PAGE} }})()")
    if seen["errors"] or seen["first"] is None:
        raise SystemExit(f"the page drew nothing or reported errors: {seen['errors']}")
    raw = page.run(f"return (async () => {{ {RAW} }})()", seen["urls"])
    return {**seen, "raw": raw}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--features", type=int, default=10_000)
    parser.add_argument("--server", choices=("qgis-server", "pygeoapi"), default="qgis-server")
    parser.add_argument("--zoom", type=float, default=14)
    parser.add_argument("--center", default="108.33,15.885", help="lon,lat of the view")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=ROOT / "build" / "bench" / "online_map")
    args = parser.parse_args(argv)

    from publish import copy_of, workspace  # bench/publish.py: the generated workspace and its copies

    from server.throwaway import running
    from tests.web.browser import chromium

    source = workspace(args.workdir / f"hoi_an_{args.features}.gpkg", args.features)
    with tempfile.TemporaryDirectory() as scratch:
        served = copy_of(source, Path(scratch) / "served.gpkg")
        started = time.perf_counter()
        with running(starter(args.server), "cl-bench-map-", data=served, timeout=300) as handle:
            startup = time.perf_counter() - started
            url = f"{handle.map_url}?lang=vi&center={args.center}&zoom={args.zoom:g}"
            with chromium(1440, 900) as page:
                page.driver.execute_cdp_cmd("Network.enable", {})
                page.driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
                measure(page, url)  # a first run warms the server and the browser: not counted
                runs = [measure(page, url) for _ in range(args.repeats)]

    first = statistics.median(run["first"] for run in runs) / 1000
    idle = statistics.median(max(run["idle"], run["first"]) for run in runs) / 1000
    asked = statistics.median(run["asked"] for run in runs) / 1000
    raw_all = statistics.median(run["raw"]["all"] for run in runs) / 1000
    raw_first = statistics.median(run["raw"]["first"] for run in runs) / 1000
    last = runs[-1]
    queries = [parse_qs(urlparse(u).query) for u in last["urls"]]
    limits = sorted({int(q["limit"][0]) for q in queries})
    print(f"server: {args.server} with {args.features} features (started in {startup:.1f} s); view {args.center} "
          f"zoom {args.zoom:g}, 1440x900; {args.repeats} runs, medians")  # fmt: skip
    print(f"the view's item requests: {len(last['urls'])} (bbox in each: {all('bbox' in q for q in queries)}, "
          f"limit {limits}), {last['raw']['features']} features; the map drew {last['drawn']}")  # fmt: skip
    print(f"raw requests of the view (fetch, all at once, JSON read): first answer {raw_first:.3f} s, "
          f"all {raw_all:.3f} s")  # fmt: skip
    print(f"page: first records drawn {first:.3f} s after the navigation's start (its own start until the first "
          f"item request: {asked:.3f} s), all answered and drawn {idle:.3f} s")  # fmt: skip
    ratios = {"first": first / raw_all, "all": idle / raw_all}
    print(f"ratio first drawn / raw requests: {ratios['first']:.2f}")
    print(f"ratio all drawn / raw requests: {ratios['all']:.2f}")
    return ratios


if __name__ == "__main__":
    main()
