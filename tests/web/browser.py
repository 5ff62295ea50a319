"""Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (no browser is ever downloaded), on
the online map: for the tests (``tests/web``), the benchmark (``bench/online_map.py``) and the screenshots
(``scripts/online_map_screenshots.py``). ``with chromium() as page: page.open(url)``."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# as this machine needs them: no sandbox as root, no GPU, no calls home (its network is closed)
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--hide-scrollbars", "--force-device-scale-factor=1",
)  # fmt: skip
READY = "const h = window.creativeMap; return !!(h && h.ready && !h.busy())"
BASEMAP = "return window.creativeMap.basemap !== 'probing'"
PHOTO = "const i = document.querySelector('#popup img.photo'); return i && i.complete ? [i.naturalWidth, i.src] : null"


class Page:
    """The browser on the online map: ``open()`` waits until the page has read the server, ``hook()`` calls
    ``window.creativeMap`` (what the page did), ``until()`` waits for a condition."""

    def __init__(self, driver) -> None:
        self.driver = driver

    def open(self, url: str, timeout: float = 30, forget: bool = False, basemap: bool = False) -> Page:
        """Load ``url`` anew (also when only its hash differs) and wait until it has read the server's records for
        its view; ``forget``: the language chosen before too; ``basemap``: wait until it knows whether tiles answer."""
        if forget:
            self.driver.get(url.split("#")[0])
            self.run("localStorage.clear()")
        self.driver.get("about:blank")
        self.driver.get_log("browser")  # what earlier pages logged: read and forgotten
        self.driver.get(url)
        self.until(lambda: self.run(READY), timeout, "the page did not get ready")
        if basemap:
            self.until(lambda: self.run(BASEMAP), timeout, "the page did not find out about the basemap")
        return self

    def run(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def hook(self, expression: str, *args):
        return self.run(f"return window.creativeMap.{expression}", *args)

    def until(self, condition: Callable[[], object], timeout: float = 20, what: str = "the condition") -> object:
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                errors = self.run("return window.creativeMap ? window.creativeMap.errors : 'no page hook'")
                raise AssertionError(f"{what} within {timeout} s (page errors: {errors})")
            time.sleep(0.05)

    def drawn(self) -> dict[str, list[str]]:
        return self.hook("drawn()")

    def drawn_uids(self) -> set[str]:
        return {uid for uids in self.drawn().values() for uid in uids}

    def photo(self) -> tuple[int, str] | None:
        """The popup's photo once its loading ended: (its width as loaded, 0 if it failed; its address)."""
        return self.run(PHOTO)

    def text(self, selector: str) -> str:
        return self.run("const e = document.querySelector(arguments[0]); return e ? e.innerText : null", selector)

    def severe_logs(self) -> list[str]:
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def resources(self, part: str = "") -> list[str]:
        """The addresses the page asked for (its performance entries), those holding ``part``."""
        names = self.run("return performance.getEntriesByType('resource').map(e => e.name)")
        return [name for name in names if part in name]


@contextlib.contextmanager
def chromium(width: int = 1400, height: int = 900, lang: str = "vi") -> Iterator[Page]:
    """A headless Chromium with an empty profile of its own, closed (and its profile removed) after the block."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        raise RuntimeError(f"{', '.join(missing)} missing: run scripts/setup.sh (Debian's chromium, chromium-driver)")
    profile = tempfile.mkdtemp(prefix="cl-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--window-size={width},{height}", f"--lang={lang}", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_script_timeout(60)
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)  # the page's size exactly, not the window's
    try:
        yield Page(driver)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
