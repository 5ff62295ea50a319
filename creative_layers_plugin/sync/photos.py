"""Photos travel with the records: a record's ``photo`` is a picture file in the workspace's folder here, and on the
shared server an address in its media store (``/media/<name>.jpg``, read by all, written with the same credentials as
the records).

- **The name** of a photo on the server is the SHA-256 of the original file's bytes: the same picture is sent once,
  whoever adds it, and a record's content (``records.canonical``) holds that address, so a photo that did not change
  is no change. A file this plugin brought from the server is named so (``photos/<name>.jpg``) and keeps its name.
- **Sent** (``Uploads.ensure``) before the record that points at it, scaled for the web (longest side at most
  ``LONGEST_SIDE`` px, orientation applied, JPEG) and drawn anew, so that no EXIF tag goes with it (GPS first: a
  photo's position can reveal a person's home). The original stays in the workspace. A photo the server already
  holds is not sent again (HEAD first); an upload whose answer was lost is checked before it is sent again.
- **Missing or not a picture**: the record is published without a photo, and the dry run and the report say which
  photo and why (``PhotoProblem``). A record never points at a photo that did not arrive: when the upload fails, the
  record is not written.
- **Brought in** (``Downloads``) with a pulled record, into ``photos/`` beside the workspace, once (a file of that
  name is there already: nothing is downloaded).
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QColor, QImage, QImageReader, QImageWriter, QPainter

from ..core.schema import PHOTO_FOLDER
from ..toolbelt.i18n import tr

PHOTO_FIELD = "photo"
MEDIA_PREFIX = "/media/"
LONGEST_SIDE = 1600
QUALITY = 85
NAME = re.compile(r"^[0-9a-f]{64}$")
ADDRESS = re.compile(r"^(?:https?://[^/]+)?/media/(?P<name>[0-9a-f]{64})\.jpg$")


@dataclass(frozen=True)
class PhotoProblem:
    layer: str
    uid: str
    path: str  # as the record holds it
    reason: str  # a sentence

    def sentence(self) -> str:
        return tr("{layer} {uid}: the photo {path} is not sent ({reason}); the record is published without it.").format(
            layer=self.layer, uid=self.uid, path=self.path, reason=self.reason)  # fmt: skip


class PhotoError(Exception):
    """A photo that cannot be sent (its sentence)."""


def media_name(address: str | None) -> str | None:
    """The name in a media store's address (``/media/<name>.jpg``, absolute or root-relative), else None."""
    match = ADDRESS.match(address or "")
    return match.group("name") if match else None


def address(name: str) -> str:
    return f"{MEDIA_PREFIX}{name}.jpg"


_NAMES: dict[tuple[str, int, int], str] = {}  # (path, size, mtime) -> media name: a file is hashed once
_NAMES_LOCK = threading.Lock()


