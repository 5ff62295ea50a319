"""The records the online map's tests put on a real server, as the plugin publishes them: GeoJSON in CRS84 with the
schema's field names and codes, POSTed one by one with the server's credentials, photos PUT into the media store
first (named by their content's hash) and referred to by their address."""

from __future__ import annotations

import hashlib
import json
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests

OLD_TOWN = (108.3275, 15.8770)  # lon, lat: Nguyễn Thái Học street
THANH_HA = (108.3050, 15.8790)
HA_NOI = (105.8524, 21.0287)  # far outside any view of Hội An


def _uid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"creative-map-web-test/{name}"))


def point(lon: float, lat: float) -> dict:
    return {"type": "Point", "coordinates": [lon, lat]}


def square(lon: float, lat: float, half: float, multi: bool = False) -> dict:
    ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half]]
    if multi:  # the wards' layer is of multi-polygons (a server may refuse a polygon there)
        return {"type": "MultiPolygon", "coordinates": [[[*ring, ring[0]]]]}
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


@dataclass
class Record:
    layer: str
    name: str
    geometry: dict
    properties: dict = field(default_factory=dict)

    @property
    def uid(self) -> str:
        return _uid(f"{self.layer}/{self.name}")

    def feature(self) -> dict:
        values = {"uid": self.uid, "rev": 1, "city": "hoi_an", **self.properties}
        values["name_legacy" if self.layer == "ward" else "name"] = self.name
        return {"type": "Feature", "geometry": self.geometry, "properties": values}


LANTERNS = Record("organisation", "Hội An Đèn Lồng Xưa", point(*OLD_TOWN), {
    "name_en": "Hoi An Old Lanterns", "actor_type": "household_business",
    "creative_fields": '{"crafts_folk_art","design"}', "crafts": '{"lantern"}',
    "address": "12 Nguyễn Thái Học, Hội An", "opening_hours": "Mo-Su 08:00-21:00",
    "phone": "+84905123456", "zalo": "+84905123456", "facebook": "https://www.facebook.com/hoianlanterns",
    "description": "Đèn lồng lụa làm tay từ năm 1990.",
})  # fmt: skip
# typed with decomposed accents (NFD): the page finds it from "hoi an" as from "Hội An"
POTTERY_SHOP = Record("organisation", unicodedata.normalize("NFD", "Hội An Gốm Sứ"), point(108.3290, 15.8778), {
    "actor_type": "artisan", "creative_fields": '{"crafts_folk_art"}', "crafts": '{"pottery"}',
})  # fmt: skip
TAILOR = Record("organisation", "Nhà may Yaly", point(108.3300, 15.8760), {
    "actor_type": "sme", "creative_fields": '{"design"}', "crafts": '{"tailoring"}',
})  # fmt: skip
WORKSHOP = Record("space", "Xưởng gốm Thanh Hà", point(*THANH_HA), {
    "space_type": "workshop_studio", "creative_fields": '{"crafts_folk_art"}', "crafts": '{"pottery"}',
    "website": "https://gomthanhha.example.org",
})  # fmt: skip
FESTIVAL = Record("event", "Đêm nhạc phố Hội", point(108.3262, 15.8766), {
    "event_type": "performance", "creative_fields": '{"music"}', "is_free": True,
    "photo": "photos/dem-nhac.jpg",  # a path of a planner's workspace: points nowhere on the server
})  # fmt: skip
ARTISAN = Record("person", "Nguyễn Thị Lan", point(108.3270, 15.8775), {
    "actor_type": "artisan", "consent_publish": True, "location_basis": "host_space",
    "creative_fields": '{"crafts_folk_art"}',
})  # fmt: skip
NO_CONSENT = Record("person", "Trần Văn Ẩn Danh", point(108.3280, 15.8772), {
    "actor_type": "artisan", "consent_publish": False, "location_basis": "ward_centroid",
})  # fmt: skip
YOUTH_LEADER = Record("person", "Lê Minh Thủ Lĩnh", point(108.3285, 15.8768), {
    "actor_type": "individual_creator", "consent_publish": True, "is_youth_leader": True,
    "location_basis": "ward_centroid",
})  # fmt: skip
FAR_AWAY = Record("organisation", "Hội An ở Hà Nội", point(*HA_NOI), {"actor_type": "sme"})
VILLAGE = Record("craft_village", "Làng gốm Thanh Hà", square(108.3040, 15.8790, 0.004), {
    "crafts": '{"pottery"}', "creative_fields": '{"crafts_folk_art"}', "households": 42,
})  # fmt: skip
WARD_OLD_TOWN = Record("ward", "Minh An", square(108.3280, 15.8770, 0.008, multi=True), {
    "name_current": "Hội An", "kind_current": "ward", "kind_legacy": "ward",
})  # fmt: skip
WARD_THANH_HA = Record("ward", "Thanh Hà", square(108.3050, 15.8790, 0.011, multi=True), {
    "name_current": "Hội An Tây", "kind_current": "ward", "kind_legacy": "ward",
})  # fmt: skip

RECORDS = (LANTERNS, POTTERY_SHOP, TAILOR, WORKSHOP, FESTIVAL, ARTISAN, NO_CONSENT, YOUTH_LEADER, FAR_AWAY, VILLAGE,
           WARD_OLD_TOWN, WARD_THANH_HA)  # fmt: skip
WITHHELD = (NO_CONSENT, YOUTH_LEADER)
IN_VIEW = tuple(r for r in RECORDS if r not in (*WITHHELD, FAR_AWAY))


@dataclass
class Published:
    photos: dict[str, str]  # record name -> the photo's address as the record carries it
    photo_bytes: dict[str, bytes]


def put_photo(media_url: str, auth: tuple[str, str], content: bytes) -> str:
    """The photo stored in the media store under its content's hash: its name."""
    name = hashlib.sha256(content).hexdigest() + ".jpg"
    answer = requests.put(media_url + name, data=content, auth=auth, timeout=30)
    assert answer.status_code in (201, 204), answer.text
    return name


def post(features_url: str, auth: tuple[str, str], record: Record) -> None:
    answer = requests.post(
        f"{features_url}/collections/{record.layer}/items", data=json.dumps(record.feature()).encode("utf-8"),
        headers={"Content-Type": "application/geo+json"}, auth=auth, timeout=30,
    )  # fmt: skip
    assert answer.status_code == 201, f"{record.layer} {record.name}: {answer.status_code} {answer.text[:300]}"


def publish(handle, photos: dict[str, Path]) -> Published:
    """The test records on the server of ``handle``: LANTERNS with a root-relative photo address (/media/…),
    WORKSHOP with an absolute one."""
    auth = ("staff", handle.password)
    lanterns = photos["lanterns"].read_bytes()
    pottery = photos["pottery"].read_bytes()
    relative = "/media/" + put_photo(handle.media_url, auth, lanterns)
    absolute = handle.media_url + put_photo(handle.media_url, auth, pottery)
    photo_of = {LANTERNS.name: relative, WORKSHOP.name: absolute}
    for record in RECORDS:
        if record.name in photo_of:
            record = Record(
                record.layer, record.name, record.geometry, {**record.properties, "photo": photo_of[record.name]}
            )
        post(handle.features_url, auth, record)
    return Published({LANTERNS.name: relative, WORKSHOP.name: absolute},
                     {LANTERNS.name: lanterns, WORKSHOP.name: pottery})  # fmt: skip
