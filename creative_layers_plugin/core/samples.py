"""Sample data of the creative map, built reproducibly from the small sources in ``resources/samples/``.

The sources name real places (approximate coordinates), wards, craft villages, clusters where actors gather, and
seed lists (names, ideas, products, events...). ``build_sample(city)`` turns them into feature records: one dict
per feature with every field of ``schema.layer(name).all_fields()`` plus ``geometry`` (WKT in WGS 84, lon lat).
Everything random comes from ``random.Random`` seeded by strings, and every ``uid`` is a UUID5 of a stable key,
so two builds are identical. Generated people, organisations, phone numbers and web addresses are fictional
(e-mails and websites use the reserved ``example`` domains). Standard library only: no qgis import.

This module holds the public API, the builder's tools, the areas and the named places; ``sample_actors`` adds the
organisations, spaces and people, ``sample_activities`` the events, creative objects, support and competition.
"""

from __future__ import annotations

import csv
import json
import math
import random
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..__about__ import RESOURCES_DIR
from . import sample_activities, sample_actors
from .sample_tools import Frame, Ring, centroid, codes, inside, slug, voronoi_cells, wkt_point, wkt_polygon
from .schema import CITIES, LAYERS, join_multi, layer

SAMPLES_DIR = RESOURCES_DIR / "samples"
SAMPLE_NAMESPACE = uuid.UUID("6f1c1d8e-3b52-4c0e-9a55-0c7e3a1f2b90")
SAMPLE_AUTHOR = "sample"

Sample = dict[str, list[dict[str, Any]]]


def sample_uid(layer_name: str, city: str, key: str) -> str:
    """The deterministic uid of a sample feature."""
    return str(uuid.uuid5(SAMPLE_NAMESPACE, f"{layer_name}:{city}:{key}"))


def build_sample(city: str = "all") -> Sample:
    """Feature records per layer name for one city code or ``"all"``; every layer of the schema is a key."""
    cities = list(CITIES) if city == "all" else [city]
    if any(code not in CITIES for code in cities):
        raise ValueError(f"unknown city {city!r}: use one of {', '.join(CITIES)} or 'all'")
    sources = load_sources()
    sample: Sample = {layer_.name: [] for layer_ in LAYERS}
    for code in cities:
        for name, records in CityBuilder(code, sources).build().items():
            sample[name].extend(records)
    return sample


def feature_count(sample: Sample) -> int:
    return sum(len(records) for records in sample.values())


