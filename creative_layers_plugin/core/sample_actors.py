"""Sample organisations, the spaces they run and the people (pioneering individuals and youth leaders).

Organisations are drawn around the clusters of ``clusters.csv`` with names from ``catalogue.json`` templates; each
person is placed where DOMAIN.md allows (the hosting space, the organisation or the ward centre, never a home).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .sample_tools import codes, inside, slug
from .schema import VALUE_LISTS

if TYPE_CHECKING:
    import random

    from .samples import CityBuilder


def add_actors(b: CityBuilder) -> None:
    _organisations(b)
    _generated_spaces(b)
    _persons(b)


def _organisation(b: CityBuilder, rng: random.Random, key: str, cluster: str, info: dict[str, Any]) -> None:
    x, y = b.jitter(rng, cluster)
    streets, place = codes(b.clusters[cluster]["streets"]), b.clusters[cluster]["name"]
    kind = info["actor_type"]
    values = {
        "name": info["name"],
        "name_en": info.get("name_en") or None,
        "actor_type": kind,
        "ownership": {
            "household_business": "private",
            "sme": "private",
            "artisan": "private",
            "school": "public",
            "public_agency": "public",
            "hub_operator": "public_private",
        }.get(kind, "community"),
        "founded_year": rng.randint(1985 if kind == "artisan" else 2005, 2024),
        "description": f"{VALUE_LISTS['actor_type'].label_for(kind, 'vi')} tại {place}.",
        "creative_fields": info["creative_fields"],
        "crafts": info["crafts"],
        "needs": rng.sample(VALUE_LISTS["need"].codes(), rng.randint(0, 2)),
        "address": f"{rng.randint(1, 180)} {rng.choice(streets)}" if streets else place,
        "opening_hours": {
            "market_shop": "Mo-Su 08:00-21:00",
            "community_cafe": "Mo-Su 07:00-22:00",
            "workshop_studio": "Mo-Sa 08:00-17:00",
        }.get(info["space_type"]),
        "wheelchair": rng.choices(["no", "limited", "yes"], [5, 3, 2])[0],
        "shop_url": f"https://shopee.vn/{slug(info['name']).replace('-', '')}"
        if info["crafts"] and kind in ("household_business", "sme") and rng.random() < 0.5
        else None,
        "source": "sample: generated",
        **b.contacts(rng, info["name"], kind in ("sme", "hub_operator", "ngo")),
        **b.ward_of(x, y),
    }
    record = b.add("organisation", key, values, b.point(x, y))
    b.orgs.append(
        {
            **info,
            "uid": record["uid"],
            "xy": (x, y),
            "key": key,
            "cluster": cluster,
            "record": record,
            "space_uid": None,
        }
    )


def _organisations(b: CityBuilder) -> None:
    rng, templates = b.rng("organisation"), b.src["catalogue"]["organisation_templates"]
    for i, row in enumerate(r for r in b.src["catalogue"]["fixed_organisations"] if r["city"] == b.city):
        info = {**row, "creative_fields": codes(row["creative_fields"]), "crafts": codes(row["crafts"])}
        b.names_used.add(row["name"])
        _organisation(b, rng, f"fixed{i}", row["cluster"], info)
    clusters = list(b.clusters.values())
    while len(b.orgs) < b.counts["organisation"]:
        cluster = rng.choices(clusters, [float(c["weight"]) for c in clusters])[0]
        topic = rng.choice(codes(cluster["crafts"]) * 2 + codes(cluster["creative_fields"]))
        pattern, kind, space_type = rng.choice(templates[topic])
        if topic in VALUE_LISTS["craft"]:
            crafts = [topic]
            fields = ["gastronomy"] if topic in ("vegetable_farming", "birds_nest") else ["crafts_folk_art"]
        else:
            crafts, fields = [], [topic]
        if rng.random() < 0.3:
            fields.append(rng.choice(codes(cluster["creative_fields"])))
        name = b.unique(lambda p=pattern, t=topic: b.fill(rng, p, t))
        info = {
            "name": name,
            "actor_type": kind,
            "space_type": space_type,
            "topic": topic,
            "creative_fields": fields,
            "crafts": crafts,
        }
        _organisation(b, rng, f"org{len(b.orgs):03d}", cluster["key"], info)


def _generated_spaces(b: CityBuilder) -> None:
    for org in (o for o in b.orgs if o["space_type"]):
        if len(b.spaces) >= b.counts["space"]:
            break
        record = org["record"]
        values = {
            name: record[name]
            for name in ("name", "address", "opening_hours", "wheelchair", "phone", "facebook", "zalo", "ownership")
        }
        values.update(
            space_type=org["space_type"],
            operator_uid=org["uid"],
            creative_fields=org["creative_fields"],
            crafts=org["crafts"],
            source="sample: generated",
        )
        org["space_uid"] = b.space(f"space:{org['key']}", *org["xy"], values)["uid"]


def _persons(b: CityBuilder) -> None:
    rng = b.rng("person")
    clubs = [o for o in b.orgs if o["actor_type"] == "youth_club"] or b.orgs
    for i in range(b.counts["person"]):
        youth = i < b.counts["youth_leaders"]
        org = clubs[0] if youth else rng.choice(b.orgs)
        basis = rng.choices(["host_space", "organisation", "ward_centroid"], [5, 3, 2])[0]
        basis = "ward_centroid" if youth else basis
        if basis == "host_space" and not org["space_uid"]:
            basis = "organisation"
        x, y = org["xy"]
        if basis == "ward_centroid":
            ward = next((w for w in b.ward_cells if inside(x, y, w["ring"])), None)
            x, y = ward["centre"] if ward else (x, y)
        name = b.unique(lambda: b.person_name(rng))
        consent = False if youth else i % 4 != 3  # a youth leader cannot be given consent (validation refuses it)
        consented_on = date(2024, 10, 1) + timedelta(days=rng.randrange(330))
        values = {
            "name": name,
            "organisation_uid": org["uid"],
            "location_basis": basis,
            "actor_type": "artisan" if org["crafts"] and not youth else "individual_creator",
            "host_space_uid": org["space_uid"] if basis == "host_space" else None,
            "consent_publish": consent,
            "is_youth_leader": youth,
            "consent_date": consented_on.isoformat() if consent else None,
            "birth_year": rng.randint(2007, 2009) if youth else rng.randint(1950, 2002),
            "description": f"{'Thủ lĩnh trẻ' if youth else 'Thành viên'} – {org['name']}",
            "creative_fields": org["creative_fields"],
            "crafts": org["crafts"],
            "needs": rng.sample(VALUE_LISTS["need"].codes(), rng.randint(0, 2)),
            "source": "sample: generated, fictional person",
            **b.contacts(rng, name, False),
        }
        values.update(b.ward_of(x, y))
        record = b.add("person", f"person{i:03d}", values, b.point(x, y))
        b.persons.append({"uid": record["uid"], "org": org["uid"], "consent": consent, "youth": youth})
