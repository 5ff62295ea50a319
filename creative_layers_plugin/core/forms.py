"""Attribute forms generated from the schema, with QGIS's own widgets only, so that they work in any QGIS.

A form has one tab per ``schema.TABS`` entry (identity, creative profile, contact, place and access, support and
funding, record) with the layer's fields in schema order; labels (aliases) in the user's language; coded fields as
value maps with labels, multi-valued fields as multiple-choice Value Relations on the workspace's ``cl_value_lists``
layer; dates with a calendar; the record fields read-only and filled by default values (uid, dates, authors,
revision); the rules of ``core/rules.py`` that QGIS can evaluate as constraints with a sentence each (hard: required,
formats, ranges, dates in order, a youth leader's consent; soft: no contact, no photo, opening hours). The full
rules, opening hours included, are checked again by ``creativemap:validate`` and before publishing.
"""

from __future__ import annotations

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ..toolbelt.i18n import tr
from .annotations import AREA_EXPRESSION, LENGTH_EXPRESSION
from .qgis_versions import make_tab
from .schema import PATTERNS, TABS, VALUE_LISTS, Field, FieldType, Layer

VALUE_LIST_LAYER = "cl_value_lists"
# the photo widget's root folder, data-defined: the folder of the layer's own file, wherever the workspace is (what
# QgsEditorWidgetWrapper's RootPath property writes; 3: an expression)
PHOTO_ROOT = {"name": "photo", "type": "collection", "properties": {"propertyRootPath": {
    "active": True, "type": 3, "expression": "file_path(layer_property(@layer, 'path'))"}}}  # fmt: skip
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"  # what QGIS's value map stores for "no value"
HARD, SOFT = (
    QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
    QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft,
)
READ_ONLY = ("uid", "rev", "created_at", "updated_at", "created_by", "updated_by")
MULTILINE = ("description", "steps", "text", "reviewer_comment")
CONTACT_FIELDS = ("phone", "email", "website", "facebook", "zalo", "tiktok", "shop_url")
DEFAULTS = {  # expression, apply on update
    "uid": ("uuid('WithoutBraces')", False),
    "rev": ("1", False),
    "created_at": ("now()", False),
    "updated_at": ("now()", True),
    "created_by": ("@user_account_name", False),
    "updated_by": ("@user_account_name", True),
    "length_m": (LENGTH_EXPRESSION, True),  # measured in EPSG:5899, again after every change of the shape
    "area_m2": (AREA_EXPRESSION, True),
}
# the common OpenStreetMap opening_hours forms (the full syntax is checked by the validation: this one only warns)
_DAY = "(Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)"
_DAYS = f"{_DAY}(-{_DAY})?(,{_DAY}(-{_DAY})?)*"
_TIME = "([01][0-9]|2[0-4]):[0-5][0-9]"
_SPANS = f"{_TIME}-{_TIME}(,{_TIME}-{_TIME})*"
_RULE = f"(({_DAYS}) )?({_SPANS}|off|closed)|{_DAYS} (off|closed)"
OPENING_HOURS_PATTERN = f"^(24/7|({_RULE})(; ?({_RULE}))*)$"


def _quoted(name: str) -> str:
    return QgsExpression.quotedColumnRef(name)


def editor_widget(field: Field, language: str, value_list_layer: QgsVectorLayer | None) -> QgsEditorWidgetSetup:
    """The QGIS editor widget for a schema field."""
    if field.name == "fid":
        return QgsEditorWidgetSetup("Hidden", {})
    if field.value_list and field.type is FieldType.MULTI:
        config = {
            "Key": "code",
            "Value": f"label_{language}",
            "FilterExpression": f'"list" = {QgsExpression.quotedString(field.value_list)}',
            "AllowMulti": True,
            "AllowNull": not field.required,
            "OrderByValue": False,
            "UseCompleter": False,
            "NofColumns": 2,
            "LayerName": VALUE_LIST_LAYER,
            "LayerProviderName": "ogr",
        }
        if value_list_layer is not None:
            config.update(Layer=value_list_layer.id(), LayerSource=value_list_layer.source())
        return QgsEditorWidgetSetup("ValueRelation", config)
    if field.value_list:
        not_set = {tr("(not set)", language): VALUE_MAP_NULL}
        entries = [] if field.required else [not_set]
        entries += [{value.label.get(language): value.code} for value in VALUE_LISTS[field.value_list].values]
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if field.type is FieldType.BOOLEAN:
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": "", "TextDisplayMethod": 0})
    if field.type in (FieldType.DATE, FieldType.DATETIME):
        display = "dd/MM/yyyy" if field.type is FieldType.DATE else "dd/MM/yyyy HH:mm"
        return QgsEditorWidgetSetup(
            "DateTime", {"display_format": display, "calendar_popup": True, "allow_null": not field.required}
        )
    if field.type in (FieldType.INTEGER, FieldType.REAL):
        config = {"Style": "SpinBox", "AllowNull": True}
        if field.minimum is not None:
            config["Min"] = field.minimum
        if field.maximum is not None:
            config["Max"] = field.maximum
        return QgsEditorWidgetSetup("Range", config)
    if field.name == "photo":  # a picture, stored relative to the workspace's folder (its root: the layer's file's)
        return QgsEditorWidgetSetup(
            "ExternalResource",
            {"DocumentViewer": 1, "DocumentViewerHeight": 160, "FileWidget": True, "FileWidgetButton": True,
             "RelativeStorage": 2, "StorageMode": 0, "FileWidgetFilter": tr("Pictures (*.jpg *.jpeg *.png)", language),
             "PropertyCollection": PHOTO_ROOT},
        )  # fmt: skip
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": field.name in MULTILINE, "UseHtml": False})


