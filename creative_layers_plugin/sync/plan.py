"""The three-way comparison of a publish: for every record, what the last synchronisation saw (the base), what the
working copy holds (local) and what the server holds (remote) decide one action.

============================  =========================================================================
local changed, remote not     ``create`` (new), ``update``, ``delete`` on the server
remote changed, local not     ``pull_create``, ``pull_update``, ``pull_delete`` in the working copy
both, to the same content     ``adopt`` (nothing to send; the base follows); both deleted: ``forget``
both, differently             ``conflict`` (a delete against an edit too), until a decision turns it into
                              one of the above
may not be published          ``skip``; ``withdraw`` (delete on the server) when it was published before
the server's is older           ``rewound``: the server holds a revision older than the base's (it was restored
                              from a backup): no edit of anyone's, never pulled without the user's decision
============================  =========================================================================

A remote change is never overwritten without a decision: ``resolve`` applies a policy (``abort`` refuses to go on,
``keep_local``, ``keep_remote``) or the user's decision per record. What the server answers is not trusted either:
``guards`` looks at the whole plan (a server emptied, another dataset, an older state, mass changes) before any of it
is carried out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from .records import SERVER_TOLERANCE, same
from .state import BaseEntry

POLICIES = ("abort", "keep_local", "keep_remote")
PUSH = ("create", "update", "merge", "delete", "withdraw")
PULL = ("pull_create", "pull_update", "pull_delete")
REPLACES_HERE = ("pull_update", "pull_delete")  # what deletes or overwrites a record of the working copy


@dataclass(frozen=True)
class Local:
    fid: int
    canonical: dict | None  # None when the record may not be published
    body: dict | None  # the GeoJSON Feature to send
    rev: int = 1
    digest: int | None = field(default=None, compare=False, repr=False)  # records.digest(canonical), when known
    photo_problem: tuple[str, str] | None = field(default=None, compare=False)  # (its photo, why it is not sent)


@dataclass(frozen=True)
class Remote:
    remote_id: str
    canonical: dict
    feature: dict  # as the server gave it (with its bookkeeping fields)
    rev: int | None = None  # the server's revision of the record (None: it does not say)


@dataclass(frozen=True)
class Change:
    layer: str
    uid: str
    action: str
    local: Local | None = None
    remote: Remote | None = None
    base: BaseEntry | None = None
    why: str = ""  # what decided a change made by a decision: theirs, mine, merge, server_state, working_copy

    @property
    def remote_id(self) -> str | None:
        if self.remote is not None:
            return self.remote.remote_id
        return self.base.remote_id if self.base is not None else None


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    learnt: list = field(default_factory=list)  # (layer, uid, BaseEntry | None) an interrupted publish left to record
    absent: list[str] = field(default_factory=list)  # the schema's layers the server does not serve: left out
    findings: list = field(default_factory=list)  # guards.Finding: what needs the user's decision before anything
    photo_problems: list = field(default_factory=list)  # photos.PhotoProblem: not sent, their records published
    photo_files: dict = field(default_factory=dict)  # media name -> the file here (what may have to be sent)
    media_in_use: dict = field(default_factory=dict)  # media name -> how many of the server's records point at it

    def counts(self) -> Counter:
        return Counter(change.action for change in self.changes)

    def summary(self) -> dict[str, int]:
        """The numbers a user is told, before and after: to create, to update, to delete, to pull, conflicts, not
        published for privacy."""
        counts = self.counts()
        return {
            "create": counts["create"],
            "update": counts["update"] + counts["merge"],
            "delete": counts["delete"] + counts["withdraw"],
            "pull": sum(counts[action] for action in PULL),
            "conflicts": counts["conflict"],
            "skipped": counts["skip"] + counts["withdraw"],
        }

    def sentence(self) -> str:
        numbers = self.summary()
        text = tr("to create {create}, to update {update}, to delete {delete}, to pull {pull}, conflicts "
                  "{conflicts}, not published for privacy {skipped}").format(**numbers)  # fmt: skip
        if self.absent:
            text += "; " + tr("not on this server: kept in the working copy: {layers}").format(
                layers=", ".join(self.absent))  # fmt: skip
        if self.photo_problems:
            text += "; " + tr("{count} photos not sent, their records published without them (the report says "
                              "which and why)").format(count=len(self.photo_problems))  # fmt: skip
        for finding in self.findings:
            text += ". " + finding.sentence()
        return text

    def conflicts(self) -> list[Change]:
        return [change for change in self.changes if change.action == "conflict"]

    def pushes(self) -> list[Change]:
        return [change for change in self.changes if change.action in PUSH]

    def is_empty(self) -> bool:
        return not self.findings and not any(change.action not in ("skip",) for change in self.changes)


def compare(layer: str, local: dict[str, Local], remote: dict[str, Remote], base: dict[str, BaseEntry]) -> list[Change]:
    """The changes of one layer (uid -> Local, Remote, BaseEntry)."""
    changes = []
    for uid in sorted(set(local) | set(remote) | set(base)):
        mine, theirs, before = local.get(uid), remote.get(uid), base.get(uid)
        change = _decide(layer, uid, mine, theirs, before)
        if change is not None:
            if before is not None:
                before.snapshot  # noqa: B018 (read now, while the sync state that holds it is open)
            changes.append(change)
    return changes


def _decide(layer, uid, mine: Local | None, theirs: Remote | None, before: BaseEntry | None) -> Change | None:
    def change(action: str) -> Change:
        return Change(layer, uid, action, mine, theirs, before)

    if mine is not None and mine.canonical is None:  # privacy: it may not leave the workspace
        if theirs is not None:
            return change("withdraw")
        return change("skip")
    local = mine.canonical if mine is not None else None
    remote = theirs.canonical if theirs is not None else None
    if before is None:
        base = None
    elif mine is not None and mine.digest is not None and mine.digest == before.digest:
        base = local  # the same content exactly: no need to read the base's own copy
    else:
        base = before.snapshot
    local_changed = not same(local, base)
    remote_changed = not same(remote, base, SERVER_TOLERANCE)  # a server rounds: that is no change of theirs
    if not local_changed and not remote_changed:
        if before is not None and theirs is not None and theirs.remote_id != before.remote_id:
            return change("adopt")  # the same record under a new id (the server was reloaded): follow it
        return None
    if remote_changed and older(theirs, before) and not same(local, remote, SERVER_TOLERANCE):
        return change("rewound")  # not an edit: the server went back to an older state of the record
    if local_changed and not remote_changed:
        if local is None:
            return change("delete")
        return change("update" if theirs is not None else "create")
    if remote_changed and not local_changed:
        if remote is None:
            return change("pull_delete")
        return change("pull_update" if mine is not None else "pull_create")
    if same(local, remote, SERVER_TOLERANCE):
        return change("forget" if local is None else "adopt")
    return change("conflict")


def older(theirs: Remote | None, before: BaseEntry | None) -> bool:
    """Whether the server's record is at a revision older than the one the base saw (revisions only move forward:
    the server's data was restored from an older copy)."""
    if theirs is None or before is None or theirs.rev is None or before.rev is None:
        return False
    return theirs.rev < before.rev


