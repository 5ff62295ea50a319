"""Find an actor, a space or an event of the creative map from QGIS's search bar (the locator, bottom left).

Type part of a name, with or without Vietnamese accents, in NFC or NFD: "hoi an", "Hoi An", "Hội An" and "HỘI AN"
find the same features. Every word of the query must appear in the feature's name or English name, in any order.
A result shows its layer and ward; choosing it pans the map to the feature, flashes it and makes its layer the
active one. The prefix ``cmap`` searches the creative map alone (QGIS ignores a plugin's prefix shorter than three
characters unless the user sets it in the locator's options, so not ``cm``).

Threads. QGIS calls ``prepare()`` of a clone of the registered filter on the main thread, then ``fetchResults()`` of
that clone in a worker thread, and ``triggerResult()`` of the registered filter on the main thread. So:

- the registered filter owns one :class:`NameIndex`, shared with its clones: per layer, the folded names of its
  features (folded once, not on every keystroke), dropped as soon as the layer's data changes (features added,
  deleted or edited, a commit, a rollback, a reload, a new subset string: the layer's signals, on the main thread);
- ``prepare()`` (main thread) takes, per layer, its indexed names, or, when the layer changed since, a
  ``QgsVectorLayerFeatureSource`` (QGIS's thread-safe snapshot of the layer's data, uncommitted edits included), and
  the layer's name and icon. The clone keeps nothing else: it touches no layer and no widget;
- ``fetchResults()`` (worker thread) reads the names of the layers that changed from those sources, stores them in
  the index unless the layer changed again meanwhile, and matches the query against plain strings. Reading a large
  layer thus never freezes the QGIS window, and happens once per change rather than once per keystroke.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsIconUtils,
    QgsLocatorFilter,
    QgsLocatorResult,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, QThread
from qgis.PyQt.QtGui import QIcon

from ..core import crs as crs_tools
from ..core import loading
from ..core.qgis_versions import locator_data
from ..core.schema import fold
from ..toolbelt.i18n import tr

MAX_RESULTS = 50
PREFIX = "cmap"  # QGIS 3.22 drops a plugin filter's prefix of fewer than 3 characters (QgsLocator::registerFilter)
POINT_SCALE = 2000.0  # a point is shown at 1:2,000 (or closer, when the map is closer already)
EXTENT_MARGIN = 1.2  # an area is shown with a margin around it
_CANCEL_CHECK = 2048  # entries matched between two looks at the feedback
_SEPARATOR = "\n"  # between the folded name and English name: no folded query word contains it
# a layer's data changed: its names are read again at the next search
_CHANGE_SIGNALS = (
    "dataChanged",
    "featureAdded",
    "featureDeleted",
    "attributeValueChanged",
    "subsetStringChanged",
    "afterCommitChanges",
    "afterRollBack",
)


class Entry(NamedTuple):
    """One feature in the index."""

    text: str  # the folded name and English name, separated by _SEPARATOR
    key: str  # the folded name, to sort by
    fid: int
    name: str  # as shown: the name, or the English name when there is no name
    ward: str  # the ward as shown, "" when unknown


@dataclass
class LayerSource:
    """What a clone needs of one layer, taken on the main thread by :meth:`NameIndex.sources`."""

    layer_id: str
    layer_name: str  # as in the layer tree
    icon: QIcon
    generation: int  # of the layer's data when this was taken
    entries: tuple[Entry, ...] | None  # the indexed names, or None when they must be read from ``source``
    source: QgsVectorLayerFeatureSource | None
    attributes: tuple[int, int, int, int]  # indexes of name, name_en, ward, ward_legacy (-1: no such field)


def _text(value) -> str:
    """An attribute as text; NULL (a QVariant in QGIS 3.22's Python) and non-text values as ""."""
    return value.strip() if isinstance(value, str) else ""


def _attribute(values: list, index: int) -> str:
    """The attribute at ``index`` as text ("" for -1: the layer has no such field)."""
    return _text(values[index]) if 0 <= index < len(values) else ""


def ward_text(ward: str, legacy: str) -> str:
    """The ward shown in a result: the current ward, with the former one when it differs."""
    if ward and legacy and fold(ward) != fold(legacy):
        return tr("{ward} (formerly {legacy})").format(ward=ward, legacy=legacy)
    return ward or legacy


def read_entries(source: QgsVectorLayerFeatureSource, attributes: tuple[int, int, int, int]) -> tuple[Entry, ...]:
    """The index entries of every feature of ``source`` that has a name (any thread)."""
    name_index, name_en_index, ward_index, legacy_index = attributes
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([index for index in attributes if index >= 0])
    entries = []
    for feature in source.getFeatures(request):
        values = feature.attributes()
        name, name_en = _attribute(values, name_index), _attribute(values, name_en_index)
        if not name and not name_en:
            continue
        folded, folded_en = fold(name), fold(name_en)
        ward = ward_text(_attribute(values, ward_index), _attribute(values, legacy_index))
        entries.append(Entry(f"{folded}{_SEPARATOR}{folded_en}", folded or folded_en, feature.id(), name or name_en,
                             ward))  # fmt: skip
    return tuple(entries)


def match_rank(text: str, phrase: str) -> int:
    """0: a name starts with the query; 1: a word of a name does; 2: a name holds it; 3: its words are scattered."""
    if text.startswith(phrase) or f"{_SEPARATOR}{phrase}" in text:
        return 0
    if f" {phrase}" in text:
        return 1
    return 2 if phrase in text else 3


def search(groups: Iterable[tuple[object, Sequence[Entry]]], query: str, limit: int = MAX_RESULTS,
           is_canceled: Callable[[], bool] = lambda: False) -> list[tuple[object, Entry]]:  # fmt: skip
    """The best ``limit`` matches of ``query`` among the entries of each (tag, entries) group, as (tag, entry):
    prefix matches first, then by name. Every word of the query must appear; [] when canceled."""
    words = fold(query).split()
    if not words:
        return []
    phrase = " ".join(words)
    hits = []
    for order, (tag, entries) in enumerate(groups):
        for count, entry in enumerate(entries):
            if count % _CANCEL_CHECK == 0 and is_canceled():
                return []
            text = entry.text
            if all(word in text for word in words):
                hits.append((match_rank(text, phrase), entry.key, entry.name, order, entry.fid, tag, entry))
    best = heapq.nsmallest(limit, hits, key=lambda hit: hit[:5])
    return [(hit[5], hit[6]) for hit in best]


def searchable(layer) -> bool:
    """A creative-map layer the locator searches: valid, with geometry and a ``name`` field."""
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.isSpatial()
        and layer.fields().indexOf("name") >= 0
    )


