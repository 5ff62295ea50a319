"""Nothing a publish removes here is lost: the history, inside the GeoPackage (never published, pruned only by the
user).

- ``cl_publish_log``: one row per publish that changed anything (and per restore): the server, when it started and
  ended, how it ended, what it did;
- ``cl_history``: every record of the working copy that a publish deleted or overwrote (a pull, a "theirs" decision,
  a merge, the server's state accepted) or that a restore overwrote, as it was just before: all its fields and its
  geometry (WKB, in the layer's CRS), kept before the change is written.

``restore`` writes kept records back into their layers (a record deleted since is created again): they are then local
edits like any other, and the next publish sends them.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

from ..core.schema import LAYERS, Layer
from ..core.validation import plain_value
from ..core.workspace import Workspace, WorkspaceError, to_qvariant
from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr

LOG_TABLE = "cl_publish_log"
HISTORY_TABLE = "cl_history"


@dataclass(frozen=True)
class Run:
    """A publish (or a restore) that changed something here."""

    id: int
    kind: str  # publish, restore
    server: str
    started_at: str
    finished_at: str | None  # None: cut short (the process ended)
    outcome: str  # done, failed, cancelled, interrupted
    summary: dict
    changed_here: int  # records it deleted or overwrote here (kept)
    restored: int  # of those, restored since


@dataclass(frozen=True)
class Entry:
    """A record as it was before a publish (or a restore) deleted or overwrote it."""

    id: int
    run_id: int
    layer: str
    uid: str
    action: str  # pull_update, pull_delete (what the publish did to it)
    why: str  # pulled, theirs, merge, server_state, restore
    name: str  # the record's name, for the list
    kept_at: str
    restored_at: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class History:
    """The history tables of a GeoPackage, made at the first write."""

    def __init__(self, path: Path | str, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.connection = sqlite3.connect(str(self.path), timeout=timeout)
        self._ready = self._exists()

    def _exists(self) -> bool:
        query = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)"
        return self.connection.execute(query, (LOG_TABLE, HISTORY_TABLE)).fetchone()[0] == 2

    def _ensure(self) -> None:
        if self._ready:
            return
        self._ready = True
        with self.connection:
            self.connection.execute(
                f"CREATE TABLE IF NOT EXISTS {LOG_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                "server TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, outcome TEXT, summary TEXT)"
            )
            self.connection.execute(
                f"CREATE TABLE IF NOT EXISTS {HISTORY_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "run_id INTEGER NOT NULL, layer TEXT NOT NULL, uid TEXT NOT NULL, action TEXT NOT NULL, "
                "why TEXT NOT NULL, name TEXT, record TEXT NOT NULL, kept_at TEXT NOT NULL, restored_at TEXT)"
            )
            self.connection.execute(f"CREATE INDEX IF NOT EXISTS cl_history_run ON {HISTORY_TABLE} (run_id)")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def begin(self, server: str, kind: str = "publish") -> int:
        self._ensure()
        with self.connection:
            cursor = self.connection.execute(
                f"INSERT INTO {LOG_TABLE} (kind, server, started_at) VALUES (?, ?, ?)", (kind, server, _now())
            )
        return cursor.lastrowid

    def keep(self, run_id: int, layer: str, rows: list[tuple[str, str, str, dict]]) -> None:
        """(uid, action, why, record) of records about to be deleted or overwritten: kept (committed) first."""
        if not rows:
            return
        self._ensure()
        now = _now()
        with self.connection:
            self.connection.executemany(
                f"INSERT INTO {HISTORY_TABLE} (run_id, layer, uid, action, why, name, record, kept_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, layer, uid, action, why, _name(record), json.dumps(record, ensure_ascii=False), now)
                 for uid, action, why, record in rows],
            )  # fmt: skip

    def finish(self, run_id: int, outcome: str, summary: dict) -> None:
        with self.connection:
            self.connection.execute(
                f"UPDATE {LOG_TABLE} SET finished_at = ?, outcome = ?, summary = ? WHERE id = ?",
                (_now(), outcome, json.dumps(summary), run_id),
            )

    def runs(self, limit: int = 50) -> list[Run]:
        if not self._ready:
            return []
        rows = self.connection.execute(
            f"SELECT l.id, l.kind, l.server, l.started_at, l.finished_at, l.outcome, l.summary, "
            f"COUNT(h.id), COUNT(h.restored_at) FROM {LOG_TABLE} l LEFT JOIN {HISTORY_TABLE} h ON h.run_id = l.id "
            "GROUP BY l.id ORDER BY l.id DESC LIMIT ?",
            (limit,),
        )
        return [Run(id_, kind, server, started, finished, outcome or ("interrupted" if finished is None else ""),
                    json.loads(summary) if summary else {}, changed, restored)
                for id_, kind, server, started, finished, outcome, summary, changed, restored in rows]  # fmt: skip

    def entries(self, run_id: int | None = None, ids: list[int] | None = None) -> list[Entry]:
        if not self._ready:
            return []
        columns = "id, run_id, layer, uid, action, why, name, kept_at, restored_at"
        if ids is not None:
            marks = ",".join("?" * len(ids))
            rows = self.connection.execute(f"SELECT {columns} FROM {HISTORY_TABLE} WHERE id IN ({marks})", ids)
        else:
            rows = self.connection.execute(f"SELECT {columns} FROM {HISTORY_TABLE} WHERE run_id = ?", (run_id,))
        return [Entry(*row) for row in rows]

    def record(self, entry_id: int) -> dict:
        row = self.connection.execute(f"SELECT record FROM {HISTORY_TABLE} WHERE id = ?", (entry_id,)).fetchone()
        return json.loads(row[0])

    def mark_restored(self, ids: list[int]) -> None:
        with self.connection:
            self.connection.executemany(
                f"UPDATE {HISTORY_TABLE} SET restored_at = ? WHERE id = ?", [(_now(), entry_id) for entry_id in ids]
            )

    def prune(self, before: int) -> int:
        """Forget the publishes (and restores) before the run ``before``, and what they kept; returns how many
        records were forgotten."""
        if not self._ready:
            return 0
        with self.connection:
            gone = self.connection.execute(f"DELETE FROM {HISTORY_TABLE} WHERE run_id < ?", (before,)).rowcount
            self.connection.execute(f"DELETE FROM {LOG_TABLE} WHERE id < ?", (before,))
        return gone


def _name(record: dict) -> str:
    attributes = record.get("attributes", {})
    return str(attributes.get("name") or attributes.get("title") or attributes.get("uid") or "")


def _json_value(value):
    value = plain_value(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return None
    return value


def records_of(qgs_layer: QgsVectorLayer, fids: list[int]) -> dict[int, dict]:
    """fid -> the feature as the history keeps it: every field (JSON values) and the geometry as WKB (hex)."""
    if not fids:
        return {}
    names = qgs_layer.fields().names()
    found = {}
    for feature in qgs_layer.getFeatures(QgsFeatureRequest().setFilterFids(fids)):
        attributes = {name: _json_value(value) for name, value in zip(names, feature.attributes(), strict=False)
                      if name != "fid"}  # fmt: skip
        geometry = feature.geometry()
        wkb = None if geometry is None or geometry.isNull() else bytes(geometry.asWkb()).hex()
        found[feature.id()] = {"attributes": attributes, "geometry": wkb, "crs": qgs_layer.crs().authid()}
    return found


def _feature_values(qgs_layer: QgsVectorLayer, layer: Layer, record: dict) -> tuple[dict[int, object], QgsGeometry]:
    fields = qgs_layer.fields()
    types = {field.name: field.type for field in layer.all_fields()}
    values = {}
    for name, value in record["attributes"].items():
        index = fields.indexOf(name)
        if index >= 0 and name in types:
            values[index] = to_qvariant(types[name], value)
    geometry = QgsGeometry()
    if record.get("geometry"):
        geometry.fromWkb(bytes.fromhex(record["geometry"]))
    return values, geometry


def restore(path: Path | str, run_id: int | None = None, entry_ids: list[int] | None = None,
            uids: list[str] | None = None) -> int:  # fmt: skip
    """Write the kept records of the run ``run_id`` (default: the last one that changed something here), or the
    entries ``entry_ids``, back into the working copy (``uids``: only those records). What a restore overwrites is kept
    in its turn. Returns how many records were restored."""
    from ..core.workspace_open import open_workspace

    workspace = open_workspace(path)
    with History(workspace.path) as history:
        if entry_ids is None:
            if run_id is None:
                run_id = next((run.id for run in history.runs() if run.changed_here), None)
                if run_id is None:
                    raise UserError(tr("The history of {path} holds no record to restore.").format(
                        path=workspace.path.name))  # fmt: skip
            entries = history.entries(run_id)
            if not entries:
                raise UserError(tr("Publish {run} changed nothing in this working copy: there is nothing of it to "
                                   "restore.").format(run=run_id))  # fmt: skip
        else:
            entries = history.entries(ids=entry_ids)
        if uids is not None:
            entries = [entry for entry in entries if entry.uid in set(uids)]
        if not entries:
            return 0
        restore_run = history.begin("", kind="restore")
        restored = 0
        for layer in LAYERS:
            mine = [entry for entry in entries if entry.layer == layer.name]
            if mine:
                restored += _write_back(workspace, layer, history, restore_run, mine)
        history.mark_restored([entry.id for entry in entries])
        history.finish(restore_run, "done", {"restored": restored})
    return restored


def _write_back(workspace: Workspace, layer: Layer, history: History, run_id: int, entries: list[Entry]) -> int:
    qgs_layer = workspace.layer(layer.name)
    provider = qgs_layer.dataProvider()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["uid"], qgs_layer.fields())
    by_uid = {feature["uid"]: feature.id() for feature in qgs_layer.getFeatures(request)}
    latest = {}
    for entry in sorted(entries, key=lambda item: item.id):  # the same record twice: as it was first
        latest.setdefault(entry.uid, entry)
    present = {uid: by_uid[uid] for uid in latest if uid in by_uid}
    current = records_of(qgs_layer, list(present.values()))
    history.keep(run_id, layer.name, [(uid, "pull_update", "restore", current[fid])
                                      for uid, fid in present.items() if fid in current])  # fmt: skip
    created, attribute_changes, geometry_changes = [], {}, {}
    for uid, entry in latest.items():
        values, geometry = _feature_values(qgs_layer, layer, history.record(entry.id))
        if uid in present:
            attribute_changes[present[uid]] = values
            if layer.geometry:
                geometry_changes[present[uid]] = geometry
        else:
            feature = QgsFeature(qgs_layer.fields())
            for index, value in values.items():
                feature.setAttribute(index, value)
            if not geometry.isNull():
                feature.setGeometry(geometry)
            created.append(feature)
    ok = True
    if created:
        ok &= provider.addFeatures(created)[0]
    if attribute_changes:
        ok &= provider.changeAttributeValues(attribute_changes)
    if geometry_changes:
        ok &= provider.changeGeometryValues(geometry_changes)
    if not ok:
        raise WorkspaceError(tr("The records of {layer} could not be restored into {path}: the file may be locked by "
                                "another program; try again once it is free.").format(
            layer=layer.name, path=workspace.path.name), "; ".join(provider.errors()[-3:]))  # fmt: skip
    return len(latest)


def publishes(path: Path | str, limit: int = 50) -> list[Run]:
    """The recent publishes and restores, newest first."""
    with contextlib.closing(History(path)) as history:
        return history.runs(limit)


def entries(path: Path | str, run_id: int) -> list[Entry]:
    with contextlib.closing(History(path)) as history:
        return history.entries(run_id)


def prune(path: Path | str, before: int) -> int:
    with contextlib.closing(History(path)) as history:
        return history.prune(before)