def decided(change: Change, choice: str) -> Change:
    """A conflict turned into what ``choice`` (``keep_local`` or ``keep_remote``) makes of it."""
    if choice == "keep_local":
        if change.local is None:
            action = "delete"
        else:
            action = "update" if change.remote is not None else "create"
    elif choice == "keep_remote":
        if change.remote is None:
            action = "pull_delete"
        else:
            action = "pull_update" if change.local is not None else "pull_create"
    else:
        raise ValueError(f"unknown choice {choice!r}")
    return replace(change, action=action, why="theirs" if choice == "keep_remote" else "mine")


def merged(change: Change, theirs: set[str] | list[str]) -> Change:
    """A conflict settled field by field: the working copy's record with ``theirs`` (property names, and
    ``geometry``) taken from the server's. It goes to the server and into the working copy (action ``merge``)."""
    if change.local is None or change.remote is None or change.local.canonical is None:
        raise ValueError("only a record edited on both sides can be merged field by field")
    content = {"properties": dict(change.local.canonical["properties"]), "geometry": change.local.canonical["geometry"]}
    body = {**change.local.body, "properties": dict(change.local.body["properties"])}
    remote_props = change.remote.canonical["properties"]
    for name in theirs:
        if name == "geometry":
            content["geometry"] = body["geometry"] = change.remote.canonical["geometry"]
        elif name in remote_props:
            content["properties"][name] = body["properties"][name] = remote_props[name]
    local = Local(change.local.fid, content, body, change.local.rev)
    return replace(change, action="merge", local=local, why="merge")


def resolve(plan: Plan, policy: str = "abort", decide: Callable[[Change], str | Change | None] | None = None) -> Plan:
    """The plan with every conflict decided: by ``decide`` (the user: ``keep_local``, ``keep_remote``, a Change
    made by ``merged``, or None to stop), else by ``policy``. ``abort`` with a conflict left raises UserError:
    nothing is sent."""
    if policy not in POLICIES:
        raise UserError(tr("{policy} is not a conflict policy: choose abort, keep_local or keep_remote.").format(
            policy=policy))  # fmt: skip
    resolved = []
    for change in plan.changes:
        if change.action != "conflict":
            resolved.append(change)
            continue
        choice = decide(change) if decide is not None else (None if policy == "abort" else policy)
        if choice is None:
            conflicts = plan.conflicts()
            names = ", ".join(f"{item.layer} {item.uid}" for item in conflicts[:5])
            raise UserError(tr("{count} records were changed both here and on the server since the last publish "
                               "({names}): decide for each, or choose the policy keep_local or keep_remote; nothing "
                               "was sent.").format(count=len(conflicts), names=names))  # fmt: skip
        resolved.append(choice if isinstance(choice, Change) else decided(change, choice))
    return replace(plan, changes=resolved)
