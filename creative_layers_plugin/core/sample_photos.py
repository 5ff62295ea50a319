"""The sample cities' photos: a few records of a sample workspace get a photo, copied beside the workspace
(``photos/<scene>.jpg``), so that the form, the publish and the online map show photos from the start.

The photos are drawn, never downloaded, by ``scripts/make_sample_photos.py`` (the same bytes at every run), which the
setup runs into ``resources/samples/photos/``; ``make package`` puts them into the plugin. Without them (a source tree
that was never set up) the sample simply has no photos.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsFeatureRequest

from ..__about__ import RESOURCES_DIR
from ..toolbelt.i18n import tr
from .schema import PHOTO_FOLDER, split_multi
from .workspace import Workspace, WorkspaceError

PHOTOS_DIR = RESOURCES_DIR / "samples" / "photos"
# each scene, and the craft of the records it is given to: the first organisation and the first craft village of it
SCENES = {"lanterns": "lantern", "pottery": "pottery", "basket-boats": "bamboo_coconut",
          "vegetables": "vegetable_farming", "woodcarving": "carpentry_woodcarving"}  # fmt: skip
LAYERS = ("organisation", "craft_village")


def available(folder: Path = PHOTOS_DIR) -> dict[str, Path]:
    """scene -> its photo, for the scenes whose photo exists."""
    return {scene: folder / f"{scene}.jpg" for scene in SCENES if (folder / f"{scene}.jpg").is_file()}


def attach(workspace: Workspace, folder: Path = PHOTOS_DIR) -> int:
    """Give the sample's photos to a few records of ``workspace`` (copied into ``photos/`` beside it); returns how
    many records got one."""
    photos = available(folder)
    if not photos:
        return 0
    target = workspace.path.parent / PHOTO_FOLDER
    given = 0
    for layer_name in LAYERS:
        layer = workspace.layer(layer_name)
        crafts, photo = layer.fields().indexOf("crafts"), layer.fields().indexOf("photo")
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(["uid", "crafts"], layer.fields())
        features = sorted(layer.getFeatures(request), key=lambda feature: str(feature["uid"]))
        changes = {}
        for scene, craft in SCENES.items():
            chosen = next((f for f in features if craft in split_multi(f[crafts]) and f.id() not in changes), None)
            if scene in photos and chosen is not None:
                target.mkdir(exist_ok=True)
                copy = target / photos[scene].name
                if not copy.exists():
                    shutil.copyfile(photos[scene], copy)
                changes[chosen.id()] = {photo: f"{PHOTO_FOLDER}/{copy.name}"}
        if changes and not layer.dataProvider().changeAttributeValues(changes):
            raise WorkspaceError(tr("The sample's photos could not be written into {path}.").format(
                path=workspace.path.name))  # fmt: skip
        given += len(changes)
    return given
