"""The guards of a publish: no server is trusted. A server can be reinstalled empty, restored from an older backup,
replaced by another dataset at the same address; a selection can be deleted here by mistake. None of these is an edit
to carry out, and none may cost the working copy (or the server) records without the user's decision.

``find`` looks at a whole plan, before anything of it is carried out, and returns what needs a decision:

============  ==================================================================================================
``emptied``   the server holds none of the records this working copy published to it (reinstalled, emptied)
``other``     it holds none of them and records this working copy never saw (another dataset at that address)
``rewound``   it holds records at a revision older than the one last published from here, or has lost records
              along with them (restored from an older copy)
``mass_here`` the publish would delete in the working copy more than ``DELETE_SHARE`` of a layer's records (and
              more than ``MASS_FLOOR``), overwrite or delete more than ``OVERWRITE_SHARE`` of them (and more than
              ``OVERWRITE_FLOOR``: colleagues' everyday edits pass), replace every one of them (more than
              ``MASS_FLOOR``), or delete every one of them
``mass_there``  the deletes it would send to the server: more than ``DELETE_SHARE`` (and ``MASS_FLOOR``), or all
============  ==================================================================================================

The user (a dialog in the panel, ``GUARD_POLICY`` headless) decides for all of them at once: ``stop`` (the
default: nothing is sent, nothing is written), ``send_working_copy`` (the working copy is right: what the server lost
is created again, its older versions replaced by the working copy's, the deletes sent) or ``accept_server`` (the
server is right: the working copy takes its state; everything that replaces is kept in the history first).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from ..toolbelt.errors import UserError
from ..toolbelt.i18n import tr
from .plan import REPLACES_HERE, Change, Plan

GUARD_POLICIES = ("stop", "send_working_copy", "accept_server")
DELETE_SHARE = 0.10  # deletes: more than a tenth of a layer's records ...
MASS_FLOOR = 2  # ... and more than two of them (a layer's every record always counts)
OVERWRITE_SHARE = 0.25  # records overwritten (or deleted) here: more than a quarter of a layer's ...
OVERWRITE_FLOOR = 10  # ... and more than ten of them
DATASET_FLOOR = 3  # a dataset is recognised once this working copy published at least this many records to it


@dataclass
class Finding:
    kind: str  # emptied, other, rewound, mass_here, mass_there
    host: str
    layer: str | None = None  # the layer of a mass change
    count: int = 0  # published here (emptied, other); older (rewound); deleted or overwritten (mass_*)
    total: int = 0  # the layer's records (mass_*); records the server holds unknown here (other); missing (rewound)
    keys: list[tuple[str, str]] = field(default_factory=list)  # (layer, uid) of the changes the decision turns
    deleted: int = 0  # of ``count``, the deletes (mass_here)

    def sentence(self) -> str:
        if self.kind == "emptied":
            return tr("The server {host} no longer holds what this working copy published to it: none of its {count} "
                      "records are there (it may have been reinstalled or emptied)").format(
                host=self.host, count=self.count)  # fmt: skip
        if self.kind == "other":
            return tr("The server {host} holds none of the {count} records this working copy published to it, and "
                      "{total} records it never saw: it may be another dataset behind the same address").format(
                host=self.host, count=self.count, total=self.total)  # fmt: skip
        if self.kind == "rewound":
            return tr("The server {host} holds an older state than this working copy published to it: {count} "
                      "records are at an older revision and {total} are missing (it may have been restored from a "
                      "backup)").format(host=self.host, count=self.count, total=self.total)  # fmt: skip
        if self.kind == "mass_here":
            overwritten = self.count - self.deleted
            return tr("This publish would delete {deleted} and overwrite {overwritten} of the {total} records of "
                      "{layer} in this working copy").format(deleted=self.deleted, overwritten=overwritten,
                                                              total=self.total, layer=self.layer)  # fmt: skip
        return tr("This publish would delete {count} of the {total} records of {layer} on the server").format(
            count=self.count, total=self.total, layer=self.layer)  # fmt: skip


def is_mass(deleted: int, total: int, overwritten: int = 0) -> bool:
    """Whether deleting ``deleted`` and overwriting ``overwritten`` of a layer's ``total`` records needs the user's
    consent."""
    if total <= 0:
        return False
    replaced = deleted + overwritten
    return (deleted >= total or (replaced >= total and total > MASS_FLOOR)
            or deleted > max(MASS_FLOOR, DELETE_SHARE * total)
            or replaced > max(OVERWRITE_FLOOR, OVERWRITE_SHARE * total))  # fmt: skip


@dataclass
class LayerCounts:
    """What a plan saw of one layer: its records here and on the server, the base's, and those of the base the server
    still holds."""

    here: int = 0
    there: int = 0
    published: int = 0
    found: int = 0


def count(local: dict, remote: dict, base: dict) -> LayerCounts:
    return LayerCounts(len(local), len(remote), len(base), sum(1 for uid in base if uid in remote))


def find(plan: Plan, url: str, layers: dict[str, LayerCounts]) -> list[Finding]:
    """What in ``plan`` needs the user's decision (``layers``: the counts of each layer compared)."""
    host = urlsplit(url).netloc or url
    findings = []
    published = sum(item.published for item in layers.values())
    found = sum(item.found for item in layers.values())
    missing = [c for c in plan.changes if c.base is not None and c.remote is None and c.action != "forget"]
    rewound = [change for change in plan.changes if change.action == "rewound"]
    turned: set[tuple[str, str]] = set()
    if published >= DATASET_FLOOR and found == 0:
        unknown = sum(1 for change in plan.changes if change.base is None and change.remote is not None)
        keys = [(change.layer, change.uid) for change in missing]
        kind = "other" if unknown else "emptied"
        findings.append(Finding(kind, host, count=published, total=unknown, keys=keys))
        turned.update(keys)
    elif rewound:
        keys = [(change.layer, change.uid) for change in rewound + missing]
        findings.append(Finding("rewound", host, count=len(rewound), total=len(missing), keys=keys))
        turned.update(keys)
    by_layer: dict[str, list[Change]] = {}
    for change in plan.changes:
        if (change.layer, change.uid) not in turned:
            by_layer.setdefault(change.layer, []).append(change)
    for layer, item in layers.items():
        changes = by_layer.get(layer, [])
        replacing = [c for c in changes if c.action in REPLACES_HERE]
        deletes = sum(1 for c in replacing if c.action == "pull_delete")
        if is_mass(deletes, item.here, len(replacing) - deletes):
            keys = [(c.layer, c.uid) for c in replacing]
            findings.append(Finding("mass_here", host, layer, len(replacing), item.here, keys, deletes))
        deleting = [c for c in changes if c.action == "delete"]  # a consent withdrawn is privacy, never held back
        if is_mass(len(deleting), item.there):
            keys = [(c.layer, c.uid) for c in deleting]
            findings.append(Finding("mass_there", host, layer, len(deleting), item.there, keys))
    return findings


