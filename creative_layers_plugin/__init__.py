"""Creative Layers: a QGIS plugin for the Multi-layer Creative Map of Hội An, Tam Kỳ and Hà Nội."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Called by QGIS to load the plugin; the import is lazy so that loading the package costs nothing."""
    from .plugin import CreativeLayersPlugin

    return CreativeLayersPlugin(iface)