class LocalPhotos:
    """The photos of one workspace, as records point at them: path -> the media name it has on a server (cached by
    size and modification time, so a publish hashes only new or changed files)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.files: dict[str, Path] = {}  # media name -> the file here (what a publish may have to send)

    def resolve(self, value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else self.folder / path

    def published(self, value: str | None) -> tuple[str | None, str | None]:
        """(what the record's ``photo`` is on the server, why there is none): an address in the media store, or a
        server's address kept as it is (a photo that could not be brought in), or None with the reason."""
        text = (value or "").strip()
        if not text:
            return None, None
        if media_name(text) is not None:
            return text if text.startswith(MEDIA_PREFIX) else address(media_name(text)), None
        path = self.resolve(text)
        try:
            stat = path.stat()
        except OSError:
            return None, tr("the file is missing")
        if not path.is_file():
            return None, tr("it is not a file")
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with _NAMES_LOCK:
            name = _NAMES.get(key)
        if name is None:
            if not QImageReader(str(path)).canRead():
                return None, tr("it is not a picture QGIS can read")
            stem = path.stem.lower()
            if path.parent == self.folder / PHOTO_FOLDER and NAME.match(stem):
                name = stem  # brought from a server: it keeps the name it has there
            else:
                digest = hashlib.sha256()
                with path.open("rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
                name = digest.hexdigest()
            with _NAMES_LOCK:
                _NAMES[key] = name
        self.files.setdefault(name, path)
        return address(name), None


def web_jpeg(path: Path) -> bytes:
    """The photo as it goes to the server: orientation applied, longest side at most ``LONGEST_SIDE`` px, drawn onto a
    new white image (no tag, no text, no alpha of the original's), JPEG. PhotoError when it cannot be read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # the EXIF orientation, applied to the pixels (the tag itself is not kept)
    image = reader.read()
    if image.isNull():
        raise PhotoError(tr("{file} cannot be read as a picture ({reason})").format(
            file=path.name, reason=reader.errorString()))  # fmt: skip
    if max(image.width(), image.height()) > LONGEST_SIDE:
        image = image.scaled(LONGEST_SIDE, LONGEST_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)  # fmt: skip
    clean = QImage(image.width(), image.height(), QImage.Format.Format_RGB32)
    clean.fill(QColor(255, 255, 255))
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(QUALITY)
    if not writer.write(clean):
        raise PhotoError(tr("{file} could not be made into a JPEG ({reason})").format(
            file=path.name, reason=writer.errorString()))  # fmt: skip
    buffer.close()
    return bytes(data)


class Uploads:
    """The photos one publish sends, each once (the writes run in threads)."""

    def __init__(self, server, files: dict[str, Path]) -> None:
        self.server = server
        self.files = files
        self.done: set[str] = set()
        self.sent = 0
        self._lock = threading.Lock()
        self._busy: dict[str, threading.Lock] = {}

    def ensure(self, photo: str | None) -> None:
        """The photo of a record about to be written is on the server (ServerError or PhotoError when it cannot be):
        only a photo of this working copy is sent; an address it does not have a file for is left as it is."""
        name = media_name(photo)
        if name is None or name not in self.files:
            return
        with self._lock:
            if name in self.done:
                return
            busy = self._busy.setdefault(name, threading.Lock())
        with busy:  # two records with the same photo: one upload
            if name in self.done:
                return
            if not self.server.media_exists(name):
                self.server.put_media(name, web_jpeg(self.files[name]))
                self.sent += 1
            with self._lock:
                self.done.add(name)


class Downloads:
    """The photos of pulled records brought into the workspace's ``photos/`` folder (``known``: the photos this
    working copy sent itself, media name -> its file: they stay as they are)."""

    def __init__(self, server, folder: Path, known: dict[str, Path] | None = None) -> None:
        self.server = server
        self.root = Path(folder)
        self.folder = self.root / PHOTO_FOLDER
        self.known = known or {}
        self.fetched = 0
        self.failed: list[tuple[str, str]] = []  # (address, sentence)

    def local(self, photo: str | None) -> str | None:
        """The value a pulled record's ``photo`` takes here: ``photos/<name>.jpg`` once the file is here (brought now
        or before), else the server's address as it is (shown as missing; brought in at a later pull)."""
        name = media_name(photo)
        if name is None:
            return photo
        if name in self.known:  # one of this working copy's own photos
            path = self.known[name]
            return str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)
        target = self.folder / f"{name}.jpg"
        if not target.exists():
            try:
                data = self.server.get_media(name)
            except Exception as error:  # noqa: BLE001 (a photo that cannot be brought: said, the record comes in)
                self.failed.append((photo, getattr(error, "sentence", str(error))))
                return photo
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(data)
            partial.replace(target)  # never a half file under the name
            self.fetched += 1
        return f"{PHOTO_FOLDER}/{name}.jpg"


def forget_unused(server, in_use: dict[str, int], written: list) -> int:
    """Delete from the media store the photos that the records this publish deleted, withdrew or gave another photo
    pointed at, once no record on the server points at them any more (a photo withdrawn with its record does not stay
    readable by its address). Returns how many; a failure is logged, the publish is done."""
    from ..toolbelt.log import logger

    counts = dict(in_use)
    dropped = set()
    for change in written:
        before = media_name(((change.remote.feature if change.remote else {}).get("properties") or {}).get(PHOTO_FIELD))
        after = None
        if change.action not in ("delete", "withdraw") and change.local is not None and change.local.body is not None:
            after = media_name(change.local.body["properties"].get(PHOTO_FIELD))
        if before == after:
            continue
        if before is not None:
            counts[before] = counts.get(before, 0) - 1
            dropped.add(before)
        if after is not None:
            counts[after] = counts.get(after, 0) + 1
    forgotten = 0
    for name in sorted(dropped):
        if counts.get(name, 0) <= 0:
            try:
                server.delete_media(name)
                forgotten += 1
            except Exception as error:  # noqa: BLE001 (the records are published; the file stays, said in the log)
                logger.warning("The photo %s.jpg could not be deleted from the media store: %s", name, error)
    return forgotten
