"""The schema's relations as QGIS relations: an organisation's form lists its SME enrolments, its products, its
events...; a record's reference to another (``organisation_uid``...) is picked by name, not typed as a UUID."""

from __future__ import annotations

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorRelation,
    QgsEditorWidgetSetup,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
)

from ..toolbelt.i18n import tr
from .qgis_versions import make_tab
from .schema import LAYERS, Layer

RELATION_PREFIX = "creativemap_"


def relation_id(child: Layer, field: str) -> str:
    return f"{RELATION_PREFIX}{child.name}_{field}"


def add_relations(project: QgsProject, layers: dict[str, QgsVectorLayer], language: str) -> list[QgsRelation]:
    """Declare every relation of the schema between the loaded ``layers`` (schema name -> layer); give each
    parent's form a tab of its related records and each child's reference field a picker by name."""
    manager = project.relationManager()
    added: dict[str, list[QgsRelation]] = {}
    for child in LAYERS:
        if child.name not in layers:
            continue
        for declared in child.relations:
            if declared.parent not in layers:
                continue
            relation = QgsRelation()
            relation.setId(relation_id(child, declared.field))
            relation.setName(f"{layers[declared.parent].name()} → {layers[child.name].name()}")
            relation.setReferencingLayer(layers[child.name].id())
            relation.setReferencedLayer(layers[declared.parent].id())
            relation.addFieldPair(declared.field, declared.parent_field)
            relation.setStrength(QgsRelation.RelationStrength.Association)
            if not relation.isValid():
                continue
            manager.addRelation(relation)
            added.setdefault(declared.parent, []).append(relation)
            child_layer = layers[child.name]
            child_layer.setEditorWidgetSetup(
                child_layer.fields().indexOf(declared.field),
                QgsEditorWidgetSetup(
                    "RelationReference",
                    {"Relation": relation.id(), "AllowNULL": True, "ShowForm": False, "OrderByValue": True,
                     "MapIdentification": True, "ReadOnly": False, "AllowAddFeatures": False},
                ),
            )  # fmt: skip
    for parent_name, relations in added.items():
        _add_related_tab(layers[parent_name], relations, language)
    return [relation for relations in added.values() for relation in relations]


def _add_related_tab(layer: QgsVectorLayer, relations: list[QgsRelation], language: str) -> None:
    form = layer.editFormConfig()
    title = tr("Related records", language)
    for tab in form.tabs():
        if tab.name() == title:
            return
    tab = QgsAttributeEditorContainer(title, form.invisibleRootContainer())
    make_tab(tab)
    for relation in relations:
        element = QgsAttributeEditorRelation(relation, tab)
        element.setLabel(relation.referencingLayer().name())
        tab.addChildElement(element)
    form.addTab(tab)
    layer.setEditFormConfig(form)


def remove_relations(project: QgsProject) -> None:
    manager = project.relationManager()
    for identifier in list(manager.relations()):
        if identifier.startswith(RELATION_PREFIX):
            manager.removeRelation(identifier)
