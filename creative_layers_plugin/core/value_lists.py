"""The value lists of the creative map (codes and their labels in English, Vietnamese and French), the cities,
the layer-tree groups and the form tabs. Adding a value is a change here and nowhere else.

Labels follow DOMAIN.md; where it gives none, the Vietnamese and French are ours. Codes are what is stored.
"""

from __future__ import annotations

from collections.abc import Iterable

from .schema_model import City, Group, Label, Value, ValueList, make_value_list

# --------------------------------------------------------------------------------------------------- places

CITIES: dict[str, City] = {
    city.code: city
    for city in (
        City("hoi_an", Label("Hội An", "Hội An", "Hội An"), 108.32612, 15.87712, "EPSG:5899"),
        City("tam_ky", Label("Tam Kỳ", "Tam Kỳ", "Tam Kỳ"), 108.483, 15.567, "EPSG:5899"),
        City("ha_noi", Label("Hà Nội", "Hà Nội", "Hanoï"), 105.8524, 21.0287, "EPSG:5897"),
    )
}

GROUPS: dict[str, Group] = {
    group.code: group
    for group in (
        Group("actors", Label("Actors", "Chủ thể sáng tạo", "Acteurs")),
        Group("places", Label("Places", "Địa điểm", "Lieux")),
        Group("activities", Label("Activities and creative objects", "Hoạt động và sản phẩm sáng tạo",
                                  "Activités et objets créatifs")),
        Group("heritage_crafts", Label("Heritage and crafts", "Di sản và nghề thủ công", "Patrimoine et artisanat")),
        Group("support", Label("Support", "Hỗ trợ", "Soutien")),
        Group("competition", Label("Design competition", "Cuộc thi thiết kế", "Concours de conception")),
    )
}  # fmt: skip

TABS: dict[str, Label] = {
    "identity": Label("Identity", "Thông tin chung", "Identité"),
    "creative_profile": Label("Creative profile", "Hồ sơ sáng tạo", "Profil créatif"),
    "contact": Label("Contact", "Liên hệ", "Contact"),
    "place_access": Label("Place and access", "Địa điểm và tiếp cận", "Lieu et accès"),
    "support_funding": Label("Support and funding", "Hỗ trợ và tài chính", "Soutien et financement"),
    "record": Label("Record", "Bản ghi", "Enregistrement"),
}

# --------------------------------------------------------------------------------------------------- value lists