def losses(plan: Plan) -> int:
    """How many records of the working copy ``accept_server`` would delete or overwrite (kept in the history)."""
    accepted = decide(plan, "accept_server")
    return sum(1 for change in accepted.changes if change.action in REPLACES_HERE)


def decide(plan: Plan, choice: str) -> Plan:
    """The plan with the findings' changes turned as ``choice`` says (``stop`` raises UserError: nothing is sent)."""
    if not plan.findings:
        return plan
    if choice not in GUARD_POLICIES:
        raise UserError(tr("{choice} is not a choice for a server that changed: choose stop, send_working_copy or "
                           "accept_server.").format(choice=choice))  # fmt: skip
    if choice == "stop":
        raise UserError(refusal(plan))
    keys = {key for finding in plan.findings for key in finding.keys}
    turn = _to_working_copy if choice == "send_working_copy" else _to_server
    changes = [turn(change) if (change.layer, change.uid) in keys else change for change in plan.changes]
    return replace(plan, changes=changes, findings=[])


def _to_working_copy(change: Change) -> Change:
    """The working copy's record goes to the server (again): created, replacing, or deleted there."""
    if change.local is None:
        action = "delete" if change.remote is not None else "forget"
    else:
        action = "update" if change.remote is not None else "create"
    return replace(change, action=action, why="working_copy")


def _to_server(change: Change) -> Change:
    """The server's state comes into the working copy: the record deleted, replaced or brought back here."""
    if change.remote is None:
        action = "pull_delete" if change.local is not None else "forget"
    else:
        action = "pull_update" if change.local is not None else "pull_create"
    return replace(change, action=action, why="server_state")


def refusal(plan: Plan) -> str:
    """The sentence of a publish stopped by its findings: what was found, the choices, and that nothing was sent."""
    found = "; ".join(finding.sentence() for finding in plan.findings)
    return tr("{found}. Publish again choosing send_working_copy (the working copy's records are sent to the server "
              "again) or accept_server (this working copy takes the server's state: {lost} records deleted or "
              "overwritten here, kept in its history); nothing was sent.").format(
        found=found, lost=losses(plan))  # fmt: skip
