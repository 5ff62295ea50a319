"""A workspace in the QGIS project: the "Creative map" group, one subgroup per kind, filters, zoom to a city.

Layers keep the style stored in the workspace (their default style), so the map looks the same with or without the
plugin. Filters are layer subset strings, so the feature counts in the layer tree follow them.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)

from ..toolbelt.i18n import qgis_language, tr
from . import crs as crs_tools
from .forms import apply_form
from .relations import add_relations, remove_relations
from .schema import CITIES, GROUPS, LAYERS, Layer
from .styles import relabel
from .workspace import VALUE_LIST_TABLE, Workspace

WORKSPACE_PROPERTY = "creative_layers/workspace"
GROUP_PROPERTY = "creative_layers/group"
LAYER_PROPERTY = "creative_layers/layer"
_GEOMETRY_ORDER = {"Point": 0, "LineString": 1, "Polygon": 2, "MultiPolygon": 3, None: 4}
_CITY_MARGIN_M = 600.0  # around a city's features when zooming to it
_CITY_HALF_WIDTH_M = 2500.0  # when a city has no feature yet: a box around its centre


def _language(language: str | None) -> str:
    return language or qgis_language()


def find_group(project: QgsProject | None = None) -> QgsLayerTreeGroup | None:
    """The project's creative-map group, if a workspace is loaded."""
    project = project or QgsProject.instance()
    for child in project.layerTreeRoot().children():
        if isinstance(child, QgsLayerTreeGroup) and child.customProperty(WORKSPACE_PROPERTY):
            return child
    return None


def map_layers(project: QgsProject | None = None) -> dict[str, QgsVectorLayer]:
    """Schema layer name -> the project's layer, for the loaded workspace."""
    group = find_group(project)
    if group is None:
        return {}
    return {
        node.layer().customProperty(LAYER_PROPERTY): node.layer()
        for node in group.findLayers()
        if node.layer() is not None and node.layer().customProperty(LAYER_PROPERTY)
    }


def load_workspace(workspace: Workspace, project: QgsProject | None = None, language: str | None = None):
    """Put the workspace's layers into the project (replacing a creative map loaded before); return the group."""
    project = project or QgsProject.instance()
    language = _language(language)
    unload_workspace(project)
    crs_tools.pin_in_project(project)
    if not project.mapLayers():
        project.setCrs(crs_tools.crs(workspace.crs))
    value_lists = workspace.layer(VALUE_LIST_TABLE, VALUE_LIST_TABLE)  # the forms' multiple choices read it
    value_lists.setFlags(value_lists.flags() | QgsMapLayer.LayerFlag.Private)  # not a map layer: kept out of the tree
    value_lists.setCustomProperty(WORKSPACE_PROPERTY, str(workspace.path))
    project.addMapLayer(value_lists, False)
    group = project.layerTreeRoot().insertGroup(0, tr("Creative map"))
    group.setCustomProperty(WORKSPACE_PROPERTY, str(workspace.path))
    for code, group_def in GROUPS.items():
        members = [layer for layer in LAYERS if layer.group == code]
        members.sort(key=lambda item: _GEOMETRY_ORDER[item.geometry])  # points above lines above areas
        if not members:
            continue
        subgroup = group.addGroup(group_def.label.get(language))
        subgroup.setCustomProperty(GROUP_PROPERTY, code)
        for layer_def in members:
            layer = workspace.layer(layer_def.name, layer_def.label.get(language))
            layer.setCustomProperty(LAYER_PROPERTY, layer_def.name)
            relabel(layer, layer_def, language)  # the stored style's legend is Vietnamese
            apply_form(layer, layer_def, language, value_lists)  # and so are its form's labels
            project.addMapLayer(layer, False)
            node: QgsLayerTreeLayer = subgroup.addLayer(layer)
            node.setCustomProperty("showFeatureCount", 1)
            node.setExpanded(False)  # the legend's categories on demand: the tree reads at a glance
    add_relations(project, map_layers(project), language)
    return group


