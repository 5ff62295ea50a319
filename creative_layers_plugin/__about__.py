"""Facts about the plugin, read from metadata.txt: the version and the names exist in that one file only."""

from __future__ import annotations

import configparser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
PLUGIN_FOLDER = PLUGIN_DIR.name
# The plugin folder QGIS loads holds metadata.txt, resources/ and i18n/ (`make package` and `make run` put them
# there); in the source tree they stand at the top of the repository, beside the package.
ASSETS_DIR = PLUGIN_DIR if (PLUGIN_DIR / "metadata.txt").is_file() else PLUGIN_DIR.parent
METADATA_PATH = ASSETS_DIR / "metadata.txt"
RESOURCES_DIR = ASSETS_DIR / "resources"
I18N_DIR = ASSETS_DIR / "i18n"


def read_metadata(path: Path = METADATA_PATH) -> dict[str, str]:
    """The [general] section of metadata.txt as a dictionary."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys keep their case (qgisMinimumVersion)
    with path.open(encoding="utf-8") as handle:
        parser.read_file(handle)
    return dict(parser["general"])


_METADATA = read_metadata()

__title__: str = _METADATA["name"]
__version__: str = _METADATA["version"]
__author__: str = _METADATA["author"]
__email__: str = _METADATA["email"]
__tracker__: str = _METADATA["tracker"]
__homepage__: str = _METADATA["homepage"]
__qgis_minimum_version__: str = _METADATA["qgisMinimumVersion"]
__icon_path__: Path = ASSETS_DIR / _METADATA["icon"]

# the tag under which the plugin writes to QGIS's log panel, and the Processing provider's id
LOG_TAG = __title__
PROVIDER_ID = "creativemap"
