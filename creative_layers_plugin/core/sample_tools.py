"""Small planar geometry and text helpers for building sample data (WGS 84 <-> local metres, WKT, Voronoi cells).

Pure Python: enough for a few kilometres around a city centre, not a replacement for QGIS's geometry engine.
"""

from __future__ import annotations

import itertools
import math
import re

from .schema import fold, split_multi

M_PER_DEG_LAT = 110_574.0
M_PER_DEG_LON_EQUATOR = 111_320.0
Ring = list[tuple[float, float]]


class Frame:
    """A local metric frame (x east, y north, metres) around a centre: exact enough within ~30 km."""

    def __init__(self, lon: float, lat: float) -> None:
        self.lon, self.lat = lon, lat
        self.kx = M_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat))

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon) * self.kx, (lat - self.lat) * M_PER_DEG_LAT

    def lonlat(self, x: float, y: float) -> tuple[float, float]:
        return self.lon + x / self.kx, self.lat + y / M_PER_DEG_LAT


def coords(points: Ring) -> str:
    return ", ".join(f"{lon:.6f} {lat:.6f}" for lon, lat in points)


def wkt_point(lon: float, lat: float) -> str:
    return f"POINT ({lon:.6f} {lat:.6f})"


def wkt_polygon(ring: Ring, multi: bool = False) -> str:
    closed = [*ring, ring[0]] if ring[0] != ring[-1] else ring
    return f"MULTIPOLYGON ((({coords(closed)})))" if multi else f"POLYGON (({coords(closed)}))"


def ring_area(ring: Ring) -> float:
    """Area of a ring of planar coordinates (shoelace)."""
    pairs = zip(ring, [*ring[1:], ring[0]], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


def path_length(path: Ring) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(path))


def centroid(ring: Ring) -> tuple[float, float]:
    pairs = list(zip(ring, [*ring[1:], ring[0]], strict=True))
    cross = [x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs]
    area = sum(cross) / 2
    cx = sum((x1 + x2) * c for ((x1, _), (x2, _)), c in zip(pairs, cross, strict=True)) / (6 * area)
    cy = sum((y1 + y2) * c for ((_, y1), (_, y2)), c in zip(pairs, cross, strict=True)) / (6 * area)
    return cx, cy


def inside(x: float, y: float, ring: Ring) -> bool:
    """Whether (x, y) is inside the ring (even-odd rule)."""
    result = False
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def _clip(ring: Ring, a: float, b: float, c: float) -> Ring:
    """The part of a convex ring where a*x + b*y <= c (Sutherland-Hodgman)."""
    out: Ring = []
    for p, q in zip(ring, [*ring[1:], ring[0]], strict=True):
        fp, fq = a * p[0] + b * p[1] - c, a * q[0] + b * q[1] - c
        if fp <= 0:
            out.append(p)
        if (fp < 0 < fq) or (fq < 0 < fp):
            t = fp / (fp - fq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def voronoi_cells(seeds: Ring, half_sizes: list[float]) -> list[Ring]:
    """For each seed, the square of its half size cut by the perpendicular bisectors to every other seed."""
    cells = []
    for i, ((x, y), h) in enumerate(zip(seeds, half_sizes, strict=True)):
        ring = [(x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)]
        for j, (ox, oy) in enumerate(seeds):
            if j != i:
                ring = _clip(ring, ox - x, oy - y, ((ox**2 + oy**2) - (x**2 + y**2)) / 2)
        cells.append(ring)
    return cells


def codes(text: str | None) -> list[str]:
    """The codes of a ``;``-separated text (a multi value or a source cell)."""
    return list(split_multi(text))


def slug(text: str) -> str:
    """An ASCII identifier for web addresses: ``Xưởng gốm Lan`` -> ``xuong-gom-lan``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
