"""Forms generated from the schema: they travel with the data (any QGIS shows them), follow the user's language,
fill the record fields, refuse bad values with the rule's sentence, warn on soft problems, and their multiple
choice writes exactly the stored form of the schema."""

import re

import pytest
import translations
from qgis.core import QgsEditFormConfig, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.gui import QgsAttributeDialog, QgsGui
from qgis.PyQt import sip

from creative_layers_plugin.core import forms, loading, schema
from creative_layers_plugin.core.workspace import create_workspace

PARK = QgsGeometry.fromPointXY(QgsPointXY(562354, 1756423))  # EPSG:5899


def messages(language):
    if language == "en":
        return None
    return {source: text for (_c, source), (text, _k) in translations.messages(translations.ts_path(language)).items()}


def translated(language, text):
    table = messages(language)
    return table[text] if table else text


@pytest.fixture()
def workspace(qgis_app, tmp_path):
    return create_workspace(tmp_path / "ws.gpkg", "hoi_an", sample=True)


@pytest.fixture()
def loaded(qgis_app, qgis_iface, qgis_new_project, workspace):
    def load(language):
        loading.load_workspace(workspace, QgsProject.instance(), language)
        return loading.map_layers()

    yield load
    close_the_bots_forms(qgis_iface.mainWindow())  # before their layers go: a form outliving its layer crashes QGIS
    loading.unload_workspace()


def close_the_bots_forms(window):
    """pytest-qgis's bot leaves each form it filled hidden under the main window; delete them now."""
    for dialog in window.findChildren(QgsAttributeDialog):
        dialog.reject()
        sip.delete(dialog)


def test_the_form_travels_with_the_data_in_vietnamese(workspace):
    plain = QgsVectorLayer(f"{workspace.path}|layername=organisation", "organisation", "ogr")  # any QGIS
    config = plain.editFormConfig()
    assert config.layout() == QgsEditFormConfig.TabLayout
    assert [tab.name() for tab in config.tabs()] == [tab.vi for tab in schema.TABS.values()]
    fields = plain.fields()
    actor_type = plain.editorWidgetSetup(fields.indexOf("actor_type"))
    assert actor_type.type() == "ValueMap"
    assert {"Nghệ nhân": "artisan"} in actor_type.config()["map"] or any(
        entry.get(schema.value_list("actor_type").label_for("artisan", "vi")) == "artisan"
        for entry in actor_type.config()["map"]
    )
    creative = plain.editorWidgetSetup(fields.indexOf("creative_fields"))
    assert creative.type() == "ValueRelation" and creative.config()["AllowMulti"]
    assert creative.config()["LayerName"] == "cl_value_lists" and creative.config()["Value"] == "label_vi"
    assert fields.field("creative_fields").alias() == "Lĩnh vực sáng tạo"
    phone = fields.indexOf("phone")
    assert plain.constraintDescription(phone) == translated("vi", forms.tr("{field}: write the number in "
                                                                "international form, such as +84905123456.")).format(
        field="Điện thoại")  # fmt: skip
    assert plain.defaultValueDefinition(fields.indexOf("uid")).expression() == "uuid('WithoutBraces')"
    table = QgsVectorLayer(f"{workspace.path}|layername=sme_enrolment", "sme", "ogr")  # tables have forms too
    assert table.editorWidgetSetup(table.fields().indexOf("pack")).type() == "ValueMap"


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_the_form_speaks_the_users_language(loaded, language):
    organisation = loaded(language)["organisation"]
    tabs = [tab.name() for tab in organisation.editFormConfig().tabs()]
    assert tabs == [tab.get(language) for tab in schema.TABS.values()] + [translated(language, "Related records")]
    fields = organisation.fields()
    assert fields.field("name").alias() == schema.layer("organisation").field("name").label.get(language)
    entries = organisation.editorWidgetSetup(fields.indexOf("ownership")).config()["map"]
    labels = [next(iter(entry)) for entry in entries]
    assert schema.value_list("ownership").label_for("community", language) in labels
    assert labels[0] == translated(language, "(not set)")  # not required: "no value" first
    description = organisation.constraintDescription(fields.indexOf("email"))
    assert description == translated(language, "{field}: write an e-mail address such as name@example.com.").format(
        field=schema.layer("organisation").field("email").label.get(language)
    )


