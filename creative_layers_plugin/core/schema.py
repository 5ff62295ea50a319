"""The one declarative description of every layer of the creative map (pure Python, standard library only).

Everything else (GeoPackage tables, styles, forms, validation, publishing, sample data) is generated from the
schema: adding a field or a layer is a change in this module, adding a value a change in ``value_lists.py``, and
nowhere else. Import the whole public API from here (the building blocks live in ``schema_model.py``).

Storage conventions (the contract with the workspace, the importers and the shared server):

- Every layer carries the record fields of ``RECORD_FIELDS`` first: ``uid`` (a UUID, the identity everywhere),
  ``rev``, ``created_at``, ``updated_at``, ``created_by``, ``updated_by``; then ``city`` (a code of ``CITIES``:
  a city is data). ``Layer.all_fields()`` returns them followed by the layer's own fields.
- A coded field (``Field.value_list`` set) stores the value's ``code``, never a label; labels exist in English,
  Vietnamese and French and are chosen by the user's language at display time.
- A multi-valued coded field (``FieldType.MULTI``: creative fields, crafts, needs, criteria, languages) is ONE text
  column holding the codes the way QGIS's own multiple-choice widget writes them, so that the form works in any
  QGIS: ``{"crafts_folk_art","design","architecture"}``, without duplicates, in value-list order. An empty set is
  NULL (``None``), never an empty string. Build it with ``join_multi(codes, value_list)`` and read it with
  ``split_multi(text)`` (which also reads ``{a,b}``, JSON arrays and the ``a;b`` of schema version 1).
- Dates are ISO 8601 ``YYYY-MM-DD``; date-times are ISO 8601 in UTC; phone numbers (and Zalo) are E.164
  (``+84...``); opening hours use OpenStreetMap ``opening_hours`` syntax (``Mo-Su 08:00-21:00``).
- Geometries are stored in the city's layer CRS (``CITIES[code].crs``); sample data and the server use WGS 84.

Privacy (DOMAIN.md, Decree 13/2023): ``Layer.privacy`` is ``public`` (every record may be published),
``consent`` (a record is published only when its ``Layer.consent_field`` is true) or ``never`` (nothing leaves the
workspace). Whatever the class, a record whose ``Layer.withhold_if`` fields are true (youth leaders) is never
published, and a field whose ``privacy`` is ``never`` is never sent. ``Layer.may_publish(record)`` says it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .schema_model import (
    CITY_FIELD,
    GEOMETRIES,
    LANGUAGES,
    PATTERNS,
    PRIVACY_CLASSES,
    RECORD_FIELDS,
    City,
    Field,
    FieldType,
    Group,
    Label,
    Layer,
    Relation,
    Value,
    ValueList,
    fold,
    format_multi,
    make_field,
    split_multi,
)
from .value_lists import CITIES, GROUPS, TABS, VALUE_LISTS, join_multi, value_list

__all__ = [
    "CITIES",
    "CITY_FIELD",
    "GEOMETRIES",
    "GROUPS",
    "LANGUAGES",
    "LAYERS",
    "PATTERNS",
    "PRIVACY_CLASSES",
    "RECORD_FIELDS",
    "SCHEMA_VERSION",
    "TABS",
    "VALUE_LISTS",
    "City",
    "Field",
    "FieldType",
    "Group",
    "Label",
    "Layer",
    "Relation",
    "Value",
    "ValueList",
    "fold",
    "format_multi",
    "join_multi",
    "layer",
    "schema_problems",
    "split_multi",
    "value_list",
]  # fmt: skip

# 1: the first working copies (multi values stored as "a;b")
# 2: multi values stored as QGIS's multiple-choice widget writes them, {"a","b"} (migrated in place)
SCHEMA_VERSION = 2
T = FieldType
_f = make_field

# --------------------------------------------------------------------------------------------------- fields

NAME = _f("name", T.TEXT, "Name", "Tên", "Nom", required=True, length=255)
NAME_EN = _f("name_en", T.TEXT, "Name in English", "Tên tiếng Anh", "Nom en anglais", length=255)
DESCRIPTION = _f("description", T.TEXT, "Description", "Mô tả", "Description")
PHOTO_FOLDER = "photos"  # beside the workspace: its photos, the sample's and those brought from a server
PHOTO = _f("photo", T.TEXT, "Photo", "Ảnh", "Photo", length=255,
           help=Label("Path of a photo file", "Đường dẫn tệp ảnh", "Chemin d'un fichier photo"))  # fmt: skip
SOURCE = _f("source", T.TEXT, "Source", "Nguồn dữ liệu", "Source", length=255, tab="record")
CREATIVE_FIELDS = _f("creative_fields", T.MULTI, "Creative fields", "Lĩnh vực sáng tạo", "Domaines créatifs",
                     value_list="creative_field", tab="creative_profile")  # fmt: skip
CRAFTS = _f("crafts", T.MULTI, "Crafts", "Nghề thủ công", "Métiers d'art", value_list="craft", tab="creative_profile")
NEEDS = _f("needs", T.MULTI, "Needs", "Nhu cầu", "Besoins", value_list="need", tab="support_funding")
PHONE = _f("phone", T.PHONE, "Phone", "Điện thoại", "Téléphone", length=20, tab="contact")
EMAIL = _f("email", T.EMAIL, "Email", "Email", "Courriel", length=255, tab="contact")
WEBSITE = _f("website", T.URL, "Website", "Trang web", "Site web", length=255, tab="contact")
FACEBOOK = _f("facebook", T.URL, "Facebook page", "Trang Facebook", "Page Facebook", length=255, tab="contact")
ZALO = _f("zalo", T.PHONE, "Zalo", "Zalo", "Zalo", length=20, tab="contact",
          help=Label("Zalo number, +84...", "Số Zalo, +84...", "Numéro Zalo, +84..."))  # fmt: skip
TIKTOK = _f("tiktok", T.URL, "TikTok", "TikTok", "TikTok", length=255, tab="contact")
SHOP_URL = _f("shop_url", T.URL, "Online shop (Shopee, Lazada…)", "Gian hàng trực tuyến (Shopee, Lazada…)",
              "Boutique en ligne (Shopee, Lazada…)", length=255, tab="contact")  # fmt: skip
ADDRESS = _f("address", T.TEXT, "Address", "Địa chỉ", "Adresse", length=255, tab="place_access")
WARD = _f("ward", T.TEXT, "Ward", "Phường, xã", "Quartier", length=100, tab="place_access",
          help=Label("Current (2025) ward or commune", "Phường, xã hiện nay (2025)",
                     "Quartier ou commune actuel (2025)"))  # fmt: skip
WARD_LEGACY = _f("ward_legacy", T.TEXT, "Former ward", "Phường, xã cũ", "Ancien quartier", length=100,
                 tab="place_access", help=Label("Ward or commune before 2025", "Phường, xã trước năm 2025",
                                                "Quartier ou commune avant 2025"))  # fmt: skip
OPENING_HOURS = _f("opening_hours", T.TEXT, "Opening hours", "Giờ mở cửa", "Horaires d'ouverture", length=255,
                   tab="place_access", help=Label("OpenStreetMap syntax, e.g. Mo-Su 08:00-21:00",
                                                  "Cú pháp OpenStreetMap, ví dụ Mo-Su 08:00-21:00",
                                                  "Syntaxe OpenStreetMap, p. ex. Mo-Su 08:00-21:00"))  # fmt: skip
WHEELCHAIR = _f("wheelchair", T.TEXT, "Wheelchair access", "Lối đi cho xe lăn", "Accès en fauteuil roulant",
                value_list="wheelchair", length=10, tab="place_access")  # fmt: skip
PRICE = _f("price_vnd", T.INTEGER, "Price (VND)", "Giá (đồng)", "Prix (VND)", tab="support_funding", minimum=0)


def _uid(name: str, en: str, vi: str, fr: str, tab: str = "identity", required: bool = False) -> Field:
    return _f(name, T.UUID, en, vi, fr, tab=tab, required=required)


def _coded(name: str, value_list: str, required: bool = False, tab: str = "identity",
           label: Label | None = None) -> Field:  # fmt: skip
    label = label or VALUE_LISTS[value_list].label
    return Field(name, T.TEXT, label, value_list=value_list, required=required, length=40, tab=tab)


ORGANISATION_UID = _uid("organisation_uid", "Organisation", "Tổ chức", "Organisation")
SPACE_UID = _uid("space_uid", "Space", "Không gian", "Lieu")
CONTACTS = (PHONE, EMAIL, WEBSITE, FACEBOOK, ZALO, TIKTOK)
PLACE_ACCESS = (ADDRESS, WARD, WARD_LEGACY, OPENING_HOURS, WHEELCHAIR)
PROFILE = (CREATIVE_FIELDS, CRAFTS)
START_DATE = _f("start_date", T.DATE, "Start date", "Ngày bắt đầu", "Date de début", tab="support_funding")
END_DATE = _f("end_date", T.DATE, "End date", "Ngày kết thúc", "Date de fin", tab="support_funding")
TO_ORGANISATION = Relation("organisation_uid", "organisation")
TO_SPACE = Relation("space_uid", "space")

_ANNOTATION_FIELDS = (
    _coded("kind", "annotation_kind", required=True),
    _f("text", T.TEXT, "Text", "Nội dung", "Texte", required=True),
    _coded("lang", "language"),
    _f("criteria", T.MULTI, "Criteria", "Tiêu chí", "Critères", value_list="criterion"),
    _f("team", T.TEXT, "Team", "Nhóm dự thi", "Équipe", length=100),
    _f("author", T.TEXT, "Author", "Tác giả", "Auteur", length=100),
    _uid("site_uid", "Site zone", "Phân khu", "Zone du site"),
    _coded("phase", "phase", tab="record"),
    _coded("review_status", "review_status", tab="record"),
    _f("reviewer_comment", T.TEXT, "Reviewer comment", "Nhận xét của người duyệt", "Commentaire du relecteur",
       tab="record", privacy="never"),
)  # fmt: skip
_LENGTH_M = _f("length_m", T.REAL, "Length (m)", "Chiều dài (m)", "Longueur (m)", tab="place_access", read_only=True)
_AREA_M2 = _f("area_m2", T.REAL, "Area (m²)", "Diện tích (m²)", "Surface (m²)", tab="place_access", read_only=True)


def _annotation(geometry: str, suffix: str, en: str, vi: str, fr: str, measure: tuple[Field, ...]) -> Layer:
    return Layer(f"annotation_{suffix}", Label(f"Competition notes ({en})", f"Ghi chú cuộc thi ({vi})",
                                                f"Annotations du concours ({fr})"),
                 geometry, "competition", (*_ANNOTATION_FIELDS, *measure), style=f"annotation_{suffix}.qml",
                 relations=(Relation("site_uid", "competition_site"),), display_field="text")  # fmt: skip


# --------------------------------------------------------------------------------------------------- layers

LAYERS: tuple[Layer, ...] = (
    Layer("person", Label("Pioneering individuals", "Cá nhân tiên phong", "Personnes pionnières"), "Point", "actors",
          (NAME, _coded("actor_type", "actor_type", required=True), DESCRIPTION, PHOTO, ORGANISATION_UID,
           _f("consent_publish", T.BOOLEAN, "Consents to publication", "Đồng ý công khai", "Consent à la publication",
              required=True),
           _f("consent_date", T.DATE, "Consent date", "Ngày đồng ý", "Date du consentement"),
           _f("is_youth_leader", T.BOOLEAN, "Youth leader (never published)", "Thủ lĩnh trẻ (không công khai)",
              "Jeune leader (jamais publié)"),
           _f("birth_year", T.INTEGER, "Birth year", "Năm sinh", "Année de naissance", privacy="never",
              minimum=1900, maximum=2030),
           *PROFILE, *CONTACTS, WARD, WARD_LEGACY, _coded("location_basis", "location_basis", True, "place_access"),
           _uid("host_space_uid", "Hosting space", "Không gian tiếp nhận", "Lieu d'accueil", tab="place_access"),
           NEEDS, SOURCE),
          privacy="consent", style="person.qml", consent_field="consent_publish", withhold_if=("is_youth_leader",),
          relations=(TO_ORGANISATION, Relation("host_space_uid", "space"))),
    Layer("organisation", Label("Dynamic organisations", "Tổ chức năng động", "Organisations dynamiques"), "Point",
          "actors",
          (NAME, NAME_EN, _coded("actor_type", "actor_type", required=True), _coded("ownership", "ownership"),
           _f("founded_year", T.INTEGER, "Founded in", "Năm thành lập", "Fondée en", minimum=1800, maximum=2100),
           DESCRIPTION, PHOTO, *PROFILE, *CONTACTS, SHOP_URL, *PLACE_ACCESS, NEEDS, SOURCE),
          style="organisation.qml"),
    Layer("space", Label("Places and spaces", "Không gian, địa điểm", "Lieux et espaces"), "Point", "places",
          (NAME, NAME_EN, _coded("space_type", "space_type", required=True), _coded("ownership", "ownership"),
           _uid("operator_uid", "Operator", "Đơn vị vận hành", "Exploitant"), DESCRIPTION, PHOTO, *PROFILE,
           _f("capacity", T.INTEGER, "Capacity (people)", "Sức chứa (người)", "Capacité (personnes)",
              tab="creative_profile", minimum=0),
           *CONTACTS, *PLACE_ACCESS, SOURCE),
          style="space.qml", relations=(Relation("operator_uid", "organisation"),)),
    Layer("space_outline", Label("Space outlines", "Ranh giới không gian", "Emprises des lieux"), "Polygon", "places",
          (_uid("space_uid", "Space", "Không gian", "Lieu", required=True),
           _f("name", T.TEXT, "Name", "Tên", "Nom", length=255), DESCRIPTION, SOURCE),
          style="space_outline.qml", relations=(TO_SPACE,)),
    Layer("event", Label("Events and activities", "Sự kiện, hoạt động", "Événements et activités"), "Point",
          "activities",
          (NAME, NAME_EN, _coded("event_type", "event_type", required=True), DESCRIPTION, PHOTO,
           _uid("organiser_uid", "Organiser", "Đơn vị tổ chức", "Organisateur"), SPACE_UID, *PROFILE,
           PHONE, EMAIL, WEBSITE, FACEBOOK, ADDRESS, WARD, WARD_LEGACY, WHEELCHAIR,
           START_DATE, END_DATE,
           _f("recurrence", T.TEXT, "Recurrence", "Lặp lại", "Récurrence", length=255, tab="support_funding"),
           _f("is_free", T.BOOLEAN, "Free entry", "Miễn phí", "Entrée libre", tab="support_funding"), PRICE, SOURCE),
          style="event.qml", relations=(Relation("organiser_uid", "organisation"), TO_SPACE)),
    Layer("idea", Label("Innovative ideas", "Ý tưởng sáng tạo", "Idées innovantes"), "Point", "activities",
          (NAME, NAME_EN, _coded("idea_stage", "idea_stage"), DESCRIPTION, PHOTO,
           _uid("person_uid", "Person", "Cá nhân", "Personne"), ORGANISATION_UID,
           _f("team_size", T.INTEGER, "Team size", "Số thành viên", "Taille de l'équipe", minimum=1), *PROFILE,
           PHONE, EMAIL, FACEBOOK, ZALO, WARD, WARD_LEGACY, NEEDS,
           _f("funding_goal_vnd", T.INTEGER, "Funding goal (VND)", "Mục tiêu vốn (đồng)",
              "Objectif de financement (VND)", tab="support_funding", minimum=0),
           SOURCE),
          style="idea.qml", relations=(Relation("person_uid", "person"), TO_ORGANISATION)),
    Layer("product", Label("Products and services", "Sản phẩm, dịch vụ", "Produits et services"), "Point",
          "activities",
          (NAME, NAME_EN, _coded("product_kind", "product_kind", required=True), DESCRIPTION, PHOTO,
           _uid("maker_uid", "Maker", "Đơn vị sản xuất", "Fabricant"), *PROFILE,
           PHONE, WEBSITE, FACEBOOK, ZALO, TIKTOK, SHOP_URL, *PLACE_ACCESS, PRICE, SOURCE),
          style="product.qml", relations=(Relation("maker_uid", "organisation"),)),
    Layer("process_model", Label("Process models", "Mô hình, quy trình", "Modèles et processus"), "Point",
          "activities",
          (NAME, NAME_EN, DESCRIPTION, PHOTO, ORGANISATION_UID, *PROFILE,
           _f("steps", T.TEXT, "Steps", "Các bước", "Étapes", tab="creative_profile"),
           PHONE, EMAIL, WEBSITE, WARD, WARD_LEGACY, NEEDS, SOURCE),
          style="process_model.qml", relations=(TO_ORGANISATION,)),
    Layer("experience", Label("Experience resources", "Tài nguyên trải nghiệm", "Ressources d'expérience"), "Point",
          "activities",
          (NAME, NAME_EN, _coded("experience_type", "experience_type", required=True), DESCRIPTION, PHOTO,
           ORGANISATION_UID, SPACE_UID, *PROFILE,
           _f("languages", T.MULTI, "Languages", "Ngôn ngữ", "Langues", value_list="language", tab="creative_profile"),
           _f("duration_min", T.INTEGER, "Duration (minutes)", "Thời lượng (phút)", "Durée (minutes)",
              tab="creative_profile", minimum=0),
           *CONTACTS, *PLACE_ACCESS, PRICE, SOURCE),
          style="experience.qml", relations=(TO_ORGANISATION, TO_SPACE)),
    Layer("craft_village", Label("Craft villages", "Làng nghề", "Villages de métier"), "Polygon", "heritage_crafts",
          (NAME, NAME_EN, DESCRIPTION, PHOTO,
           _f("crafts", T.MULTI, "Crafts", "Nghề thủ công", "Métiers d'art", value_list="craft", required=True,
              tab="creative_profile"),
           CREATIVE_FIELDS,
           _f("households", T.INTEGER, "Craft households", "Số hộ làm nghề", "Foyers artisans", minimum=0),
           WARD, WARD_LEGACY, SOURCE),
          style="craft_village.qml"),
    Layer("ward", Label("Wards and communes", "Phường, xã", "Quartiers et communes"), "MultiPolygon", "places",
          (_f("name_current", T.TEXT, "Ward (current)", "Phường, xã hiện nay", "Quartier actuel", required=True,
              length=100),
           _coded("kind_current", "admin_kind", required=True, label=Label(
               "Administrative unit (current)", "Loại đơn vị hành chính hiện nay",
               "Type d'unité administrative actuel")),
           _f("name_legacy", T.TEXT, "Ward (before 2025)", "Phường, xã cũ", "Ancien quartier", length=100),
           _coded("kind_legacy", "admin_kind", label=Label(
               "Administrative unit (before 2025)", "Loại đơn vị hành chính cũ",
               "Ancien type d'unité administrative")),
           _f("effective_date", T.DATE, "In force since", "Có hiệu lực từ", "En vigueur depuis"), SOURCE),
          style="ward.qml", display_field="name_legacy"),
    Layer("sme_enrolment", Label("SME support enrolments", "Đăng ký gói hỗ trợ doanh nghiệp",
                                 "Inscriptions aux packs PME"), None, "support",
          (_uid("organisation_uid", "Organisation", "Tổ chức", "Organisation", required=True),
           _coded("pack", "sme_pack", required=True), _coded("status", "enrolment_status", required=True),
           _f("applied_date", T.DATE, "Applied on", "Ngày nộp đơn", "Candidature le", tab="support_funding",
              required=True),
           START_DATE, END_DATE, _f("notes", T.TEXT, "Notes", "Ghi chú", "Notes", tab="support_funding"), SOURCE),
          style=None, relations=(TO_ORGANISATION,), display_field="pack"),
    Layer("crowdfunding_campaign", Label("Crowdfunding campaigns", "Chiến dịch gây quỹ cộng đồng",
                                         "Campagnes de financement participatif"), None, "support",
          (NAME, _coded("status", "campaign_status", required=True), DESCRIPTION, ORGANISATION_UID,
           _uid("idea_uid", "Idea", "Ý tưởng", "Idée"), CREATIVE_FIELDS,
           _f("platform", T.TEXT, "Platform", "Nền tảng", "Plateforme", length=100, tab="support_funding"),
           _f("campaign_url", T.URL, "Campaign page", "Trang chiến dịch", "Page de la campagne", length=255,
              tab="support_funding"),
           _f("goal_vnd", T.INTEGER, "Goal (VND)", "Mục tiêu (đồng)", "Objectif (VND)", tab="support_funding",
              minimum=0),
           _f("raised_vnd", T.INTEGER, "Raised (VND)", "Đã huy động (đồng)", "Collecté (VND)", tab="support_funding",
              minimum=0),
           _f("backers", T.INTEGER, "Backers", "Người ủng hộ", "Contributeurs", tab="support_funding", minimum=0),
           START_DATE, END_DATE, SOURCE),
          style=None, relations=(TO_ORGANISATION, Relation("idea_uid", "idea"))),
    Layer("competition_site", Label("Competition site", "Khu đất cuộc thi", "Site du concours"), "Polygon",
          "competition",
          (NAME, _coded("zone_kind", "zone_kind", required=True), DESCRIPTION, _AREA_M2,
           _f("is_approximate", T.BOOLEAN, "Approximate outline", "Ranh giới ước lượng", "Contour approximatif",
              tab="record"),
           SOURCE),
          style="competition_site.qml"),
    _annotation("Point", "point", "points", "điểm", "points", ()),
    _annotation("LineString", "line", "lines", "đường", "lignes", (_LENGTH_M,)),
    _annotation("Polygon", "polygon", "areas", "vùng", "zones", (_AREA_M2,)),
)  # fmt: skip

_BY_NAME = {layer_.name: layer_ for layer_ in LAYERS}


def layer(name: str) -> Layer:
    """The layer called ``name``; KeyError if there is none."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no layer {name!r} in the schema") from None


