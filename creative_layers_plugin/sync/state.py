"""What the working copy knows of a server, kept in the GeoPackage beside the layers (plain tables, like the
workspace's own facts):

- ``cl_sync_base``: per server, layer and uid, the record's id on the server, its content as both sides had it after
  the last synchronisation (the *base* of the three-way comparison, ``records.canonical`` form) and the revision the
  server then held (``rev``: revisions only move forward; a server that answers an older one was restored);
- ``cl_sync_journal``: the writes a publish has started and not yet seen confirmed. A publish writes its intents
  before it sends anything and removes each one with the base change it confirms, in one transaction; what is left
  after a crash or a cancel tells the next publish that it is finishing an interrupted one (which it does safely:
  it reads the server again, and a record created before the interruption is found by its uid, never sent twice).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .records import dumps, text_digest

BASE_TABLE = "cl_sync_base"
JOURNAL_TABLE = "cl_sync_journal"


class BaseEntry:
    """A record's base: its id on the server and its content (``snapshot``). Read from the sync state, the content is
    decoded when first asked for (``digest`` tells whether a record is unchanged without it)."""

    __slots__ = ("_key", "_snapshot", "_source", "digest", "remote_id", "rev")

    def __init__(self, remote_id: str | None, snapshot: dict | None = None, digest: int | None = None,
                 source: SyncState | None = None, key: tuple[str, str] | None = None,
                 rev: int | None = None) -> None:  # fmt: skip
        self.remote_id = remote_id
        self._snapshot = snapshot
        self.digest = digest
        self._source = source
        self._key = key
        self.rev = rev  # the server's revision of the record then (None: not known, a base older than 0.4)

    @property
    def snapshot(self) -> dict:
        if self._snapshot is None and self._source is not None:
            self._snapshot, self._source = self._source.snapshot(*self._key), None
        return self._snapshot

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseEntry):
            return NotImplemented
        return self.remote_id == other.remote_id and self.snapshot == other.snapshot

    __hash__ = None

    def __repr__(self) -> str:
        return f"BaseEntry(remote_id={self.remote_id!r}, snapshot={self.snapshot!r}, rev={self.rev!r})"


@dataclass(frozen=True)
class Intent:
    layer: str
    uid: str
    action: str  # create, update, merge, delete, withdraw
    snapshot: dict | None = None  # what was being sent (None: a delete)


def server_key(url: str) -> str:
    """One key per server, whatever the trailing slash or the case of its host."""
    scheme, _, rest = url.strip().partition("://")
    host, _, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}/{path.strip('/')}"


class SyncState:
    def __init__(self, path: Path, url: str, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.server = server_key(url)
        self.connection = sqlite3.connect(str(self.path), timeout=timeout)
        self._ready = self._exists(BASE_TABLE) and self._exists(JOURNAL_TABLE)
        self._has_rev = self._ready and "rev" in self._columns(BASE_TABLE)
        self._batching = False

    @contextlib.contextmanager
    def batch(self):
        """Confirmations in one transaction (a commit per record costs more than the request to the server). A
        crash inside loses only confirmations whose intents are still in the journal: the next publish finds those
        writes on the server again."""
        self._ensure()
        self._batching = True
        try:
            with self.connection:
                yield self
        finally:
            self._batching = False

    def _exists(self, table: str) -> bool:
        query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self.connection.execute(query, (table,)).fetchone() is not None

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self.connection.execute(f"PRAGMA table_info({table})")]

    def _ensure(self) -> None:
        """The tables, made at the first write (reading a server changes nothing in the working copy); a base of an
        older version gets its ``rev`` column."""
        if self._ready and self._has_rev:
            return
        self._ready = self._has_rev = True
        with self.connection:
            self.connection.execute(
                f"CREATE TABLE IF NOT EXISTS {BASE_TABLE} (server TEXT NOT NULL, layer TEXT NOT NULL, "
                "uid TEXT NOT NULL, remote_id TEXT, snapshot TEXT NOT NULL, synced_at TEXT NOT NULL, rev INTEGER, "
                "PRIMARY KEY (server, layer, uid))"
            )
            if "rev" not in self._columns(BASE_TABLE):
                self.connection.execute(f"ALTER TABLE {BASE_TABLE} ADD COLUMN rev INTEGER")
            self.connection.execute(
                f"CREATE TABLE IF NOT EXISTS {JOURNAL_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "server TEXT NOT NULL, layer TEXT NOT NULL, uid TEXT NOT NULL, action TEXT NOT NULL, "
                "snapshot TEXT, started_at TEXT NOT NULL)"
            )
            self.connection.execute(
                f"CREATE INDEX IF NOT EXISTS cl_sync_journal_record ON {JOURNAL_TABLE} (server, layer, uid)"
            )

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> SyncState:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # the base
    def base(self, layer: str) -> dict[str, BaseEntry]:
        """uid -> the record's base. Its content is read again and decoded only when asked for (``snapshot``, while
        this state is open): a record unchanged on both sides is known by its ``digest``."""
        if not self._ready:
            return {}
        rev = "rev" if self._has_rev else "NULL"
        rows = self.connection.execute(
            f"SELECT uid, remote_id, snapshot, {rev} FROM {BASE_TABLE} WHERE server = ? AND layer = ?",
            (self.server, layer),
        )
        return {uid: BaseEntry(remote_id, None, text_digest(snapshot), self, (layer, uid), revision)
                for uid, remote_id, snapshot, revision in rows}  # fmt: skip

    def snapshot(self, layer: str, uid: str) -> dict:
        """The base content of one record (decoded)."""
        query = f"SELECT snapshot FROM {BASE_TABLE} WHERE server = ? AND layer = ? AND uid = ?"
        row = self.connection.execute(query, (self.server, layer, uid)).fetchone()
        if row is None:
            raise RuntimeError(f"the sync base of {layer} {uid} changed while it was being compared")
        return json.loads(row[0])

    def has_base(self) -> bool:
        if not self._ready:
            return False
        query = f"SELECT 1 FROM {BASE_TABLE} WHERE server = ? LIMIT 1"
        return self.connection.execute(query, (self.server,)).fetchone() is not None

    def confirm(self, layer: str, uid: str, remote_id: str | None, snapshot: dict | None,
                rev: int | None = None) -> None:  # fmt: skip
        """What the server confirmed: the new base of a record (None: the record is gone on both sides) with the
        revision the server holds, and its intent, if any, done. One transaction."""
        self._ensure()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with contextlib.nullcontext() if self._batching else self.connection:
            if snapshot is None:
                self.connection.execute(f"DELETE FROM {BASE_TABLE} WHERE server = ? AND layer = ? AND uid = ?",
                                        (self.server, layer, uid))  # fmt: skip
            else:
                self.connection.execute(
                    f"INSERT OR REPLACE INTO {BASE_TABLE} (server, layer, uid, remote_id, snapshot, synced_at, rev) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", (self.server, layer, uid, remote_id, dumps(snapshot), now, rev),
                )  # fmt: skip
            self.connection.execute(f"DELETE FROM {JOURNAL_TABLE} WHERE server = ? AND layer = ? AND uid = ?",
                                    (self.server, layer, uid))  # fmt: skip

    # the journal
    def begin(self, intents: list[Intent]) -> None:
        if not intents:
            return
        self._ensure()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connection:
            self.connection.executemany(
                f"INSERT INTO {JOURNAL_TABLE} (server, layer, uid, action, snapshot, started_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(self.server, intent.layer, intent.uid, intent.action,
                  dumps(intent.snapshot) if intent.snapshot is not None else None, now) for intent in intents],
            )  # fmt: skip

    def pending(self) -> list[Intent]:
        if not self._ready:
            return []
        rows = self.connection.execute(
            f"SELECT layer, uid, action, snapshot FROM {JOURNAL_TABLE} WHERE server = ? ORDER BY id", (self.server,)
        )
        return [Intent(layer, uid, action, json.loads(snapshot) if snapshot else None)
                for layer, uid, action, snapshot in rows]  # fmt: skip

    def clear_journal(self) -> None:
        if not self._ready:
            return
        with self.connection:
            self.connection.execute(f"DELETE FROM {JOURNAL_TABLE} WHERE server = ?", (self.server,))

    def drop(self, intents: list[Intent]) -> None:
        """Intents known not to have reached the server (never sent, or refused)."""
        if not self._ready or not intents:
            return
        with self.connection:
            self.connection.executemany(
                f"DELETE FROM {JOURNAL_TABLE} WHERE server = ? AND layer = ? AND uid = ?",
                [(self.server, intent.layer, intent.uid) for intent in intents],
            )