def new_feature(qgis_bot, layer, **attributes):
    layer.startEditing()
    return qgis_bot.create_feature_with_attribute_dialog(layer, PARK, attributes)


def test_a_new_actor_gets_its_record_fields_from_the_form(loaded, qgis_bot):
    organisation = loaded("en")["organisation"]
    attributes = {"name": "Xưởng gốm Mới", "actor_type": "artisan", "city": "hoi_an", "phone": "+84905123456",
                  "creative_fields": schema.join_multi(["design", "crafts_folk_art"], "creative_field")}  # fmt: skip
    feature = new_feature(qgis_bot, organisation, **attributes)
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", feature["uid"])
    assert feature["rev"] == 1 and feature["created_at"] and feature["updated_at"]
    assert feature["created_by"] and feature["created_by"] == feature["updated_by"]
    assert organisation.commitChanges(), organisation.commitErrors()
    saved = next(organisation.getFeatures(f"\"uid\" = '{feature['uid']}'"))
    assert saved["creative_fields"] == '{"crafts_folk_art","design"}' and saved["name"] == "Xưởng gốm Mới"


BAD = [
    ("organisation", {"phone": "0905 123 456"},
     "{field}: write the number in international form, such as +84905123456."),
    ("organisation", {"email": "an@"}, "{field}: write an e-mail address such as name@example.com."),
    ("organisation", {"website": "hoian.vn"}, "{field}: write a web address beginning with https://."),
    ("organisation", {"founded_year": 1500}, "{field} must lie between {low} and {high}."),
    ("organisation", {"name": "   "}, "{field} is required: fill it in."),
    ("person", {"is_youth_leader": True, "consent_publish": True},
     "A youth leader's record can never be published: clear “{field}”."),
    ("event", {"start_date": "2025-06-10", "end_date": "2025-06-01"}, "{field} cannot come before the start date."),
]  # fmt: skip


@pytest.mark.parametrize(("layer_name", "bad", "sentence"), BAD, ids=[next(iter(case[1])) for case in BAD])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_bad_values_are_refused_with_the_rules_sentence(loaded, qgis_bot, layer_name, bad, sentence, language):
    layer = loaded(language)[layer_name]
    good = next(layer.getFeatures())  # a valid sample record of that layer, as a base
    attributes = {name: good[name] for name in layer.fields().names() if name not in ("fid", "uid")}
    attributes.update(bad)
    with pytest.raises(ValueError, match="enforcing constraint errors") as refused:
        new_feature(qgis_bot, layer, **attributes)
    expected = translated(language, sentence).split("{")[0].strip() or translated(language, sentence).split("}")[-1]
    assert expected.strip(" :.") in str(refused.value)
    layer.rollBack()


def test_soft_problems_warn_without_blocking(loaded, qgis_bot):
    organisation = loaded("en")["organisation"]
    attributes = {"name": "Nhóm không liên lạc", "actor_type": "community_group", "city": "hoi_an",
                  "opening_hours": "8h-21h"}  # fmt: skip
    organisation.startEditing()
    with pytest.raises(ValueError) as warned:
        qgis_bot.create_feature_with_attribute_dialog(organisation, PARK, attributes, raise_from_warnings=True)
    assert "No contact at all" in str(warned.value) and "OpenStreetMap form" in str(warned.value)
    assert "No photo yet" in str(warned.value)
    saved = new_feature(qgis_bot, organisation, **attributes)  # warnings only: the record is kept
    assert saved["name"] == "Nhóm không liên lạc"
    organisation.rollBack()


@pytest.mark.parametrize(
    ("text", "fine"),
    [("Mo-Su 08:00-21:00", True), ("Mo-Fr 08:00-17:00; Sa 08:00-12:00", True), ("24/7", True),
     ("Mo-Fr 07:00-11:00,13:30-17:00; Su off", True), ("Tu-Su 09:00-18:00; PH closed", True),
     ("8h-21h", False), ("Mo-Su 8:00-21:00", False), ("monday", False)],
)  # fmt: skip
def test_the_forms_opening_hours_check(text, fine):
    assert bool(re.fullmatch(forms.OPENING_HOURS_PATTERN, text)) is fine


