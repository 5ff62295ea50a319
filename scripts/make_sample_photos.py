"""Sample photos for the sample cities and the tests, drawn (never downloaded) and the same at every run: scenes of
Hội An's crafts drawn with Pillow (Debian's python3-pil) from a fixed seed, saved as web-sized JPEGs without any
EXIF tag.

    .venv/bin/python scripts/make_sample_photos.py [--out build/sample-photos] [--width 1200]

Prints the files written. From Python: ``make_photos(folder)`` returns their paths (name -> path).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "build" / "sample-photos"
SEED = 1999  # the year Hội An's old town became a World Heritage site
RATIO = 2 / 3  # height / width

Scene = Callable[[ImageDraw.ImageDraw, int, int, random.Random], None]


def _sky(draw: ImageDraw.ImageDraw, w: int, h: int, top: tuple, bottom: tuple, until: float = 1.0) -> None:
    rows = int(h * until)
    for y in range(rows):
        t = y / max(rows - 1, 1)
        draw.line([(0, y), (w, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))


def _house(draw: ImageDraw.ImageDraw, x: int, base: int, width: int, height: int, wall: tuple) -> None:
    """A yellow old-town house: wall, dark wooden shutters, a roof of brown tiles."""
    draw.rectangle([x, base - height, x + width, base], fill=wall)
    roof = base - height
    draw.polygon([(x - 12, roof), (x + width + 12, roof), (x + width - 10, roof - 46), (x + 10, roof - 46)],
                 fill=(122, 62, 38))  # fmt: skip
    for row in range(5):
        y = roof - 8 - row * 8
        draw.line([(x - 8 + row * 4, y), (x + width + 8 - row * 4, y)], fill=(96, 46, 28), width=2)
    door_w = width // 4
    for i, left in enumerate((x + width // 8, x + width - width // 8 - door_w)):
        draw.rectangle([left, base - height // 2, left + door_w, base], fill=(86, 52, 30) if i else (70, 42, 24))
        for slat in range(base - height // 2 + 8, base, 10):
            draw.line([(left + 4, slat), (left + door_w - 4, slat)], fill=(50, 30, 18), width=2)


def lanterns(draw: ImageDraw.ImageDraw, w: int, h: int, rnd: random.Random) -> None:
    """Đèn lồng: a street of yellow houses at dusk under strings of silk lanterns."""
    _sky(draw, w, h, (34, 30, 78), (236, 128, 72), 0.7)
    draw.rectangle([0, int(h * 0.7), w, h], fill=(70, 58, 52))
    x = -40
    while x < w:
        width = rnd.randint(170, 240)
        _house(draw, x, int(h * 0.78), width, rnd.randint(180, 250), (224, 184, 74))
        x += width + rnd.randint(6, 20)
    colours = [(214, 40, 40), (247, 178, 40), (232, 93, 4), (157, 2, 8), (43, 147, 72), (111, 45, 189)]
    for row in range(3):
        y0 = int(h * (0.1 + 0.13 * row))
        draw.line([(0, y0), (w, y0 + 30)], fill=(40, 30, 20), width=2)
        for i in range(14 - row * 2):
            cx = int((i + 0.5) * w / (14 - row * 2)) + rnd.randint(-10, 10)
            cy = y0 + int(30 * cx / w) + 34
            r = 26 - row * 5
            draw.line([(cx, cy - r - 12), (cx, cy - r)], fill=(40, 30, 20), width=2)
            colour = rnd.choice(colours)
            draw.ellipse([cx - r, cy - int(r * 1.15), cx + r, cy + int(r * 1.15)], fill=colour)
            draw.ellipse([cx - r // 2, cy - int(r * 0.9), cx + r // 3, cy + int(r * 0.2)],
                         fill=tuple(min(255, c + 70) for c in colour))  # fmt: skip
            draw.rectangle([cx - r // 3, cy + int(r * 1.1), cx + r // 3, cy + int(r * 1.3)], fill=(180, 140, 40))


def pottery(draw: ImageDraw.ImageDraw, w: int, h: int, rnd: random.Random) -> None:
    """Gốm Thanh Hà: terracotta pots and jars drying in the yard of a pottery village."""
    _sky(draw, w, h, (150, 196, 226), (238, 226, 200), 0.45)
    draw.rectangle([0, int(h * 0.45), w, h], fill=(196, 164, 120))
    for i in range(0, w, 18):
        draw.line([(i, int(h * 0.45)), (i - 120, h)], fill=(186, 152, 108), width=1)
    for row, scale in ((0, 0.6), (1, 0.8), (2, 1.0)):
        base = int(h * (0.62 + 0.16 * row))
        count = 7 - row
        for i in range(count):
            cx = int((i + 0.5 + rnd.uniform(-0.15, 0.15)) * w / count)
            body_w = int(rnd.randint(90, 130) * scale)
            body_h = int(rnd.randint(120, 190) * scale)
            tone = rnd.randint(-18, 18)
            clay = (176 + tone, 88 + tone // 2, 48)
            draw.ellipse([cx - body_w // 2 + 6, base - 10, cx + body_w // 2 + 16, base + 12], fill=(150, 120, 84))
            draw.ellipse([cx - body_w // 2, base - body_h, cx + body_w // 2, base], fill=clay)
            neck = body_w // 4
            draw.rectangle([cx - neck, base - body_h - 18, cx + neck, base - body_h + 16], fill=clay)
            draw.ellipse([cx - neck - 8, base - body_h - 26, cx + neck + 8, base - body_h - 10],
                         fill=(140 + tone, 66, 36))  # fmt: skip
            draw.arc([cx - body_w // 2 + 10, base - body_h + 20, cx + body_w // 2 - 10, base - 20], 200, 250,
                     fill=(226, 150, 100), width=5)  # fmt: skip


def basket_boats(draw: ImageDraw.ImageDraw, w: int, h: int, rnd: random.Random) -> None:
    """Thúng chai in the coconut forest of Cẩm Thanh: round bamboo boats on the water, nipa palms behind."""
    _sky(draw, w, h, (120, 180, 220), (214, 232, 236), 0.35)
    for i in range(-1, w // 40 + 2):
        x = i * 40 + rnd.randint(-10, 10)
        top = int(h * 0.35) - rnd.randint(30, 110)
        for angle in range(-70, 71, 20):
            end = (x + int(120 * math.sin(math.radians(angle))), top + int(90 * (1 - math.cos(math.radians(angle)))))
            draw.line([(x, int(h * 0.42)), end], fill=(44 + rnd.randint(0, 30), 110 + rnd.randint(0, 40), 50), width=7)
    _water = int(h * 0.42)
    draw.rectangle([0, _water, w, h], fill=(64, 120, 118))
    for y in range(_water + 6, h, 14):
        for x in range(rnd.randint(-40, 0), w, 90):
            draw.arc([x, y, x + 60, y + 10], 200, 340, fill=(110, 166, 160), width=2)
    for i in range(5):
        cx, cy = int((i + 0.5) * w / 5) + rnd.randint(-40, 40), int(h * (0.55 + 0.08 * (i % 3)))
        r = rnd.randint(80, 110)
        draw.ellipse([cx - r, cy - r // 3, cx + r, cy + r // 3], fill=(92, 62, 34))
        draw.ellipse([cx - r + 8, cy - r // 3 + 4, cx + r - 8, cy + r // 3 - 10], fill=(150, 108, 60))
        for k in range(-r + 16, r - 8, 14):
            draw.line([(cx + k, cy - r // 3 + 8), (cx + k + 10, cy + r // 3 - 14)], fill=(122, 86, 46), width=2)
        draw.polygon([(cx - 26, cy - 22), (cx + 26, cy - 22), (cx, cy - 62)], fill=(226, 206, 150))  # a conical hat


def vegetables(draw: ImageDraw.ImageDraw, w: int, h: int, rnd: random.Random) -> None:
    """Trà Quế's vegetable village: rows of herbs, paths of sand, the morning haze."""
    _sky(draw, w, h, (200, 222, 236), (236, 238, 222), 0.3)
    draw.rectangle([0, int(h * 0.3), w, h], fill=(212, 196, 156))
    horizon = int(h * 0.3)
    for row in range(9):
        y0 = horizon + int((h - horizon) * (row / 9) ** 1.4)
        y1 = horizon + int((h - horizon) * ((row + 0.7) / 9) ** 1.4)
        draw.rectangle([0, y0, w, y1], fill=(58 + row * 6, 120 + row * 8, 48))
        leaves = 30 + row * 10
        for i in range(leaves):
            x = int((i + rnd.random()) * w / leaves)
            r = 3 + row
            draw.ellipse([x - r, y0 - r // 2, x + r, y0 + r], fill=(92 + rnd.randint(0, 50), 168, 70))


def woodcarving(draw: ImageDraw.ImageDraw, w: int, h: int, rnd: random.Random) -> None:
    """Kim Bồng's carpenters: a carved panel of lotus and clouds on a workbench."""
    draw.rectangle([0, 0, w, h], fill=(84, 56, 36))
    for y in range(0, h, 6):
        draw.line([(0, y), (w, y + rnd.randint(-3, 3))], fill=(96 + rnd.randint(0, 14), 64, 40), width=2)
    m = w // 10
    draw.rectangle([m, m // 2, w - m, h - m // 2], fill=(176, 120, 68), outline=(120, 76, 40), width=10)
    for i in range(4):
        cx, cy = m + (i + 0.5) * (w - 2 * m) / 4, h / 2
        for petal in range(8):
            a = math.radians(petal * 45 + 22)
            px, py = cx + 70 * math.cos(a), cy + 70 * math.sin(a)
            draw.ellipse([px - 36, py - 22, px + 36, py + 22], fill=(150, 96, 50), outline=(110, 68, 34), width=4)
        draw.ellipse([cx - 34, cy - 34, cx + 34, cy + 34], fill=(196, 140, 80), outline=(110, 68, 34), width=4)
    for x in range(m + 30, w - m - 30, 60):
        draw.arc([x, m // 2 + 30, x + 60, m // 2 + 90], 180, 360, fill=(120, 76, 40), width=6)
        draw.arc([x, h - m // 2 - 90, x + 60, h - m // 2 - 30], 0, 180, fill=(120, 76, 40), width=6)


SCENES: dict[str, Scene] = {
    "lanterns": lanterns,
    "pottery": pottery,
    "basket-boats": basket_boats,
    "vegetables": vegetables,
    "woodcarving": woodcarving,
}


def draw_photo(name: str, width: int = 1200) -> Image.Image:
    """One scene, drawn from the fixed seed (and its name), slightly softened as a photo is."""
    height = round(width * RATIO)
    image = Image.new("RGB", (width, height))
    SCENES[name](ImageDraw.Draw(image), width, height, random.Random(f"{SEED}-{name}"))
    return image.filter(ImageFilter.GaussianBlur(0.8))


def make_photos(folder: str | Path = DEFAULT_OUT, width: int = 1200) -> dict[str, Path]:
    """Write every scene as ``<folder>/<name>.jpg`` (JPEG, no EXIF); returns name -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in SCENES:
        path = folder / f"{name}.jpg"
        draw_photo(name, width).save(path, "JPEG", quality=82, optimize=True, progressive=False)
        written[name] = path
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw the sample photos (reproducibly) as JPEG files.")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="the folder to write them into")
    parser.add_argument("--width", type=int, default=1200, help="their width in pixels (height: two thirds)")
    args = parser.parse_args(argv)
    for path in make_photos(args.out, args.width).values():
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
