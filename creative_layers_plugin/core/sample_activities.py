"""Sample events, creative objects (ideas, products, process models, experiences), support (SME enrolments,
crowdfunding) and the design competition site with its annotations.

Each item of the seed lists (``events.csv``, ``ideas.csv``...) is attached to the organisation that fits it best and
placed at its named space, its organisation or near its place.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .sample_tools import Frame, centroid, codes, coords, inside, path_length, ring_area, slug, wkt_point, wkt_polygon
from .schema import VALUE_LISTS, split_multi

if TYPE_CHECKING:
    import random

    from .samples import CityBuilder


def add_activities(b: CityBuilder) -> None:
    _events(b)
    _ideas(b)
    for layer_name, source in (("product", "products"), ("process_model", "process_models"),
                               ("experience", "experiences")):  # fmt: skip
        _catalogue_items(b, layer_name, source)
    _sme_enrolments(b)
    _crowdfunding(b)


def _match_org(b: CityBuilder, rng: random.Random, fields: list[str], crafts: list[str], place: str) -> dict | None:
    def score(org: dict[str, Any]) -> int:
        return (
            4 * len(set(crafts) & set(org["crafts"]))
            + 2 * len(set(fields) & set(org["creative_fields"]))
            + (org["cluster"] == place)
        )

    best = max((score(org) for org in b.orgs), default=0)
    return rng.choice([org for org in b.orgs if score(org) == best]) if best >= 2 else None


def _located(b: CityBuilder, rng: random.Random, row: dict[str, str], org: dict | None) -> tuple[float, float, dict]:
    """Where an activity is: its named space, at its organisation when in the same place, else near the place."""
    place = row["place"]
    if org is not None and org["cluster"] == place and place not in b.places:
        x, y = org["xy"]
        return x, y, {"address": org["record"]["address"]}
    x, y = b.jitter(rng, place, None if place in b.places else 60.0)
    space = b.places.get(place, {})
    return x, y, {"address": space["record"]["address"]} if space.get("space") else {}


def _events(b: CityBuilder) -> None:
    rng, catalogue = b.rng("event"), b.src["catalogue"]
    rows = list(b.rows("events"))
    while len(rows) < b.counts["event"]:
        topic = rng.choice(VALUE_LISTS["creative_field"].codes())
        hosts = [s for s in b.spaces if topic in split_multi(s["record"]["creative_fields"])]
        space = rng.choice(hosts or b.spaces)
        kind = rng.choice(catalogue["event_types_by_field"][topic])
        name = b.unique(lambda k=kind, t=topic: b.fill(rng, catalogue["event_templates"][k], t))
        start = date(2024, 9, 1) + timedelta(days=rng.randrange(640))
        rows.append(
            {
                "name": name,
                "name_en": "",
                "type": kind,
                "creative_fields": topic,
                "place": space["key"],
                "crafts": space["record"]["crafts"] or "",
                "start_date": start.isoformat(),
                "recurrence": "",
                "end_date": (start + timedelta(days=rng.choice([0, 0, 1, 2, 6]))).isoformat(),
                "is_free": "true" if rng.random() < 0.7 else "false",
            }
        )
    for i, row in enumerate(rows):
        fields, crafts = codes(row["creative_fields"]), codes(row["crafts"])
        org = _match_org(b, rng, fields, crafts, row["place"])
        x, y, extra = _located(b, rng, row, org)
        free = row["is_free"] == "true"
        values = {
            "name": row["name"],
            "name_en": row["name_en"] or None,
            "event_type": row["type"],
            "creative_fields": fields,
            "crafts": crafts,
            "start_date": row["start_date"],
            "end_date": row["end_date"] or None,
            "recurrence": row["recurrence"] or None,
            "is_free": free,
            "price_vnd": None if free else rng.randrange(50, 300, 10) * 1000,
            "organiser_uid": org["uid"] if org else None,
            "space_uid": b.places.get(row["place"], {}).get("uid"),
            "wheelchair": rng.choice(["yes", "limited", "no"]),
            "source": "sample",
            **extra,
            **b.ward_of(x, y),
        }
        b.add("event", f"event{i:03d}", values, b.point(x, y))


def _ideas(b: CityBuilder) -> None:
    rng = b.rng("idea")
    for i, row in enumerate(b.rows("ideas")):
        fields, crafts, needs = codes(row["creative_fields"]), codes(row["crafts"]), codes(row["needs"])
        org = _match_org(b, rng, fields, crafts, row["place"])
        x, y, _ = _located(b, rng, row, org)
        people = [p for p in b.persons if org and p["org"] == org["uid"] and not p["youth"]]
        values = {
            "name": row["name"],
            "name_en": row["name_en"],
            "idea_stage": row["stage"],
            "creative_fields": fields,
            "crafts": crafts,
            "needs": needs,
            "team_size": rng.randint(1, 8),
            "organisation_uid": org["uid"] if org else None,
            "person_uid": rng.choice(people)["uid"] if people else None,
            "funding_goal_vnd": rng.randrange(20, 200, 5) * 1_000_000 if "capital" in needs else None,
            "email": f"{slug(row['name_en'])}@example.com",
            "source": "sample",
            **b.ward_of(x, y),
        }
        record = b.add("idea", f"idea{i:03d}", values, b.point(x, y))
        b.ideas.append({"record": record, "org": org, "needs": needs})


def _catalogue_items(b: CityBuilder, layer_name: str, source: str) -> None:
    rng = b.rng(layer_name)
    for i, row in enumerate(b.rows(source)):
        fields, crafts = codes(row["creative_fields"]), codes(row["crafts"])
        org = _match_org(b, rng, fields, crafts, row["place"])
        x, y, extra = _located(b, rng, row, org)
        values = {
            "name": row["name"],
            "name_en": row["name_en"],
            "creative_fields": fields,
            "crafts": crafts,
            "source": "sample",
            **b.ward_of(x, y),
        }
        owner = "maker_uid" if layer_name == "product" else "organisation_uid"
        values[owner] = org["uid"] if org else None
        if layer_name == "product":
            values.update(
                product_kind=row["kind"],
                price_vnd=int(row["price_vnd"]) if row["price_vnd"] else None,
                shop_url=(org or {}).get("record", {}).get("shop_url"),
                **extra,
            )
        elif layer_name == "process_model":
            values.update(steps=row["steps"], needs=codes(row["needs"]))
        else:
            values.update(
                experience_type=row["type"],
                duration_min=int(row["duration_min"]),
                price_vnd=int(row["price_vnd"]),
                languages=codes(row["languages"]),
                space_uid=b.places.get(row["place"], {}).get("uid"),
                wheelchair=rng.choice(["yes", "limited", "no"]),
                **extra,
            )
        b.add(layer_name, f"{layer_name}{i:03d}", values, b.point(x, y))


def _sme_enrolments(b: CityBuilder) -> None:
    rng, packs = b.rng("sme_enrolment"), VALUE_LISTS["sme_pack"].codes()
    businesses = [o for o in b.orgs if o["actor_type"] in ("sme", "household_business", "cooperative")]
    n = 0
    for org in businesses:
        if rng.random() > 0.6 and n >= len(packs):
            continue
        chosen = [packs[n % len(packs)]]
        extra = rng.choice(packs)
        if rng.random() < 0.25 and extra not in chosen:
            chosen.append(extra)
        for pack in chosen:
            applied = date(2025, 6, 17) + timedelta(days=rng.randrange(75))
            status = rng.choices(VALUE_LISTS["enrolment_status"].codes(), [3, 3, 4, 2, 1])[0]
            start = applied + timedelta(days=rng.randint(7, 30)) if status not in ("applied", "withdrawn") else None
            end = start + timedelta(days=rng.randint(30, 90)) if start and status == "completed" else None
            values = {
                "organisation_uid": org["uid"],
                "pack": pack,
                "status": status,
                "applied_date": applied.isoformat(),
                "start_date": start and start.isoformat(),
                "end_date": end and end.isoformat(),
                "source": "sample",
            }
            b.add("sme_enrolment", f"{org['key']}:{pack}", values, None)
        n += 1


def _crowdfunding(b: CityBuilder) -> None:
    rng, catalogue = b.rng("crowdfunding"), b.src["catalogue"]
    ideas = [idea for idea in b.ideas if "capital" in idea["needs"]][: b.counts["crowdfunding_campaign"]]
    for i, idea in enumerate(ideas):
        record, status = idea["record"], rng.choice(VALUE_LISTS["campaign_status"].codes())
        goal = record["funding_goal_vnd"] or 50_000_000
        raised = 0 if status == "planned" else int(goal * rng.uniform(0.1, 1.3) // 100_000 * 100_000)
        start = date(2025, 6, 17) + timedelta(days=rng.randrange(120))
        values = {
            "name": f"Gây quỹ: {record['name']}",
            "status": status,
            "idea_uid": record["uid"],
            "organisation_uid": record["organisation_uid"],
            "creative_fields": codes(record["creative_fields"]),
            "platform": rng.choice(catalogue["crowdfunding_platforms"]),
            "campaign_url": f"https://{slug(record['name_en'])}.example/gay-quy",
            "goal_vnd": goal,
            "raised_vnd": raised,
            "backers": raised // rng.randint(200_000, 800_000),
            "start_date": start.isoformat(),
            "end_date": (start + timedelta(days=60)).isoformat(),
            "description": record["name_en"],
            "source": "sample",
        }
        b.add("crowdfunding_campaign", f"campaign{i:02d}", values, None)


def add_competition(b: CityBuilder) -> None:
    site, rng = b.src["competition_site"], b.rng("competition")
    frame = Frame(site["centre"]["lon"], site["centre"]["lat"])
    outline = next(zone["ring"] for zone in site["zones"] if zone["kind"] == "park_outline")
    scale = math.sqrt(site["target_area_m2"] / ring_area([tuple(p) for p in outline]))

    def local(points: list) -> list[tuple[float, float]]:
        return [(x * scale, y * scale) for x, y in points]

    def wkt_ring(ring: list[tuple[float, float]]) -> str:
        return wkt_polygon([frame.lonlat(x, y) for x, y in ring])

    zones = []
    for zone in site["zones"]:
        if "circle" in zone:
            c = zone["circle"]
            ring = local(
                [
                    (c["x"] + c["r"] * math.cos(a * math.pi / 8), c["y"] + c["r"] * math.sin(a * math.pi / 8))
                    for a in range(16)
                ]
            )
        else:
            ring = local(zone["ring"])
        values = {
            "name": zone["name"],
            "zone_kind": zone["kind"],
            "description": zone["description"] or None,
            "area_m2": round(ring_area(ring), 1),
            "is_approximate": True,
            "source": "sample: approximate shape; no surveyed outline exists",
        }
        record = b.add("competition_site", zone["key"], values, wkt_ring(ring))
        zones.append((ring_area(ring), ring, record["uid"]))
    zones.sort(key=lambda item: item[0])
    for i, note in enumerate(site["annotations"]):
        points = local([note["at"]] if "at" in note else note.get("path") or note["ring"])
        probe = centroid(points) if note["geometry"] == "Polygon" else points[0]
        zone_uid = next((uid for _, ring, uid in zones if inside(*probe, ring)), None)
        values = {
            "kind": note["kind"],
            "text": note["text"],
            "lang": note["lang"],
            "team": note["team"],
            "criteria": codes(note["criteria"]),
            "phase": note["phase"],
            "site_uid": zone_uid,
            "review_status": note["review_status"],
            "reviewer_comment": note.get("reviewer_comment"),
            "author": b.person_name(rng),
        }
        lonlat = [frame.lonlat(x, y) for x, y in points]
        if note["geometry"] == "Point":
            name, geometry = "annotation_point", wkt_point(*lonlat[0])
        elif note["geometry"] == "LineString":
            name, geometry = "annotation_line", f"LINESTRING ({coords(lonlat)})"
            values["length_m"] = round(path_length(points), 1)
        else:
            name, geometry = "annotation_polygon", wkt_polygon(lonlat)
            values["area_m2"] = round(ring_area(points), 1)
        b.add(name, f"note{i:03d}", values, geometry)