class NameIndex(QObject):
    """Per layer, the folded names of its features; a layer's names are dropped when its data changes.

    Created and connected on the main thread; :meth:`entries` may run in any thread (a lock guards the cache)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[Entry, ...]] = {}
        self._generations: dict[str, int] = {}
        self._watched: set[str] = set()
        self.reads = 0  # how many times a layer's names were read (a test sees the cache work)

    def sources(self, project: QgsProject | None = None) -> list[LayerSource]:
        """What a search needs of each searchable layer of the loaded workspace (main thread)."""
        group = loading.find_group(project)
        sources = []
        for layer in loading.map_layers(project).values():
            if not searchable(layer):
                continue
            self._watch(layer)
            with self._lock:
                entries = self._entries.get(layer.id())
                generation = self._generations.get(layer.id(), 0)
            node = group.findLayer(layer.id()) if group is not None else None
            fields = layer.fields()
            attributes = tuple(fields.indexOf(name) for name in ("name", "name_en", "ward", "ward_legacy"))
            source = QgsVectorLayerFeatureSource(layer) if entries is None else None
            sources.append(LayerSource(layer.id(), node.name() if node is not None else layer.name(),
                                       QgsIconUtils.iconForLayer(layer), generation, entries, source,
                                       attributes))  # fmt: skip
        current = {source.layer_id for source in sources}
        with self._lock:  # layers no longer in the workspace: forget their names
            for layer_id in set(self._entries) - current:
                del self._entries[layer_id]
        return sources

    def entries(self, source: LayerSource) -> tuple[Entry, ...]:
        """The layer's entries: the indexed ones, or read now and kept unless the layer changed meanwhile."""
        if source.entries is not None:
            return source.entries
        entries = read_entries(source.source, source.attributes)
        with self._lock:
            self.reads += 1
            if self._generations.get(source.layer_id, 0) == source.generation:
                self._entries[source.layer_id] = entries
        return entries

    def invalidate(self, layer_id: str) -> None:
        with self._lock:
            self._generations[layer_id] = self._generations.get(layer_id, 0) + 1
            self._entries.pop(layer_id, None)

    def _watch(self, layer: QgsVectorLayer) -> None:
        if layer.id() in self._watched:
            return
        self._watched.add(layer.id())
        for signal in _CHANGE_SIGNALS:
            # a bound method of this QObject: Qt drops the connections when the index goes with its filter
            getattr(layer, signal).connect(self._layer_changed)

    def _layer_changed(self, *_args) -> None:
        layer = self.sender()
        if layer is not None:
            self.invalidate(layer.id())