@lru_cache(maxsize=1)
def load_sources(directory: Path = SAMPLES_DIR) -> dict[str, Any]:
    """The source files, parsed (CSV as lists of dicts, JSON as objects)."""
    sources: dict[str, Any] = {}
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            sources[path.stem] = list(csv.DictReader(handle))
    for path in sorted(directory.glob("*.json")):
        sources[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return sources


class CityBuilder:
    """Builds the sample records of one city; the steps append to ``out`` and share what they made."""

    def __init__(self, city: str, sources: dict[str, Any]) -> None:
        self.city, self.src = city, sources
        self.seed = sources["catalogue"]["seed"]
        self.counts = sources["catalogue"]["counts"][city]
        centre = CITIES[city]
        self.frame = Frame(centre.lon, centre.lat)
        self.out: Sample = {layer_.name: [] for layer_ in LAYERS}
        self.names_used: set[str] = set()
        self.clusters = {row["key"]: row for row in self.rows("clusters")}
        self.places: dict[str, dict[str, Any]] = {}  # spaces and craft villages by key
        self.ward_cells: list[dict[str, Any]] = []
        self.orgs: list[dict[str, Any]] = []
        self.spaces: list[dict[str, Any]] = []
        self.persons: list[dict[str, Any]] = []
        self.ideas: list[dict[str, Any]] = []

    def rows(self, source: str) -> list[dict[str, str]]:
        return [row for row in self.src[source] if self.city in row["city" if "city" in row else "cities"].split(";")]

    def rng(self, topic: str) -> random.Random:
        return random.Random(f"{self.seed}:{self.city}:{topic}")

    def build(self) -> Sample:
        self._wards()
        self._craft_villages()
        self._named_spaces()
        sample_actors.add_actors(self)
        sample_activities.add_activities(self)
        if self.src["competition_site"]["city"] == self.city:
            sample_activities.add_competition(self)
        return self.out

    # -- records

    def add(self, layer_name: str, key: str, values: dict[str, Any], geometry: str | None) -> dict[str, Any]:
        schema_layer = layer(layer_name)
        rng = random.Random(f"{self.seed}:{layer_name}:{self.city}:{key}")
        created = datetime(2024, 9, 1, 8, tzinfo=UTC) + timedelta(minutes=rng.randrange(390 * 24 * 60))
        updated = created + timedelta(days=rng.choice([0, 0, 0, 3, 20, 45]))
        record: dict[str, Any] = {f.name: None for f in schema_layer.all_fields()}
        stamp = "%Y-%m-%dT%H:%M:%SZ"
        record.update(uid=sample_uid(layer_name, self.city, key), rev=1, city=self.city)
        record.update(created_at=created.strftime(stamp), updated_at=updated.strftime(stamp))
        record.update(created_by=SAMPLE_AUTHOR, updated_by=SAMPLE_AUTHOR)
        for name, value in values.items():
            field = schema_layer.field(name)  # KeyError: the sample names a field the schema does not have
            record[name] = join_multi(value, field.value_list) if field.is_multi else value
        record["geometry"] = geometry
        self.out[layer_name].append(record)
        return record

    def point(self, x: float, y: float) -> str:
        return wkt_point(*self.frame.lonlat(x, y))

    def ring_wkt(self, ring: Ring, multi: bool = False) -> str:
        return wkt_polygon([self.frame.lonlat(x, y) for x, y in ring], multi)

    def xy(self, row: dict[str, Any]) -> tuple[float, float]:
        return self.frame.xy(float(row["lon"]), float(row["lat"]))

    def ward_of(self, x: float, y: float) -> dict[str, Any]:
        for ward in self.ward_cells:
            if inside(x, y, ward["ring"]):
                return {"ward": ward["name_current"], "ward_legacy": ward["name_legacy"]}
        return {"ward": None, "ward_legacy": None}

    def unique(self, make: Callable[[], str]) -> str:
        """A name from ``make`` that no other feature of the city has."""
        for _ in range(50):
            name = make()
            if name not in self.names_used:
                self.names_used.add(name)
                return name
        raise RuntimeError(f"the sample sources cannot make enough distinct names for {self.city}")

    def jitter(self, rng: random.Random, key: str, sigma: float | None = None) -> tuple[float, float]:
        """A point near a named space, a craft village or a cluster."""
        if key in self.places:
            x, y = self.places[key]["xy"]
            sigma = 0.0 if sigma is None and self.places[key].get("space") else (sigma or 40.0)
        else:
            cluster = self.clusters[key]
            x, y = self.xy(cluster)
            sigma = float(cluster["sigma_m"]) if sigma is None else sigma
        dx, dy = (max(-2 * sigma, min(2 * sigma, rng.gauss(0, sigma))) for _ in range(2))
        return x + dx, y + dy

    # -- areas

    def _wards(self) -> None:
        rows = self.rows("wards")
        seeds = [self.xy(row) for row in rows]
        cells = voronoi_cells(seeds, [float(row["half_size_m"]) for row in rows])
        self.ward_cells = []
        for row, ring in zip(rows, cells, strict=True):
            values = {
                "name_current": row["name_current"],
                "kind_current": row["kind_current"],
                "name_legacy": row["name_legacy"],
                "kind_legacy": row["kind_legacy"],
                "effective_date": "2025-07-01",
                "source": f"sample: approximate cell; {row['note']}",
            }
            self.add("ward", row["name_legacy"], values, self.ring_wkt(ring, multi=True))
            self.ward_cells.append({**values, "ring": ring, "centre": centroid(ring)})

    def _craft_villages(self) -> None:
        for row in self.rows("craft_villages"):
            rng, (x, y), radius = self.rng(f"village:{row['key']}"), self.xy(row), float(row["radius_m"])
            ring = []
            for i in range(12):
                angle, r = math.radians(i * 30 + rng.uniform(-8, 8)), radius * rng.uniform(0.75, 1.15)
                ring.append((x + r * math.cos(angle), y + r * math.sin(angle)))
            values = {
                "name": row["name"],
                "name_en": row["name_en"],
                "description": row["description"],
                "crafts": codes(row["crafts"]),
                "creative_fields": codes(row["creative_fields"]),
                "source": f"sample: {row['note']}",
                **self.ward_of(x, y),
            }
            self.add("craft_village", row["key"], values, self.ring_wkt(ring))
            self.places[row["key"]] = {"xy": (x, y), "crafts": codes(row["crafts"])}

    # -- places

    def space(self, key: str, x: float, y: float, values: dict[str, Any]) -> dict[str, Any]:
        values = {**values, **self.ward_of(x, y)}
        record = self.add("space", key, values, self.point(x, y))
        info = {"uid": record["uid"], "xy": (x, y), "record": record, "space": True, "key": key}
        self.spaces.append(info)
        self.places[key] = info
        return info

    def _named_spaces(self) -> None:
        for row in self.rows("places"):
            x, y = self.xy(row)
            values = {
                name: row[name] or None
                for name in ("name", "name_en", "space_type", "ownership", "address", "opening_hours", "wheelchair")
            }
            values.update(
                creative_fields=codes(row["creative_fields"]),
                crafts=codes(row["crafts"]),
                source=f"sample: named place; {row['note']}",
            )
            self.space(row["key"], x, y, values)
            if row["footprint_m"]:
                width, height = (float(v) for v in row["footprint_m"].split("x"))
                turn = math.radians(self.rng(f"outline:{row['key']}").uniform(-30, 30))
                corners = [
                    (-width / 2, -height / 2),
                    (width / 2, -height / 2),
                    (width / 2, height / 2),
                    (-width / 2, height / 2),
                ]
                ring = [
                    (x + u * math.cos(turn) - v * math.sin(turn), y + u * math.sin(turn) + v * math.cos(turn))
                    for u, v in corners
                ]
                values = {"space_uid": self.places[row["key"]]["uid"], "name": row["name"], "source": "sample"}
                self.add("space_outline", row["key"], values, self.ring_wkt(ring))

    def contacts(self, rng: random.Random, name: str, web: bool) -> dict[str, Any]:
        """Fictional contacts: E.164 phone and Zalo, example.com e-mail, .example website, social pages."""
        handle = slug(name)
        prefix = rng.choice(["90", "91", "93", "94", "97", "98", "86", "88", "89", "70", "77", "79", "83", "35"])
        phone = f"+84{prefix}{rng.randrange(10**7):07d}" if rng.random() < 0.8 else None
        return {
            "phone": phone,
            "zalo": phone if phone and rng.random() < 0.7 else None,
            "email": f"{handle.replace('-', '.')}@example.com" if rng.random() < 0.6 else None,
            "website": f"https://{handle}.example" if web else None,
            "facebook": f"https://www.facebook.com/{handle.replace('-', '')}" if rng.random() < 0.6 else None,
            "tiktok": f"https://www.tiktok.com/@{handle.replace('-', '')}" if rng.random() < 0.15 else None,
        }

    def person_name(self, rng: random.Random) -> str:
        names = self.src["names"]
        families, weights = zip(*names["family"], strict=True)
        gender = rng.choice(["male", "female"])
        parts = (
            rng.choices(families, weights)[0],
            rng.choice(names[f"middle_{gender}"]),
            rng.choice(names[f"given_{gender}"]),
        )
        return " ".join(parts)

    def fill(self, rng: random.Random, pattern: str, topic: str = "") -> str:
        """A name from a pattern with {given}, {family}, {word}, {dish} and {topic} (an event topic)."""
        names = self.src["names"]
        return pattern.format(
            given=rng.choice(names["given_male"] + names["given_female"]),
            family=rng.choices(*zip(*names["family"], strict=True))[0],
            word=rng.choice(names["words"]["common"] + names["words"][self.city]),
            dish=rng.choice(names["dishes"][self.city]),
            topic=self.src["catalogue"]["event_topics"].get(topic, ""),
        )