def test_the_multiple_choice_writes_the_schemas_stored_form(loaded):
    """QGIS's own widget (not ours) writes exactly what join_multi writes, and reads it back."""
    organisation = loaded("vi")["organisation"]
    QgsGui.editorWidgetRegistry().initEditors()
    index = organisation.fields().indexOf("creative_fields")
    setup = organisation.editorWidgetSetup(index)
    wrapper = QgsGui.editorWidgetRegistry().create(setup.type(), organisation, index, setup.config(), None, None)
    stored = schema.join_multi(["music", "design"], "creative_field")
    wrapper.setValues(stored, [])
    assert wrapper.value() == stored == '{"design","music"}'


def test_an_organisation_shows_its_enrolments_and_products(loaded):
    from qgis.core import QgsAttributeEditorRelation

    layers = loaded("fr")
    relations = QgsProject.instance().relationManager().relations()
    enrolments = relations["creativemap_sme_enrolment_organisation_uid"]
    products = relations["creativemap_product_maker_uid"]
    organisation = layers["organisation"]
    tab = organisation.editFormConfig().tabs()[-1]
    assert tab.name() == translated("fr", "Related records")
    shown = {child.relation().id() for child in tab.children() if isinstance(child, QgsAttributeEditorRelation)}
    assert {enrolments.id(), products.id()} <= shown
    # the relation finds exactly the enrolments whose organisation_uid is the organisation's uid
    for feature in organisation.getFeatures():
        related = sorted(e["uid"] for e in enrolments.getRelatedFeatures(feature))
        expected = sorted(e["uid"] for e in layers["sme_enrolment"].getFeatures()
                          if e["organisation_uid"] == feature["uid"])  # fmt: skip
        assert related == expected
    assert any(list(enrolments.getRelatedFeatures(f)) for f in organisation.getFeatures())
    child = layers["sme_enrolment"]
    setup = child.editorWidgetSetup(child.fields().indexOf("organisation_uid"))
    assert setup.type() == "RelationReference" and setup.config()["Relation"] == enrolments.id()  # picked by name
    loading.unload_workspace()
    assert not [r for r in QgsProject.instance().relationManager().relations() if r.startswith("creativemap_")]


def test_the_form_shows_the_photo_a_record_points_at_in_the_workspace_folder(workspace, tmp_path, monkeypatch):
    """A photo is stored relative to the workspace's folder (``photos/…``): any QGIS's form shows the picture,
    whatever QGIS's working folder (the form finds the folder from the layer's own source)."""
    from PIL import Image
    from qgis.core import QgsFeature
    from qgis.PyQt.QtWidgets import QLabel, QWidget

    (tmp_path / "photos").mkdir(exist_ok=True)  # the sample's own photos are there too
    Image.new("RGB", (300, 200), (200, 30, 30)).save(tmp_path / "photos" / "cho.jpg")
    monkeypatch.chdir("/")  # not the workspace's folder
    QgsGui.editorWidgetRegistry().initEditors()
    plain = QgsVectorLayer(f"{workspace.path}|layername=organisation", "organisation", "ogr")  # any QGIS
    QgsProject.instance().addMapLayer(plain)
    index = plain.fields().indexOf("photo")
    setup = plain.editorWidgetSetup(index)
    parent = QWidget()
    wrapper = QgsGui.editorWidgetRegistry().create(setup.type(), plain, index, setup.config(), None, parent)
    feature = QgsFeature(plain.fields())
    feature.setAttribute(index, "photos/cho.jpg")
    wrapper.setFeature(feature)
    viewer = next(label for label in wrapper.widget().findChildren(QLabel)
                  if label.metaObject().className() == "QgsPixmapLabel")  # fmt: skip
    assert viewer.pixmap() is not None and not viewer.pixmap().isNull()
    QgsProject.instance().removeMapLayer(plain.id())
    parent.deleteLater()