def constraint(layer_def: Layer, field: Field, language: str) -> tuple[str, str, bool] | None:
    """(expression, sentence, hard) for a field, or None: the rules QGIS can check while the form is filled."""
    name, label = _quoted(field.name), field.label.get(language)
    if field.name == layer_def.consent_field and layer_def.withhold_if:
        withheld = " OR ".join(f"coalesce({_quoted(flag)}, false)" for flag in layer_def.withhold_if)
        sentence = tr("A youth leader's record can never be published: clear “{field}”.", language).format(field=label)
        return f"NOT (coalesce({name}, false) AND ({withheld}))", sentence, True
    if field.type in PATTERNS and field.type is not FieldType.UUID:
        pattern = QgsExpression.quotedString(PATTERNS[field.type])
        sentences = {
            FieldType.PHONE: tr("{field}: write the number in international form, such as +84905123456.", language),
            FieldType.EMAIL: tr("{field}: write an e-mail address such as name@example.com.", language),
            FieldType.URL: tr("{field}: write a web address beginning with https://.", language),
        }
        return f"{name} IS NULL OR regexp_match({name}, {pattern})", sentences[field.type].format(field=label), True
    if field.type in (FieldType.INTEGER, FieldType.REAL) and (field.minimum is not None or field.maximum is not None):
        low = f"{name} >= {field.minimum}" if field.minimum is not None else "true"
        high = f"{name} <= {field.maximum}" if field.maximum is not None else "true"
        sentence = tr("{field} must lie between {low} and {high}.", language).format(
            field=label, low=field.minimum if field.minimum is not None else "…",
            high=field.maximum if field.maximum is not None else "…")  # fmt: skip
        return f"{name} IS NULL OR ({low} AND {high})", sentence, True
    if field.name == "end_date" and "start_date" in layer_def.field_names():
        start = _quoted("start_date")
        sentence = tr("{field} cannot come before the start date.", language).format(field=label)
        return f"{name} IS NULL OR {start} IS NULL OR {name} >= {start}", sentence, True
    if field.required and field.type is FieldType.TEXT and not field.value_list:
        return f"length(trim({name})) > 0", tr("{field} is required: fill it in.", language).format(field=label), True
    if field.name == "opening_hours":
        pattern = QgsExpression.quotedString(OPENING_HOURS_PATTERN)
        sentence = tr(
            "{field}: use the OpenStreetMap form, such as Mo-Fr 08:00-17:00; Sa 08:00-12:00.", language
        ).format(field=label)
        return f"{name} IS NULL OR regexp_match({name}, {pattern})", sentence, False
    if field.name == "photo" and layer_def.group == "actors":
        return f"{name} IS NOT NULL", tr("No photo yet: a photo helps people recognise the place.", language), False
    contacts = [item for item in CONTACT_FIELDS if item in layer_def.field_names()]
    # QGIS keeps one constraint per field and every contact field checks its own format: the description carries it
    if layer_def.group == "actors" and contacts and field.name == "description":
        present = ", ".join(_quoted(item) for item in contacts)
        return (
            f"coalesce({present}) IS NOT NULL",
            tr("No contact at all: give at least one way to reach them.", language),
            False,
        )
    return None


def apply_form(layer: QgsVectorLayer, layer_def: Layer, language: str, value_list_layer: QgsVectorLayer | None = None):
    """Give ``layer`` the schema's form in ``language``: tabs, widgets, aliases, defaults, constraints."""
    fields = layer.fields()
    by_name = {field.name: field for field in layer_def.all_fields()}
    form = layer.editFormConfig()
    form.setLayout(QgsEditFormConfig.EditorLayout.TabLayout)
    form.clearTabs()
    tabs = {}
    for code, tab_label in TABS.items():
        tabs[code] = QgsAttributeEditorContainer(tab_label.get(language), form.invisibleRootContainer())
        make_tab(tabs[code])
    for index, qgs_field in enumerate(fields):
        name = qgs_field.name()
        field = by_name.get(name)
        if field is None:  # fid, or a column the schema does not know
            if name == "fid":
                layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
            continue
        layer.setFieldAlias(index, field.label.get(language))
        layer.setEditorWidgetSetup(index, editor_widget(field, language, value_list_layer))
        tab = "record" if name in READ_ONLY or name == "city" else field.tab
        tabs.get(tab, tabs["identity"]).addChildElement(QgsAttributeEditorField(name, index, tabs[tab]))
        form.setReadOnly(index, name in READ_ONLY or field.read_only)
        if name in DEFAULTS:
            expression, on_update = DEFAULTS[name]
            layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))
        if field.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull)
        rule = constraint(layer_def, field, language)
        if rule is not None:
            expression, sentence, hard = rule
            layer.setConstraintExpression(index, expression, sentence)
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression, HARD if hard else SOFT)
    for tab in tabs.values():
        if tab.children():
            form.addTab(tab)
    layer.setEditFormConfig(form)