def on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


class CreativeMapLocatorFilter(QgsLocatorFilter):
    """The creative map in QGIS's locator. Register it with ``iface.registerLocatorFilter(filter)``."""

    def __init__(self, iface, index: NameIndex | None = None) -> None:
        super().__init__()
        self.iface = iface
        # the registered filter owns the index; its clones share it
        self.index = index if index is not None else NameIndex(self)
        self._sources: list[LayerSource] | None = None

    def clone(self) -> CreativeMapLocatorFilter:
        return CreativeMapLocatorFilter(self.iface, self.index)

    def name(self) -> str:
        return "creativemap"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Creative map")

    def prefix(self) -> str:
        return PREFIX

    def priority(self):
        return QgsLocatorFilter.Priority.High

    def prepare(self, string: str, context) -> list[str]:
        """Main thread: take what the search needs of the layers (see the module's docstring)."""
        self._sources = self.index.sources()
        return []

    def fetchResults(self, string: str, context, feedback) -> None:  # noqa: N802 (QGIS's name)
        """Worker thread (or the main thread when called directly): emit ``resultFetched`` for each match."""
        if self._sources is None:
            if not on_main_thread():
                return  # no layer may be touched from here
            self._sources = self.index.sources()

        def canceled() -> bool:
            return feedback is not None and feedback.isCanceled()

        groups = []
        for source in self._sources:
            groups.append((source, self.index.entries(source)))
            if canceled():
                return
        hits = search(groups, string, MAX_RESULTS, canceled)
        for position, (source, entry) in enumerate(hits):
            if canceled():
                return
            result = QgsLocatorResult(self, entry.name, [source.layer_id, entry.fid])
            result.description = f"{source.layer_name} · {entry.ward}" if entry.ward else source.layer_name
            result.group = source.layer_name
            result.icon = source.icon
            result.score = 1.0 - position / (len(hits) + 1)  # QGIS sorts by score within a group: keep this order
            self.resultFetched.emit(result)

    def triggerResult(self, result: QgsLocatorResult) -> None:  # noqa: N802 (QGIS's name)
        """Main thread: show the feature on the map, flash it, make its layer the active one (nothing selected)."""
        data = locator_data(result)
        try:
            layer_id, fid = str(data[0]), int(data[1])
        except (TypeError, ValueError, IndexError):
            return
        layer = QgsProject.instance().mapLayer(layer_id)
        if not isinstance(layer, QgsVectorLayer):
            return
        feature = layer.getFeature(fid)
        if not feature.isValid() or not feature.hasGeometry():
            return
        canvas = self.iface.mapCanvas()
        show_geometry(canvas, layer, feature.geometry())
        canvas.flashFeatureIds(layer, [fid])
        self.iface.setActiveLayer(layer)


def show_geometry(canvas, layer: QgsVectorLayer, geometry: QgsGeometry) -> None:
    """Centre a point at 1:2,000 (closer if the map is closer already); frame a line or an area with a margin."""
    project = QgsProject.instance()
    context = crs_tools.pin_vn2000(project.transformContext())
    geometry = QgsGeometry(geometry)
    geometry.transform(QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), context))
    box = geometry.boundingBox()
    if geometry.type() == QgsWkbTypes.GeometryType.PointGeometry or box.width() == 0 or box.height() == 0:
        canvas.setCenter(box.center())
        if canvas.scale() > POINT_SCALE or canvas.scale() <= 0:
            canvas.zoomScale(POINT_SCALE)
    else:
        box.scale(EXTENT_MARGIN)
        canvas.setExtent(box)
    canvas.refresh()
