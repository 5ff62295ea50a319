import shutil

import pytest
from qgis.PyQt.QtGui import QImage

pytestmark = pytest.mark.e2e


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session", autouse=True)
def needs_xvfb():
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        pytest.fail("xvfb-run and qgis are needed: run `make test`, which installs them.")


def assert_real_screenshot(path, size=(1440, 900)):
    """A PNG of the given size that shows something: many colours, not a blank or black screen."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    assert (image.width(), image.height()) == size
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, f"{path} looks empty ({len(colours)} colours)"
