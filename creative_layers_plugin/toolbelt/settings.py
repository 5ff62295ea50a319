"""The plugin's settings in one typed place, stored with QgsSettings under the ``creative_layers/`` prefix.

Only an authentication configuration's id is kept here, never a credential: the credential stays in QGIS's
authentication manager.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

PREFIX = "creative_layers"


@dataclass
class PluginSettings:
    """What the plugin remembers between sessions."""

    dock_visible: bool = True
    show_basemap: bool = True
    basemap_url: str = ""  # an XYZ tile URL; empty: OpenStreetMap
    last_workspace: str = ""
    server_url: str = ""
    authcfg: str = ""

    @classmethod
    def load(cls) -> PluginSettings:
        store = QgsSettings()
        values = {}
        for item in fields(cls):
            default = item.default
            values[item.name] = store.value(f"{PREFIX}/{item.name}", default, type=type(default))
        return cls(**values)

    def save(self) -> None:
        store = QgsSettings()
        for item in fields(self):
            store.setValue(f"{PREFIX}/{item.name}", getattr(self, item.name))