def schema_problems(layers: Iterable[Layer] = LAYERS, value_lists: Mapping[str, ValueList] = VALUE_LISTS) -> list[str]:
    """Every inconsistency of a schema, as sentences (an empty list for a sound schema)."""
    problems: list[str] = []
    for name, values in value_lists.items():
        codes = values.codes()
        if name != values.name:
            problems.append(f"value list {name!r} is registered as {values.name!r}")
        if len(set(codes)) != len(codes) or not codes:
            problems.append(f"value list {name!r} has no codes or duplicated codes")
        folded: dict[str, str] = {}
        for value in values.values:
            labels = [getattr(value.label, lang) for lang in LANGUAGES]
            problems += [f"value {name}.{value.code} has no {lang} label" for lang, text in zip(LANGUAGES, labels,
                         strict=True) if not text.strip()]  # fmt: skip
            for text in dict.fromkeys((value.code, value.code.replace("_", " "), *labels)):
                if folded.setdefault(fold(text), value.code) != value.code:
                    problems.append(f"value list {name!r}: {text!r} matches two codes")
    layers = tuple(layers)
    names = [layer_.name for layer_ in layers]
    if len(set(names)) != len(names):
        problems.append("layer names are not unique")
    for layer_ in layers:
        where = f"layer {layer_.name!r}"
        if layer_.geometry not in (*GEOMETRIES, None):
            problems.append(f"{where}: unknown geometry {layer_.geometry!r}")
        if layer_.group not in GROUPS:
            problems.append(f"{where}: unknown group {layer_.group!r}")
        if layer_.privacy not in PRIVACY_CLASSES:
            problems.append(f"{where}: unknown privacy class {layer_.privacy!r}")
        fields = layer_.all_fields()
        field_names = [f.name for f in fields]
        if len(set(field_names)) != len(field_names):
            problems.append(f"{where}: field names are not unique")
        for f in fields:
            if not f.name.isidentifier() or f.name != f.name.lower() or len(f.name) > 63:
                problems.append(f"{where}: field name {f.name!r} is not a lowercase identifier")
            if f.tab not in TABS:
                problems.append(f"{where}: field {f.name!r} on unknown tab {f.tab!r}")
            if f.is_multi and f.value_list is None:
                problems.append(f"{where}: multi field {f.name!r} has no value list")
            if f.value_list is not None and (f.value_list not in value_lists or f.type not in (T.TEXT, T.MULTI)):
                problems.append(f"{where}: field {f.name!r} names an unknown value list {f.value_list!r}")
            if f.privacy not in (None, *PRIVACY_CLASSES):
                problems.append(f"{where}: field {f.name!r} has unknown privacy {f.privacy!r}")
        if layer_.display_field not in field_names:
            problems.append(f"{where}: display field {layer_.display_field!r} is not a field")
        if layer_.privacy == "consent" and (layer_.consent_field not in field_names):
            problems.append(f"{where}: consent layer without a consent field")
        for name in layer_.withhold_if:
            if name not in field_names or layer_.field(name).type is not T.BOOLEAN:
                problems.append(f"{where}: withhold field {name!r} is not a boolean field")
        for relation in layer_.relations:
            parent = next((p for p in layers if p.name == relation.parent), None)
            if relation.field not in field_names or layer_.field(relation.field).type is not T.UUID:
                problems.append(f"{where}: relation field {relation.field!r} is not a uuid field")
            if parent is None or relation.parent_field not in parent.field_names():
                problems.append(f"{where}: relation to unknown {relation.parent}.{relation.parent_field}")
    styles = [layer_.style for layer_ in layers if layer_.style]
    if len(set(styles)) != len(styles) or not all(style.endswith(".qml") for style in styles):
        problems.append("style files are not unique .qml names")
    return problems