def unload_workspace(project: QgsProject | None = None) -> None:
    project = project or QgsProject.instance()
    group = find_group(project)
    if group is None:
        return
    layer_ids = [node.layerId() for node in group.findLayers()]
    layer_ids += [
        layer.id()
        for layer in project.mapLayersByName(VALUE_LIST_TABLE)
        if layer.customProperty(WORKSPACE_PROPERTY) == group.customProperty(WORKSPACE_PROPERTY)
    ]
    group.parent().removeChildNode(group)
    remove_relations(project)
    project.removeMapLayers(layer_ids)


def filter_expression(layer_def: Layer, city: str | None, creative_field: str | None) -> str:
    """The subset string for a layer: its city, and the creative field for layers that have one."""
    names = {field.name for field in layer_def.all_fields()}
    parts = []
    if city:
        parts.append(f'"city" = {QgsExpression.quotedValue(city)}')
    if creative_field and "creative_fields" in names:
        pattern = QgsExpression.quotedValue(f'%"{creative_field}"%')  # stored as {"design","music"}
        parts.append(f'"creative_fields" LIKE {pattern}')
    return " AND ".join(parts)


def apply_filters(project: QgsProject | None = None, city: str | None = None, creative_field: str | None = None):
    """Filter every creative-map layer; returns schema layer name -> feature count after filtering."""
    counts = {}
    by_name = {layer.name: layer for layer in LAYERS}
    for name, layer in map_layers(project).items():
        expression = filter_expression(by_name[name], city, creative_field)
        if layer.subsetString() != expression:
            layer.setSubsetString(expression)
        counts[name] = feature_count(layer)
    return counts


def feature_count(layer: QgsVectorLayer) -> int:
    """The number of features the layer shows. QGIS answers -1 (unknown) while another counter (the layer tree's
    own, in a background task) works on the same OGR layer; then count them, cheaply (no geometry, no attribute)."""
    count = layer.featureCount()
    if count >= 0:
        return count
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request))


def _trimmed(values: list[float], share: float = 0.05) -> tuple[float, float]:
    """The range of ``values`` without the lowest and highest ``share`` (an island offshore, a stray record)."""
    values = sorted(values)
    cut = int(len(values) * share)
    return values[cut], values[len(values) - 1 - cut]


def city_extent(city: str, project: QgsProject | None = None) -> QgsReferencedRectangle:
    """Where a city's places are, in the project's CRS: the central 90% of its points on each axis, with a margin
    (a box around the city's centre when it has no point yet)."""
    project = project or QgsProject.instance()
    target = project.crs()
    context = crs_tools.pin_vn2000(project.transformContext())
    request = QgsFeatureRequest().setFilterExpression(f'"city" = {QgsExpression.quotedValue(city)}')
    request.setNoAttributes()
    by_name = {layer.name: layer for layer in LAYERS}
    xs, ys = [], []
    for name, layer in map_layers(project).items():
        if by_name[name].geometry != "Point":  # wards and sites would stretch it to the whole district
            continue
        transform = QgsCoordinateTransform(layer.crs(), target, context)
        for feature in layer.dataProvider().getFeatures(request):
            if feature.hasGeometry():
                point = transform.transform(feature.geometry().asPoint())
                xs.append(point.x())
                ys.append(point.y())
    metres = target.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters  # else degrees
    to_units = 1.0 if metres else 1 / 111_320
    if not xs:
        centre = crs_tools.transform(crs_tools.WGS84, target).transform(CITIES[city].lon, CITIES[city].lat)
        half = _CITY_HALF_WIDTH_M * to_units
        extent = QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
    else:
        (xmin, xmax), (ymin, ymax) = _trimmed(xs), _trimmed(ys)
        extent = QgsRectangle(xmin, ymin, xmax, ymax)
        extent.grow(_CITY_MARGIN_M * to_units)
    return QgsReferencedRectangle(extent, target)