_VALUE_LISTS: tuple[ValueList, ...] = (
    ValueList("city", Label("City", "Thành phố", "Ville"), tuple(Value(c.code, c.label) for c in CITIES.values())),
    make_value_list("creative_field", ("Creative field", "Lĩnh vực sáng tạo", "Domaine créatif"),
        ("crafts_folk_art", "Crafts and folk art", "Thủ công và nghệ thuật dân gian", "Artisanat et arts populaires"),
        ("design", "Design", "Thiết kế", "Design"),
        ("film", "Film", "Điện ảnh", "Cinéma"),
        ("gastronomy", "Gastronomy", "Ẩm thực", "Gastronomie"),
        ("literature", "Literature", "Văn học", "Littérature"),
        ("media_arts", "Media arts", "Nghệ thuật truyền thông", "Arts numériques"),
        ("music", "Music", "Âm nhạc", "Musique"),
        ("architecture", "Architecture", "Kiến trúc", "Architecture"),
        ("other", "Other", "Khác", "Autre")),
    make_value_list("actor_type", ("Actor type", "Loại chủ thể", "Type d'acteur"),
        ("artisan", "Artisan", "Nghệ nhân", "Artisan"),
        ("individual_creator", "Individual creator", "Cá nhân sáng tạo", "Créateur"),
        ("household_business", "Household business", "Hộ kinh doanh", "Entreprise familiale"),
        ("sme", "Small or medium enterprise", "Doanh nghiệp nhỏ và vừa", "PME"),
        ("cooperative", "Cooperative", "Hợp tác xã", "Coopérative"),
        ("community_group", "Community group", "Nhóm cộng đồng", "Groupe communautaire"),
        ("youth_club", "Youth club", "Câu lạc bộ thanh niên", "Club de jeunes"),
        ("hub_operator", "Creative hub operator", "Đơn vị vận hành không gian sáng tạo", "Opérateur de tiers-lieu"),
        ("school", "School", "Trường học", "Établissement d'enseignement"),
        ("public_agency", "Public agency", "Cơ quan nhà nước", "Organisme public"),
        ("ngo", "Non-governmental organisation", "Tổ chức phi chính phủ", "ONG")),
    make_value_list("space_type", ("Space type", "Loại không gian", "Type de lieu"),
        ("workshop_studio", "Workshop or studio", "Xưởng, studio", "Atelier ou studio"),
        ("creative_hub", "Creative hub", "Không gian sáng tạo", "Tiers-lieu créatif"),
        ("gallery", "Gallery", "Phòng trưng bày", "Galerie"),
        ("performance_venue", "Performance venue", "Địa điểm biểu diễn", "Salle de spectacle"),
        ("market_shop", "Market or shop", "Chợ, cửa hàng", "Marché ou boutique"),
        ("public_space", "Public space", "Không gian công cộng", "Espace public"),
        ("community_cafe", "Community café", "Cà phê cộng đồng", "Café communautaire"),
        ("library", "Library", "Thư viện", "Bibliothèque"),
        ("heritage_house", "Heritage house", "Nhà cổ, di tích", "Maison patrimoniale"),
        ("online", "Online", "Trực tuyến", "En ligne")),
    make_value_list("craft", ("Craft", "Nghề thủ công", "Métier d'art"),
        ("pottery", "Pottery", "Gốm", "Poterie"),
        ("carpentry_woodcarving", "Carpentry and wood carving", "Mộc", "Menuiserie et sculpture sur bois"),
        ("lantern", "Lanterns", "Đèn lồng", "Lanternes"),
        ("tailoring", "Tailoring", "May đo", "Couture sur mesure"),
        ("leather", "Leather goods", "Đồ da", "Maroquinerie"),
        ("bamboo_coconut", "Bamboo and coconut", "Tre dừa", "Bambou et cocotier"),
        ("silk_embroidery", "Silk and embroidery", "Lụa, thêu", "Soie et broderie"),
        ("lion_head", "Lion-dance heads", "Đầu lân", "Têtes de lion"),
        ("vegetable_farming", "Vegetable farming", "Trồng rau", "Maraîchage"),
        ("birds_nest", "Bird's nests", "Yến", "Nids de salanganes"),
        ("mural_painting", "Mural painting", "Bích họa", "Peinture murale"),
        ("folk_performance", "Folk performance", "Nghệ thuật dân gian", "Arts du spectacle populaires"),
        ("other", "Other", "Khác", "Autre")),
    make_value_list("ownership", ("Ownership", "Hình thức sở hữu", "Propriété"),
        ("public", "Public", "Nhà nước", "Public"),
        ("private", "Private", "Tư nhân", "Privé"),
        ("community", "Community", "Cộng đồng", "Communautaire"),
        ("public_private", "Public-private", "Hợp tác công tư", "Public-privé"),
        ("unknown", "Unknown", "Chưa rõ", "Inconnu")),
    make_value_list("sme_pack", ("SME support pack", "Gói hỗ trợ doanh nghiệp", "Pack de soutien aux PME"),
        ("profile_branding", "Pack 1: profiles and branding", "Gói 1: chuẩn hóa hồ sơ và thương hiệu",
         "Pack 1 : profils et image de marque"),
        ("social_crm", "Pack 2: social media and CRM", "Gói 2: mạng xã hội và CRM",
         "Pack 2 : réseaux sociaux et CRM"),
        ("ecommerce", "Pack 3: e-commerce", "Gói 3: thương mại điện tử", "Pack 3 : commerce électronique")),
    make_value_list("enrolment_status", ("Enrolment status", "Trạng thái đăng ký", "État de l'inscription"),
        ("applied", "Applied", "Đã nộp đơn", "Candidature déposée"),
        ("enrolled", "Enrolled", "Đã ghi danh", "Inscrite"),
        ("in_progress", "In progress", "Đang thực hiện", "En cours"),
        ("completed", "Completed", "Hoàn thành", "Terminée"),
        ("withdrawn", "Withdrawn", "Đã rút", "Retirée")),
    make_value_list("need", ("Initiative needs", "Nhu cầu của sáng kiến", "Besoins de l'initiative"),
        ("human_resources", "Human resources", "Nhân lực", "Ressources humaines"),
        ("capital", "Capital", "Vốn", "Financement"),
        ("connections", "Connections", "Kết nối", "Mise en relation"),
        ("communication", "Communication", "Truyền thông", "Communication")),
    make_value_list("criterion", ("Competition criteria", "Tiêu chí cuộc thi", "Critères du concours"),
        ("reuse_conversion", "Reuse and conversion", "Tái sử dụng và chuyển đổi công năng",
         "Réexploitation et conversion des fonctions"),
        ("flexibility", "Flexibility", "Tính linh hoạt", "Flexibilité"),
        ("sustainability", "Sustainability", "Tính bền vững", "Durabilité"),
        ("accessibility", "Accessibility", "Khả năng tiếp cận", "Accessibilité"),
        ("community_inspiration", "Community inspiration", "Truyền cảm hứng cho cộng đồng",
         "Inspiration pour la communauté"),
        ("creative_space_network", "Contribution to the creative space network",
         "Đóng góp vào hệ thống không gian sáng tạo", "Contribution au système d'espaces créatifs")),
    make_value_list("annotation_kind", ("Annotation kind", "Loại ghi chú", "Type d'annotation"),
        ("idea", "Idea", "Ý tưởng", "Idée"),
        ("constraint", "Constraint", "Ràng buộc", "Contrainte"),
        ("question", "Question", "Câu hỏi", "Question"),
        ("proposal_zone", "Proposal zone", "Khu vực đề xuất", "Zone de proposition"),
        ("circulation", "Circulation", "Lối đi, lưu thông", "Circulation"),
        ("existing_tree", "Existing tree", "Cây hiện hữu", "Arbre existant"),
        ("view", "View", "Tầm nhìn", "Vue"),
        ("access", "Access", "Lối tiếp cận", "Accès")),
    make_value_list("wheelchair", ("Wheelchair access", "Lối đi cho xe lăn", "Accès en fauteuil roulant"),
        ("yes", "Yes", "Có", "Oui"),
        ("limited", "Limited", "Hạn chế", "Limité"),
        ("no", "No", "Không", "Non")),
    make_value_list("review_status", ("Review status", "Trạng thái xem xét", "État de la revue"),
        ("draft", "Draft", "Bản nháp", "Brouillon"),
        ("submitted", "Submitted", "Đã gửi", "Soumise"),
        ("accepted", "Accepted", "Được chấp nhận", "Acceptée"),
        ("needs_changes", "Needs changes", "Cần chỉnh sửa", "À reprendre"),
        ("rejected", "Rejected", "Không được chấp nhận", "Rejetée")),
    make_value_list("phase", ("Competition phase", "Giai đoạn cuộc thi", "Phase du concours"),
        ("site_analysis", "Site analysis", "Phân tích hiện trạng", "Analyse du site"),
        ("concept", "Concept", "Ý tưởng thiết kế", "Esquisse"),
        ("design", "Detailed design", "Thiết kế chi tiết", "Conception détaillée"),
        ("jury", "Jury review", "Chấm giải", "Délibération du jury")),
    make_value_list("zone_kind", ("Site zone", "Phân khu", "Zone du site"),
        ("park_outline", "Park outline", "Ranh giới công viên", "Limite du parc"),
        ("plaza", "Plaza", "Quảng trường", "Esplanade"),
        ("friendship_building", "Friendship Building", "Tòa nhà Hữu nghị", "Bâtiment de l'Amitié"),
        ("entrance", "Entrance", "Lối vào", "Entrée"),
        ("green_area", "Green area", "Mảng xanh", "Espace vert"),
        ("water", "Water", "Mặt nước", "Plan d'eau"),
        ("other", "Other", "Khác", "Autre")),
    make_value_list("event_type", ("Event type", "Loại sự kiện", "Type d'événement"),
        ("festival", "Festival", "Lễ hội", "Festival"),
        ("exhibition", "Exhibition", "Triển lãm", "Exposition"),
        ("performance", "Performance", "Biểu diễn", "Spectacle"),
        ("workshop", "Workshop", "Lớp thực hành", "Atelier"),
        ("market_fair", "Market or fair", "Phiên chợ, hội chợ", "Marché ou foire"),
        ("talk", "Talk or conference", "Tọa đàm, hội thảo", "Conférence ou débat"),
        ("competition", "Competition", "Cuộc thi", "Concours"),
        ("training", "Training", "Tập huấn", "Formation"),
        ("screening", "Screening", "Chiếu phim", "Projection"),
        ("other", "Other", "Khác", "Autre")),
    make_value_list("experience_type", ("Experience type", "Loại trải nghiệm", "Type d'expérience"),
        ("craft_workshop", "Craft workshop", "Trải nghiệm làm nghề", "Atelier d'artisanat"),
        ("tour", "Guided tour", "Tham quan có hướng dẫn", "Visite guidée"),
        ("cooking_class", "Cooking class", "Lớp nấu ăn", "Cours de cuisine"),
        ("farm", "Farm experience", "Trải nghiệm nhà nông", "Expérience à la ferme"),
        ("show", "Show", "Xem biểu diễn", "Spectacle"),
        ("homestay", "Homestay", "Lưu trú tại nhà dân", "Séjour chez l'habitant"),
        ("other", "Other", "Khác", "Autre")),
    make_value_list("product_kind", ("Product or service", "Sản phẩm hay dịch vụ", "Produit ou service"),
        ("product", "Product", "Sản phẩm", "Produit"),
        ("service", "Service", "Dịch vụ", "Service")),
    make_value_list("idea_stage", ("Idea stage", "Giai đoạn ý tưởng", "Stade de l'idée"),
        ("concept", "Concept", "Ý tưởng", "Concept"),
        ("prototype", "Prototype", "Thử nghiệm", "Prototype"),
        ("running", "Running", "Đang triển khai", "En activité"),
        ("scaling", "Scaling up", "Nhân rộng", "Essaimage")),
    make_value_list("campaign_status", ("Campaign status", "Trạng thái chiến dịch", "État de la campagne"),
        ("planned", "Planned", "Dự kiến", "Prévue"),
        ("running", "Running", "Đang gây quỹ", "En cours"),
        ("funded", "Funded", "Đạt mục tiêu", "Financée"),
        ("closed", "Closed", "Đã kết thúc", "Clôturée"),
        ("cancelled", "Cancelled", "Đã hủy", "Annulée")),
    make_value_list("location_basis", ("Where the point is", "Vị trí điểm", "Position du point"),
        ("host_space", "At the hosting space", "Tại không gian tiếp nhận", "Au lieu d'accueil"),
        ("organisation", "At the organisation", "Tại trụ sở tổ chức", "Au siège de l'organisation"),
        ("ward_centroid", "At the ward centre", "Tại tâm phường, xã", "Au centre du quartier")),
    make_value_list("language", ("Language", "Ngôn ngữ", "Langue"),
        ("vi", "Vietnamese", "Tiếng Việt", "Vietnamien"),
        ("en", "English", "Tiếng Anh", "Anglais"),
        ("fr", "French", "Tiếng Pháp", "Français")),
    make_value_list("admin_kind", ("Administrative unit", "Loại đơn vị hành chính", "Type d'unité administrative"),
        ("ward", "Ward", "Phường", "Quartier"),
        ("commune", "Commune", "Xã", "Commune")),
)  # fmt: skip

VALUE_LISTS: dict[str, ValueList] = {value_list.name: value_list for value_list in _VALUE_LISTS}


def value_list(name: str) -> ValueList:
    return VALUE_LISTS[name]


def join_multi(codes: Iterable[str] | str | None, value_list: ValueList | str) -> str | None:
    """The stored form of a multi value (``{"design","music"}``), in value-list order; None if empty.

    ``value_list`` is a ValueList or its name; ValueError for a code that is not in the list.
    """
    return (VALUE_LISTS[value_list] if isinstance(value_list, str) else value_list).join(codes)
