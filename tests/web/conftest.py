"""The online map in a real browser (``tests/web/browser.py``): one headless Chromium per test module; the page
served by a real server started by the test."""

import pytest

from tests.web.browser import chromium


@pytest.fixture(scope="module")
def browser():
    with chromium() as page:
        yield page
