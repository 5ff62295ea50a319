"""A server's data as a publish leaves it: only what may be published (a person without consent, a youth leader, a
reviewer's comment never reach a server), and the records that point at picture files beside the workspace
(``photo``: ``photos/x.jpg``) pointing instead at the media store (``/media/<name>.jpg``), which holds those photos as
the plugin sends them (web-sized, upright, without any tag: ``sync.photos.web_jpeg``). For a server made with a city's
sample, or serving a copy of a workspace, so that the working copy's first publish to it finds the same records (run
inside a QGIS application: project.py and pg_export.py)."""

from __future__ import annotations

from pathlib import Path


def as_published(gpkg: Path, media: Path, photo_root: Path) -> int:
    """Leave out of ``gpkg`` what may not be published, and rewrite the ``photo`` of every record (paths relative to
    ``photo_root``) as its media address, the photos written into ``media``; a photo missing or not a picture is left
    out, as a publish leaves it. Returns how many photos the store holds now."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from creative_layers_plugin.core.schema import LAYERS
    from creative_layers_plugin.core.validation import feature_record
    from creative_layers_plugin.sync.photos import PHOTO_FIELD, LocalPhotos, media_name, web_jpeg

    for layer_def in LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={layer_def.name}", layer_def.name, "ogr")
        withheld = [f.id() for f in layer.getFeatures() if not layer_def.may_publish(feature_record(f))]
        never = [layer.fields().indexOf(f.name) for f in layer_def.all_fields() if f.privacy == "never"]
        gone = set(withheld)
        cleared = {f.id(): dict.fromkeys(never) for f in layer.getFeatures() if f.id() not in gone} if never else {}
        provider = layer.dataProvider()
        if (withheld and not provider.deleteFeatures(withheld)) or (cleared and not provider.changeAttributeValues(
                cleared)):  # fmt: skip
            raise RuntimeError(
                f"what may not be published could not be left out of {layer_def.name} in {gpkg}: "
                f"{'; '.join(provider.errors()[-3:])}"
            )
    photos = LocalPhotos(photo_root)
    for layer_def in LAYERS:
        if PHOTO_FIELD not in layer_def.field_names():
            continue
        layer = QgsVectorLayer(f"{gpkg}|layername={layer_def.name}", layer_def.name, "ogr")
        index = layer.fields().indexOf(PHOTO_FIELD)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
        changes = {}
        for feature in layer.getFeatures(request):
            value = feature[index]
            if isinstance(value, str) and value.strip() and media_name(value) is None:
                address, _why = photos.published(value)
                changes[feature.id()] = {index: address}
        if changes and not layer.dataProvider().changeAttributeValues(changes):
            raise RuntimeError(f"the photos of {layer_def.name} could not be written in {gpkg}")
    media.mkdir(parents=True, exist_ok=True)
    for name, path in photos.files.items():
        target = media / f"{name}.jpg"
        if not target.exists():
            target.write_bytes(web_jpeg(path))
            target.chmod(0o644)
    return len(photos.files)
