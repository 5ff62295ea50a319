"""Benchmark: open a large workspace through the plugin, against plain QGIS loading the same layers, and render.

    .venv/bin/python bench/open_and_render.py [--features 100000] [--repeats 3]

Both runs happen in this one process, alternating, on the same generated workspace (kept in build/bench/ between
runs). The plugin path is open_workspace() + load_workspace() (checks, migration check, groups, counts); the plain
path is what a QGIS user does by hand: one QgsVectorLayer per table (its default style comes from the GeoPackage
too). Each path then renders the full extent once. Printed: both medians and their ratio (target: at most 1.15).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402

_APP = QgsApplication([], False)
_APP.initQgis()

from creative_layers_plugin.core import loading, samples, schema  # noqa: E402
from creative_layers_plugin.core.workspace import add_records, create_workspace  # noqa: E402
from creative_layers_plugin.core.workspace_open import open_workspace  # noqa: E402

HOI_AN_BOX = (108.28, 15.85, 108.40, 15.92)  # lon/lat: the old town, the park, the craft villages


def generate(path: Path, features: int, seed: int = 5899) -> Path:
    """A Hội An workspace with ``features`` records, copied from the sample with new uids and jittered places."""
    if path.exists():
        workspace = open_workspace(path)
        if sum(workspace.count(layer.name) for layer in schema.LAYERS) == features:
            return path
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    workspace = create_workspace(path, "hoi_an", sample=False)
    randomness = random.Random(seed)
    templates = samples.build_sample("hoi_an")
    point_layers = [layer for layer in schema.LAYERS if layer.geometry == "Point" and templates.get(layer.name)]
    share = features // len(point_layers)
    for index, layer in enumerate(point_layers):
        count = share if index < len(point_layers) - 1 else features - share * (len(point_layers) - 1)
        batch = []
        for number in range(count):
            record = dict(randomness.choice(templates[layer.name]))
            record["uid"] = str(uuid.UUID(int=randomness.getrandbits(128), version=4))
            lon = randomness.uniform(HOI_AN_BOX[0], HOI_AN_BOX[2])
            lat = randomness.uniform(HOI_AN_BOX[1], HOI_AN_BOX[3])
            record["geometry"] = f"POINT ({lon:.6f} {lat:.6f})"
            if record.get("name"):
                record["name"] = f"{record['name']} {number}"
            batch.append(record)
            if len(batch) == 5000:
                add_records(workspace, layer, batch, "EPSG:4326")
                batch = []
        add_records(workspace, layer, batch, "EPSG:4326")
    return path


def render(layers: list, crs) -> float:
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(1600, 1000))
    extent = QgsRectangle()
    for layer in layers:
        if layer.isSpatial():
            extent.combineExtentWith(layer.extent())
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage().width()


def through_plugin(path: Path) -> float:
    project = QgsProject.instance()
    started = time.perf_counter()
    workspace = open_workspace(path)
    loading.load_workspace(workspace, project, language="vi")
    layers = list(loading.map_layers(project).values())
    render(layers, project.crs())
    elapsed = time.perf_counter() - started
    project.clear()
    return elapsed


def through_plain_qgis(path: Path) -> float:
    project = QgsProject.instance()
    started = time.perf_counter()
    layers = []
    for layer_def in schema.LAYERS:
        layer = QgsVectorLayer(f"{path}|layername={layer_def.name}", layer_def.label.vi, "ogr")
        project.addMapLayer(layer)
        layers.append(layer)
    render(layers, layers[0].crs())
    elapsed = time.perf_counter() - started
    project.clear()
    return elapsed


def main(argv: list[str] | None = None) -> float:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workspace", type=Path, default=ROOT / "build" / "bench" / "hoi_an_large.gpkg")
    args = parser.parse_args(argv)

    path = generate(args.workspace, args.features)
    through_plain_qgis(path)  # warm the file cache for both
    plugin_times, plain_times = [], []
    for _ in range(args.repeats):
        plugin_times.append(through_plugin(path))
        plain_times.append(through_plain_qgis(path))
    plugin, plain = statistics.median(plugin_times), statistics.median(plain_times)
    ratio = plugin / plain
    print(f"workspace: {path.name}, {args.features} features, {args.repeats} runs each, medians")
    print(f"plugin (open, check, group, count, render): {plugin:.3f} s")
    print(f"plain QGIS (add layers, render):            {plain:.3f} s")
    print(f"ratio plugin / plain QGIS: {ratio:.2f} (target at most 1.15)")
    return ratio


if __name__ == "__main__":
    main()
